package org.crosscheck.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.crosscheck.model.Ids;

/**
 * Online story clustering: each article, in arrival order, joins the live story it is most similar
 * to, or opens a new one. Similarity combines idf-weighted cosines of terms, entities and places
 * against the story centroid, decayed by the time gap. A story whose centroid comes close to
 * another's after an update merges into the older one; a story with nothing new for
 * {@code closeAfter} (or the least recently updated, beyond {@code maxLiveStories}) closes, goes
 * to the closed-story consumer and leaves memory.
 *
 * <p>Only stories sharing an indexed term or entity with the article are scored: an inverted index
 * maps each story's heaviest terms and entities to it, so the cost per article depends on the
 * candidates, not on the number of live stories. Deterministic: the same articles in the same
 * order give the same stories. Not thread-safe.
 */
public final class StoryClusterer {
  private final ClusteringConfig config;
  private final Consumer<Story> closedStories;
  private final Vocabulary terms = new Vocabulary();
  private final Vocabulary entities = new Vocabulary();
  private final Vocabulary places = new Vocabulary();
  private final Postings termPostings = new Postings();
  private final Postings entityPostings = new Postings();
  /** Live stories by serial, least recently updated first. */
  private final LinkedHashMap<Integer, Live> live = new LinkedHashMap<>();
  private Live[] slots = new Live[1024];
  private final IntBag freeSlots = new IntBag();
  private int usedSlots;
  private float[] scores = new float[1024];
  private final IntBag touched = new IntBag();
  private int nextSerial;
  private int arrivals;
  private Instant clock;
  /** The article being placed and its idf-weighted norm, computed once rather than per candidate. */
  private SparseVector cachedTerms;
  private double cachedTermNorm;

  public StoryClusterer(ClusteringConfig config, Consumer<Story> closedStories) {
    this.config = config;
    this.closedStories = closedStories;
  }

  /** Adds one article and returns the story it joined or opened. */
  public Assignment add(ArticleFeatures f) {
    if (f.time() != null && (clock == null || f.time().isAfter(clock))) clock = f.time();
    closeQuiet();
    Doc doc = doc(f);
    int[] salientIds = salient(doc.entities);
    cachedTerms = doc.terms;
    cachedTermNorm = doc.terms.norm(terms);
    Live best = null;
    double bestSim = 0;
    for (Live s : candidates(doc.terms, doc.entities)) {
      double sim = similarity(doc.terms, doc.entities, salientIds, doc.places, doc.time, doc.time, s);
      if (sim > bestSim || (sim == bestSim && best != null && s.serial < best.serial)) {
        best = s;
        bestSim = sim;
      }
    }
    boolean opened = best == null || bestSim < config.threshold();
    Live story = opened ? open(f) : best;
    join(story, doc, f);
    List<String> merged = new ArrayList<>();
    Live survivor = mergeIfConverged(story, merged);
    while (live.size() > config.maxLiveStories()) close(live.values().iterator().next());
    return new Assignment(f.articleId(), survivor.id, opened, opened ? 0 : bestSim, merged);
  }

  /** Snapshots of the live stories, oldest first. */
  public List<Story> liveStories() {
    return live.values().stream().sorted(Comparator.comparingInt(s -> s.serial)).map(s -> snapshot(s, false)).toList();
  }

  public int liveCount() {
    return live.size();
  }

  /** Closes every live story (end of a run), oldest first, and returns them. */
  public List<Story> closeAll() {
    List<Story> out = new ArrayList<>();
    for (Live s : live.values().stream().sorted(Comparator.comparingInt(x -> x.serial)).toList()) out.add(close(s));
    return out;
  }

  private record Doc(SparseVector terms, SparseVector entities, SparseVector places, Instant time) {}

  /** The ids of the {@code salientEntities} heaviest entities of {@code v}: who the text is about. */
  private int[] salient(SparseVector v) {
    return idsOf(v, heaviest(v, entities, config.salientEntities()));
  }

  private Doc doc(ArticleFeatures f) {
    SparseVector t = SparseVector.ofCounts(f.terms(), terms);
    SparseVector e = SparseVector.ofCounts(f.entities(), entities);
    SparseVector p = SparseVector.ofCounts(f.places(), places);
    terms.countDocument(t.ids);
    entities.countDocument(e.ids);
    places.countDocument(p.ids);
    return new Doc(t, e, p, f.time());
  }

  private double similarity(SparseVector t, SparseVector e, int[] salient, SparseVector p, Instant from, Instant to, Live s) {
    double sum = config.termWeight() * t.cosine(s.terms, terms, t == cachedTerms ? cachedTermNorm : t.norm(terms));
    double weight = config.termWeight();
    if (!e.isEmpty()) {
      sum += config.entityWeight() * e.cosine(s.entities, entities);
      weight += config.entityWeight();
    }
    if (!p.isEmpty()) {
      sum += config.placeWeight() * p.cosine(s.places, places);
      weight += config.placeWeight();
    }
    return sum / weight * decay(from, to, s) * salience(salient, s);
  }

  /**
   * Look-alike events (two DUI arrests of two players of one team) share nearly every term; who
   * they are about tells them apart. The share of the article's salient entities that the story
   * knows scales the similarity between {@code salienceFloor} (none known) and 1 (all known).
   */
  private double salience(int[] salient, Live s) {
    if (salient.length == 0 || s.entities.isEmpty()) return 1;
    int known = 0;
    for (int id : salient) if (Arrays.binarySearch(s.entities.ids, id) >= 0) known++;
    double floor = config.salienceFloor();
    return floor + (1 - floor) * known / salient.length;
  }

  /** exp(-gap/decay), the gap being how far the span [from, to] lies outside the story's span. */
  private double decay(Instant from, Instant to, Live s) {
    if (from == null || s.start == null) return 1;
    long gap = Math.max(from.getEpochSecond() - s.end.getEpochSecond(), s.start.getEpochSecond() - to.getEpochSecond());
    return gap <= 0 ? 1 : Math.exp(-(double) gap / config.decay().toSeconds());
  }

  private List<Live> candidates(SparseVector t, SparseVector e) {
    accumulate(t, terms, termPostings, config.queryTerms(), 1f);
    accumulate(e, entities, entityPostings, config.queryTerms() / 2, 1f);
    int[] slotsHit = touched.toArray();
    for (int slot : slotsHit) if (slots[slot] == null) scores[slot] = 0;
    Integer[] order = Arrays.stream(slotsHit).filter(x -> slots[x] != null).boxed().toArray(Integer[]::new);
    Arrays.sort(order, (a, b) -> {
      int c = Float.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(slots[a].serial, slots[b].serial);
    });
    List<Live> out = new ArrayList<>();
    for (int i = 0; i < Math.min(order.length, config.maxCandidates()); i++) out.add(slots[order[i]]);
    for (int slot : slotsHit) scores[slot] = 0;
    touched.clear();
    return out;
  }

  private void accumulate(SparseVector v, Vocabulary vocab, Postings postings, int limit, float scale) {
    for (int i : heaviest(v, vocab, limit)) {
      IntBag list = postings.get(v.ids[i]);
      if (list == null) continue;
      float w = v.weights[i] * vocab.idf(v.ids[i]) * scale;
      if (w <= 0) continue;
      for (int k = 0; k < list.size(); k++) {
        int slot = list.get(k);
        if (scores[slot] == 0) touched.add(slot);
        scores[slot] += w;
      }
    }
  }

  /** Positions of the {@code limit} entries of {@code v} heaviest after idf. */
  private static int[] heaviest(SparseVector v, Vocabulary vocab, int limit) {
    return v.heaviest(limit, vocab);
  }

  private Live open(ArticleFeatures f) {
    int slot = freeSlots.size() > 0 ? freeSlots.pop() : usedSlots++;
    if (slot >= slots.length) {
      slots = Arrays.copyOf(slots, slots.length * 2);
      scores = Arrays.copyOf(scores, slots.length);
    }
    Live s = new Live(nextSerial++, slot, Ids.of("story:" + f.articleId()));
    slots[slot] = s;
    live.put(s.serial, s);
    return s;
  }

  private void join(Live s, Doc doc, ArticleFeatures f) {
    s.members.add(new Member(f.articleId(), f.title(), f.outlet(), f.time(), arrivals++));
    s.terms = s.terms.plus(doc.terms).top(config.centroidTerms(), terms);
    s.entities = s.entities.plus(doc.entities).top(config.centroidTerms() / 2, entities);
    s.places = s.places.plus(doc.places).top(config.centroidTerms() / 2, places);
    if (f.time() != null) {
      if (s.start == null || f.time().isBefore(s.start)) s.start = f.time();
      if (s.end == null || f.time().isAfter(s.end)) s.end = f.time();
    }
    reindex(s);
    live.remove(s.serial);
    live.put(s.serial, s);
  }

  private void reindex(Live s) {
    int[] newTerms = idsOf(s.terms, heaviest(s.terms, terms, config.indexTerms()));
    int[] newEntities = idsOf(s.entities, heaviest(s.entities, entities, config.indexTerms() / 2));
    termPostings.replace(s.slot, s.indexedTerms, newTerms);
    entityPostings.replace(s.slot, s.indexedEntities, newEntities);
    s.indexedTerms = newTerms;
    s.indexedEntities = newEntities;
  }

  private static int[] idsOf(SparseVector v, int[] positions) {
    int[] out = new int[positions.length];
    for (int i = 0; i < positions.length; i++) out[i] = v.ids[positions[i]];
    Arrays.sort(out);
    return out;
  }

  private Live mergeIfConverged(Live s, List<String> merged) {
    Live target = null;
    double best = 0;
    for (Live c : candidates(s.terms, s.entities)) {
      if (c == s) continue;
      double sim = similarity(s.terms, s.entities, salient(s.entities), s.places, s.start, s.end, c);
      if (sim > best || (sim == best && target != null && c.serial < target.serial)) {
        best = sim;
        target = c;
      }
    }
    if (target == null || best < config.mergeThreshold()) return s;
    Live older = target.serial < s.serial ? target : s;
    Live younger = older == s ? target : s;
    older.members.addAll(younger.members);
    older.members.sort(Comparator.comparingInt(Member::seq));
    older.terms = older.terms.plus(younger.terms).top(config.centroidTerms(), terms);
    older.entities = older.entities.plus(younger.entities).top(config.centroidTerms() / 2, entities);
    older.places = older.places.plus(younger.places).top(config.centroidTerms() / 2, places);
    if (younger.start != null) {
      if (older.start == null || younger.start.isBefore(older.start)) older.start = younger.start;
      if (older.end == null || younger.end.isAfter(older.end)) older.end = younger.end;
    }
    older.mergedIds.add(younger.id);
    older.mergedIds.addAll(younger.mergedIds);
    merged.add(younger.id);
    release(younger);
    reindex(older);
    live.remove(older.serial);
    live.put(older.serial, older);
    return older;
  }

  private void closeQuiet() {
    if (clock == null) return;
    Instant cutoff = clock.minus(config.closeAfter());
    // Stories are kept in update order, so the quiet ones are at the head.
    while (!live.isEmpty()) {
      Live eldest = live.values().iterator().next();
      if (eldest.end == null || !eldest.end.isBefore(cutoff)) break;
      close(eldest);
    }
  }

  private Story close(Live s) {
    Story story = snapshot(s, true);
    release(s);
    closedStories.accept(story);
    return story;
  }

  private void release(Live s) {
    termPostings.replace(s.slot, s.indexedTerms, new int[0]);
    entityPostings.replace(s.slot, s.indexedEntities, new int[0]);
    live.remove(s.serial);
    slots[s.slot] = null;
    freeSlots.add(s.slot);
  }

  private Story snapshot(Live s, boolean closed) {
    Map<String, Integer> outletCounts = new LinkedHashMap<>();
    for (Member m : s.members) if (m.outlet() != null) outletCounts.merge(m.outlet(), 1, Integer::sum);
    List<String> outlets = outletCounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
    return new Story(s.id, label(s), s.start, s.end, outlets, topKeys(s.terms, terms, 10), topKeys(s.entities, entities, 10),
        topKeys(s.places, places, 10), s.members.stream().map(Member::articleId).toList(), s.mergedIds, closed);
  }

  private static List<String> topKeys(SparseVector v, Vocabulary vocab, int k) {
    return Arrays.stream(heaviest(v, vocab, k)).mapToObj(i -> vocab.key(v.ids[i])).toList();
  }

  /** The member headline whose words weigh most in the story centroid, per word. */
  private String label(Live s) {
    Map<Integer, Float> weight = new HashMap<>();
    for (int i = 0; i < s.terms.ids.length; i++) weight.put(s.terms.ids[i], s.terms.weights[i] * terms.idf(s.terms.ids[i]));
    String best = s.members.getFirst().title();
    double bestScore = -1;
    for (Member m : s.members) {
      String[] words = m.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
      double score = 0;
      int n = 0;
      for (String w : words) {
        if (w.isEmpty()) continue;
        n++;
        Integer id = termIdIfKnown(Tokenizer.stem(w));
        if (id != null) score += weight.getOrDefault(id, 0f);
      }
      score = n == 0 ? 0 : score / Math.sqrt(n);
      if (score > bestScore) {
        bestScore = score;
        best = m.title();
      }
    }
    return best;
  }

  private Integer termIdIfKnown(String key) {
    int id = terms.find(key);
    return id < 0 ? null : id;
  }

  private record Member(String articleId, String title, String outlet, Instant time, int seq) {}

  private static final class Live {
    final int serial;
    final int slot;
    final String id;
    final List<Member> members = new ArrayList<>();
    final List<String> mergedIds = new ArrayList<>();
    SparseVector terms = SparseVector.EMPTY;
    SparseVector entities = SparseVector.EMPTY;
    SparseVector places = SparseVector.EMPTY;
    int[] indexedTerms = new int[0];
    int[] indexedEntities = new int[0];
    Instant start;
    Instant end;

    Live(int serial, int slot, String id) {
      this.serial = serial;
      this.slot = slot;
      this.id = id;
    }
  }

  /** Vocabulary id to the slots of the stories indexed under it. */
  private static final class Postings {
    private final Map<Integer, IntBag> lists = new HashMap<>();

    IntBag get(int id) {
      return lists.get(id);
    }

    /** Moves {@code slot} from the lists of {@code before} to those of {@code after} (both sorted). */
    void replace(int slot, int[] before, int[] after) {
      for (int id : before) {
        if (Arrays.binarySearch(after, id) >= 0) continue;
        IntBag list = lists.get(id);
        if (list != null && list.remove(slot) && list.size() == 0) lists.remove(id);
      }
      for (int id : after) {
        if (Arrays.binarySearch(before, id) < 0) lists.computeIfAbsent(id, k -> new IntBag()).add(slot);
      }
    }
  }
}
