package org.crosscheck.claims.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.crosscheck.claims.AnnotatedArticle;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.CrossChecker;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Sides;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Precision and recall per claim type and status accuracy against the gold set, and the
 * throughput of extraction plus cross-check on pre-annotated articles.
 *
 * <pre>ClaimsEvaluation [--gold DIR] [--demo DIR] [--shared DIR] [--show dev,tune|heldout|blindN|all|none] [--why HALVES] [--seconds N] [--cache DIR] [--rules-only]</pre>
 *
 * <p>{@code --cache DIR} keeps each article's annotations as JSON, keyed by the article's content
 * hash, so that re-runs while working on the claim rules skip loading CoreNLP; delete the folder
 * when the annotator changes. {@code --rules-only} runs the claim rules without the {@link
 * org.crosscheck.claims.ClaimSpotter}, for comparison. {@code --why HALVES} (names, as for {@code --show}) tells for each
 * missed gold claim of those halves which stage lost it ({@link MissReasons}), on its miss line
 * when that is listed, and prints a tally of the reasons per type over them.
 *
 * <p>A gold claim matches an extracted one of the same article, type and polarity whose place is
 * the gold place (by name or spelling; both absent also matches) and whose evidence sentence
 * overlaps the gold sentence. Precision for a type counts only articles whose gold annotates that
 * type exhaustively. {@code --show} lists the misses of a half (by default only dev's, so that
 * the held-out half stays unseen while tuning); the rules are tuned on dev and tune, our own
 * texts written to vary conflicts, styles and voice. The blind halves (texts prefixed
 * with the half's name, {@code blind-}, {@code blind2-} …, annotated without reading the extractor or running it)
 * measure reports the rules were never tuned on: their misses are listed only when {@code --show}
 * names them, never with {@code all}.
 */
public final class ClaimsEvaluation {

  private ClaimsEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of("crosscheck-claims/src/test/resources/org/crosscheck/claims/gold");
    Path demo = Path.of("crosscheck-cli/src/main/resources/org/crosscheck/cli/demo");
    Path shared = Path.of(System.getProperty("crosscheck.shared", "../shared"));
    String show = "dev";
    double seconds = 3;
    Path cache = null;
    String why = null;
    boolean rulesOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--demo" -> demo = Path.of(args[++i]);
        case "--shared" -> shared = Path.of(args[++i]);
        case "--show" -> show = args[++i];
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        case "--why" -> why = args[++i];
        case "--rules-only" -> rulesOnly = true;
        default -> {
          System.err.println("usage: ClaimsEvaluation [--gold DIR] [--demo DIR] [--shared DIR] [--show dev,tune|heldout|blindN|all|none] [--why HALVES] [--seconds N] [--cache DIR] [--rules-only]");
          System.exit(2);
        }
      }
    }
    Gazetteer gazetteer = ukraineGazetteer(shared);
    Supplier<Annotator> annotator = memoize(() -> {
      long t0 = System.nanoTime();
      Annotator a = new Annotator(NlpSettings.defaults(), new PlaceResolver(gazetteer));
      System.out.printf("annotator loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      return a;
    });
    GoldArticles reader = new GoldArticles(demo, gold.resolve("own"));
    ClaimExtractor extractor = rulesOnly ? ClaimExtractor.rulesOnly(gazetteer) : ClaimExtractor.standard(gazetteer);
    List<AnnotatedArticle> all = new ArrayList<>();
    List<String> whyHalves = why == null ? List.of() : List.of(why.split(","));
    MissReasons reasons = new MissReasons();
    for (String half : GoldSet.halves(gold)) {
      GoldSet set = GoldSet.read(gold.resolve(half + ".jsonl"));
      Map<String, AnnotatedArticle> articles = annotate(set, reader, annotator, cache);
      all.addAll(articles.values());
      Scores scores = score(set, articles, extractor, whyHalves.contains(half) ? reasons : null);
      boolean everyHalf = show.equals("all") && !half.startsWith("blind");
      scores.print(half, everyHalf || List.of(show.split(",")).contains(half));
    }
    if (why != null) reasons.print(why);
    // "--seconds 0" asks for the scores alone: the warm-up passes alone take minutes on a busy machine.
    if (seconds > 0) throughput(all, extractor, seconds);
  }

  /** The full Ukraine GeoNames dump over the shipped world gazetteer, as the NLP tests use. */
  public static Gazetteer ukraineGazetteer(Path shared) throws IOException {
    Path geonames = shared.resolve("data/geonames");
    return new GeoNamesImporter()
        .admin1Codes(geonames.resolve("admin1CodesASCII.txt"))
        .countryInfo(geonames.resolve("countryInfo.txt"))
        .dump(geonames.resolve("UA.zip"))
        .base(Gazetteer.loadDefault())
        .build();
  }

  /** Reads and annotates each article of a gold half once (from the cache folder when it has them). */
  public static Map<String, AnnotatedArticle> annotate(GoldSet set, GoldArticles reader, Supplier<Annotator> annotator,
      Path cache) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Attributor attributor = new Attributor();
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    for (GoldSet.GoldArticle g : set.articles()) {
      Article a = reader.read(g.ref());
      Path cached = cache == null ? null : cache.resolve(a.contentHash() + ".json");
      Annotations annotations;
      if (cached != null && Files.isRegularFile(cached)) {
        annotations = json.readValue(cached.toFile(), Annotations.class);
      } else {
        annotations = annotator.get().annotate(a);
        if (cached != null) {
          Files.createDirectories(cache);
          json.writeValue(cached.toFile(), annotations);
        }
      }
      out.put(g.ref(), AnnotatedArticle.of(a, annotations, attributor));
    }
    return out;
  }

  private static <T> Supplier<T> memoize(Supplier<T> make) {
    return new Supplier<>() {
      private T value;

      @Override
      public T get() {
        if (value == null) value = make.get();
        return value;
      }
    };
  }

  /** Matches extracted claims to the gold and checks key statuses. */
  public static Scores score(GoldSet set, Map<String, AnnotatedArticle> articles, ClaimExtractor extractor) {
    return score(set, articles, extractor, null);
  }

  /** As {@link #score(GoldSet, Map, ClaimExtractor)}, telling each miss's reason to {@code reasons} unless it is null. */
  static Scores score(GoldSet set, Map<String, AnnotatedArticle> articles, ClaimExtractor extractor, MissReasons reasons) {
    Scores scores = new Scores();
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Map<String, List<Claim>> extracted = new LinkedHashMap<>();
    for (Map.Entry<String, AnnotatedArticle> e : articles.entrySet()) {
      List<Claim> claims = extractor.extract(e.getValue());
      extracted.put(e.getKey(), claims);
      checker.add(claims);
    }
    for (GoldSet.GoldArticle ga : set.articles()) {
      List<Claim> predicted = new ArrayList<>(extracted.get(ga.ref()));
      List<GoldSet.GoldClaim> golds = set.claims().stream().filter(g -> g.article().equals(ga.ref())).toList();
      List<Claim> unmatched = new ArrayList<>(predicted);
      for (GoldSet.GoldClaim g : golds) {
        Claim hit = hitFor(g, unmatched, checker);
        Counts counts = scores.counts(g.type());
        counts.gold++;
        if (hit == null) {
          String why = reasons == null ? "" : "  {" + reasons.reason(g, articles.get(ga.ref()), predicted) + "}";
          scores.misses.add("MISSED " + g.type() + " " + g.polarity() + " " + g.place() + " | " + g.sentence() + "  [" + ga.ref() + "]" + why);
          continue;
        }
        unmatched.remove(hit);
        counts.matched++;
        if (ga.exhaustive().contains(g.type())) counts.matchedInExhaustive++;
        if (g.actorSide() != null) {
          counts.sideChecked++;
          if (sameSide(g.actorSide(), hit.actorSide(), checker)) {
            counts.sideRight++;
          } else {
            scores.misses.add("SIDE   " + g.type() + " " + g.place() + " gold=" + g.actorSide() + " got=" + hit.actorSide()
                + " claimant=" + (hit.claimant() == null ? null : hit.claimant().name() + "/" + hit.claimantSide())
                + " | " + snippet(hit.sentence()) + "  [" + ga.ref() + "]");
          }
        }
      }
      for (Claim c : predicted) {
        if (!ga.exhaustive().contains(c.type())) continue;
        scores.counts(c.type()).predictedInExhaustive++;
        if (unmatched.contains(c)) {
          scores.misses.add("EXTRA  " + c.type() + " " + c.polarity() + " " + (c.place() == null ? null : c.place().surface())
              + " side=" + c.actorSide() + " | " + snippet(c.sentence()) + "  [" + ga.ref() + "]");
        }
      }
    }
    for (GoldSet.GoldStatus s : set.statuses()) {
      Assessment a = assessmentFor(s, checker);
      scores.statusTotal++;
      if (a != null && a.status() == s.status()) scores.statusRight++;
      else scores.misses.add("STATUS " + s.type() + " " + s.place() + " " + s.period() + (s.side() == null ? "" : " by " + s.side())
          + ": want " + s.status() + ", got " + (a == null ? "no key" : a.status() + " (" + a.reasoning() + ")"));
      if (reasons != null && a != null && a.status() != s.status()) {
        for (Claim c : a.assertions()) scores.misses.add("         " + behind(checker.asCompared(c)));
      }
      if (reasons != null && a == null) scores.misses.add("         <- " + nearestKeys(s, checker));
    }
    return scores;
  }

  /**
   * Why a gold status has no key: the keys of its type and place under other sides or months, else
   * keys of its place of another type, else none at all (its claims were not found there).
   */
  private static String nearestKeys(GoldSet.GoldStatus s, CrossChecker checker) {
    List<String> sameType = new ArrayList<>();
    List<String> otherType = new ArrayList<>();
    for (Assessment a : checker.assessments()) {
      boolean place = s.place().equalsIgnoreCase(a.key().placeName())
          || a.assertions().stream().anyMatch(c -> c.place() != null && s.place().equalsIgnoreCase(c.place().surface()));
      if (!place) continue;
      String what = a.key().type() + " side=" + a.key().side() + " " + a.key().period() + " " + a.status();
      (a.key().type() == s.type() ? sameType : otherType).add(what);
    }
    if (!sameType.isEmpty()) return "other side or month: " + String.join("; ", sameType);
    if (!otherType.isEmpty()) return "place only under another type: " + String.join("; ", otherType);
    return "no claim of this type at this place";
  }

  /** One claim behind a wrong status, compactly: stance, effect, actor side, who says it (and their side), and where. */
  private static String behind(Claim c) {
    String who = c.claimant() == null ? "-" : c.claimant().name() + (c.claimantSide() == null ? "" : "/" + c.claimantSide());
    return "<- " + c.polarity() + (c.effect() == null ? "" : " " + c.effect()) + " actor=" + c.actorSide() + " by " + who
        + " in " + c.outlet() + " | " + snippet(c.sentence());
  }

  /**
   * The extracted claim a gold claim is paired with: the first that matches it, one of the gold's
   * side before any other, so that a sentence telling one side's gain and the other's loss pairs
   * each gold claim with its own side's claim rather than by order.
   */
  static Claim hitFor(GoldSet.GoldClaim g, List<Claim> unmatched, CrossChecker checker) {
    Claim first = null;
    for (Claim c : unmatched) {
      if (!matches(g, c)) continue;
      if (g.actorSide() == null || sameSide(g.actorSide(), c.actorSide(), checker)) return c;
      if (first == null) first = c;
    }
    return first;
  }

  static boolean matches(GoldSet.GoldClaim g, Claim c) {
    if (g.type() != c.type() || g.polarity() != c.polarity()) return false;
    if (g.place() == null && c.place() != null && g.type() != ClaimType.QUANTITY) return false;
    return samePlaceAndSentence(g, c.place(), c.sentence());
  }

  /** Whether {@code place} is the gold claim's place (by name or spelling; any when the gold names none) and {@code sentence} overlaps its sentence. */
  static boolean samePlaceAndSentence(GoldSet.GoldClaim g, PlaceRef place, String sentence) {
    if (g.place() != null) {
      if (place == null) return false;
      String surface = place.surface() == null ? "" : place.surface().toLowerCase(Locale.ROOT);
      boolean same = g.place().equalsIgnoreCase(place.name()) || g.place().equalsIgnoreCase(surface)
          || surface.startsWith(g.place().toLowerCase(Locale.ROOT) + " ");
      if (!same) return false;
    }
    String gs = normalise(g.sentence());
    String cs = normalise(sentence);
    String head = gs.substring(0, Math.min(30, gs.length()));
    return cs.contains(head) || gs.contains(cs.substring(0, Math.min(30, cs.length())));
  }

  /**
   * The assessment a gold status line names: type, place (by name or spelling) and side as given;
   * of the windows holding claims with event days in the gold month, the one holding most.
   */
  private static Assessment assessmentFor(GoldSet.GoldStatus s, CrossChecker checker) {
    Assessment best = null;
    long bestCount = 0;
    for (Assessment a : checker.assessments()) {
      if (a.key().type() != s.type()) continue;
      if (s.side() != null && !sameSide(s.side(), a.key().side(), checker)) continue;
      boolean place = s.place().equalsIgnoreCase(a.key().placeName())
          || a.assertions().stream().anyMatch(c -> c.place() != null && s.place().equalsIgnoreCase(c.place().surface()));
      if (!place) continue;
      long inMonth = a.assertions().stream()
          .filter(c -> { var d = c.eventTime().day(c.reportTime()); return d != null && d.toString().startsWith(s.period()); })
          .count();
      if (inMonth > bestCount) {
        best = a;
        bestCount = inMonth;
      }
    }
    return best;
  }

  /** Reads the gold's side names as the extractor reads such names (whole listed forms only). */
  private static final Sides SIDES = Sides.standard();

  /**
   * Whether the gold's side and a side found are one side as the cross-check's keys count sides:
   * the gold's name read as the extractor names that side ("DR Congo" is the Democratic Republic of
   * the Congo), then both in the form keys compare ("Arakan Army" is "AA" where a report wrote
   * "Arakan Army (AA)"). No looser: "Chadian rebels" stay apart from "Chad".
   */
  static boolean sameSide(String gold, String found, CrossChecker checker) {
    if (found == null) return false;
    String named = SIDES.named(gold);
    String goldSide = checker.sideAsCompared(named != null ? named : gold);
    return goldSide.equalsIgnoreCase(checker.sideAsCompared(found));
  }

  static String normalise(String s) {
    return s.replace("*", "").replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String snippet(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 140 ? one.substring(0, 140) + "…" : one;
  }

  /**
   * Attribution, extraction (2 threads) and cross-check over pre-annotated articles, repeated for
   * {@code seconds}; quote attribution runs inside the timed work because claimants depend on it.
   * Besides the wall-clock rate it reports the rate the CPU time spent implies on two
   * free cores (extraction split over both, the cross-check on one), which holds when others share
   * the machine.
   */
  static void throughput(List<AnnotatedArticle> articles, ClaimExtractor extractor, double seconds) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    Attributor attributor = new Attributor();
    try {
      Cpu warmup = new Cpu();
      for (int warm = 0; warm < 50; warm++) run(articles, extractor, attributor, pool, warmup);
      Cpu cpu = new Cpu();
      long start = System.nanoTime();
      long done = 0;
      long claims = 0;
      while (System.nanoTime() - start < seconds * 1e9) {
        claims += run(articles, extractor, attributor, pool, cpu);
        done += articles.size();
      }
      double s = (System.nanoTime() - start) / 1e9;
      double projected = done / (cpu.extraction.sum() / 2e9 + cpu.crossCheck.sum() / 1e9);
      double words = articles.stream().mapToInt(a -> a.text().split("\\s+").length).average().orElse(0);
      System.out.printf("throughput: %.0f annotated articles/s wall clock, %.0f/s projected on 2 free cores from CPU time"
          + " (attribution + extraction on 2 threads + cross-check; %d articles of %.0f words on average, %.1f claims each;"
          + " CPU per article: extraction %.2f ms, cross-check %.2f ms)%n",
          done / s, projected, articles.size(), words, (double) claims / done, cpu.extraction.sum() / 1e6 / done,
          cpu.crossCheck.sum() / 1e6 / done);
    } finally {
      pool.shutdown();
    }
  }

  /** CPU nanoseconds spent, by stage. */
  private static final class Cpu {
    final LongAdder extraction = new LongAdder();
    final LongAdder crossCheck = new LongAdder();
  }

  private static long run(List<AnnotatedArticle> articles, ClaimExtractor extractor, Attributor attributor, ForkJoinPool pool,
      Cpu cpu) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<List<Claim>> claims = pool.submit(() -> articles.parallelStream().map(a -> {
      long t0 = threads.getCurrentThreadCpuTime();
      List<Claim> found = extractor.extract(AnnotatedArticle.of(a.article(), a.annotations(), attributor));
      cpu.extraction.add(threads.getCurrentThreadCpuTime() - t0);
      return found;
    }).toList()).get();
    long t0 = threads.getCurrentThreadCpuTime();
    CrossChecker checker = CrossChecker.withoutDuplicates();
    long n = 0;
    for (List<Claim> c : claims) {
      checker.add(c);
      n += c.size();
    }
    cpu.crossCheck.add(threads.getCurrentThreadCpuTime() - t0);
    return n;
  }

  /** Counts for one claim type. */
  static final class Counts {
    int gold;
    int matched;
    int matchedInExhaustive;
    int predictedInExhaustive;
    int sideChecked;
    int sideRight;
  }

  /** The figures of one gold half. */
  public static final class Scores {
    final Map<ClaimType, Counts> byType = new EnumMap<>(ClaimType.class);
    final List<String> misses = new ArrayList<>();
    int statusTotal;
    int statusRight;

    Counts counts(ClaimType t) {
      return byType.computeIfAbsent(t, k -> new Counts());
    }

    public double precision(ClaimType t) {
      Counts c = counts(t);
      return c.predictedInExhaustive == 0 ? Double.NaN : (double) c.matchedInExhaustive / c.predictedInExhaustive;
    }

    public double recall(ClaimType t) {
      Counts c = counts(t);
      return c.gold == 0 ? Double.NaN : (double) c.matched / c.gold;
    }

    public double statusAccuracy() {
      return statusTotal == 0 ? Double.NaN : (double) statusRight / statusTotal;
    }

    void print(String half, boolean listMisses) {
      System.out.println("== " + half);
      for (ClaimType t : List.of(ClaimType.CONTROL, ClaimType.ATTACK, ClaimType.QUANTITY)) {
        Counts c = counts(t);
        System.out.printf("  %-9s precision %.2f (%d/%d)  recall %.2f (%d/%d)  actor side %d/%d%n", t,
            precision(t), c.matchedInExhaustive, c.predictedInExhaustive, recall(t), c.matched, c.gold, c.sideRight, c.sideChecked);
      }
      System.out.printf("  status accuracy %.2f (%d/%d)%n", statusAccuracy(), statusRight, statusTotal);
      if (listMisses) misses.forEach(m -> System.out.println("    " + m));
    }
  }
}
