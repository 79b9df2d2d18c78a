package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.ArticleFilter;
import org.crosscheck.extract.DateStrings;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Outlets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", header = "Searches the stored articles: ranked hits with snippets, and counts per outlet, language and format.", description = {
    "Query syntax: words (all must match), \"a phrase\", -excluded, a OR b, title:word."})
final class SearchCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for; leave out to list the newest articles.")
  String query;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2025-12-01, or a date-time).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (inclusive), or before this date-time.")
  String to;

  @Option(names = "--source", paramLabel = "OUTLET", description = "Only this outlet (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "CODE", description = "Only this language (ISO 639-1, e.g. en).")
  String language;

  @Option(names = "--entity", paramLabel = "NAME", description = "Only reports naming this entity (any spelling, or an id; needs analysed reports).")
  String entity;

  @Option(names = "--place", paramLabel = "NAME", description = "Only reports naming this place (any spelling, or an id; needs analysed reports).")
  String place;

  @Option(names = "--limit", defaultValue = "10", description = "Hits per page (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip, for paging.")
  int offset;

  @Option(names = "--json", description = "Print JSON: {total, hits: [{id, ...}], facets}.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) throw new IllegalArgumentException("--limit must be between 1 and 1000");
    if (offset < 0) throw new IllegalArgumentException("--offset must not be negative");
    List<String> ids = null;
    if (entity != null || place != null) {
      try (Wiring.ReadAnalyses analyses = Wiring.openAnalysesReadOnly(data.dataDir())) {
        ids = analyses.store().articleIds(new ArticleFilter(entity, place, null, null));
      }
    }
    OutletNames outlets = Wiring.outletNames(data.dataDir());
    SearchQuery q = new SearchQuery(query, instant(from, "--from", false), instant(to, "--to", true),
        outlets.alsoAsStored(sources), language, limit, offset, ids);
    SearchResults results;
    try (Store store = Wiring.openStoreReadOnly(data.dataDir())) {
      results = store.search(q).withOutletsNamed(outlets::nameOf);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.toPrettyString(asJson(results)));
      return 0;
    }
    out.printf(Locale.ROOT, "%,d match(es)%s%n", results.total(),
        results.total() > results.hits().size() ? ", showing " + (offset + 1) + "-" + (offset + results.hits().size()) : "");
    int rank = offset;
    for (SearchResults.Hit hit : results.hits()) {
      Article a = hit.article();
      out.printf(Locale.ROOT, "%n%d. %s  %s  %s%n   %s%n   %s%n", ++rank, a.id(),
          a.published() == null ? "(no date)" : a.published().toLocalDate(),
          Outlets.named(a), a.title(), hit.snippet());
    }
    for (SearchResults.Facet facet : results.facets()) {
      if (facet.counts().isEmpty()) continue;
      StringBuilder line = new StringBuilder("\n" + facet.field() + ": ");
      facet.counts().stream().limit(8).forEach(c -> line.append(c.value()).append(" (").append(c.count()).append(")  "));
      out.print(line.toString().stripTrailing());
    }
    out.println();
    return 0;
  }

  /** Results as JSON: hits carry the article's id and metadata, not its whole text. */
  static Map<String, Object> asJson(SearchResults results) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", results.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResults.Hit hit : results.hits()) {
      Article a = hit.article();
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("id", a.id());
      h.put("title", a.title());
      h.put("source", a.source());
      h.put("url", a.url());
      h.put("published", a.published());
      h.put("language", a.language());
      h.put("score", hit.score());
      h.put("snippet", hit.snippet());
      hits.add(h);
    }
    json.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (SearchResults.Facet f : results.facets()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      f.counts().forEach(c -> counts.put(c.value(), c.count()));
      facets.put(f.field(), counts);
    }
    json.put("facets", facets);
    return json;
  }

  /** A day means its start for --from and the start of the next day for --to, in UTC. */
  static Instant instant(String text, String option, boolean endOfDay) {
    if (text == null) return null;
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (java.time.format.DateTimeParseException notADay) {
      return DateStrings.parse(text, ZoneOffset.UTC).map(t -> t.toInstant())
          .orElseThrow(() -> new IllegalArgumentException(option + " is not a date: " + text + " (use e.g. 2025-12-24)"));
    }
  }
}
