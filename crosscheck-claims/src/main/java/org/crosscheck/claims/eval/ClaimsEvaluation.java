package org.crosscheck.claims.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.crosscheck.claims.AnnotatedArticle;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.CrossChecker;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Precision and recall per claim type and status accuracy against the gold set, and the
 * throughput of extraction plus cross-check on pre-annotated articles.
 *
 * <pre>ClaimsEvaluation [--gold DIR] [--demo DIR] [--shared DIR] [--show dev|heldout|all] [--seconds N]</pre>
 *
 * <p>A gold claim matches an extracted one of the same article, type and polarity whose place is
 * the gold place (by name or spelling; both absent also matches) and whose evidence sentence
 * overlaps the gold sentence. Precision for a type counts only articles whose gold annotates that
 * type exhaustively. {@code --show} lists the misses of a half (by default only dev's, so that
 * the held-out half stays unseen while tuning).
 */
public final class ClaimsEvaluation {

  private ClaimsEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path gold = Path.of("crosscheck-claims/src/test/resources/org/crosscheck/claims/gold");
    Path demo = Path.of("crosscheck-cli/src/main/resources/org/crosscheck/cli/demo");
    Path shared = Path.of(System.getProperty("crosscheck.shared", "../shared"));
    String show = "dev";
    double seconds = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--demo" -> demo = Path.of(args[++i]);
        case "--shared" -> shared = Path.of(args[++i]);
        case "--show" -> show = args[++i];
        case "--seconds" -> seconds = Double.parseDouble(args[++i]);
        default -> {
          System.err.println("usage: ClaimsEvaluation [--gold DIR] [--demo DIR] [--shared DIR] [--show dev|heldout|all|none] [--seconds N]");
          System.exit(2);
        }
      }
    }
    long t0 = System.nanoTime();
    Annotator annotator = new Annotator(NlpSettings.defaults(), new PlaceResolver(ukraineGazetteer(shared)));
    System.out.printf("annotator loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    GoldArticles reader = new GoldArticles(demo, gold.resolve("own"));
    ClaimExtractor extractor = ClaimExtractor.standard();
    List<AnnotatedArticle> all = new ArrayList<>();
    for (String half : List.of("dev", "heldout")) {
      GoldSet set = GoldSet.read(gold.resolve(half + ".jsonl"));
      Map<String, AnnotatedArticle> articles = annotate(set, reader, annotator);
      all.addAll(articles.values());
      Scores scores = score(set, articles, extractor);
      scores.print(half, show.equals("all") || show.equals(half));
    }
    throughput(all, extractor, seconds);
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

  /** Reads and annotates each article of a gold half once. */
  public static Map<String, AnnotatedArticle> annotate(GoldSet set, GoldArticles reader, Annotator annotator) throws IOException {
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    for (GoldSet.GoldArticle g : set.articles()) {
      Article a = reader.read(g.ref());
      out.put(g.ref(), new AnnotatedArticle(a, annotator.annotate(a)));
    }
    return out;
  }

  /** Matches extracted claims to the gold and checks key statuses. */
  public static Scores score(GoldSet set, Map<String, AnnotatedArticle> articles, ClaimExtractor extractor) {
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
        Claim hit = unmatched.stream().filter(c -> matches(g, c)).findFirst().orElse(null);
        Counts counts = scores.counts(g.type());
        counts.gold++;
        if (hit == null) {
          scores.misses.add("MISSED " + g.type() + " " + g.polarity() + " " + g.place() + " | " + g.sentence() + "  [" + ga.ref() + "]");
          continue;
        }
        unmatched.remove(hit);
        counts.matched++;
        if (ga.exhaustive().contains(g.type())) counts.matchedInExhaustive++;
        if (g.actorSide() != null) {
          counts.sideChecked++;
          if (g.actorSide().equalsIgnoreCase(String.valueOf(hit.actorSide()))) counts.sideRight++;
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
      Assessment a = checker.assessments().stream().filter(x -> keyMatches(s, x)).findFirst().orElse(null);
      scores.statusTotal++;
      if (a != null && a.status() == s.status()) scores.statusRight++;
      else scores.misses.add("STATUS " + s.type() + " " + s.place() + " " + s.period() + (s.side() == null ? "" : " by " + s.side())
          + ": want " + s.status() + ", got " + (a == null ? "no key" : a.status() + " (" + a.reasoning() + ")"));
    }
    return scores;
  }

  static boolean matches(GoldSet.GoldClaim g, Claim c) {
    if (g.type() != c.type() || g.polarity() != c.polarity()) return false;
    if (g.place() == null) {
      if (c.place() != null && g.type() != ClaimType.QUANTITY) return false;
    } else {
      if (c.place() == null) return false;
      String surface = c.place().surface() == null ? "" : c.place().surface().toLowerCase(Locale.ROOT);
      boolean same = g.place().equalsIgnoreCase(c.place().name()) || g.place().equalsIgnoreCase(surface)
          || surface.startsWith(g.place().toLowerCase(Locale.ROOT) + " ");
      if (!same) return false;
    }
    String gs = normalise(g.sentence());
    String cs = normalise(c.sentence());
    String head = gs.substring(0, Math.min(30, gs.length()));
    return cs.contains(head) || gs.contains(cs.substring(0, Math.min(30, cs.length())));
  }

  private static boolean keyMatches(GoldSet.GoldStatus s, Assessment a) {
    if (a.key().type() != s.type() || !a.key().period().equals(s.period())) return false;
    if (s.side() != null && !s.side().equalsIgnoreCase(a.key().side())) return false;
    if (s.place().equalsIgnoreCase(a.key().placeName())) return true;
    return a.assertions().stream().anyMatch(c -> c.place() != null && s.place().equalsIgnoreCase(c.place().surface()));
  }

  static String normalise(String s) {
    return s.replace("*", "").replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String snippet(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 140 ? one.substring(0, 140) + "…" : one;
  }

  /** Extraction (2 threads) plus cross-check over pre-annotated articles, repeated for {@code seconds}. */
  static void throughput(List<AnnotatedArticle> articles, ClaimExtractor extractor, double seconds) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      for (int warm = 0; warm < 50; warm++) run(articles, extractor, pool);
      long start = System.nanoTime();
      long done = 0;
      long claims = 0;
      while (System.nanoTime() - start < seconds * 1e9) {
        claims += run(articles, extractor, pool);
        done += articles.size();
      }
      double s = (System.nanoTime() - start) / 1e9;
      double words = articles.stream().mapToInt(a -> a.text().split("\\s+").length).average().orElse(0);
      System.out.printf("throughput: %.0f annotated articles/s (extraction on 2 threads + cross-check; %d articles of %.0f words on average, %.1f claims each)%n",
          done / s, articles.size(), words, (double) claims / done);
    } finally {
      pool.shutdown();
    }
  }

  private static long run(List<AnnotatedArticle> articles, ClaimExtractor extractor, ForkJoinPool pool) throws Exception {
    List<List<Claim>> claims = pool.submit(() -> articles.parallelStream().map(extractor::extract).toList()).get();
    CrossChecker checker = CrossChecker.withoutDuplicates();
    long n = 0;
    for (List<Claim> c : claims) {
      checker.add(c);
      n += c.size();
    }
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
