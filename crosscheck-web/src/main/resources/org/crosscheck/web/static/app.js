// Crosscheck UI: maps over the bundled Natural Earth layer, and live story updates.
// Data reaches the page as JSON in <script type="application/json"> blocks and is put into the
// DOM as text, never as HTML.
(function () {
  'use strict';

  function drawMap(el) {
    var data = document.getElementById(el.dataset.places);
    if (!data || typeof L === 'undefined') return;
    var places = JSON.parse(data.textContent);
    var map = L.map(el, { worldCopyJump: true, attributionControl: true });
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Natural Earth');
    fetch('/static/vendor/world-atlas/countries-50m.json').then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { style: { color: '#8a94a6', weight: 0.6, fillColor: '#f4f1e8', fillOpacity: 1 }, interactive: false })
        .addTo(map).bringToBack();
    }).catch(function () { el.classList.add('no-base'); });
    // The view must be set before layers are added (Leaflet projects markers on add).
    // The first view frames the places the page is about (the server marks them), not every
    // place a sentence names once.
    var framed = places.filter(function (p) { return p.frame !== false; });
    var bounds = (framed.length ? framed : places).map(function (p) { return [p.lat, p.lon]; });
    if (bounds.length === 1) map.setView(bounds[0], 8);
    else map.fitBounds(bounds, { padding: [30, 30], maxZoom: 9 });
    places.forEach(function (p) {
      var icon = L.divIcon({ className: 'place-marker', iconSize: [14, 14] });
      var marker = L.marker([p.lat, p.lon], { icon: icon, title: p.name, alt: p.name }).addTo(map);
      var popup = document.createElement('div');
      var link = document.createElement('a');
      link.href = '/places/' + encodeURIComponent(p.name);
      link.textContent = p.name;
      popup.appendChild(link);
      if (p.region) popup.appendChild(document.createTextNode(' · ' + p.region));
      marker.bindPopup(popup);
      marker.getElement().dataset.place = p.name;
    });
    el.dataset.ready = 'true';
  }

  function storyItem(s) {
    var li = document.createElement('li');
    li.className = 'story fresh';
    var a = document.createElement('a');
    a.href = '/stories/' + encodeURIComponent(s.id);
    a.textContent = s.label;
    var meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = s.reports + ' report' + (s.reports === 1 ? '' : 's') + ' · ' + (s.outlets || []).join(', ');
    li.appendChild(a);
    li.appendChild(meta);
    li.dataset.storyId = s.id;
    return li;
  }

  function live() {
    var list = document.getElementById('latest-stories');
    var badge = document.getElementById('live');
    if (!list || typeof EventSource === 'undefined') return;
    var events = new EventSource('/api/events');
    events.addEventListener('story', function (e) {
      var s = JSON.parse(e.data);
      var old = list.querySelector('[data-story-id="' + CSS.escape(s.id) + '"]');
      if (old) old.remove();
      list.insertBefore(storyItem(s), list.firstChild);
    });
    events.addEventListener('article', function (e) {
      var a = JSON.parse(e.data);
      badge.hidden = false;
      badge.textContent = a.added + ' new report' + (a.added === 1 ? '' : 's') + ' (' + a.articles + ' in all)';
    });
  }

  document.querySelectorAll('.map[data-places]').forEach(drawMap);
  live();
})();
