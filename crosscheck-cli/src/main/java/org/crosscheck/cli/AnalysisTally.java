package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.analysis.AnalysisStage;

/**
 * How ingest, analyze and demo word what the analysis step did: a report it declined (another
 * language, a text too long) is stored and searchable, which reads differently from a failure.
 */
final class AnalysisTally {
  private AnalysisTally() {}

  /**
   * The clauses after the count of analysed reports: "1 not analysed: French (the analysis reads
   * English)", "1 failed"; empty when every report was analysed.
   *
   * @param languages declines for a language, per language, in English
   * @param other declines for anything else, per kind in a few words ("too long to be one report")
   */
  static String notAnalysed(Map<String, Long> languages, Map<String, Long> other, long failed) {
    long declined = total(languages) + total(other);
    List<String> clauses = new ArrayList<>();
    if (declined > 0) clauses.add(String.format(Locale.ROOT, "%,d not analysed: %s", declined, declinedWhy(languages, other)));
    if (failed > 0) clauses.add(String.format(Locale.ROOT, "%,d failed", failed));
    return String.join(", ", clauses);
  }

  private static String declinedWhy(Map<String, Long> languages, Map<String, Long> other) {
    // A count beside each kind only when there are several kinds: "French", "2 French, 1 Ukrainian".
    boolean counted = languages.size() + other.size() > 1;
    List<String> parts = new ArrayList<>();
    if (!languages.isEmpty()) parts.add(kinds(languages, counted) + " (the analysis reads English)");
    if (!other.isEmpty()) parts.add(kinds(other, counted));
    return String.join(", ", parts);
  }

  /** Each kind, most first, with its count when {@code counted}. */
  private static String kinds(Map<String, Long> byKind, boolean counted) {
    return String.join(", ", byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> counted ? String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()) : e.getKey()).toList());
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts of {@code now} that were not yet in {@code before}, kinds that gained none left out. */
  static Map<String, Long> since(Map<String, Long> before, Map<String, Long> now) {
    Map<String, Long> added = new LinkedHashMap<>();
    now.forEach((kind, n) -> {
      long more = n - before.getOrDefault(kind, 0L);
      if (more > 0) added.put(kind, more);
    });
    return added;
  }

  /** The summary line of a run that analysed what it stored. */
  static String line(AnalysisStage stage) {
    String rest = notAnalysed(stage.declinedLanguages(), stage.declinedOther(), stage.failed());
    return String.format(Locale.ROOT, "Analysed %,d article(s) (entities, places, dates, quotes, claims)%s",
        stage.analysed(), rest.isEmpty() ? "" : "; " + rest);
  }

  /** One line per declined report and per failure, each with its reason. */
  static void details(PrintWriter out, List<AnalysisStage.Declined> declines, List<AnalysisStage.Failure> failures) {
    for (AnalysisStage.Declined d : declines) out.println("  not analysed " + d.origin() + " (" + d.articleId() + "): " + d.reason());
    for (AnalysisStage.Failure f : failures) out.println("  analysis failed on " + f.origin() + " (" + f.articleId() + "): " + f.reason());
  }
}
