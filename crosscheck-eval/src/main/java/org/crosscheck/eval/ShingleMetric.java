package org.crosscheck.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric: token 4-shingles compared as multisets per
 * document, per-document precision and recall averaged over documents, F1 as the harmonic mean
 * of the two averages, and accuracy as exact token-list equality.
 */
public final class ShingleMetric {
  private ShingleMetric() {}

  private static final int SHINGLE = 4;

  /** Per-document counts, already divided by their sum so each document weighs the same. */
  public record DocumentScore(double tp, double fp, double fn, boolean predictedHasShingles,
      boolean truthHasShingles, boolean exact) {
    public double precision() {
      return fp == 0 && fn == 0 ? 1.0 : tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      return fp == 0 && fn == 0 ? 1.0 : tp + fn == 0 ? 0 : tp / (tp + fn);
    }
  }

  /** Corpus figures. */
  public record Scores(double f1, double precision, double recall, double accuracy, int documents) {}

  /**
   * Tokens as Python's {@code \w+} finds them: maximal runs of letters (Lu, Ll, Lt, Lm, Lo),
   * numbers (Nd, Nl, No) and underscore.
   */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean word = isWordChar(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(text.substring(start));
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_') return true;
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The multiset of 4-token windows; 1–3 tokens give one shorter shingle, none give none. */
  public static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) return out;
    if (tokens.size() < SHINGLE) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return out;
  }

  public static DocumentScore score(String truth, String predicted) {
    List<String> truthTokens = tokens(truth);
    List<String> predictedTokens = tokens(predicted);
    Map<List<String>, Integer> t = shingles(truthTokens);
    Map<List<String>, Integer> p = shingles(predictedTokens);
    Set<List<String>> all = new HashSet<>(t.keySet());
    all.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> s : all) {
      int inTruth = t.getOrDefault(s, 0);
      int inPrediction = p.getOrDefault(s, 0);
      tp += Math.min(inTruth, inPrediction);
      fp += Math.max(0, inPrediction - inTruth);
      fn += Math.max(0, inTruth - inPrediction);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new DocumentScore(tp, fp, fn, !p.isEmpty(), !t.isEmpty(), truthTokens.equals(predictedTokens));
  }

  public static Scores corpus(List<DocumentScore> documents) {
    double precisionSum = 0;
    int precisionCount = 0;
    double recallSum = 0;
    int recallCount = 0;
    int exact = 0;
    for (DocumentScore d : documents) {
      if (d.predictedHasShingles()) {
        precisionSum += d.precision();
        precisionCount++;
      }
      if (d.truthHasShingles()) {
        recallSum += d.recall();
        recallCount++;
      }
      if (d.exact()) exact++;
    }
    double precision = precisionCount == 0 ? 0 : precisionSum / precisionCount;
    double recall = recallCount == 0 ? 0 : recallSum / recallCount;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(f1, precision, recall, documents.isEmpty() ? 0 : (double) exact / documents.size(),
        documents.size());
  }
}
