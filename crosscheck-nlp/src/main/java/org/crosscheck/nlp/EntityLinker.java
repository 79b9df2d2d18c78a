package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.crosscheck.nlp.geo.Names;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Gives the mentions of one article their entities: one identity per person, organisation and
 * place across spellings, with the roles the text states for people.
 *
 * <p>Ids are readable and stable across articles and runs: {@code geonames:703656} for resolved
 * places, {@code person:zelenski} (the folded surname, so "Zelensky" in one article and "Volodymyr
 * Zelenskyy" in another meet), {@code organization:general-staff}. Two different people sharing a
 * surname in one article get their folded first name added.
 */
final class EntityLinker {

  /** A named-entity mention as the tagger found it. */
  record Found(int start, int end, String text, EntityType type) {}

  private static final Pattern TITLES = Pattern.compile(
      "^(?:(?:President|Prime Minister|Minister|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Gen\\.?|General|Col\\.?|"
          + "Colonel|Lt\\.?|Sen\\.?|Senator|Rep\\.?|Gov\\.?|Governor|Mayor|Chancellor|King|Queen|Pope|"
          + "Sgt\\.?|Capt\\.?|Captain|Adm\\.?|Admiral|Marshal)\\s+)+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

  private final Gazetteer gazetteer;
  private final RoleFinder roles;

  EntityLinker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.roles = new RoleFinder(gazetteer);
  }

  /**
   * Relabels as a place any mention spelled like a place the text names elsewhere: the tagger
   * reads a headline "KUPYANSK" or a sentence-initial "Kyiv" as a person now and then.
   */
  static List<Found> relabelPlaces(List<Found> found) {
    Set<String> places = new java.util.HashSet<>();
    for (Found f : found) if (f.type() == EntityType.LOCATION) places.add(Names.fold(clean(f)));
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean place = f.type() != EntityType.LOCATION && places.contains(Names.fold(clean(f)));
      out.add(place ? new Found(f.start(), f.end(), f.text(), EntityType.LOCATION) : f);
    }
    return out;
  }

  Annotations link(String articleId, String text, List<Annotations.Span> sentences,
      List<Found> found, List<PlaceResolver.Resolution> resolved, List<TimeRef> times) {
    Map<Integer, GazetteerEntry> placeAt = new HashMap<>();
    for (PlaceResolver.Resolution r : resolved) placeAt.put(r.toponym().start(), r.entry());

    Map<String, String> personIds = personIds(found);
    Map<String, Builder> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Found f : found) {
      String name = clean(f);
      if (Names.fold(name).isEmpty()) continue;
      GazetteerEntry place = placeAt.get(f.start());
      String id = switch (f.type()) {
        case LOCATION -> place != null ? "geonames:" + place.id() : "location:" + slug(name);
        case PERSON -> personIds.get(Names.fold(name));
        default -> f.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + slug(name);
      };
      Builder b = entities.computeIfAbsent(id, k -> new Builder(k, f.type(), place));
      b.add(name);
      if (f.type() == EntityType.PERSON) roles.rolesOf(text, f.start(), f.end(), sentences).forEach(b.roles::add);
      mentions.add(new Mention(f.start(), f.end(), name, f.type(), id));
    }
    List<Entity> entityList = entities.values().stream().map(b -> b.entity(roles))
        .sorted(Comparator.comparingInt(Entity::mentions).reversed()).toList();
    List<Place> places = entities.values().stream().filter(b -> b.place != null)
        .map(this::place).sorted(Comparator.comparingInt(Place::mentions).reversed()).toList();
    return new Annotations(articleId, sentences, mentions, entityList, places, times);
  }

  private Place place(Builder b) {
    GazetteerEntry e = b.place;
    String region = gazetteer.admin1Of(e).map(GazetteerEntry::name).orElse(null);
    return new Place(b.id, e.id(), e.name(), e.lat(), e.lon(), e.featureCode(), e.country(),
        region, List.copyOf(b.surfaces.keySet()), b.count);
  }

  /** Folded person name → id; a surname alone joins the one full name that ends with it. */
  private static Map<String, String> personIds(List<Found> found) {
    Map<String, List<String>> fullBySurname = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (Found f : found) {
      if (f.type() != EntityType.PERSON) continue;
      String key = Names.fold(clean(f));
      if (key.isEmpty()) continue;
      names.add(key);
      String[] parts = key.split(" ");
      if (parts.length > 1) {
        List<String> full = fullBySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>());
        if (!full.contains(key)) full.add(key);
      }
    }
    Map<String, String> ids = new HashMap<>();
    for (String key : names) {
      String[] parts = key.split(" ");
      String surname = parts[parts.length - 1];
      List<String> full = fullBySurname.getOrDefault(surname, List.of());
      boolean shared = full.size() > 1;
      String id = "person:" + surname;
      if (shared && parts.length > 1) id += "-" + parts[0];
      ids.put(key, id);
    }
    return ids;
  }

  private static String clean(Found f) {
    String s = POSSESSIVE.matcher(f.text().strip()).replaceAll("");
    if (f.type() == EntityType.PERSON) s = TITLES.matcher(s).replaceAll("");
    else s = LEADING_THE.matcher(s).replaceAll("");
    return s.strip();
  }

  private static String slug(String name) {
    return Names.fold(name).replace(' ', '-');
  }

  private static final class Builder {
    final String id;
    final EntityType type;
    final GazetteerEntry place;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Set<String> roles = new LinkedHashSet<>();
    int count;

    Builder(String id, EntityType type, GazetteerEntry place) {
      this.id = id;
      this.type = type;
      this.place = place;
    }

    void add(String surface) {
      surfaces.merge(surface, 1, Integer::sum);
      count++;
    }

    Entity entity(RoleFinder finder) {
      String name = place != null ? place.name() : surfaces.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElseThrow();
      List<String> aliases = surfaces.keySet().stream().filter(s -> !s.equals(name)).toList();
      List<String> roleList = List.copyOf(roles);
      Optional<String> side = finder.sideOf(roleList);
      return new Entity(id, type, name, aliases, count, roleList, side.orElse(null));
    }
  }
}
