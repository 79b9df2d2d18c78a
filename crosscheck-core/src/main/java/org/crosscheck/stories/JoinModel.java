package org.crosscheck.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The probability that an article belongs to a candidate story, as a logistic function of a few
 * similarities between the two ({@link #FEATURES}, computed by the {@link StoryClusterer}). The
 * weights ship in {@code join-model.tsv}, fitted by {@link #fit} on labelled article–story pairs
 * (the ECB+ topics kept apart from dev and test; {@code StoryClusteringEvaluation --train}).
 *
 * @param weights one weight per feature, in the order of {@link #FEATURES}
 * @param bias the intercept
 */
public record JoinModel(double[] weights, double bias) {
  /**
   * What the model sees of an article and a story: the topical similarity of the clusterer
   * (weighted cosines, time-decayed); the term and entity cosines alone; the share of the
   * article's two heaviest names the story holds, and of the story's three heaviest names the
   * article holds; whether the article has no names; the cosine of the dates both state (years
   * and weekdays) and whether both state years but share none; the cosine of their other
   * figures; the story's size (log10 of 1 + members); the share of the article's ten heaviest terms and five
   * heaviest names the story holds; whether both state three or more other figures and share
   * none; whether each lacks the other's heaviest figure (two earthquakes of different
   * magnitudes, two arrests of men of different ages); whether both name towns (or regions,
   * countries, people) and share none; and whether the person (and the town) each names most
   * differ: what an annotator adds to tell two earthquakes in different places, or two arrests of
   * different people, apart (without an annotator these six are 0); and the share of the measures
   * both state (a magnitude, a toll) whose main value on each side the other never states.
   */
  public static final List<String> FEATURES = List.of("topical", "terms", "entities", "salientKnown",
      "storyNamesInArticle", "noNames", "dates", "yearClash", "numbers", "size",
      "specificTerms", "specificNames", "numberClash", "leadNumbersDiffer",
      "placeClash", "regionClash", "countryClash", "peopleClash", "leadPersonDiffers", "leadPlaceDiffers", "measureClash");

  public JoinModel {
    if (weights.length != FEATURES.size()) throw new IllegalArgumentException("expected " + FEATURES.size() + " weights, got " + weights.length);
    weights = weights.clone();
  }

  /** The model in {@code join-model.tsv}, for articles known by their text alone. */
  public static JoinModel defaults() {
    return parse(Resources.lines("join-model.tsv"));
  }

  /** The model in {@code join-model-annotated.tsv}, for articles with the annotator's people and places. */
  public static JoinModel annotated() {
    return parse(Resources.lines("join-model-annotated.tsv"));
  }

  /** Reads "name TAB weight" lines, one per feature plus "bias". */
  static JoinModel parse(List<String> lines) {
    Map<String, Double> byName = lines.stream().map(l -> l.split("\t")).collect(Collectors.toMap(f -> f[0], f -> Double.parseDouble(f[1])));
    double[] w = new double[FEATURES.size()];
    for (int i = 0; i < w.length; i++) {
      Double v = byName.get(FEATURES.get(i));
      if (v == null) throw new IllegalStateException("join model has no weight for " + FEATURES.get(i));
      w[i] = v;
    }
    return new JoinModel(w, byName.getOrDefault("bias", 0.0));
  }

  /** The non-zero inputs by name ("topical=0.41 dates=0.70 ..."), for reading what a decision rested on. */
  public static String describe(double[] features) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < features.length; i++) {
      if (features[i] != 0) out.append(String.format(Locale.ROOT, " %s=%.2f", FEATURES.get(i), features[i]));
    }
    return out.toString().strip();
  }

  /** The model as {@code join-model.tsv} holds it. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < weights.length; i++) out.append(String.format(Locale.ROOT, "%s\t%.6f%n", FEATURES.get(i), weights[i]));
    return out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias)).toString();
  }

  public double probability(double[] features) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * L2-regularised logistic regression by Newton's method: deterministic, and exact enough in a
   * few dozen iterations for ten features.
   *
   * @param x feature rows
   * @param y labels (true = the article belongs to the story)
   * @param l2 penalty on the weights (not on the bias)
   */
  public static JoinModel fit(List<double[]> x, List<Boolean> y, double l2) {
    int d = FEATURES.size() + 1;
    double[] beta = new double[d];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < x.size(); i++) {
        double[] row = withBias(x.get(i));
        double z = 0;
        for (int j = 0; j < d; j++) z += beta[j] * row[j];
        double p = 1 / (1 + Math.exp(-z));
        double r = (y.get(i) ? 1 : 0) - p;
        double v = Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j < d; j++) {
          gradient[j] += r * row[j];
          for (int k = 0; k < d; k++) hessian[j][k] += v * row[j] * row[k];
        }
      }
      for (int j = 0; j < d - 1; j++) {
        gradient[j] -= l2 * beta[j];
        hessian[j][j] += l2;
      }
      hessian[d - 1][d - 1] += 1e-9;
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int j = 0; j < d; j++) {
        beta[j] += step[j];
        size = Math.max(size, Math.abs(step[j]));
      }
      if (size < 1e-8) break;
    }
    return new JoinModel(Arrays.copyOf(beta, d - 1), beta[d - 1]);
  }

  private static double[] withBias(double[] features) {
    double[] row = Arrays.copyOf(features, features.length + 1);
    row[features.length] = 1;
    return row;
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) s -= m[r][k] * x[k];
      x[r] = s / m[r][r];
    }
    return x;
  }
}
