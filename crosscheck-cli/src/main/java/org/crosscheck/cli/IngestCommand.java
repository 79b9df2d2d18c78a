package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.AnalysisStage;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.IngestSummary;
import org.crosscheck.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", header = "Reads reports into the store: files, directories (recursive), globs and http(s) URLs.", description = {
    "Formats are detected from content: text dumps, Markdown with front matter, HTML, RSS/Atom/RDF feeds, "
    + "JSON Lines and WARC(.gz). Running it again on the same reports stores nothing twice. "
    + "Each new or changed report is analysed (entities, places, dates, quotes, claims); the first one "
    + "waits for the language models to load (10-20 s). --no-analyze skips that for fast bulk loads."})
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, directories, glob patterns or URLs.")
  List<String> inputs;

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "50",
      description = "Skip single-document inputs larger than this (JSON Lines and WARC are streamed, any size). Default: ${DEFAULT-VALUE}.")
  long maxFileMegabytes;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = "--quiet", description = "No progress lines.")
  boolean quiet;

  @Option(names = "--no-analyze", description = "Store only; analyse later with 'crosscheck analyze'.")
  boolean noAnalyze;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestProgress.Listener progress = quiet ? IngestProgress.Listener.NONE : p -> {
      err.printf(Locale.ROOT, "... %,d read, %,d stored (%,d committed), %,d skipped, %.1f MB, %.0f docs/s%n",
          p.read(), p.stored(), p.committed(), p.skipped(), p.bytes() / 1048576.0, p.read() / Math.max(p.seconds(), 1e-3));
      err.flush();
    };
    IngestSummary summary;
    long storyCount;
    AnalysisStage analysis;
    long outdated = 0;
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.open(data.dataDir(), noAnalyze ? null : Wiring.analyzer(data.dataDir()))) {
      summary = pipeline.ingester(IngestOptions.DEFAULTS.withMaxDocumentBytes(maxFileMegabytes << 20), progress).ingest(inputs);
      storyCount = pipeline.stories().count();
      analysis = pipeline.analysis().orElse(null);
      if (analysis != null) outdated = pipeline.analyses().orElseThrow().countMadeByOthers(analysis.fingerprint());
    }
    if (json) {
      Map<String, Object> result = new LinkedHashMap<>(Json.mapper().convertValue(summary, Map.class));
      if (analysis != null) {
        Map<String, Object> analysed = AnalyzeCommand.asJson(analysis);
        analysed.put("outdated", outdated);
        result.put("analysis", analysed);
      }
      out.println(Json.toPrettyString(result));
    } else {
      printSummary(out, summary);
      if (analysis != null) printAnalysis(out, analysis);
      if (outdated > 0) out.println(outdatedLine(outdated, data.dataDir()));
      out.printf(Locale.ROOT, "%,d stories in the store (list them: crosscheck stories)%n", storyCount);
    }
    return 0;
  }

  /**
   * The one line telling that stored analyses of unchanged reports were made by an older
   * Crosscheck, and how to refresh them (ingest only analyses what is new or changed).
   */
  static String outdatedLine(long outdated, java.nio.file.Path dataDir) {
    return String.format(Locale.ROOT, "%,d stored %s made %s and out of date; refresh them: crosscheck analyze --data %s",
        outdated, outdated == 1 ? "analysis was" : "analyses were", AnalyzeCommand.OLDER, dataDir);
  }

  static void printAnalysis(PrintWriter out, AnalysisStage analysis) {
    out.println(AnalysisTally.line(analysis));
    AnalysisTally.details(out, analysis.declines(), analysis.failures());
  }

  static void printSummary(PrintWriter out, IngestSummary s) {
    String older = s.older() == 0 ? "" : String.format(Locale.ROOT, ", %,d %s", s.older(), s.older() == 1
        ? "older version (kept as a revision of the newer stored report)" : "older versions (kept as revisions of the newer stored reports)");
    out.printf(Locale.ROOT, "Ingested %,d input(s) in %.1f s: %,d read, %,d new, %,d updated, %,d unchanged%s, %,d skipped%n",
        s.inputs(), s.elapsed().toMillis() / 1000.0, s.read(), s.added(), s.updated(), s.unchanged(), older, s.skippedCount());
    for (IngestSummary.Skip skip : s.skipped()) {
      out.println("  skipped " + skip.location() + ": " + skip.reason());
    }
    if (s.skippedCount() > s.skipped().size()) {
      out.printf(Locale.ROOT, "  ... and %,d more skipped (use --json for the listed ones)%n", s.skippedCount() - s.skipped().size());
    }
  }
}
