package org.crosscheck.claims.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.crosscheck.claims.AnnotatedArticle;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.ClaimSpotter;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.SpotCandidate;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Trains the {@link ClaimSpotter} on gold halves and, with {@code --cv}, chooses its prior width
 * and thresholds by leave-one-half-out cross-validation, printing rules alone against rules plus
 * spotter for control and attack claims, per held-out half and pooled.
 *
 * <pre>SpotterTraining --gold DIR [--cache DIR] [--shared DIR] [--demo DIR] [--out FILE]
 *     [--cv] [--folds HALVES] [--studied HALVES] [--dev-weight N] [--lexical]
 *     [--sigmas 0.5,1,2] [--adds 0.5,0.6,0.7,0.8,0.9] [--drops 0,0.02,0.05]</pre>
 *
 * <p>Every place the extractor weighs in a sentence, as a control and as an attack claim, is one
 * example: a claim when a gold claim of that type names the place in an overlapping sentence (as
 * the evaluation matches), no claim otherwise, the latter only from articles whose gold lists that
 * type exhaustively. Without {@code --cv} the first of each list is used. The model, trained on
 * every half given, is written to {@code --out}: the same gold gives the same file.
 *
 * <p>The rules were tuned on some halves, so there they fire nearly wherever the gold has a claim
 * and a model learns to trust them more than unseen text warrants. {@code --studied HALVES} names
 * those halves: their examples keep their words but their rule decisions become features of their
 * own ("C|studied|rule=..."), so the weights of the rules' decisions are learnt from the other
 * halves only; {@code --dev-weight N} counts each example of the other halves N times; {@code
 * --lexical} leaves the rules' decisions out altogether. {@code --folds HALVES} holds out only
 * these halves in cross-validation (each in turn, trained on every other half), and the table
 * also scores the shipped model on them.
 */
public final class SpotterTraining {

  /** Features seen in fewer training examples than this get no weight: they would only learn one text by heart. */
  static final int MIN_COUNT = 3;

  /** One candidate of a claim type, whether the rules read a claim there, and whether the gold does. */
  record Example(List<String> features, boolean claim, ClaimType type, boolean ruleClaim) {}

  /** A gold half read, annotated and turned into examples. */
  record Half(String name, GoldSet gold, Map<String, AnnotatedArticle> articles, List<Example> examples) {}

  /**
   * How examples become training data.
   *
   * @param studied the halves the rules were tuned on, whose rule decisions are kept apart
   * @param devWeight how many times each example of another half counts
   * @param lexical whether the rules' decisions are left out
   */
  record Recipe(List<String> studied, int devWeight, boolean lexical) {

    /** The training examples of {@code halves} under this recipe. */
    List<Example> apply(List<Half> halves) {
      List<Example> out = new ArrayList<>();
      for (Half h : halves) {
        boolean seen = studied.contains(h.name());
        for (Example e : h.examples()) {
          Example x = new Example(e.features().stream().map(f -> rename(f, seen)).filter(f -> f != null).toList(), e.claim(),
              e.type(), e.ruleClaim());
          for (int k = seen ? 1 : devWeight; k > 0; k--) out.add(x);
        }
      }
      return out;
    }

    private String rename(String feature, boolean seen) {
      if (!ruleDecision(feature)) return feature;
      if (lexical) return null;
      return seen ? feature.substring(0, 2) + "studied|" + feature.substring(2) : feature;
    }

    /** The weights a model needs on text the rules were not tuned on: those of studied halves' rule decisions never fire there. */
    Map<String, Double> shipped(Map<String, Double> weights) {
      Map<String, Double> out = new TreeMap<>(weights);
      out.keySet().removeIf(f -> f.startsWith("studied|", 2));
      return out;
    }

    String describe() {
      return (lexical ? "rule decisions left out" : studied.isEmpty() ? "rule decisions of every half"
          : "rule decisions of " + String.join(", ", studied) + " kept apart")
          + (devWeight > 1 ? "; other halves counted " + devWeight + " times" : "");
    }
  }

  /** Whether a feature tells what the rules decided at the candidate (rather than the words there). */
  static boolean ruleDecision(String feature) {
    return feature.startsWith("rule=", 2) || feature.startsWith("elsewhere&", 2);
  }

  private SpotterTraining() {}

  public static void main(String[] args) throws Exception {
    Path gold = null;
    Path demo = Path.of("crosscheck-cli/src/main/resources/org/crosscheck/cli/demo");
    Path shared = Path.of(System.getProperty("crosscheck.shared", "../shared"));
    Path cache = null;
    Path out = null;
    boolean cv = false;
    List<Double> sigmas = List.of(1.0);
    List<Double> adds = List.of(0.7);
    List<Double> attackAdds = null;
    List<Double> drops = List.of(0.0);
    List<String> folds = null;
    List<String> studied = List.of();
    int devWeight = 1;
    boolean lexical = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--gold" -> gold = Path.of(args[++i]);
        case "--demo" -> demo = Path.of(args[++i]);
        case "--shared" -> shared = Path.of(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--cv" -> cv = true;
        case "--sigmas" -> sigmas = numbers(args[++i]);
        case "--adds" -> adds = numbers(args[++i]);
        case "--attack-adds" -> attackAdds = numbers(args[++i]);
        case "--drops" -> drops = numbers(args[++i]);
        case "--folds" -> folds = List.of(args[++i].split(","));
        case "--studied" -> studied = List.of(args[++i].split(","));
        case "--dev-weight" -> devWeight = Integer.parseInt(args[++i]);
        case "--lexical" -> lexical = true;
        default -> {
          System.err.println("usage: SpotterTraining --gold DIR [--cache DIR] [--shared DIR] [--demo DIR] [--out FILE] [--cv]"
              + " [--folds HALVES] [--studied HALVES] [--dev-weight N] [--lexical] [--sigmas LIST] [--adds LIST] [--attack-adds LIST] [--drops LIST]");
          System.exit(2);
        }
      }
    }
    if (gold == null) {
      System.err.println("SpotterTraining: --gold DIR is required (the halves to train on, and nothing else)");
      System.exit(2);
    }
    List<String> known = GoldSet.halves(gold);
    if (folds != null && !known.containsAll(folds)) {
      System.err.println("SpotterTraining: --folds names halves the gold folder does not hold; it holds " + String.join(", ", known));
      System.exit(2);
    }
    Gazetteer gazetteer = ClaimsEvaluation.ukraineGazetteer(shared);
    Supplier<Annotator> annotator = () -> new Annotator(NlpSettings.defaults(), new PlaceResolver(gazetteer));
    GoldArticles reader = new GoldArticles(demo, gold.resolve("own"));
    ClaimExtractor rules = ClaimExtractor.rulesOnly(gazetteer);
    List<Half> halves = new ArrayList<>();
    for (String name : known) {
      GoldSet set = GoldSet.read(gold.resolve(name + ".jsonl"));
      Map<String, AnnotatedArticle> articles = ClaimsEvaluation.annotate(set, reader, annotator, cache);
      halves.add(new Half(name, set, articles, examples(set, articles, rules)));
    }
    Recipe recipe = new Recipe(studied, devWeight, lexical);
    Choice chosen = new Choice(sigmas.get(0), adds.get(0), attackAdds == null ? adds.get(0) : attackAdds.get(0), drops.get(0));
    if (cv) {
      List<String> names = halves.stream().map(Half::name).toList();
      chosen = crossValidate(halves, folds == null ? names : folds, recipe, rules, sigmas, adds, drops);
    }
    List<Example> all = recipe.apply(halves);
    ClaimSpotter model = new ClaimSpotter(recipe.shipped(train(all, chosen.sigma())), chosen.addControl(), chosen.addAttack(), chosen.drop());
    System.out.printf(Locale.ROOT, "model: %d examples (%d claims), %d weighted features, sigma %.2f, add control at %.2f, attacks at %.2f,"
        + " drop below %.2f%n", all.size(), all.stream().filter(Example::claim).count(), model.size(), chosen.sigma(), chosen.addControl(),
        chosen.addAttack(), chosen.drop());
    if (out != null) {
      List<String> comments = List.of(
          "Claim spotter weights (ClaimSpotter): logistic regression over SpotterFeatures, written by SpotterTraining.",
          "Trained on the gold halves " + String.join(", ", halves.stream().map(Half::name).toList())
              + String.format(Locale.ROOT, "; %s; L2 prior sigma %.2f; features seen in fewer than %d examples left out.",
                  recipe.describe(), chosen.sigma(), MIN_COUNT),
          "@add.TYPE: a place the rules gave no claim of that type gets one at this probability or above;"
              + " @drop: a rule claim below this probability is dropped.");
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        model.write(w, comments);
      }
      System.out.println("wrote " + out);
    }
  }

  private static List<Double> numbers(String list) {
    return List.of(list.split(",")).stream().map(Double::parseDouble).toList();
  }

  /** The candidates the rules-only extractor weighs in each article of a half, labelled by the gold. */
  static List<Example> examples(GoldSet set, Map<String, AnnotatedArticle> articles, ClaimExtractor rules) {
    List<Example> out = new ArrayList<>();
    int[] coverage = new int[6];
    for (GoldSet.GoldArticle ga : set.articles()) {
      List<GoldSet.GoldClaim> golds = set.claims().stream().filter(g -> g.article().equals(ga.ref()) && g.place() != null).toList();
      List<SpotCandidate> seen = new ArrayList<>();
      rules.extract(articles.get(ga.ref()), seen::add);
      for (GoldSet.GoldClaim g : golds) {
        if (g.type() != ClaimType.CONTROL && g.type() != ClaimType.ATTACK) continue;
        List<SpotCandidate> at = seen.stream().filter(c -> c.type() == g.type() && ClaimsEvaluation.samePlaceAndSentence(g, c.place(), c.sentence())).toList();
        coverage[0]++;
        if (!at.isEmpty()) coverage[1]++;
        if (!at.isEmpty() && at.stream().noneMatch(SpotCandidate::ruleClaim)) coverage[2]++;
        if (!at.isEmpty()) continue;
        // Out of the spotter's reach: the place named in the sentence but not weighed there, or
        // not named at all, and then whether the report weighs it in some other sentence.
        if (g.sentence().toLowerCase(Locale.ROOT).contains(g.place().toLowerCase(Locale.ROOT))) coverage[3]++;
        else if (seen.stream().anyMatch(c -> ClaimsEvaluation.samePlaceAndSentence(g, c.place(), g.sentence()))) coverage[4]++;
        else coverage[5]++;
      }
      for (SpotCandidate c : seen) {
        boolean claim = golds.stream().anyMatch(g -> g.type() == c.type() && ClaimsEvaluation.samePlaceAndSentence(g, c.place(), c.sentence()));
        if (claim || ga.exhaustive().contains(c.type())) out.add(new Example(c.features(), claim, c.type(), c.ruleClaim()));
      }
    }
    System.out.printf("%-8s %d examples; of %d gold control and attack claims with a place, %d are candidates, %d of them without a rule claim;"
        + " of the others %d name the place unweighed, %d name none but the report weighs the place elsewhere, %d neither%n",
        set.name(), out.size(), coverage[0], coverage[1], coverage[2], coverage[3], coverage[4], coverage[5]);
    return out;
  }

  /**
   * Logistic regression weights (the log-odds of a claim per feature) with a Gaussian prior of
   * width {@code sigma}, over the features seen in at least {@link #MIN_COUNT} examples.
   */
  static Map<String, Double> train(List<Example> examples, double sigma) {
    // Examples counted more than once (--dev-weight) still show a feature in one text only.
    Map<String, Integer> counts = new HashMap<>();
    Set<Example> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Example e : examples) if (distinct.add(e)) for (String f : e.features()) counts.merge(f, 1, Integer::sum);
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      List<String> kept = e.features().stream().filter(f -> counts.get(f) >= MIN_COUNT).toList();
      data.add(new BasicDatum<>(kept, e.claim() ? "claim" : "none"));
    }
    LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>(1e-4, false, sigma);
    factory.setVerbose(false);
    LinearClassifier<String, String> classifier = factory.trainClassifier(data);
    Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
    Counter<String> yes = byLabel.get("claim");
    Counter<String> no = byLabel.get("none");
    Map<String, Double> weights = new TreeMap<>();
    for (String f : classifier.features()) {
      double w = (yes == null ? 0 : yes.getCount(f)) - (no == null ? 0 : no.getCount(f));
      if (Math.abs(w) >= 5e-4) weights.put(f, w);
    }
    return weights;
  }

  /** A choice of prior width and thresholds, with its pooled figures. */
  record Setting(double sigma, double add, double drop, Tally tally) {
    double score() {
      return (tally.f1(ClaimType.CONTROL) + tally.f1(ClaimType.ATTACK)) / 2;
    }
  }

  /** The settings a model is trained and shipped with: each type's threshold chosen by its own F1. */
  record Choice(double sigma, double addControl, double addAttack, double drop) {}

  /** Counts summed over halves: matched and predicted in exhaustive articles, matched and gold overall. */
  static final class Tally {
    final Map<ClaimType, int[]> counts = new LinkedHashMap<>();

    void add(ClaimsEvaluation.Scores s) {
      for (ClaimType t : List.of(ClaimType.CONTROL, ClaimType.ATTACK)) {
        ClaimsEvaluation.Counts c = s.counts(t);
        int[] sum = counts.computeIfAbsent(t, k -> new int[4]);
        sum[0] += c.matchedInExhaustive;
        sum[1] += c.predictedInExhaustive;
        sum[2] += c.matched;
        sum[3] += c.gold;
      }
    }

    double precision(ClaimType t) {
      int[] c = counts.getOrDefault(t, new int[4]);
      return c[1] == 0 ? Double.NaN : (double) c[0] / c[1];
    }

    double recall(ClaimType t) {
      int[] c = counts.getOrDefault(t, new int[4]);
      return c[3] == 0 ? Double.NaN : (double) c[2] / c[3];
    }

    double f1(ClaimType t) {
      double p = precision(t);
      double r = recall(t);
      return p + r == 0 || Double.isNaN(p) || Double.isNaN(r) ? 0 : 2 * p * r / (p + r);
    }

    String row() {
      int[] c = counts.getOrDefault(ClaimType.CONTROL, new int[4]);
      int[] a = counts.getOrDefault(ClaimType.ATTACK, new int[4]);
      return String.format(Locale.ROOT, "control P %.2f R %.2f F1 %.3f (%d/%d, %d/%d) | attack P %.2f R %.2f F1 %.3f (%d/%d, %d/%d)",
          precision(ClaimType.CONTROL), recall(ClaimType.CONTROL), f1(ClaimType.CONTROL), c[0], c[1], c[2], c[3],
          precision(ClaimType.ATTACK), recall(ClaimType.ATTACK), f1(ClaimType.ATTACK), a[0], a[1], a[2], a[3]);
    }
  }

  /**
   * Leave one half out: trains on the others for each prior width, scores the held-out half with
   * the rules alone and with each pair of thresholds, and returns the setting with the best pooled
   * mean F1 of control and attack claims, after printing its per-half table.
   */
  static Choice crossValidate(List<Half> halves, List<String> folds, Recipe recipe, ClaimExtractor rules, List<Double> sigmas,
      List<Double> adds, List<Double> drops) {
    List<Half> held = halves.stream().filter(h -> folds.contains(h.name())).toList();
    Tally rulesPooled = new Tally();
    Tally shippedPooled = new Tally();
    Map<String, Tally> rulesByHalf = new LinkedHashMap<>();
    Map<String, Tally> shippedByHalf = new LinkedHashMap<>();
    ClaimExtractor shipped = rules.withSpotter(ClaimSpotter.shipped());
    for (Half h : held) {
      ClaimsEvaluation.Scores r = ClaimsEvaluation.score(h.gold(), h.articles(), rules);
      rulesByHalf.computeIfAbsent(h.name(), k -> new Tally()).add(r);
      rulesPooled.add(r);
      ClaimsEvaluation.Scores s = ClaimsEvaluation.score(h.gold(), h.articles(), shipped);
      shippedByHalf.computeIfAbsent(h.name(), k -> new Tally()).add(s);
      shippedPooled.add(s);
    }
    System.out.println("cv: " + recipe.describe());
    Map<String, Setting> settings = new LinkedHashMap<>();
    Map<String, Map<String, Tally>> byHalf = new LinkedHashMap<>();
    Map<String, int[]> missed = new TreeMap<>();
    for (Half out : held) {
      List<Example> training = recipe.apply(halves.stream().filter(h -> h != out).toList());
      for (double sigma : sigmas) {
        Map<String, Double> weights = train(training, sigma);
        ClaimSpotter probe = new ClaimSpotter(weights, 1, 0);
        for (Example e : out.examples()) {
          if (e.ruleClaim()) continue;
          double p = probe.probability(e.features());
          int[] row = missed.computeIfAbsent(sigma + (e.type() == ClaimType.CONTROL ? " control" : " attack"), k -> new int[20]);
          row[Math.min(9, (int) (p * 10)) + (e.claim() ? 10 : 0)]++;
        }
        for (double add : adds) {
          for (double drop : drops) {
            String key = String.format(Locale.ROOT, "sigma %.2f add %.2f drop %.2f", sigma, add, drop);
            ClaimsEvaluation.Scores s = ClaimsEvaluation.score(out.gold(), out.articles(),
                rules.withSpotter(new ClaimSpotter(weights, add, drop)));
            settings.computeIfAbsent(key, k -> new Setting(sigma, add, drop, new Tally())).tally().add(s);
            byHalf.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(out.name(), k -> new Tally()).add(s);
          }
        }
      }
      System.out.println("cv: held out " + out.name());
    }
    System.out.println("== candidates the rules gave no claim, by held-out probability decile: none / claim");
    missed.forEach((k, row) -> System.out.println("  sigma " + k + " none " + java.util.Arrays.toString(java.util.Arrays.copyOf(row, 10))
        + " claim " + java.util.Arrays.toString(java.util.Arrays.copyOfRange(row, 10, 20))));
    System.out.println("== pooled over held-out halves");
    System.out.printf("  %-32s %s  (mean F1 %.3f)%n", "rules alone", rulesPooled.row(),
        (rulesPooled.f1(ClaimType.CONTROL) + rulesPooled.f1(ClaimType.ATTACK)) / 2);
    System.out.printf("  %-32s %s  (mean F1 %.3f)%n", "shipped spotter", shippedPooled.row(),
        (shippedPooled.f1(ClaimType.CONTROL) + shippedPooled.f1(ClaimType.ATTACK)) / 2);
    Setting best = null;
    for (Map.Entry<String, Setting> e : settings.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-32s %s  (mean F1 %.3f)%n", e.getKey(), e.getValue().tally().row(), e.getValue().score());
      if (best == null || e.getValue().score() > best.score()) best = e.getValue();
    }
    String bestKey = String.format(Locale.ROOT, "sigma %.2f add %.2f drop %.2f", best.sigma(), best.add(), best.drop());
    System.out.println("== per held-out half: rules alone / shipped spotter / rules + spotter (" + bestKey + ")");
    for (Half h : held) {
      System.out.printf("  %-8s %s%n  %-8s %s%n  %-8s %s%n", h.name(), rulesByHalf.get(h.name()).row(), "",
          shippedByHalf.get(h.name()).row(), "", byHalf.get(bestKey).get(h.name()).row());
    }
    // Added claims of one type barely move the other type's figures, so each type takes the
    // threshold its own F1 prefers, at the best setting's prior and drop.
    Setting chosen = best;
    List<Setting> curve = settings.values().stream().filter(s -> s.sigma() == chosen.sigma() && s.drop() == chosen.drop())
        .sorted(Comparator.comparingDouble(Setting::add)).toList();
    List<Double> curveAdds = curve.stream().map(Setting::add).toList();
    double addControl = steadiest(curveAdds, curve.stream().map(s -> s.tally().f1(ClaimType.CONTROL)).toList());
    double addAttack = steadiest(curveAdds, curve.stream().map(s -> s.tally().f1(ClaimType.ATTACK)).toList());
    System.out.printf(Locale.ROOT, "== per type (F1 averaged with the neighbouring thresholds): control add %.2f, attack add %.2f;"
        + " rules alone %.3f, %.3f%n", addControl, addAttack, rulesPooled.f1(ClaimType.CONTROL), rulesPooled.f1(ClaimType.ATTACK));
    return new Choice(best.sigma(), addControl, addAttack, best.drop());
  }

  /**
   * The threshold whose F1, averaged with that of its neighbours in {@code adds} (ascending), is
   * highest. Over a few development halves the F1 of one threshold moves by a claim or two; a
   * lone peak among thresholds that do no better is noise, a plateau is not. With three thresholds
   * or more the two ends are not taken: an end has a neighbour on one side only, so a lone peak
   * there would pass for a plateau.
   */
  static double steadiest(List<Double> adds, List<Double> f1s) {
    int from = adds.size() >= 3 ? 1 : 0;
    int to = adds.size() >= 3 ? adds.size() - 2 : adds.size() - 1;
    double best = adds.get(from);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = from; i <= to; i++) {
      double sum = 0;
      int n = 0;
      for (int j = Math.max(0, i - 1); j <= Math.min(adds.size() - 1, i + 1); j++, n++) sum += f1s.get(j);
      if (sum / n > bestScore) {
        bestScore = sum / n;
        best = adds.get(i);
      }
    }
    return best;
  }
}
