package org.crosscheck.cli.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted clustering with a gold one, as defined in the story-clustering README.
 *
 * <p>BCubed: per document, P = |predicted cluster ∩ gold cluster| / |predicted cluster| and R =
 * the same overlap / |gold cluster|, averaged over documents. Pairwise: over all document pairs,
 * TP = pairs together in both, P = TP / pairs together in the prediction, R = TP / pairs together
 * in gold (a ratio with nothing to count is 0). F1 is the harmonic mean of P and R.
 */
public record ClusteringScores(
    int documents,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    int predictedClusters,
    int goldClusters) {

  /**
   * @param gold each document's gold cluster label
   * @param predicted each document's predicted cluster label; must cover the same documents
   */
  public static ClusteringScores of(Map<String, String> gold, Map<String, String> predicted) {
    if (!gold.keySet().equals(predicted.keySet())) throw new IllegalArgumentException("gold and predicted must cover the same documents");
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<List<String>, Integer> overlap = new HashMap<>();
    for (String doc : gold.keySet()) {
      goldSize.merge(gold.get(doc), 1, Integer::sum);
      predSize.merge(predicted.get(doc), 1, Integer::sum);
      overlap.merge(List.of(gold.get(doc), predicted.get(doc)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (String doc : gold.keySet()) {
      int both = overlap.get(List.of(gold.get(doc), predicted.get(doc)));
      p += (double) both / predSize.get(predicted.get(doc));
      r += (double) both / goldSize.get(gold.get(doc));
    }
    int n = gold.size();
    double bp = n == 0 ? 0 : p / n;
    double br = n == 0 ? 0 : r / n;
    long tp = overlap.values().stream().mapToLong(ClusteringScores::pairs).sum();
    long predPairs = predSize.values().stream().mapToLong(ClusteringScores::pairs).sum();
    long goldPairs = goldSize.values().stream().mapToLong(ClusteringScores::pairs).sum();
    double pp = predPairs == 0 ? 0 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 0 : (double) tp / goldPairs;
    return new ClusteringScores(n, bp, br, f1(bp, br), pp, pr, f1(pp, pr), predSize.size(), goldSize.size());
  }

  private static long pairs(int size) {
    return (long) size * (size - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line: "BCubed P/R/F1 ... | pairwise P/R/F1 ... | clusters n (gold m)". */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "docs %4d | BCubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | clusters %d (gold %d)",
        documents, bcubedPrecision, bcubedRecall, bcubedF1, pairwisePrecision, pairwiseRecall, pairwiseF1,
        predictedClusters, goldClusters);
  }
}
