package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestSummary;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = {
    "Ingests the bundled sample corpus (two real reports plus invented outlets covering overlapping",
    "events, in every input shape) and prints what Crosscheck found in it."})
final class DemoCommand implements Callable<Integer> {
  static final String CORPUS = "/org/crosscheck/cli/demo/";

  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = data.dataDir().resolve("demo-corpus");
    int files = copyCorpus(corpus);
    out.printf(Locale.ROOT, "Demo corpus: %d files in %s%n%n", files, corpus);
    try (Store store = Wiring.openStore(data.dataDir())) {
      IngestSummary summary = Wiring.ingester(store, IngestOptions.DEFAULTS, p -> {}).ingest(List.of(corpus.toString()));
      IngestCommand.printSummary(out, summary);
      SearchResults all = store.search(new SearchQuery(null, null, null, List.of(), null, 0, 0));
      out.printf(Locale.ROOT, "%nThe store in %s holds %,d articles.%n", data.dataDir(), all.total());
      for (SearchResults.Facet facet : all.facets()) {
        out.println("  by " + facet.field() + ": " + facet.counts().stream()
            .map(c -> c.value() + " " + c.count()).reduce((a, b) -> a + ", " + b).orElse("-"));
      }
      SearchResults kupyansk = store.search(new SearchQuery("Kupyansk OR Kupiansk", null, null, List.of(), null, 5, 0));
      out.printf(Locale.ROOT, "%nSearch \"Kupyansk OR Kupiansk\": %d match(es)%n", kupyansk.total());
      for (SearchResults.Hit hit : kupyansk.hits()) {
        out.printf(Locale.ROOT, "  %s  %s  %s — %s%n", hit.article().id(),
            hit.article().published() == null ? "(no date)" : hit.article().published().toLocalDate(),
            hit.article().source(), hit.article().title());
      }
      out.printf(Locale.ROOT, "%nTry: ./crosscheck search \"Oskil River\" --data %s%n     ./crosscheck show ID --data %s%n",
          data.dataDir(), data.dataDir());
    }
    return 0;
  }

  /** Copies the corpus listed in the bundled MANIFEST.txt out of the jar; returns the file count. */
  static int copyCorpus(Path target) throws IOException {
    List<String> names;
    try (InputStream manifest = DemoCommand.class.getResourceAsStream(CORPUS + "MANIFEST.txt")) {
      if (manifest == null) throw new IOException("the demo corpus is missing from this build");
      names = new String(manifest.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    for (String name : names) {
      Path file = target.resolve(name).normalize();
      if (!file.startsWith(target)) throw new IOException("bad corpus entry: " + name);
      Files.createDirectories(file.getParent());
      try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name)) {
        if (in == null) throw new IOException("demo corpus file missing from this build: " + name);
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return names.size();
  }
}
