package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.AnalysisStage;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.Reanalysis;
import org.crosscheck.json.Json;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", header = "Analyses stored articles whose analysis is missing or stale.", description = {
    "Analyses the stored articles whose analysis is missing or stale (the article changed since, or an "
    + "older Crosscheck, other rules or another gazetteer made it): "
    + "entities, places, dates, quotes, citations and claims. For stores loaded with 'ingest --no-analyze'. "
    + "The language models load first (10-20 s)."})
final class AnalyzeCommand implements Callable<Integer> {
  private static final long PROGRESS_NANOS = 10_000_000_000L;

  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--all", description = "Analyse every article again, even those up to date.")
  boolean all;

  @Option(names = "--quiet", description = "No progress lines.")
  boolean quiet;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    AnalysisStage stage;
    Reanalysis.Counts counts;
    try (Store articles = Wiring.openStoreReadOnly(data.dataDir());
        // Writing reads no statuses, so reprints and outlets need no folding here (and the story index stays free).
        AnalysisStore analyses = Wiring.openAnalyses(data.dataDir(), java.util.function.UnaryOperator.identity(),
            java.util.function.UnaryOperator.identity())) {
      stage = new AnalysisStage(Wiring.analyzer(data.dataDir()), analyses);
      long[] lastProgress = {start};
      AnalysisStage progressOf = stage;
      counts = Reanalysis.run(articles, analyses, stage, all, quiet ? Reanalysis.Progress.NONE : c -> {
        if (System.nanoTime() - lastProgress[0] <= PROGRESS_NANOS) return;
        lastProgress[0] = System.nanoTime();
        double seconds = (lastProgress[0] - start) / 1e9;
        err.printf(Locale.ROOT, "... %,d of %,d checked, %,d analysed, %,d failed, %.1f articles/s%n",
            c.checked(), c.total(), progressOf.analysed(), progressOf.failed(), progressOf.analysed() / seconds);
        err.flush();
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("checked", counts.checked());
      summary.put("upToDate", counts.upToDate());
      summary.put("missingOrChanged", counts.missingOrChanged());
      summary.put("olderAnalyser", counts.olderAnalyser());
      summary.put("analyser", stage.fingerprint());
      summary.putAll(asJson(stage));
      summary.put("seconds", seconds);
      out.println(Json.toPrettyString(summary));
    } else {
      String notAnalysed = AnalysisTally.notAnalysed(stage.declinedLanguages(), stage.declinedOther(), stage.failed());
      out.printf(Locale.ROOT, "Checked %,d stored article(s) in %.1f s: %,d analysed, %,d already up to date%s%n",
          counts.checked(), seconds, stage.analysed(), counts.upToDate(), notAnalysed.isEmpty() ? "" : ", " + notAnalysed);
      if (counts.olderAnalyser() > 0) {
        out.printf(Locale.ROOT, "  %,d had been analysed %s%n", counts.olderAnalyser(), OLDER);
      }
      AnalysisTally.details(out, stage.declines(), stage.failures());
    }
    return 0;
  }

  /** Who made an out-of-date analysis, in the words every command uses. */
  static final String OLDER = "by an older Crosscheck (other rules, vocabulary or gazetteer)";

  static Map<String, Object> asJson(AnalysisStage stage) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("analysed", stage.analysed());
    json.put("declined", stage.declined());
    json.put("declinedLanguages", stage.declinedLanguages());
    json.put("declinedOther", stage.declinedOther());
    json.put("declines", stage.declines());
    json.put("failed", stage.failed());
    json.put("failures", stage.failures());
    return json;
  }
}
