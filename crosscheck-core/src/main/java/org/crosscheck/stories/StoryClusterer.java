package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Online story clustering: each article, in arrival order, joins the live story it most likely
 * belongs to, or opens a new one. A candidate story must first be topically similar enough
 * (idf-weighted cosines of terms, entities and places against the story centroid, decayed by the
 * time gap, scaled by how many of the article's salient names the story knows); then a {@link
 * JoinModel} weighs that with what tells look-alike events apart (names, dates, figures, the
 * article's most specific terms). A story whose centroid the model places in another after an
 * update merges into the older one; a story with nothing new for
 * {@code closeAfter} (put off by how late reports have arrived behind the stream clock in its last
 * {@code maxLateness}, up to that; or the least recently updated, beyond {@code maxLiveStories}) closes, goes
 * to the closed-story consumer and leaves memory.
 *
 * <p>Only stories sharing an indexed term or entity with the article are scored: an inverted index
 * maps each story's heaviest terms and entities to it, so the cost per article depends on the
 * candidates, not on the number of live stories. Deterministic: the same articles in the same
 * order give the same stories, and so does a clusterer {@link #restore restored} from a {@link
 * #save saved} state: a stream cut in two runs clusters as it would in one. Not thread-safe.
 *
 * <p>Copies found by a {@link DuplicateDetector} do not move centroids: {@link #attach} files them
 * under the story of their original, marked, so a reprint counts once.
 */
public final class StoryClusterer {
  private final ClusteringConfig config;
  private final Consumer<Story> closedStories;
  private Vocabulary terms = new Vocabulary();
  private Vocabulary entities = new Vocabulary();
  private Vocabulary places = new Vocabulary();
  private Vocabulary dates = new Vocabulary();
  private Vocabulary numbers = new Vocabulary();
  private Vocabulary measures = new Vocabulary();
  private final Postings termPostings = new Postings();
  private final Postings entityPostings = new Postings();
  /** Live stories by serial, least recently updated first. */
  private final LinkedHashMap<Integer, Live> live = new LinkedHashMap<>();
  private final Map<String, Live> byStoryId = new HashMap<>();
  private final Map<String, Live> byArticle = new HashMap<>();
  private Live[] slots = new Live[1024];
  private final IntBag freeSlots = new IntBag();
  private int usedSlots;
  private float[] scores = new float[1024];
  private final IntBag touched = new IntBag();
  private int nextSerial;
  private int arrivals;
  private Instant clock;
  /**
   * How late reports have lately arrived behind the clock: closing is put off by as much, so that
   * a stream read out of publication order still finds its stories live.
   */
  private final LateArrivals lateArrivals;
  /** Vocabulary sizes that trigger the next pruning (terms, entities, places, dates, numbers, measures). */
  private final int[] pruneAt = new int[6];
  /** The article being placed and its idf-weighted norm, computed once rather than per candidate. */
  private SparseVector cachedTerms;
  private double cachedTermNorm;

  public StoryClusterer(ClusteringConfig config, Consumer<Story> closedStories) {
    this.config = config;
    this.closedStories = closedStories;
    this.lateArrivals = new LateArrivals(config.maxLateness());
    Arrays.fill(pruneAt, config.pruneFrom());
  }

  /**
   * A live story an article could join: the topical similarity of the pair scaled by how many of
   * the article's salient names the story knows (the first gate, {@link
   * ClusteringConfig#minSimilarity()}), what the join model sees of the pair, and its verdict. For a
   * report in another language than the story's ({@code crossLanguage}) the similarity and the
   * verdict are both its {@linkplain #crossLanguageScore share of names} instead, held against
   * {@link ClusteringConfig#crossLanguageThreshold()}.
   */
  public record Candidate(String storyId, double similarity, double[] features, double probability, boolean crossLanguage) {}

  /** Picks the story an article joins among the candidates, or -1 for a new story. */
  @FunctionalInterface
  public interface Chooser {
    int choose(String articleId, List<Candidate> candidates);
  }

  /**
   * Adds one article and returns the story it joined or opened: the candidate the join model finds
   * likeliest, when that probability reaches {@link ClusteringConfig#threshold()}.
   */
  public Assignment add(ArticleFeatures f) {
    return add(f, (id, candidates) -> likeliest(config, candidates));
  }

  /**
   * Adds one article to the story {@code chooser} picks among the candidates (with their features
   * and probabilities), or to a new one: to collect labelled pairs for fitting a {@link JoinModel}.
   */
  public Assignment add(ArticleFeatures f, Chooser chooser) {
    advanceClock(f.time());
    closeQuiet();
    pruneIfLarge();
    Doc doc = doc(f);
    int[] salientIds = salient(doc.entities);
    cachedTerms = doc.terms;
    cachedTermNorm = doc.terms.norm(terms);
    List<Live> stories = candidates(doc.terms, doc.entities);
    List<Candidate> scored = new ArrayList<>(stories.size());
    for (Live s : stories) {
      double[] x = features(doc, salientIds, s);
      if (acrossLanguages(f.language(), s)) {
        // A report in the main language gathers stories in others into its own (see absorbAcrossLanguages).
        double shared = f.language().equals(config.mainLanguage()) ? 0 : crossLanguageScore(doc, s);
        scored.add(new Candidate(s.id, shared, x, shared, true));
      } else {
        scored.add(new Candidate(s.id, gate(doc, x, salientIds, s), x, config.joinModel().probability(x), false));
      }
    }
    int pick = chooser.choose(f.articleId(), scored);
    boolean opened = pick < 0;
    double bestSim = opened ? 0 : scored.get(pick).probability();
    Live story = opened ? open(f) : stories.get(pick);
    if (!opened && scored.get(pick).crossLanguage()) {
      // Its words would pull the centroid away from the story's language, and the next report in
      // that language would find the story less like itself: it is listed, as a copy is.
      addMember(story, new Story.Member(f.articleId(), f.title(), f.outlet(), f.time(), null, null));
      story.foreign++;
      while (live.size() > config.maxLiveStories()) close(live.values().iterator().next());
      return new Assignment(f.articleId(), story.id, false, bestSim, List.of());
    }
    if (story.language == null) story.language = f.language();
    join(story, doc, f);
    List<String> merged = new ArrayList<>();
    Live survivor = mergeIfConverged(story, merged);
    survivor = absorbAcrossLanguages(survivor, merged);
    while (live.size() > config.maxLiveStories()) close(live.values().iterator().next());
    return new Assignment(f.articleId(), survivor.id, opened, opened ? 0 : bestSim, merged);
  }

  /**
   * The likeliest candidate (the older story on a tie) among those similar enough, if likely
   * enough, else -1.
   */
  public static int likeliest(ClusteringConfig config, List<Candidate> candidates) {
    int best = -1;
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.similarity() < config.minSimilarity()) continue;
      if (c.probability() < (c.crossLanguage() ? config.crossLanguageThreshold() : config.threshold())) continue;
      if (best < 0 || c.probability() > candidates.get(best).probability()) best = i;
    }
    return best;
  }

  /** Whether the article's language and the story's are both known and differ. */
  private static boolean acrossLanguages(String language, Live s) {
    return language != null && s.language != null && !language.equals(s.language);
  }

  /**
   * What a report in another language shares with a story without translation: the share of its
   * name mentions (damped counts, not idf: its rarest names are those of its own language, "Défense",
   * "Ministério") the story holds and of the story's three heaviest names it holds (names
   * compared with accents folded: "Yaounde" is "Yaoundé"), averaged; decayed by the time gap only
   * beyond the decay time (a report in another language often comes a day after the first ones, and
   * a share of names, unlike a cosine of words, does not grow as the story grows). 0 unless they
   * share two single-word names at least: one shared name is a place or a country, not an event.
   * Towns, people, groups and acronyms keep their spelling across languages; the words around them
   * do not, and the join model, fitted on reports of one language, reads their absence as a
   * different event.
   */
  private double crossLanguageScore(Doc doc, Live s) {
    Map<String, Integer> storyNames = foldedNames(s.entities);
    Map<String, Integer> articleNames = foldedNames(doc.entities);
    long sharedWords = articleNames.keySet().stream().filter(k -> k.indexOf(' ') < 0 && storyNames.containsKey(k)).count();
    if (sharedWords < 2) return 0;
    double known = weightedFoldedShare(doc.entities, storyNames);
    double recalled = foldedShare(salient(s.entities, 3), articleNames);
    double gap = doc.from == null || s.start == null ? 0
        : Math.max(doc.from.getEpochSecond() - s.end.getEpochSecond(), s.start.getEpochSecond() - doc.to.getEpochSecond());
    double time = gap <= config.decay().toSeconds() ? 1 : Math.exp(-(gap - config.decay().toSeconds()) / config.decay().toSeconds());
    return time * (known + recalled) / 2;
  }

  /** The entity keys of {@code v} with accents folded, each to its id. */
  private Map<String, Integer> foldedNames(SparseVector v) {
    Map<String, Integer> out = new HashMap<>();
    for (int id : v.ids) out.putIfAbsent(fold(entities.key(id)), id);
    return out;
  }

  /** The share of the weight of {@code v} on entities whose folded key is among {@code names}; 0 when it is empty. */
  private double weightedFoldedShare(SparseVector v, Map<String, Integer> names) {
    double known = 0;
    double all = 0;
    for (int i = 0; i < v.ids.length; i++) {
      all += v.weights[i];
      if (names.containsKey(fold(entities.key(v.ids[i])))) known += v.weights[i];
    }
    return all == 0 ? 0 : known / all;
  }

  /** The share of the entity ids {@code ids} whose folded key is among {@code names}; 0 when there are none. */
  private double foldedShare(int[] ids, Map<String, Integer> names) {
    if (ids.length == 0) return 0;
    int known = 0;
    for (int id : ids) if (names.containsKey(fold(entities.key(id)))) known++;
    return (double) known / ids.length;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /** "yaoundé" to "yaounde": accents differ between languages and outlets more than letters do. */
  static String fold(String key) {
    return MARKS.matcher(java.text.Normalizer.normalize(key, java.text.Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The topical similarity ({@code features[0]}) scaled between {@code salienceFloor} (the story
   * knows none of the article's salient names) and 1 (all): look-alike events share nearly every
   * term, and who they are about tells them apart. Not scaled for a report whose main town is one
   * of the story's towns, within the decay time of the story's span: short reports of one event from
   * different sources often quote different people, and a look-alike event in the same town on
   * the same days is rare.
   */
  private double gate(Doc doc, double[] features, int[] salient, Live s) {
    if (salient.length == 0 || s.entities.isEmpty() || sameTownAtOnce(doc, s)) return features[0];
    double floor = config.salienceFloor();
    return features[0] * (floor + (1 - floor) * features[3]);
  }

  /** Whether the article's main town is one of the story's towns and it was published close to the story's span. */
  private boolean sameTownAtOnce(Doc doc, Live s) {
    if (doc.kinds.leadPlace < 0 || Arrays.binarySearch(kinds(s).places, doc.kinds.leadPlace) < 0 || doc.from == null || s.start == null) return false;
    long gap = Math.max(doc.from.getEpochSecond() - s.end.getEpochSecond(), s.start.getEpochSecond() - doc.to.getEpochSecond());
    return gap <= config.decay().toSeconds();
  }

  /** What {@link JoinModel#FEATURES} describes, for the article {@code doc} and the story {@code s}. */
  private double[] features(Doc doc, int[] salient, Live s) {
    double termCos = doc.terms.cosine(s.terms, terms, doc.terms == cachedTerms ? cachedTermNorm : doc.terms.norm(terms));
    double entityCos = doc.entities.cosine(s.entities, entities);
    double sum = config.termWeight() * termCos;
    double weight = config.termWeight();
    if (!doc.entities.isEmpty()) {
      sum += config.entityWeight() * entityCos;
      weight += config.entityWeight();
    }
    double placeCos = doc.places.cosine(s.places, places);
    if (!doc.places.isEmpty()) {
      sum += config.placeWeight() * placeCos;
      weight += config.placeWeight();
    }
    double topical = sum / weight * decay(doc.from, doc.to, s);
    double dateCos = doc.dates.cosine(s.dates, dates);
    boolean yearClash = clash(doc.kinds.years, kinds(s).years) == 1 && !publishedInOneYear(doc, s)
        && !recalls(s.dates, doc.from, doc.to) && !recalls(doc.dates, s.start, s.end);
    double numberCos = doc.numbers.cosine(s.numbers, numbers);
    return new double[] {topical, termCos, entityCos, share(salient, s.entities), share(salient(s.entities, 3), doc.entities),
        doc.entities.isEmpty() ? 1 : 0, dateCos, yearClash ? 1 : 0, numberCos,
        Math.log10(1 + reports(s)), share(doc.specificTerms, s.terms), share(doc.specificNames, s.entities),
        doc.numbers.ids.length >= 3 && s.numbers.ids.length >= 3 && numberCos == 0 ? 1 : 0, leadsDiffer(doc.numbers, s.numbers, numbers) ? 1 : 0,
        clash(doc.kinds.places, kinds(s).places), clash(doc.kinds.regions, kinds(s).regions),
        clash(doc.kinds.countries, kinds(s).countries), clash(doc.kinds.people, kinds(s).people),
        differ(doc.kinds.leadPerson, kinds(s).leadPerson), differ(doc.kinds.leadPlace, kinds(s).leadPlace),
        measureClash(doc.kinds, kinds(s))};
  }

  /**
   * How many of the story's members moved its centroid: not the copies filed with their original
   * (a wire story reprinted by four outlets is one report, and the {@code size} input, which weighs
   * against joining, would otherwise hold the first follow-up back from it) nor the reports in
   * another language listed beside it. Never below 0: a state saved before copies were kept apart
   * from reports in another language may count a copy twice.
   */
  private static int reports(Live s) {
    return Math.max(0, s.members.size() - s.foreign - s.copies);
  }

  /**
   * The share of the measures both sides state (a magnitude, a toll, an age) whose main value
   * differs: each side's most stated value of the measure is one the other side never states
   * ("magnitude 4.4" against "magnitude 4.6"; a report giving 4.5 and 4.4 does not clash with a
   * story of 4.4). 0 when they state no measure in common.
   */
  private static double measureClash(Kinds a, Kinds b) {
    if (a.measures.length == 0 || b.measures.length == 0) return 0;
    int common = 0;
    int clashing = 0;
    for (int i = 0; i < a.measures.length; i = runEnd(a, i)) {
      String unit = a.measureUnits[i];
      int j = Arrays.binarySearch(b.measureUnits, unit);
      if (j < 0) continue;
      while (j > 0 && b.measureUnits[j - 1].equals(unit)) j--;
      common++;
      if (!holds(b, j, a.measures[leadOf(a, i)]) && !holds(a, i, b.measures[leadOf(b, j)])) clashing++;
    }
    return common == 0 ? 0 : (double) clashing / common;
  }

  /** The end of the run of one measure's values starting at {@code i}. */
  private static int runEnd(Kinds k, int i) {
    int end = i + 1;
    while (end < k.measures.length && k.measureUnits[end].equals(k.measureUnits[i])) end++;
    return end;
  }

  /** The position of the most stated value in the run starting at {@code i} (the first on a tie). */
  private static int leadOf(Kinds k, int i) {
    int lead = i;
    for (int p = i + 1; p < runEnd(k, i); p++) if (k.measureWeights[p] > k.measureWeights[lead]) lead = p;
    return lead;
  }

  /** Whether the run starting at {@code i} holds the value {@code id}. */
  private static boolean holds(Kinds k, int i, int id) {
    for (int p = i; p < runEnd(k, i); p++) if (k.measures[p] == id) return true;
    return false;
  }

  /** 1 when both sides have a lead (id >= 0) and they differ, else 0. */
  private static double differ(int a, int b) {
    return a >= 0 && b >= 0 && a != b ? 1 : 0;
  }

  /** 1 when both sides hold keys of a kind and share none (two towns, two countries, two people), else 0. */
  private static double clash(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) return 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) return 0;
      if (a[i] < b[j]) i++;
      else j++;
    }
    return 1;
  }

  /**
   * An article's or a story's people and places by level and the years among its dates, as
   * sorted vocabulary ids: what the clash features compare (see {@link ArticleFeatures} for the key
   * prefixes), with the most mentioned person and town (-1 when none): whom and where the text is
   * mostly about. Weekdays are left out of the years: a follow-up names the next day. Its measured
   * figures ({@code measures}, with their measure and raw weight) are sorted by measure, then id.
   */
  private record Kinds(int[] people, int[] places, int[] regions, int[] countries, int[] years, int leadPerson, int leadPlace,
      int[] measures, String[] measureUnits, float[] measureWeights) {}

  private Kinds kindsOf(SparseVector p, SparseVector d, SparseVector m) {
    int[] people = withPrefix(p, places, ArticleFeatures.PERSON);
    int[] towns = withPrefix(p, places, ArticleFeatures.PLACE);
    int[] years = Arrays.stream(d.ids).filter(id -> !dates.key(id).startsWith(ArticleFeatures.WEEKDAY)).toArray();
    Integer[] byUnit = new Integer[m.ids.length];
    for (int i = 0; i < byUnit.length; i++) byUnit[i] = i;
    Arrays.sort(byUnit, Comparator.comparing((Integer i) -> unitOf(measures.key(m.ids[i]))).thenComparingInt(i -> m.ids[i]));
    int[] measureIds = new int[byUnit.length];
    String[] units = new String[byUnit.length];
    float[] weights = new float[byUnit.length];
    for (int i = 0; i < byUnit.length; i++) {
      measureIds[i] = m.ids[byUnit[i]];
      units[i] = unitOf(measures.key(measureIds[i]));
      weights[i] = m.weights[byUnit[i]];
    }
    return new Kinds(people, towns, withPrefix(p, places, ArticleFeatures.REGION), withPrefix(p, places, ArticleFeatures.COUNTRY),
        years, heaviestOf(people, p), heaviestOf(towns, p), measureIds, units, weights);
  }

  /** "magnitude" of "measure:magnitude=4.4". */
  private static String unitOf(String measureKey) {
    return measureKey.substring(ArticleFeatures.MEASURE.length(), measureKey.lastIndexOf('='));
  }

  /**
   * The id among {@code ids} that weighs most in {@code v} by raw weight (not idf, which moves with
   * the stream: a lead kept for a story must not depend on when it was worked out), the lower id on
   * a tie; -1 when there are none.
   */
  private static int heaviestOf(int[] ids, SparseVector v) {
    int best = -1;
    float bestWeight = 0;
    for (int id : ids) {
      float w = v.weights[Arrays.binarySearch(v.ids, id)];
      if (best < 0 || w > bestWeight) {
        best = id;
        bestWeight = w;
      }
    }
    return best;
  }

  /** The story's kinds, worked out again only after its centroid or its vocabularies changed. */
  private Kinds kinds(Live s) {
    if (s.kinds == null) s.kinds = kindsOf(s.places, s.dates, s.measures);
    return s.kinds;
  }

  private static int[] withPrefix(SparseVector v, Vocabulary vocab, String prefix) {
    int[] out = new int[v.ids.length];
    int n = 0;
    for (int id : v.ids) if (vocab.key(id).startsWith(prefix)) out[n++] = id;
    return Arrays.copyOf(out, n);
  }


  /**
   * Whether each of {@code a} and {@code b} lacks the other's heaviest key: two reports whose main
   * figures (a magnitude, a toll, an age) both go unmentioned on the other side.
   */
  private static boolean leadsDiffer(SparseVector a, SparseVector b, Vocabulary vocab) {
    if (a.isEmpty() || b.isEmpty()) return false;
    int leadA = a.ids[a.heaviestPosition(vocab)];
    int leadB = b.ids[b.heaviestPosition(vocab)];
    return Arrays.binarySearch(b.ids, leadA) < 0 && Arrays.binarySearch(a.ids, leadB) < 0;
  }

  /**
   * Whether the article and the story were both published in one calendar year: their event's year
   * is then that year, and the years each names besides are recalled ("filmed in 2021", "since the
   * 2008 war"), so differing ones do not tell two events apart.
   */
  private static boolean publishedInOneYear(Doc doc, Live s) {
    if (doc.from == null || s.start == null) return false;
    int from = doc.from.atOffset(ZoneOffset.UTC).getYear();
    int to = doc.to.atOffset(ZoneOffset.UTC).getYear();
    return from <= s.end.atOffset(ZoneOffset.UTC).getYear() && s.start.atOffset(ZoneOffset.UTC).getYear() <= to;
  }

  /**
   * Whether the years {@code v} states include one of the span [from, to]: a text recalling an old
   * year does not clash with a story published in the year it names.
   */
  private boolean recalls(SparseVector v, Instant from, Instant to) {
    if (from == null) return false;
    for (int y = from.atOffset(ZoneOffset.UTC).getYear(); y <= to.atOffset(ZoneOffset.UTC).getYear(); y++) {
      int id = dates.find(Integer.toString(y));
      if (id >= 0 && Arrays.binarySearch(v.ids, id) >= 0) return true;
    }
    return false;
  }

  /** The share of {@code ids} that {@code v} holds; 0 when there are none. */
  private static double share(int[] ids, SparseVector v) {
    if (ids.length == 0) return 0;
    int known = 0;
    for (int id : ids) if (Arrays.binarySearch(v.ids, id) >= 0) known++;
    return (double) known / ids.length;
  }

  /** Snapshots of the live stories, oldest first. */
  public List<Story> liveStories() {
    return live.values().stream().sorted(Comparator.comparingInt(s -> s.serial)).map(s -> snapshot(s, false)).toList();
  }

  public int liveCount() {
    return live.size();
  }

  /** Whether {@code articleId} is in a live story. */
  public boolean knows(String articleId) {
    return byArticle.containsKey(articleId);
  }

  /** The id of the live story holding {@code articleId}. */
  public Optional<String> storyOf(String articleId) {
    return Optional.ofNullable(byArticle.get(articleId)).map(s -> s.id);
  }

  /** A snapshot of the live story {@code storyId}, if it is live. */
  public Optional<Story> story(String storyId) {
    return Optional.ofNullable(byStoryId.get(storyId)).map(s -> snapshot(s, false));
  }

  /**
   * Files the article {@code f} that {@code link} ties to an article of a live story under that
   * story, without clustering it. When {@code f} is the copy it is marked as one. When it is the
   * original (a later version, or an earlier publication arriving late) it joins as a report and
   * the member it displaces is marked as its copy. Returns nothing when the other article is in no
   * live story; the caller then clusters or files the article itself.
   */
  public Optional<Assignment> attach(ArticleFeatures f, DuplicateLink link) {
    boolean isCopy = link.copyId().equals(f.articleId());
    String other = isCopy ? link.originalId() : link.copyId();
    Live s = byArticle.get(other);
    if (s == null || byArticle.containsKey(f.articleId())) return Optional.empty();
    advanceClock(f.time());
    Story.Member m = new Story.Member(f.articleId(), f.title(), f.outlet(), f.time(), null, null);
    if (isCopy) {
      m = m.asCopyOf(link.originalId(), link.kind());
    } else {
      for (int i = 0; i < s.members.size(); i++) {
        Entry e = s.members.get(i);
        if (e.member().articleId().equals(other)) s.members.set(i, new Entry(e.member().asCopyOf(f.articleId(), link.kind()), e.seq()));
      }
    }
    addMember(s, m);
    // Either way one more member is a copy: the copy itself, or the member the original displaces.
    s.copies++;
    return Optional.of(new Assignment(f.articleId(), s.id, false, link.similarity(), List.of()));
  }

  /**
   * Gives the member {@code f.articleId()} of a live story the headline, outlet and time of a
   * revised version of its article (a corrected report keeps its place in the story, but a reader
   * should see its current headline). Returns the story's id, or nothing when no live story holds it.
   */
  public Optional<String> revise(ArticleFeatures f) {
    Live s = byArticle.get(f.articleId());
    if (s == null) return Optional.empty();
    for (int i = 0; i < s.members.size(); i++) {
      Entry e = s.members.get(i);
      if (e.member().articleId().equals(f.articleId())) s.members.set(i, new Entry(e.member().revised(f.title(), f.outlet(), f.time()), e.seq()));
    }
    if (f.time() != null) {
      if (s.start == null || f.time().isBefore(s.start)) s.start = f.time();
      if (s.end == null || f.time().isAfter(s.end)) s.end = f.time();
    }
    return Optional.of(s.id);
  }

  /** Closes every live story (end of a run), oldest first, and returns them. */
  public List<Story> closeAll() {
    List<Story> out = new ArrayList<>();
    for (Live s : live.values().stream().sorted(Comparator.comparingInt(x -> x.serial)).toList()) out.add(close(s));
    return out;
  }

  private static final int STATE_MARKER = 0x43435343; // "CCSC"
  private static final int STATE_VERSION = 6;
  /** The version that kept one lateness allowance that never wore off: read as a delay noted today. */
  private static final int STATE_VERSION_WITH_ONE_LATENESS = 5;
  /** The version before the lateness allowance was kept: read with none. */
  private static final int STATE_VERSION_WITHOUT_LATENESS = 4;
  /** The version before stories kept their language: read with none known. */
  private static final int STATE_VERSION_WITHOUT_LANGUAGE = 3;
  /** The version before measures were kept: read with none. */
  private static final int STATE_VERSION_WITHOUT_MEASURES = 2;

  /**
   * Writes everything the clusterer knows (vocabularies with their document frequencies, live
   * stories with their centroids, the stream clock) so that {@link #restore} continues exactly.
   */
  public void save(DataOutputStream out) throws IOException {
    out.writeInt(STATE_MARKER);
    out.writeInt(STATE_VERSION);
    terms.save(out);
    entities.save(out);
    places.save(out);
    dates.save(out);
    numbers.save(out);
    measures.save(out);
    for (int at : pruneAt) out.writeInt(at);
    out.writeInt(nextSerial);
    out.writeInt(arrivals);
    StateIO.writeInstant(out, clock);
    lateArrivals.save(out);
    out.writeInt(live.size());
    for (Live s : live.values()) {
      out.writeInt(s.serial);
      StateIO.writeString(out, s.id);
      out.writeInt(s.members.size());
      for (Entry e : s.members) {
        Story.Member m = e.member();
        StateIO.writeString(out, m.articleId());
        StateIO.writeString(out, m.title());
        StateIO.writeString(out, m.outlet());
        StateIO.writeInstant(out, m.time());
        StateIO.writeString(out, m.copyOf());
        out.writeInt(m.copyKind() == null ? -1 : m.copyKind().ordinal());
        out.writeInt(e.seq());
      }
      out.writeInt(s.mergedIds.size());
      for (String id : s.mergedIds) StateIO.writeString(out, id);
      s.terms.save(out);
      s.entities.save(out);
      s.places.save(out);
      s.dates.save(out);
      s.numbers.save(out);
      s.measures.save(out);
      StateIO.writeInts(out, s.indexedTerms);
      StateIO.writeInts(out, s.indexedEntities);
      StateIO.writeInstant(out, s.start);
      StateIO.writeInstant(out, s.end);
      StateIO.writeString(out, s.language);
      out.writeInt(s.foreign);
    }
  }

  /** A clusterer in the state {@link #save} wrote, with {@code config} for what comes next. */
  public static StoryClusterer restore(ClusteringConfig config, Consumer<Story> closedStories, DataInputStream in)
      throws IOException {
    StateIO.expect(in, STATE_MARKER, "story clusterer");
    int version = in.readInt();
    if (version != STATE_VERSION && version != STATE_VERSION_WITH_ONE_LATENESS && version != STATE_VERSION_WITHOUT_LATENESS && version != STATE_VERSION_WITHOUT_LANGUAGE
        && version != STATE_VERSION_WITHOUT_MEASURES) {
      throw new IOException("not a story clusterer state of this version (version " + version + ")");
    }
    boolean withMeasures = version >= STATE_VERSION_WITHOUT_LANGUAGE;
    boolean withLanguage = version >= STATE_VERSION_WITHOUT_LATENESS;
    StoryClusterer c = new StoryClusterer(config, closedStories);
    c.terms = Vocabulary.restore(in);
    c.entities = Vocabulary.restore(in);
    c.places = Vocabulary.restore(in);
    c.dates = Vocabulary.restore(in);
    c.numbers = Vocabulary.restore(in);
    if (withMeasures) c.measures = Vocabulary.restore(in);
    for (int i = 0; i < c.pruneAt.length - (withMeasures ? 0 : 1); i++) c.pruneAt[i] = in.readInt();
    c.nextSerial = in.readInt();
    c.arrivals = in.readInt();
    c.clock = StateIO.readInstant(in);
    if (version == STATE_VERSION) {
      c.lateArrivals.restore(in);
    } else if (version == STATE_VERSION_WITH_ONE_LATENESS) {
      long late = in.readLong();
      if (late < 0) throw new IOException("damaged state: lateness " + late);
      if (c.clock != null) c.lateArrivals.note(c.clock, Duration.ofSeconds(late));
    }
    DuplicateLink.Kind[] kinds = DuplicateLink.Kind.values();
    int n = StateIO.checked(in.readInt());
    for (int i = 0; i < n; i++) {
      int serial = in.readInt();
      String id = StateIO.readString(in);
      int slot = c.usedSlots++;
      if (slot >= c.slots.length) {
        c.slots = Arrays.copyOf(c.slots, c.slots.length * 2);
        c.scores = Arrays.copyOf(c.scores, c.slots.length);
      }
      Live s = new Live(serial, slot, id);
      int members = StateIO.checked(in.readInt());
      for (int k = 0; k < members; k++) {
        String articleId = StateIO.readString(in);
        String title = StateIO.readString(in);
        String outlet = StateIO.readString(in);
        Instant time = StateIO.readInstant(in);
        String copyOf = StateIO.readString(in);
        int kind = in.readInt();
        if (kind >= kinds.length) throw new IOException("damaged state: copy kind " + kind);
        s.members.add(new Entry(new Story.Member(articleId, title, outlet, time, copyOf, kind < 0 ? null : kinds[kind]), in.readInt()));
        if (copyOf != null) s.copies++;
        c.byArticle.put(articleId, s);
      }
      int mergedCount = StateIO.checked(in.readInt());
      for (int k = 0; k < mergedCount; k++) s.mergedIds.add(StateIO.readString(in));
      s.terms = SparseVector.restore(in);
      s.entities = SparseVector.restore(in);
      s.places = SparseVector.restore(in);
      s.dates = SparseVector.restore(in);
      s.numbers = SparseVector.restore(in);
      if (withMeasures) s.measures = SparseVector.restore(in);
      s.indexedTerms = StateIO.readInts(in);
      s.indexedEntities = StateIO.readInts(in);
      s.start = StateIO.readInstant(in);
      s.end = StateIO.readInstant(in);
      if (withLanguage) {
        s.language = StateIO.readString(in);
        s.foreign = StateIO.checked(in.readInt());
      }
      c.slots[slot] = s;
      c.live.put(serial, s);
      c.byStoryId.put(id, s);
      c.termPostings.replace(slot, new int[0], s.indexedTerms);
      c.entityPostings.replace(slot, new int[0], s.indexedEntities);
    }
    return c;
  }

  /**
   * Forgets rare vocabulary keys once a vocabulary has grown past its pruning mark (see {@link
   * ClusteringConfig#pruneFrom()}). Keys held by live stories stay, so no centroid changes.
   */
  private void pruneIfLarge() {
    Vocabulary[] vocabularies = {terms, entities, places, dates, numbers, measures};
    for (int v = 0; v < vocabularies.length; v++) {
      if (vocabularies[v].size() < pruneAt[v]) continue;
      BitSet used = new BitSet();
      for (Live s : live.values()) vectorOf(s, v).markIds(used);
      int[] remap = vocabularies[v].prune(config.pruneMinDf(), used);
      for (Live s : live.values()) {
        s.kinds = null;
        switch (v) {
          case 0 -> {
            s.terms = s.terms.renumbered(remap);
            s.indexedTerms = renumbered(s.indexedTerms, remap);
          }
          case 1 -> {
            s.entities = s.entities.renumbered(remap);
            s.indexedEntities = renumbered(s.indexedEntities, remap);
          }
          case 2 -> s.places = s.places.renumbered(remap);
          case 3 -> s.dates = s.dates.renumbered(remap);
          case 4 -> s.numbers = s.numbers.renumbered(remap);
          default -> s.measures = s.measures.renumbered(remap);
        }
      }
      if (v == 0) termPostings.renumber(remap);
      if (v == 1) entityPostings.renumber(remap);
      pruneAt[v] = Math.max(config.pruneFrom(), 2 * vocabularies[v].size());
    }
  }

  private static SparseVector vectorOf(Live s, int vocabulary) {
    return switch (vocabulary) {
      case 0 -> s.terms;
      case 1 -> s.entities;
      case 2 -> s.places;
      case 3 -> s.dates;
      case 4 -> s.numbers;
      default -> s.measures;
    };
  }

  private static int[] renumbered(int[] ids, int[] remap) {
    int[] out = new int[ids.length];
    for (int i = 0; i < ids.length; i++) out[i] = remap[ids[i]];
    return out;
  }

  /** Vocabulary sizes (terms, entities, places, dates, numbers, measures), for memory figures. */
  public int[] vocabularySizes() {
    return new int[] {terms.size(), entities.size(), places.size(), dates.size(), numbers.size(), measures.size()};
  }

  /**
   * An article (or a story, when two may merge) as vectors, with its time span and its heaviest
   * terms and names (what is specific to it).
   */
  private record Doc(SparseVector terms, SparseVector entities, SparseVector places, SparseVector dates, SparseVector numbers,
      SparseVector measures, Instant from, Instant to, int[] specificTerms, int[] specificNames, Kinds kinds) {}

  private Doc asDoc(Live s) {
    return new Doc(s.terms, s.entities, s.places, s.dates, s.numbers, s.measures, s.start, s.end, idsOf(s.terms, heaviest(s.terms, terms, SPECIFIC_TERMS)),
        salient(s.entities, SPECIFIC_NAMES), kinds(s));
  }

  /** The ids of the {@code salientEntities} heaviest entities of {@code v}: who the text is about. */
  private int[] salient(SparseVector v) {
    return salient(v, config.salientEntities());
  }

  private int[] salient(SparseVector v, int k) {
    return idsOf(v, heaviest(v, entities, k));
  }

  private Doc doc(ArticleFeatures f) {
    SparseVector t = SparseVector.ofCounts(f.terms(), terms);
    SparseVector e = SparseVector.ofCounts(f.entities(), entities);
    SparseVector p = SparseVector.ofCounts(f.places(), places);
    Map<String, Double> dateCounts = new HashMap<>();
    Map<String, Double> otherNumbers = new HashMap<>();
    Map<String, Double> measureCounts = new HashMap<>();
    f.numbers().forEach((k, c) -> (isYear(k) || k.startsWith(ArticleFeatures.WEEKDAY) ? dateCounts
        : k.startsWith(ArticleFeatures.MEASURE) ? measureCounts : otherNumbers).put(k, c));
    SparseVector d = SparseVector.ofCounts(dateCounts, dates);
    SparseVector n = SparseVector.ofCounts(otherNumbers, numbers);
    SparseVector m = SparseVector.ofCounts(measureCounts, measures);
    terms.countDocument(t.ids);
    entities.countDocument(e.ids);
    places.countDocument(p.ids);
    dates.countDocument(d.ids);
    numbers.countDocument(n.ids);
    measures.countDocument(m.ids);
    return new Doc(t, e, p, d, n, m, f.time(), f.time(), idsOf(t, heaviest(t, terms, SPECIFIC_TERMS)), salient(e, SPECIFIC_NAMES),
        kindsOf(p, d, m));
  }

  private static final int SPECIFIC_TERMS = 10;
  private static final int SPECIFIC_NAMES = 5;

  /** Four digits from 1800 to 2099: most likely a year. */
  private static boolean isYear(String number) {
    return number.length() == 4 && (number.startsWith("18") || number.startsWith("19") || number.startsWith("20"))
        && number.chars().allMatch(Character::isDigit);
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
    Live s = new Live(nextSerial++, slot, Story.idFor(f.articleId()));
    s.language = f.language();
    slots[slot] = s;
    live.put(s.serial, s);
    byStoryId.put(s.id, s);
    return s;
  }

  private void join(Live s, Doc doc, ArticleFeatures f) {
    s.terms = s.terms.plus(doc.terms).top(config.centroidTerms(), terms);
    s.entities = s.entities.plus(doc.entities).top(config.centroidTerms() / 2, entities);
    s.places = s.places.plus(doc.places).top(config.centroidTerms() / 2, places);
    s.dates = s.dates.plus(doc.dates).top(config.centroidTerms() / 2, dates);
    s.numbers = s.numbers.plus(doc.numbers).top(config.centroidTerms() / 2, numbers);
    s.measures = s.measures.plus(doc.measures).top(config.centroidTerms() / 2, measures);
    s.kinds = null;
    reindex(s);
    addMember(s, new Story.Member(f.articleId(), f.title(), f.outlet(), f.time(), null, null));
  }

  /** Adds an article to the members and the span, and marks the story as just updated. */
  private void addMember(Live s, Story.Member m) {
    s.members.add(new Entry(m, arrivals++));
    byArticle.put(m.articleId(), s);
    if (m.time() != null) {
      if (s.start == null || m.time().isBefore(s.start)) s.start = m.time();
      if (s.end == null || m.time().isAfter(s.end)) s.end = m.time();
    }
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
    Doc asDoc = asDoc(s);
    int[] salientIds = salient(s.entities);
    for (Live c : candidates(s.terms, s.entities)) {
      if (c == s || acrossLanguages(s.language, c)) continue;
      double[] x = features(asDoc, salientIds, c);
      if (gate(asDoc, x, salientIds, c) < config.minSimilarity()) continue;
      double sim = config.joinModel().probability(x);
      if (sim > best || (sim == best && target != null && c.serial < target.serial)) {
        best = sim;
        target = c;
      }
    }
    if (target == null || best < config.mergeThreshold()) return s;
    Live older = target.serial < s.serial ? target : s;
    Live younger = older == s ? target : s;
    older.foreign += younger.foreign;
    older.copies += younger.copies;
    older.terms = older.terms.plus(younger.terms).top(config.centroidTerms(), terms);
    older.entities = older.entities.plus(younger.entities).top(config.centroidTerms() / 2, entities);
    older.places = older.places.plus(younger.places).top(config.centroidTerms() / 2, places);
    older.dates = older.dates.plus(younger.dates).top(config.centroidTerms() / 2, dates);
    older.numbers = older.numbers.plus(younger.numbers).top(config.centroidTerms() / 2, numbers);
    older.measures = older.measures.plus(younger.measures).top(config.centroidTerms() / 2, measures);
    older.kinds = null;
    takeIn(older, younger, merged);
    reindex(older);
    live.remove(older.serial);
    live.put(older.serial, older);
    return older;
  }

  /**
   * Files under {@code s}, a story in the main language, a story in another language that tells
   * its event: one whose {@linkplain #crossLanguageScore share of names} with {@code s} reaches the
   * threshold. A report in another language that came first opened a story of its own, and the
   * merge check, which compares centroids, cannot see across languages. Its reports are listed in
   * {@code s} without moving the centroid, as a report in another language joining {@code s}
   * would have been.
   */
  private Live absorbAcrossLanguages(Live s, List<String> merged) {
    if (!config.mainLanguage().equals(s.language)) return s;
    Live best = null;
    double bestScore = 0;
    for (Live c : candidates(s.terms, s.entities)) {
      if (c == s || !acrossLanguages(s.language, c)) continue;
      double score = crossLanguageScore(asDoc(c), s);
      if (score >= config.crossLanguageThreshold() && (best == null || score > bestScore)) {
        best = c;
        bestScore = score;
      }
    }
    if (best == null) return s;
    s.foreign += best.members.size() - best.copies;
    s.copies += best.copies;
    takeIn(s, best, merged);
    return s;
  }

  /** Moves {@code from}'s members, span and merged ids into {@code into} and lets {@code from} go; centroids are the caller's. */
  private void takeIn(Live into, Live from, List<String> merged) {
    into.members.addAll(from.members);
    into.members.sort(Comparator.comparingInt(Entry::seq));
    if (from.start != null) {
      if (into.start == null || from.start.isBefore(into.start)) into.start = from.start;
      if (into.end == null || from.end.isAfter(into.end)) into.end = from.end;
    }
    into.mergedIds.add(from.id);
    into.mergedIds.addAll(from.mergedIds);
    merged.add(from.id);
    release(from);
    for (Entry e : into.members) byArticle.put(e.member().articleId(), into);
  }

  /** Moves the stream clock to {@code time} if later, else notes how late the report arrived. */
  private void advanceClock(Instant time) {
    if (time == null) return;
    if (clock == null || time.isAfter(clock)) {
      clock = time;
    } else {
      lateArrivals.note(clock, Duration.between(time, clock));
    }
  }

  private void closeQuiet() {
    if (clock == null) return;
    Instant cutoff = clock.minus(config.closeAfter()).minus(lateArrivals.allowance(clock));
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
    byStoryId.remove(s.id, s);
    for (Entry e : s.members) byArticle.remove(e.member().articleId(), s);
    slots[s.slot] = null;
    freeSlots.add(s.slot);
  }

  private Story snapshot(Live s, boolean closed) {
    List<Story.Member> members = s.members.stream().map(Entry::member).toList();
    return new Story(s.id, label(s), s.start, s.end, Story.outletsOf(members), topKeys(s.terms, terms, 10), topKeys(s.entities, entities, 10),
        topPlaces(s.places), members, s.mergedIds, closed);
  }

  /** The story's ten heaviest places: the annotator's people share the vector, not the listing. */
  private List<String> topPlaces(SparseVector v) {
    return Arrays.stream(heaviest(v, places, v.ids.length)).mapToObj(i -> places.key(v.ids[i]))
        .filter(k -> !k.startsWith(ArticleFeatures.PERSON)).limit(10).toList();
  }

  private static List<String> topKeys(SparseVector v, Vocabulary vocab, int k) {
    return Arrays.stream(heaviest(v, vocab, k)).mapToObj(i -> vocab.key(v.ids[i])).toList();
  }

  /** The member headline whose words weigh most in the story centroid, per word. */
  private String label(Live s) {
    Map<Integer, Float> weight = new HashMap<>();
    for (int i = 0; i < s.terms.ids.length; i++) weight.put(s.terms.ids[i], s.terms.weights[i] * terms.idf(s.terms.ids[i]));
    String best = s.members.getFirst().member().title();
    double bestScore = -1;
    for (Entry e : s.members) {
      Story.Member m = e.member();
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

  /** A member and its arrival number, which keeps members in arrival order through merges. */
  private record Entry(Story.Member member, int seq) {}

  private static final class Live {
    final int serial;
    final int slot;
    final String id;
    final List<Entry> members = new ArrayList<>();
    final List<String> mergedIds = new ArrayList<>();
    SparseVector terms = SparseVector.EMPTY;
    SparseVector entities = SparseVector.EMPTY;
    SparseVector places = SparseVector.EMPTY;
    SparseVector dates = SparseVector.EMPTY;
    SparseVector numbers = SparseVector.EMPTY;
    SparseVector measures = SparseVector.EMPTY;
    int[] indexedTerms = new int[0];
    int[] indexedEntities = new int[0];
    /** People and places by level; {@code null} until asked for after a change of the centroid. */
    Kinds kinds;
    Instant start;
    Instant end;
    /** The language of the first report whose language was known, or {@code null}: what the centroid is written in. */
    String language;
    /** Members in another language than {@link #language}, listed without moving the centroid. */
    int foreign;
    /** Members filed as copies of another member ({@link #attach}), which do not move the centroid either. */
    int copies;

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

    /** Moves every list to its key's new id; indexed keys are in use, so all survive. */
    void renumber(int[] remap) {
      Map<Integer, IntBag> moved = new HashMap<>();
      for (var e : lists.entrySet()) moved.put(remap[e.getKey()], e.getValue());
      lists.clear();
      lists.putAll(moved);
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
