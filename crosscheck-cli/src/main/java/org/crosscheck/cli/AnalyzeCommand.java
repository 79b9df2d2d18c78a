package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.AnalysisStage;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "analyze", header = "Analyses stored articles whose analysis is missing or stale.", description = {
    "Analyses the stored articles whose analysis is missing or stale (the article changed since): "
    + "entities, places, dates, quotes, citations and claims. For stores loaded with 'ingest --no-analyze'. "
    + "The language models load first (10-20 s)."})
final class AnalyzeCommand implements Callable<Integer> {
  /** Articles read from the store at a time. */
  private static final int PAGE = 500;
  /** Analyses committed at a time, so a killed run keeps most of its work. */
  private static final int COMMIT_EVERY = 500;
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
    long checked = 0;
    long upToDate = 0;
    AnalysisStage stage;
    try (Store articles = Wiring.openStoreReadOnly(data.dataDir());
        // Writing reads no statuses, so reprints need no folding here (and the story index stays free).
        AnalysisStore analyses = Wiring.openAnalyses(data.dataDir(), java.util.function.UnaryOperator.identity())) {
      stage = new AnalysisStage(Wiring.analyzer(data.dataDir()), analyses);
      long total = articles.count();
      long lastProgress = start;
      long sinceCommit = 0;
      // The read-only store is one snapshot, so paging through it sees every article once.
      for (int offset = 0; offset < total; offset += PAGE) {
        List<SearchResults.Hit> page = articles.search(new SearchQuery(null, null, null, List.of(), null, PAGE, offset)).hits();
        if (page.isEmpty()) break;
        for (SearchResults.Hit hit : page) {
          Article a = hit.article();
          checked++;
          if (!all && analyses.analysedHash(a.id()).filter(a.contentHash()::equals).isPresent()) {
            upToDate++;
            continue;
          }
          if (stage.analyse(a).isPresent() && ++sinceCommit >= COMMIT_EVERY) {
            analyses.commit();
            sinceCommit = 0;
          }
          if (!quiet && System.nanoTime() - lastProgress > PROGRESS_NANOS) {
            lastProgress = System.nanoTime();
            double seconds = (lastProgress - start) / 1e9;
            err.printf(Locale.ROOT, "... %,d of %,d checked, %,d analysed, %,d failed, %.1f articles/s%n",
                checked, total, stage.analysed(), stage.failed(), stage.analysed() / seconds);
            err.flush();
          }
        }
      }
      analyses.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("checked", checked);
      summary.put("upToDate", upToDate);
      summary.putAll(asJson(stage));
      summary.put("seconds", seconds);
      out.println(Json.toPrettyString(summary));
    } else {
      out.printf(Locale.ROOT, "Checked %,d stored article(s) in %.1f s: %,d analysed, %,d already up to date, %,d could not be analysed%n",
          checked, seconds, stage.analysed(), upToDate, stage.failed());
      for (AnalysisStage.Failure f : stage.failures()) out.println("  not analysed " + f.origin() + " (" + f.articleId() + "): " + f.reason());
    }
    return 0;
  }

  static Map<String, Object> asJson(AnalysisStage stage) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("analysed", stage.analysed());
    json.put("failed", stage.failed());
    json.put("failures", stage.failures());
    return json;
  }
}
