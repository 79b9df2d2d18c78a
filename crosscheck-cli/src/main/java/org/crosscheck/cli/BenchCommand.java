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

@Command(name = "bench", description = {
    "Measures ingest throughput: generates a synthetic corpus per input shape and ingests it into a",
    "fresh store (store writes and commits included). Prints docs/s and MB/s per shape."})
final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "What to measure: ingest.")
  String what;

  @Option(names = "--docs", defaultValue = "10000", description = "Documents per shape (default ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--format", split = ",", paramLabel = "SHAPE",
      description = "Shapes to measure: ${COMPLETION-CANDIDATES} (default: all).")
  EnumSet<InputFormat> formats = EnumSet.allOf(InputFormat.class);

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed.")
  long seed;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  /** One shape's result. */
  record Figure(InputFormat format, int inputs, long documents, long stored, long skipped, double megabytes,
      double seconds, double docsPerSecond, double megabytesPerSecond) {}

  @Override
  public Integer call() throws Exception {
    if (!what.equals("ingest")) throw new IllegalArgumentException("unknown benchmark '" + what + "' (known: ingest)");
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
          summary = Wiring.ingester(store, IngestOptions.DEFAULTS, IngestProgress.Listener.NONE)
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

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
