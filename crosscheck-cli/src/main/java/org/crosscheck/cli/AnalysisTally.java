package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
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
   */
  static String notAnalysed(long declined, Map<String, Long> languages, long failed) {
    List<String> clauses = new ArrayList<>();
    if (declined > 0) clauses.add(String.format(Locale.ROOT, "%,d not analysed: %s", declined, declinedWhy(declined, languages)));
    if (failed > 0) clauses.add(String.format(Locale.ROOT, "%,d failed", failed));
    return String.join(", ", clauses);
  }

  private static String declinedWhy(long declined, Map<String, Long> languages) {
    long forLanguage = languages.values().stream().mapToLong(Long::longValue).sum();
    long other = declined - forLanguage;
    // A count beside each kind only when there are several kinds: "French", "2 French, 1 Ukrainian".
    boolean counted = languages.size() + (other > 0 ? 1 : 0) > 1;
    List<String> kinds = new ArrayList<>();
    languages.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> kinds.add(counted ? String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()) : e.getKey()));
    List<String> parts = new ArrayList<>();
    if (!kinds.isEmpty()) parts.add(String.join(", ", kinds) + " (the analysis reads English)");
    if (other > 0) parts.add(counted ? String.format(Locale.ROOT, "%,d too long to be one report", other) : "too long to be one report");
    return String.join(", ", parts);
  }

  /** The summary line of a run that analysed what it stored. */
  static String line(AnalysisStage stage) {
    String rest = notAnalysed(stage.declined(), stage.declinedLanguages(), stage.failed());
    return String.format(Locale.ROOT, "Analysed %,d article(s) (entities, places, dates, quotes, claims)%s",
        stage.analysed(), rest.isEmpty() ? "" : "; " + rest);
  }

  /** One line per declined report and per failure, each with its reason. */
  static void details(PrintWriter out, List<AnalysisStage.Declined> declines, List<AnalysisStage.Failure> failures) {
    for (AnalysisStage.Declined d : declines) out.println("  not analysed " + d.origin() + " (" + d.articleId() + "): " + d.reason());
    for (AnalysisStage.Failure f : failures) out.println("  analysis failed on " + f.origin() + " (" + f.articleId() + "): " + f.reason());
  }
}
