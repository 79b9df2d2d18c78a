package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Ids;

/**
 * Links each arriving article to an earlier one it copies: the same page under another URL or
 * the same text (exact), a lightly edited text or a headline variant (near), agency copy (wire),
 * or a re-publication by the same outlet (version, the later superseding the earlier).
 *
 * <p>Texts are compared as sets of content-word pairs. MinHash signatures estimate their Jaccard
 * similarity and LSH banding finds candidates without comparing against every stored article.
 * Links always point at the current representative (following earlier links), so a chain of
 * reprints folds onto one original. Not thread-safe; feed articles in arrival order. {@link #save}
 * and {@link #restore} carry the window of recent articles from one run to the next.
 */
public final class DuplicateDetector {
  private final DuplicateConfig config;
  private final UrlCanonicalizer urls;
  private final Tokenizer tokenizer;
  private final HeadlineNormalizer headlines = new HeadlineNormalizer();
  private final WireDetector wires;
  private final MinHasher hasher;

  private final ArrayDeque<Entry> window = new ArrayDeque<>();
  private final Map<String, Entry> byId = new HashMap<>();
  private final Map<String, Entry> byUrl = new HashMap<>();
  private final Map<String, Entry> byText = new HashMap<>();
  private final Map<String, Entry> byHeadline = new HashMap<>();
  private final Map<Long, List<Entry>> buckets = new HashMap<>();
  private final Map<String, String> parent = new HashMap<>();
  private int arrivals;

  public DuplicateDetector(DuplicateConfig config, UrlCanonicalizer urls, Tokenizer tokenizer, WireDetector wires) {
    this.config = config;
    this.urls = urls;
    this.tokenizer = tokenizer;
    this.wires = wires;
    this.hasher = new MinHasher(config.numHashes(), config.shingleSize(), 0x5EEDL);
  }

  /** With default settings, URL rules, English stopwords and the listed wire agencies. */
  public static DuplicateDetector withDefaults() {
    return new DuplicateDetector(DuplicateConfig.defaults(), UrlCanonicalizer.withDefaults(), Tokenizer.english(),
        new WireDetector(WireAgencies.withDefaults()));
  }

  /** Records {@code article} and returns what it duplicates, if anything. */
  public DuplicateResult add(Article article) {
    Entry e = entry(article);
    List<DuplicateLink> links = new ArrayList<>();
    Match match = findMatch(e);
    if (match != null) links.add(link(e, match));
    index(e);
    return new DuplicateResult(article.id(), e.canonicalUrl, Optional.ofNullable(e.wire), links);
  }

  /**
   * Records a changed version of an article added before, without looking for what it copies: it
   * stays where it was among copies. The old version's text still finds copies of it, as copies
   * of this article, but no longer as exact ones (see {@link #isCurrent}).
   */
  public void revise(Article article) {
    index(entry(article));
  }

  /** The article that currently stands for {@code articleId} (itself when it is no copy). */
  public String representative(String articleId) {
    String id = articleId;
    Set<String> seen = new HashSet<>();
    while (parent.containsKey(id) && seen.add(id)) id = parent.get(id);
    return id;
  }

  private static final int STATE_MARKER = 0x43434444; // "CCDD"
  private static final int STATE_VERSION = 1;

  /** Writes the window of recent articles and the links among them, for {@link #restore}. */
  public void save(DataOutputStream out) throws IOException {
    out.writeInt(STATE_MARKER);
    out.writeInt(STATE_VERSION);
    out.writeInt(arrivals);
    out.writeInt(window.size());
    for (Entry e : window) {
      StateIO.writeString(out, e.id);
      out.writeInt(e.seq);
      StateIO.writeString(out, e.canonicalUrl);
      StateIO.writeString(out, e.contentHash);
      StateIO.writeString(out, e.textKey);
      StateIO.writeString(out, e.headline);
      StateIO.writeLongs(out, e.signature);
      StateIO.writeString(out, e.time == null ? null : e.time.toString());
      StateIO.writeString(out, e.outlet);
      out.writeBoolean(e.wire != null);
      if (e.wire != null) {
        StateIO.writeString(out, e.wire.agencyId());
        StateIO.writeString(out, e.wire.agencyName());
        out.writeBoolean(e.wire.known());
        StateIO.writeString(out, e.wire.evidence());
      }
      // Which lookups this entry answers: an older entry evicted from a lookup is not replaced
      // by a newer one with the same key, so replaying the window would not say.
      out.writeBoolean(byId.get(e.id) == e);
      out.writeBoolean(e.canonicalUrl != null && byUrl.get(e.canonicalUrl) == e);
      out.writeBoolean(byText.get(e.textKey) == e);
      out.writeBoolean(byHeadline.get(e.headline) == e);
    }
    out.writeInt(parent.size());
    for (var link : new java.util.TreeMap<>(parent).entrySet()) {
      StateIO.writeString(out, link.getKey());
      StateIO.writeString(out, link.getValue());
    }
  }

  /** Restores into this fresh detector what {@link #save} wrote; it then goes on as that one would. */
  public void restore(DataInputStream in) throws IOException {
    if (!window.isEmpty() || arrivals > 0) throw new IllegalStateException("restore into a fresh detector only");
    StateIO.expect(in, STATE_MARKER, "duplicate detector");
    StateIO.expect(in, STATE_VERSION, "duplicate detector");
    arrivals = in.readInt();
    int n = StateIO.checked(in.readInt());
    for (int i = 0; i < n; i++) {
      String id = StateIO.readString(in);
      int seq = in.readInt();
      String canonical = StateIO.readString(in);
      String contentHash = StateIO.readString(in);
      String textKey = StateIO.readString(in);
      String headline = StateIO.readString(in);
      long[] signature = StateIO.readLongs(in);
      String time = StateIO.readString(in);
      String outlet = StateIO.readString(in);
      WireCredit wire = in.readBoolean()
          ? new WireCredit(StateIO.readString(in), StateIO.readString(in), in.readBoolean(), StateIO.readString(in))
          : null;
      Entry e = new Entry(id, seq, canonical, contentHash, textKey, headline, signature,
          time == null ? null : OffsetDateTime.parse(time), outlet, wire);
      window.addLast(e);
      if (in.readBoolean()) byId.put(e.id, e);
      if (in.readBoolean()) byUrl.put(e.canonicalUrl, e);
      if (in.readBoolean()) byText.put(e.textKey, e);
      if (in.readBoolean()) byHeadline.put(e.headline, e);
      if (e.signature != null) {
        for (long key : bandKeys(e.signature)) buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
      }
    }
    int links = StateIO.checked(in.readInt());
    for (int i = 0; i < links; i++) parent.put(StateIO.readString(in), StateIO.readString(in));
  }

  private record Match(Entry other, DuplicateLink.Kind kind, double similarity) {}

  private Match findMatch(Entry e) {
    if (e.canonicalUrl != null) {
      Entry same = byUrl.get(e.canonicalUrl);
      if (same != null && !same.id.equals(e.id)) {
        boolean sameText = isCurrent(same) && (same.contentHash.equals(e.contentHash) || same.textKey.equals(e.textKey));
        return new Match(same, sameText ? DuplicateLink.Kind.EXACT : DuplicateLink.Kind.VERSION,
            sameText ? 1.0 : similarity(e, same));
      }
    }
    if (!e.textKey.isEmpty()) {
      Entry same = byText.get(e.textKey);
      if (same != null && !same.id.equals(e.id)) {
        return new Match(same, isCurrent(same) ? DuplicateLink.Kind.EXACT : DuplicateLink.Kind.NEAR, 1.0);
      }
    }
    Entry best = null;
    double bestSim = -1;
    if (e.signature != null) {
      for (Entry c : candidates(e)) {
        double s = MinHasher.similarity(e.signature, c.signature);
        boolean sameHeadline = !e.headline.isEmpty() && e.headline.equals(c.headline);
        boolean copy = s >= config.nearThreshold() || (sameHeadline && s >= config.headlineThreshold());
        if (copy && (s > bestSim || (s == bestSim && c.seq < best.seq))) {
          best = c;
          bestSim = s;
        }
      }
    } else if (e.headline.split(" ").length >= 4) {
      // Too little text to compare: a feed item or a teaser. Its headline has to carry it.
      best = byHeadline.get(e.headline);
      bestSim = 1.0;
    }
    if (best == null || best.id.equals(e.id)) return null;
    boolean sameOutlet = e.outlet != null && e.outlet.equalsIgnoreCase(best.outlet);
    if (sameOutlet && bestSim >= config.versionThreshold()) return new Match(best, DuplicateLink.Kind.VERSION, bestSim);
    Entry root = entryOrSelf(best);
    boolean wire = e.wire != null || best.wire != null || (root != null && root.wire != null);
    return new Match(best, wire ? DuplicateLink.Kind.WIRE : DuplicateLink.Kind.NEAR, bestSim);
  }

  /**
   * Whether an entry holds its article's current text: a copy of a version since changed is no
   * exact copy of what the article now says.
   */
  private boolean isCurrent(Entry e) {
    return byId.get(e.id) == e;
  }

  private DuplicateLink link(Entry e, Match m) {
    if (m.kind() == DuplicateLink.Kind.VERSION) {
      boolean newer = !isBefore(e.time, m.other().time);
      String older = newer ? m.other().id : e.id;
      String newerId = newer ? e.id : m.other().id;
      parent.put(older, newerId);
      return new DuplicateLink(older, newerId, m.kind(), m.similarity(), null);
    }
    String rootId = representative(m.other().id);
    Entry root = entryOrSelf(m.other());
    String agency = m.kind() == DuplicateLink.Kind.WIRE ? agency(e, m.other(), root) : null;
    if (root != null && isBefore(e.time, root.time)) {
      // Arrived late but published first: it becomes the original.
      parent.put(rootId, e.id);
      return new DuplicateLink(rootId, e.id, m.kind(), m.similarity(), agency);
    }
    parent.put(e.id, rootId);
    return new DuplicateLink(e.id, rootId, m.kind(), m.similarity(), agency);
  }

  private static String agency(Entry... entries) {
    for (Entry x : entries) if (x != null && x.wire != null) return x.wire.agencyId();
    return null;
  }

  private Entry entryOrSelf(Entry e) {
    String rootId = representative(e.id);
    return rootId.equals(e.id) ? e : byId.get(rootId);
  }

  private static boolean isBefore(OffsetDateTime a, OffsetDateTime b) {
    return a != null && b != null && a.isBefore(b);
  }

  private double similarity(Entry a, Entry b) {
    return a.signature == null || b.signature == null ? 0 : MinHasher.similarity(a.signature, b.signature);
  }

  private List<Entry> candidates(Entry e) {
    Set<Entry> seen = new HashSet<>();
    List<Entry> out = new ArrayList<>();
    for (long key : bandKeys(e.signature)) {
      for (Entry c : buckets.getOrDefault(key, List.of())) if (seen.add(c)) out.add(c);
    }
    return out;
  }

  private long[] bandKeys(long[] sig) {
    int rows = config.rowsPerBand();
    long[] keys = new long[sig.length / rows];
    for (int b = 0; b < keys.length; b++) {
      long h = MinHasher.mix(b + 1L);
      for (int r = 0; r < rows; r++) h = MinHasher.mix(h ^ sig[b * rows + r]);
      keys[b] = h;
    }
    return keys;
  }

  private void index(Entry e) {
    window.addLast(e);
    byId.put(e.id, e);
    if (e.canonicalUrl != null) byUrl.put(e.canonicalUrl, e);
    // The first article with a text or headline keeps it, but a new version of it takes its place
    // (a headline-only update leaves the text the current one's: copies of it stay exact).
    if (!e.textKey.isEmpty()) byText.merge(e.textKey, e, (had, now) -> had.id.equals(now.id) ? now : had);
    if (!e.headline.isEmpty()) byHeadline.merge(e.headline, e, (had, now) -> had.id.equals(now.id) ? now : had);
    if (e.signature != null) {
      for (long key : bandKeys(e.signature)) buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
    }
    while (window.size() > config.maxIndexed()) evict(window.removeFirst());
  }

  private void evict(Entry e) {
    byId.remove(e.id, e);
    if (e.canonicalUrl != null) byUrl.remove(e.canonicalUrl, e);
    byText.remove(e.textKey, e);
    byHeadline.remove(e.headline, e);
    if (e.signature != null) {
      for (long key : bandKeys(e.signature)) {
        List<Entry> bucket = buckets.get(key);
        if (bucket != null && bucket.remove(e) && bucket.isEmpty()) buckets.remove(key);
      }
    }
    // An old version leaving the window leaves the article's links to its current version.
    if (!byId.containsKey(e.id)) parent.remove(e.id);
  }

  private Entry entry(Article a) {
    String canonical = urls.canonicalize(a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    List<String> terms = tokenizer.terms(a.text());
    long[] signature = hasher.shingleCount(terms) >= config.minShingles() ? hasher.signature(terms) : null;
    String textKey = terms.size() >= config.minShingles() ? String.join(" ", terms) : "";
    OffsetDateTime time = a.updated() != null ? a.updated() : a.published();
    WireCredit wire = wires.detect(a).filter(w -> !isOwnCredit(w, a)).orElse(null);
    return new Entry(a.id(), arrivals++, canonical, a.contentHash(), textKey.isEmpty() ? "" : Ids.sha256Hex(textKey),
        headlines.normalize(a.title(), a.source()), signature, time, a.source(), wire);
  }

  /** An outlet's own dateline ("(CNN) —" on cnn.com) credits no agency. */
  private static boolean isOwnCredit(WireCredit w, Article a) {
    return a.source() != null && !w.known() && a.source().toLowerCase(Locale.ROOT).contains(w.agencyName().toLowerCase(Locale.ROOT));
  }

  private static final class Entry {
    final String id;
    final int seq;
    final String canonicalUrl;
    final String contentHash;
    final String textKey;
    final String headline;
    final long[] signature;
    final OffsetDateTime time;
    final String outlet;
    final WireCredit wire;

    Entry(String id, int seq, String canonicalUrl, String contentHash, String textKey, String headline,
        long[] signature, OffsetDateTime time, String outlet, WireCredit wire) {
      this.id = id;
      this.seq = seq;
      this.canonicalUrl = canonicalUrl;
      this.contentHash = contentHash;
      this.textKey = textKey;
      this.headline = headline;
      this.signature = signature;
      this.time = time;
      this.outlet = outlet;
      this.wire = wire;
    }
  }
}
