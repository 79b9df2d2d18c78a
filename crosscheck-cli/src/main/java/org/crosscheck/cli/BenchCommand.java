package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crosscheck.cli.bench.SyntheticCorpus;
import org.crosscheck.cli.bench.ServeBenchmark;
import org.crosscheck.cli.bench.WatchBenchmark;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.IngestSummary;
import org.crosscheck.json.Json;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", header = "Measures ingest throughput per input shape on a generated corpus.", description = {
    "Measures ingest throughput: generates a synthetic corpus per input shape and ingests it into a "
    + "fresh store (store writes and commits included; no stories or analysis, which have their own "
    + "figures: 'eval stories-throughput', the NLP evaluations). Prints docs/s and MB/s per shape."})
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "What to measure: ingest, watch (one cycle over local feeds), or serve (HTTP load on the demo corpus).")
  String what;

  @Option(names = "--feeds", defaultValue = "1000", description = "watch: feeds to poll (default ${DEFAULT-VALUE}).")
  int feeds;

  @Option(names = "--hosts", defaultValue = "50", description = "watch: loopback hosts the feeds are spread over (default ${DEFAULT-VALUE}).")
  int hosts;

  @Option(names = "--docs", defaultValue = "10000", description = "Documents per shape (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--format", split = ",", paramLabel = "SHAPE",
      description = "Shapes to measure: ${COMPLETION-CANDIDATES} (default: all).")
  EnumSet<InputFormat> formats = EnumSet.allOf(InputFormat.class);

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed.")
  long seed;

  @Option(names = "--rate", defaultValue = "200", description = "serve: requests per second, open loop (default ${DEFAULT-VALUE}).")
  int rate;

  @Option(names = "--seconds", defaultValue = "20", description = "serve: seconds per request kind (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warm-seconds", defaultValue = "5", description = "serve: seconds of unmeasured load per request kind before measuring; 0 visits each path once only (default ${DEFAULT-VALUE}).")
  double warmSeconds;

  @Option(names = "--no-annotate", description = "serve: story pages without places, names and quotes (no NLP models).")
  boolean noAnnotate;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  /** One shape's result. */
  record Figure(InputFormat format, int inputs, long documents, long stored, long skipped, double megabytes,
      double seconds, double docsPerSecond, double megabytesPerSecond) {}

  @Override
  public Integer call() throws Exception {
    if (what.equals("watch")) return benchWatch();
    if (what.equals("serve")) return benchServe();
    if (!what.equals("ingest")) throw new IllegalArgumentException("unknown benchmark '" + what + "' (known: ingest, watch, serve)");
    if (docs < 1) throw new IllegalArgumentException("--docs must be positive");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Figure> figures = new ArrayList<>();
    Path work = Files.createTempDirectory("crosscheck-bench");
    try {
      for (InputFormat format : formats) {
        err.printf(Locale.ROOT, "generating %,d %s documents ...%n", docs, format.name().toLowerCase(Locale.ROOT));
        err.flush();
        Path corpus = work.resolve(format.name().toLowerCase(Locale.ROOT));
        List<Path> files = new SyntheticCorpus(seed).write(format, docs, corpus);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        Path data = work.resolve("data-" + format.name().toLowerCase(Locale.ROOT));
        long start = System.nanoTime();
        IngestSummary summary;
        try (Store store = Wiring.openStore(data)) {
          summary = Wiring.ingester(store, IngestOptions.DEFAULTS, IngestProgress.Listener.NONE, data)
              .ingest(files.stream().map(Path::toString).toList());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = bytes / 1048576.0;
        Figure figure = new Figure(format, files.size(), summary.read(), summary.stored(), summary.skippedCount(), mb,
            seconds, summary.read() / seconds, mb / seconds);
        figures.add(figure);
        err.printf(Locale.ROOT, "  %s: %,.0f docs/s, %.1f MB/s%n", format, figure.docsPerSecond(), figure.megabytesPerSecond());
        deleteTree(corpus);
        deleteTree(data);
      }
    } finally {
      deleteTree(work);
    }
    if (json) {
      out.println(Json.toPrettyString(figures));
    } else {
      out.printf(Locale.ROOT, "%-9s %8s %8s %8s %9s %9s %10s %8s%n", "shape", "docs", "stored", "skipped", "MB", "seconds", "docs/s", "MB/s");
      for (Figure f : figures) {
        out.printf(Locale.ROOT, "%-9s %8d %8d %8d %9.1f %9.2f %10.0f %8.2f%n", f.format().name().toLowerCase(Locale.ROOT),
            f.documents(), f.stored(), f.skipped(), f.megabytes(), f.seconds(), f.docsPerSecond(), f.megabytesPerSecond());
      }
      out.printf(Locale.ROOT, "(%d cores, %s, max heap %d MB)%n", Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
    }
    return 0;
  }

  private int benchWatch() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    spec.commandLine().getErr().printf(Locale.ROOT, "polling %,d local feeds on %d hosts (1 s per host between requests) ...%n", feeds, hosts);
    spec.commandLine().getErr().flush();
    Path work = Files.createTempDirectory("crosscheck-bench-watch");
    WatchBenchmark.Figures f;
    try {
      f = new WatchBenchmark(feeds, hosts, java.time.Duration.ofSeconds(1), 2).run(work, Wiring::openStore, Wiring.extractor());
    } finally {
      deleteTree(work);
    }
    if (json) {
      out.println(Json.toPrettyString(f));
    } else {
      out.printf(Locale.ROOT, "first cycle (all new): %.1f s for %,d feeds on %d hosts; %,d articles stored, %,d pages fetched%n",
          f.firstCycleSeconds(), f.feeds(), f.hosts(), f.storedArticles(), f.pagesFetched());
      out.printf(Locale.ROOT, "second cycle (all 304): %.1f s; %,d requests in all, peak %d at once on one host (limit %d), %d failed feeds%n",
          f.secondCycleSeconds(), f.requests(), f.peakPerHost(), f.maxPerHost(), f.failedFeeds());
      out.printf(Locale.ROOT, "peak heap %.0f MB of %d MB max, %d cores%n", f.peakHeapMegabytes(), f.maxHeapMegabytes(), f.cores());
    }
    return 0;
  }

  /**
   * Ingests the demo corpus into a fresh data directory, serves it on a free loopback port, visits
   * every story page once (warming the server, as one that has been up a while), then
   * loads get-by-id, search and story pages in turn on an open-loop schedule.
   */
  private int benchServe() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = Files.createTempDirectory("crosscheck-bench-serve");
    try {
      Path corpus = work.resolve("corpus");
      DemoCommand.copyCorpus(corpus);
      try (EmbeddedPipeline pipeline = noAnnotate ? EmbeddedPipeline.open(work) : EmbeddedPipeline.open(work, Wiring.analyzer(work))) {
        pipeline.ingester(IngestOptions.DEFAULTS, IngestProgress.Listener.NONE).ingest(List.of(corpus.toString()));
      }
      var config = new org.crosscheck.web.WebConfig("127.0.0.1", 0, java.time.Duration.ofSeconds(1), null);
      List<ServeBenchmark.Figure> figures = new ArrayList<>();
      var outlets = Wiring.outletNames(work);
      try (StoredFacts facts = new StoredFacts(work, outlets);
          ServeCommand.Running running = ServeCommand.start(work, config, noAnnotate ? org.crosscheck.web.ArticleFacts.NONE : facts, facts,
              outlets)) {
        String base = running.app().url();
        List<String> ids = running.store().search(new org.crosscheck.store.SearchQuery(null, null, null, List.of(), null, 200, 0))
            .hits().stream().map(h -> "api/articles/" + h.article().id()).toList();
        List<String> storyPages = running.stories().search(new org.crosscheck.stories.StorySearch(null, null, null, List.of(), null, null,
            org.crosscheck.stories.StorySearch.Order.BUSIEST, 200, 0)).stories().stream().map(s -> "stories/" + s.id()).toList();
        List<String> searches = List.of("api/search?q=Kupiansk", "api/search?q=storm", "api/search?q=%22Oskil%20River%22",
            "api/search?q=Russian%20forces&source=Vostok%20Telegraph", "api/search?from=2025-12-20&to=2025-12-26", "api/search?q=blackout&lang=en");
        List<String> places = List.of("places/Kupiansk", "places/Kupyansk", "places/Kyiv", "places/Odesa", "entities/Trehubov", "entities/Zelensky");
        List<String> analysisApi = List.of("api/timeline/Kupiansk", "api/claims?place=Kupiansk", "api/claims?type=control&status=contested",
            "api/entities?type=person", "api/places?country=UA", "api/quotes?limit=20", "api/search?place=Kupiansk");
        var kinds = List.of(java.util.Map.entry("get-by-id", ids), java.util.Map.entry("search", searches),
            java.util.Map.entry("story-page", storyPages), java.util.Map.entry("place-page", places),
            java.util.Map.entry("analysis-api", analysisApi));
        err.printf(Locale.ROOT, "warming up: every path once, then each kind at %d req/s for %.0f s ...%n", rate, warmSeconds);
        err.flush();
        var bench = new ServeBenchmark(rate, seconds);
        var warmup = warmSeconds > 0 ? new ServeBenchmark(rate, warmSeconds) : null;
        for (var kind : kinds) {
          bench.warm(base, kind.getValue());
          if (warmup != null) warmup.run(kind.getKey(), base, kind.getValue()); // JIT and caches settle; figures dropped
        }
        err.printf(Locale.ROOT, "load average before measuring: %s%n", loadAverage());
        for (var kind : kinds) {
          err.printf(Locale.ROOT, "%s: %d req/s for %.0f s ...%n", kind.getKey(), rate, seconds);
          err.flush();
          figures.add(bench.run(kind.getKey(), base, kind.getValue()));
        }
        err.printf(Locale.ROOT, "load average after measuring: %s%n", loadAverage());
      }
      if (json) {
        out.println(Json.toPrettyString(figures));
      } else {
        out.printf(Locale.ROOT, "%-11s %9s %7s %9s %9s %9s %9s%n", "kind", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms");
        for (var f : figures) {
          out.printf(Locale.ROOT, "%-11s %9d %7d %9.1f %9.2f %9.2f %9.2f%n", f.kind(), f.requests(), f.errors(), f.requestsPerSecond(),
              f.p50Millis(), f.p99Millis(), f.maxMillis());
        }
        out.printf(Locale.ROOT, "(open loop at %d req/s, client and server in one JVM, %d cores, %s, max heap %d MB)%n", rate,
            Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
      }
      return 0;
    } finally {
      deleteTree(work);
    }
  }

  /** The 1, 5 and 15 minute load averages (Linux), or "unknown"; other users share the machine. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
