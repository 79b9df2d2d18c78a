package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.StoryFilter;
import org.crosscheck.analysis.StoryNames;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.json.Json;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;
import org.crosscheck.stories.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "stories", header = "Lists the stories found in the stored reports: newest first, or by relevance to QUERY.", description = {
    "Each story shows its span, how many reports it holds (copies counted once), its outlets and top names."})
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Words to look for in labels, headlines and top names.")
  String query;

  @Option(names = "--from", paramLabel = "DATE", description = "Stories still running on or after this date.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Stories that began on or before this day.")
  String to;

  @Option(names = "--source", paramLabel = "OUTLET", description = "Only stories this outlet covered (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "NAME", description = "Only stories with a report naming this person or organisation (any spelling the analyses know), or with it among their top names.")
  String entity;

  @Option(names = "--place", paramLabel = "NAME", description = "Only stories with a report naming this place (any spelling the analyses know), or with it among their top places or names.")
  String place;

  @Option(names = "--busiest", description = "Most reports first instead of newest first.")
  boolean busiest;

  @Option(names = "--limit", defaultValue = "20", description = "Stories per page (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Stories to skip, for paging.")
  int offset;

  @Option(names = "--json", description = "Print JSON: {total, stories: [...]}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit must be between 1 and 1000");
    if (offset < 0) throw new IllegalArgumentException("--offset must not be negative");
    OutletNames outlets = Wiring.outletNames(data.dataDir());
    StorySearch search = new StorySearch(query, SearchCommand.instant(from, "--from", false), SearchCommand.instant(to, "--to", true),
        outlets.alsoAsStored(sources), null, null, busiest ? StorySearch.Order.BUSIEST : StorySearch.Order.NEWEST, limit, offset);
    Optional<Wiring.ReadAnalyses> analyses = Wiring.openAnalysesIfAny(data.dataDir());
    try {
      StorySearch q = StoryFilter.narrow(search, entity, place, analyses.map(Wiring.ReadAnalyses::store).orElse(null));
      StorySearch.Results results;
      try (StoryStore stories = Wiring.openStoriesReadOnly(data.dataDir())) {
        results = stories.search(q);
      }
      List<Story> shown = results.stories().stream().map(s -> s.withOutletsNamed(outlets::nameOf)).toList();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("total", results.total());
        doc.put("stories", shown.stream().map(StorySummary::of).toList());
        out.println(Json.toPrettyString(doc));
        return 0;
      }
      out.printf(Locale.ROOT, "%,d stor%s%s%n", results.total(), results.total() == 1 ? "y" : "ies",
          results.total() > results.stories().size() ? ", showing " + (offset + 1) + "-" + (offset + results.stories().size()) : "");
      int rank = offset;
      // Stories copied without their articles have no texts to read names from (a null resource is allowed).
      try (Store articles = Wiring.hasStore(data.dataDir()) ? Wiring.openStoreReadOnly(data.dataDir()) : null) {
        for (Story s : shown) {
          out.println();
          print(out, ++rank + ". ", s, analyses.map(Wiring.ReadAnalyses::store).orElse(null), articles);
        }
      }
    } finally {
      if (analyses.isPresent()) analyses.get().close();
    }
    return 0;
  }

  /**
   * A few lines per story: id, span and size; label; outlets; names and places. Names come from
   * the analyses when {@code analyses} has them, else from the clusterer's name keys, spelled as
   * the reports in {@code articles} write them (as folded keys when {@code articles} is null).
   */
  static void print(PrintWriter out, String prefix, Story s, AnalysisStore analyses, Store articles) throws IOException {
    String indent = " ".repeat(prefix.length());
    out.printf(Locale.ROOT, "%s%s  %s  %s%n", prefix, s.id(), span(s), size(s));
    out.printf(Locale.ROOT, "%s%s%n", indent, s.label());
    out.printf(Locale.ROOT, "%soutlets: %s%n", indent, s.outlets().isEmpty() ? "-" : String.join(", ", s.outlets()));
    StoryNames names = analyses == null ? null : StoryNames.of(s.articleIds(), analyses, NAMES_SHOWN);
    if (names != null && !names.isEmpty()) {
      if (!names.entities().isEmpty()) out.printf(Locale.ROOT, "%snames: %s%n", indent, String.join(", ", names.entities()));
      if (!names.places().isEmpty()) out.printf(Locale.ROOT, "%splaces: %s%n", indent, String.join(", ", names.places()));
    } else {
      List<String> written = articles == null ? s.topEntities().subList(0, Math.min(NAMES_SHOWN, s.topEntities().size()))
          : WrittenNames.of(s, articles, NAMES_SHOWN);
      if (!written.isEmpty()) out.printf(Locale.ROOT, "%snames: %s%n", indent, String.join(", ", written));
    }
  }

  private static final int NAMES_SHOWN = 8;

  static String span(Story s) {
    if (s.start() == null) return "(no dates)";
    String a = day(s.start());
    String b = day(s.end());
    return a.equals(b) ? a : a + " .. " + b;
  }

  static String size(Story s) {
    int copies = s.articles().size() - s.reportCount();
    return s.reportCount() + " report" + (s.reportCount() == 1 ? "" : "s") + (copies == 0 ? "" : " (+" + copies + " cop" + (copies == 1 ? "y" : "ies") + ")");
  }

  private static String day(Instant t) {
    return t.toString().substring(0, 10);
  }
}
