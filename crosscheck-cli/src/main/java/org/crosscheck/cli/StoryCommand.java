package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.StoryNames;
import org.crosscheck.json.Json;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "story", header = "Prints one story: label, span, outlets, top names and its articles in order.", description = {
    "Prints one story: label, span, outlets, top names and its articles in order, copies marked. "
    + "ID is a story id as 'stories' prints it, or the id of an article in the story."})
final class StoryCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A story id, or an article id.")
  String id;

  @Option(names = "--json", description = "Print the stored story as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Optional<Story> found;
    try (StoryStore stories = Wiring.openStoriesReadOnly(data.dataDir())) {
      found = stories.get(id.strip());
      if (found.isEmpty()) found = stories.storyOf(id.strip());
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("crosscheck: no story with id " + id + " (and no story holds an article with that id)");
      return 1;
    }
    Story s = found.get().withOutletsNamed(Wiring.outletNames(data.dataDir())::nameOf);
    String asked = id.strip();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Optional<Wiring.ReadAnalyses> analyses = Wiring.openAnalysesIfAny(data.dataDir());
      try {
        out.println(Json.toPrettyString(StoryNames.json(s, analyses.map(Wiring.ReadAnalyses::store).orElse(null))));
      } finally {
        if (analyses.isPresent()) analyses.get().close();
      }
      return 0;
    }
    if (s.mergedStoryIds().contains(asked)) {
      out.printf(Locale.ROOT, "Story %s no longer stands alone: it was merged into story %s (see 'merged' below).%n%n", asked, s.id());
    }
    out.println(s.label());
    out.println("=".repeat(Math.min(80, Math.max(3, s.label().length()))));
    out.printf(Locale.ROOT, "id:       %s%s%n", s.id(), s.closed() ? " (closed)" : " (live)");
    out.printf(Locale.ROOT, "span:     %s%n", StoriesCommand.span(s));
    out.printf(Locale.ROOT, "size:     %s%n", StoriesCommand.size(s));
    out.printf(Locale.ROOT, "outlets:  %s%n", s.outlets().isEmpty() ? "-" : String.join(", ", s.outlets()));
    StoryNames names = namesFromAnalyses(s);
    List<String> entities = names.isEmpty() ? writtenNames(s) : names.entities();
    List<String> places = names.isEmpty() ? s.topPlaces() : names.places();
    if (!entities.isEmpty()) out.printf(Locale.ROOT, "names:    %s%n", String.join(", ", entities));
    if (!places.isEmpty()) out.printf(Locale.ROOT, "places:   %s%n", String.join(", ", places));
    if (!s.topTerms().isEmpty()) out.printf(Locale.ROOT, "terms:    %s%n", String.join(", ", s.topTerms()));
    if (!s.mergedStoryIds().isEmpty()) printMerged(out, s);
    out.println();
    int n = 0;
    for (Story.Member m : s.articlesByTime()) {
      out.printf(Locale.ROOT, "%3d. %s  %-16s  %s  %s%n", ++n, m.time() == null ? "(no date) " : m.time().toString().substring(0, 10),
          m.articleId(), m.outlet() == null ? "" : m.outlet(), m.title());
      if (m.copyOf() != null) out.printf(Locale.ROOT, "     %s%n", copyNote(m));
    }
    return 0;
  }

  /**
   * The stories merged into this one, each with the report that began it. A story's id is made from
   * its first article's id, which is how that report is found among the members; the record keeps
   * no time for a merge, so none is given.
   */
  static void printMerged(PrintWriter out, Story s) {
    out.printf(Locale.ROOT, "merged:   %d %s begun apart, then found to tell of this event and folded into this one (the older story keeps its id):%n",
        s.mergedStoryIds().size(), s.mergedStoryIds().size() == 1 ? "story" : "stories");
    for (String merged : s.mergedStoryIds()) {
      Optional<Story.Member> first = s.articles().stream().filter(m -> Story.idFor(m.articleId()).equals(merged)).findFirst();
      out.printf(Locale.ROOT, "          %s%s%n", merged, first.map(m -> String.format(Locale.ROOT, "  begun by %s %s%s: %s",
          m.time() == null ? "(no date)" : m.time().toString().substring(0, 10), m.articleId(),
          m.outlet() == null ? "" : " " + m.outlet(), m.title())).orElse(""));
    }
  }

  private static String copyNote(Story.Member m) {
    if (m.copyKind() == null) return "copy of " + m.copyOf();
    return switch (m.copyKind()) {
      case EXACT -> "exact copy of " + m.copyOf();
      case NEAR -> "near copy of " + m.copyOf();
      case WIRE -> "wire copy of " + m.copyOf();
      case VERSION -> "superseded by the later version " + m.copyOf();
    };
  }

  /** The story's name keys as its reports write them (none of its reports was analysed). */
  private List<String> writtenNames(Story s) throws IOException {
    // Stories copied without their articles have no texts to read names from.
    if (!Wiring.hasStore(data.dataDir())) return List.of();
    try (Store articles = Wiring.openStoreReadOnly(data.dataDir())) {
      return WrittenNames.of(s, articles, 10);
    }
  }

  /** The story's names as the analyses give them; none when the data directory holds no analyses. */
  private StoryNames namesFromAnalyses(Story s) throws IOException {
    Optional<Wiring.ReadAnalyses> analyses = Wiring.openAnalysesIfAny(data.dataDir());
    if (analyses.isEmpty()) return new StoryNames(List.of(), List.of());
    try (Wiring.ReadAnalyses open = analyses.get()) {
      return StoryNames.of(s.articleIds(), open.store(), 10);
    }
  }
}
