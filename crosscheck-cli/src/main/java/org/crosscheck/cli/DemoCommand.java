package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.AnalysisStage;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.Lookup;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.analysis.PlaceSummary;
import org.crosscheck.analysis.Reanalysis;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestSummary;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Outlets;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "demo", header = "Runs the whole pipeline on the bundled sample corpus and prints what it found.", description = {
    "Ingests the bundled sample corpus (two real reports plus invented outlets covering overlapping "
    + "events, in every input shape), analyses it and prints what Crosscheck found in it: stories, top "
    + "entities, places on the map and the timeline of control claims about Kupyansk."})
final class DemoCommand implements Callable<Integer> {
  static final String CORPUS = "/org/crosscheck/cli/demo/";

  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(names = "--serve", negatable = true,
      description = "Then serve the web UI over the demo and print its address (default: on when run in a terminal).")
  Boolean serve;

  @picocli.CommandLine.Option(names = "--port", defaultValue = "8080", description = "Port for --serve (default ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = data.dataDir().resolve("demo-corpus");
    int files = copyCorpus(corpus);
    out.printf(Locale.ROOT, "Demo corpus: %d files in %s%n%n", files, corpus);
    out.println("Reading and analysing it; the language models load first (10-20 s) ...");
    out.flush();
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.open(data.dataDir(), Wiring.analyzer(data.dataDir()))) {
      Store store = pipeline.store();
      StoryStore stories = pipeline.stories();
      IngestSummary summary = pipeline.ingester(IngestOptions.DEFAULTS, p -> {}).ingest(List.of(corpus.toString()));
      IngestCommand.printSummary(out, summary);
      pipeline.analysis().ifPresent(a -> IngestCommand.printAnalysis(out, a));
      refresh(out, pipeline);
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
            Outlets.named(hit.article()), hit.article().title());
      }
      StorySearch.Results found = stories.search(StorySearch.busiest(10));
      out.printf(Locale.ROOT, "%nStories: %d, most reports first%s%n", found.total(),
          found.total() > found.stories().size() ? " (the first " + found.stories().size() + ")" : "");
      for (Story s : found.stories()) {
        out.println();
        StoriesCommand.print(out, "  ", s, pipeline.analyses().orElse(null), store);
      }
    }
    try (Wiring.ReadAnalyses analyses = Wiring.openAnalysesReadOnly(data.dataDir())) {
      printAnalyses(out, analyses.store());
    }
    String d = data.dataDir().toString();
    out.printf(Locale.ROOT, "%nTry: ./crosscheck search \"Oskil River\" --data %s%n     ./crosscheck show ID --data %s%n"
        + "     ./crosscheck stories --entity Kupiansk --data %s%n     ./crosscheck story STORY-ID --data %s%n"
        + "     ./crosscheck entity Trehubov --data %s%n     ./crosscheck quotes --speaker Trehubov --data %s%n"
        + "     ./crosscheck claims --place Kupiansk --data %s%n     ./crosscheck places --geojson --data %s%n",
        d, d, d, d, d, d, d, d);
    if (serve == null ? inTerminal() : serve) serve(out);
    return 0;
  }

  /**
   * Analyses again what an older Crosscheck analysed (or nobody did: a corpus ingested with
   * --no-analyze), so the demo never shows last version's claims; its corpus is small enough.
   */
  static void refresh(PrintWriter out, EmbeddedPipeline pipeline) throws IOException {
    AnalysisStage stage = pipeline.analysis().orElseThrow();
    long analysedBefore = stage.analysed();
    long failedBefore = stage.failed();
    long declinedBefore = stage.declined();
    Map<String, Long> languagesBefore = stage.declinedLanguages();
    Map<String, Long> otherBefore = stage.declinedOther();
    int failuresKept = stage.failures().size();
    int declinesKept = stage.declines().size();
    Reanalysis.Counts counts = Reanalysis.run(pipeline.store(), pipeline.analyses().orElseThrow(), stage, false,
        Reanalysis.Progress.NONE);
    if (counts.olderAnalyser() > 0) {
      out.printf(Locale.ROOT, "Refreshed %,d %s made %s%n", counts.olderAnalyser(),
          counts.olderAnalyser() == 1 ? "analysis" : "analyses", AnalyzeCommand.OLDER);
    }
    if (counts.missingOrChanged() > 0) {
      out.printf(Locale.ROOT, "Analysed %,d stored report(s) that had no up-to-date analysis%n", counts.missingOrChanged());
    }
    long failed = stage.failed() - failedBefore;
    long declined = stage.declined() - declinedBefore;
    if (failed > 0 || declined > 0) {
      out.printf(Locale.ROOT, "  of these %,d: %s%n", stage.analysed() - analysedBefore + declined + failed,
          AnalysisTally.notAnalysed(AnalysisTally.since(languagesBefore, stage.declinedLanguages()),
              AnalysisTally.since(otherBefore, stage.declinedOther()), failed));
      List<AnalysisStage.Declined> declines = stage.declines();
      List<AnalysisStage.Failure> failures = stage.failures();
      AnalysisTally.details(out, declines.subList(declinesKept, declines.size()), failures.subList(failuresKept, failures.size()));
    }
  }

  /** The town whose timeline the demo shows, as a reader would type it. */
  private static final String TIMELINE_PLACE = "Kupyansk";

  private static void printAnalyses(PrintWriter out, AnalysisStore analyses) throws IOException {
    List<EntitySummary> top = analyses.entities(new EntityQuery(null, 10));
    out.printf(Locale.ROOT, "%nTop entities, most reports first:%n");
    for (EntitySummary e : top) out.println(AnalysisCommands.entityLine(e));
    List<PlaceSummary> places = analyses.places(new PlaceQuery(null, 10_000));
    out.printf(Locale.ROOT, "%nPlaces on the map: %d (crosscheck places --geojson); most reported: %s%n", places.size(),
        String.join(", ", places.stream().limit(8).map(p -> p.name() + " (" + p.articles() + ")").toList()));
    // The town is found by name among the gazetteer-resolved places, as any user's would be.
    String wanted = Lookup.key(TIMELINE_PLACE);
    Optional<PlaceSummary> town = places.stream()
        .filter(p -> Lookup.key(p.name()).equals(wanted) || p.surfaces().stream().anyMatch(s -> Lookup.key(s).equals(wanted)))
        .findFirst();
    if (town.isEmpty()) {
      out.printf(Locale.ROOT, "%nNo analysed report names %s.%n", TIMELINE_PLACE);
      return;
    }
    String placeId = town.get().id();
    out.printf(Locale.ROOT, "%nTimeline of control claims, ");
    AnalysisCommands.printTimeline(out, placeId, analyses.timeline(placeId), analyses.assessments(placeId));
  }

  /** Serves the demo read-only (so an ingest may run beside it) and points at the Kupyansk story. */
  private void serve(PrintWriter out) throws Exception {
    var config = new org.crosscheck.web.WebConfig("127.0.0.1", port, java.time.Duration.ofSeconds(1), data.dataDir().resolve("watch"));
    var outlets = Wiring.outletNames(data.dataDir());
    try (StoredFacts facts = new StoredFacts(data.dataDir(), outlets);
        ServeCommand.Running running = ServeCommand.start(data.dataDir(), config, facts, facts, outlets)) {
      String url = running.app().url();
      var kupyansk = running.stories().search(new StorySearch("Kupyansk OR Kupiansk", null, null, List.of(), null, null,
          StorySearch.Order.BUSIEST, 1, 0)).stories();
      out.printf(Locale.ROOT, "%nThe web UI is at %s%n", url);
      if (!kupyansk.isEmpty()) out.printf(Locale.ROOT, "Start with the Kupyansk story: %sstories/%s%n", url, kupyansk.get(0).id());
      out.printf(Locale.ROOT, "Its map and claim timeline: %splaces/%s%n", url, org.crosscheck.web.ui.Html.url(TIMELINE_PLACE));
      out.println("(Ctrl-C stops the server)");
      out.flush();
      running.awaitShutdown();
    }
  }

  /** Whether standard output is a terminal (Console#isTerminal exists from Java 22 on; on 21 a console means one). */
  private static boolean inTerminal() {
    java.io.Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Files at the corpus root that describe it rather than belong to it. */
  private static final java.util.Set<String> NOT_CORPUS = java.util.Set.of("README.md", "MANIFEST.txt");

  /** Copies the bundled corpus (from the jar, or from the classes directory in a dev build). */
  static int copyCorpus(Path target) throws IOException {
    java.net.URL url = DemoCommand.class.getResource(CORPUS);
    if (url == null) throw new IOException("the demo corpus is missing from this build");
    try {
      java.net.URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
          return copyTree(jar.getPath(CORPUS), target);
        }
      }
      return copyTree(Path.of(uri), target);
    } catch (java.net.URISyntaxException e) {
      throw new IOException("cannot locate the demo corpus: " + url, e);
    }
  }

  private static int copyTree(Path root, Path target) throws IOException {
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !(p.getParent().equals(root) && NOT_CORPUS.contains(p.getFileName().toString())))
          .sorted().toList();
    }
    for (Path file : files) {
      Path copy = target.resolve(root.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return files.size();
  }
}
