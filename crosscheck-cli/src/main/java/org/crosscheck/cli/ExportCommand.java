package org.crosscheck.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.Store;
import org.crosscheck.web.export.ArticleExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", header = "Exports stored articles (JSON Lines, CSV, Markdown) or places and claims (GeoJSON).", description = {
    "Exports what is stored: 'articles' matching the search filters as JSON Lines, CSV or Markdown with "
    + "YAML front matter (with --out DIR/ one file per article); 'places' or 'claims' as GeoJSON for a map."})
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WHAT", description = "What to export: articles (jsonl, csv or md), places or claims (GeoJSON).")
  String what;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or md (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--query", paramLabel = "QUERY", description = "Only articles matching this search.")
  String query;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day.")
  String to;

  @Option(names = "--source", paramLabel = "OUTLET", description = "Only this outlet (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "CODE", description = "Only this language.")
  String language;

  @Option(names = "--limit", defaultValue = "100000", description = "Most articles to export.")
  int limit;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output; a directory (ending in /) gets one file per article.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be positive");
    if (what.equals("places") || what.equals("claims")) return exportGeoJson();
    if (!what.equals("articles")) throw new IllegalArgumentException("unknown export '" + what + "' (known: articles, places, claims)");
    ArticleExport.Format f = ArticleExport.Format.of(format);
    SearchQuery q = new SearchQuery(query, SearchCommand.instant(from, "--from", false), SearchCommand.instant(to, "--to", true),
        sources, language, limit, 0);
    int written;
    try (Store store = Wiring.openStoreReadOnly(data.dataDir())) {
      if (out != null && (Files.isDirectory(out) || out.toString().endsWith("/"))) {
        written = perArticle(store, q, f, out);
      } else if (out != null) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          written = ArticleExport.writeAll(store, q, f, w);
        }
      } else {
        Writer w = spec.commandLine().getOut();
        written = ArticleExport.writeAll(store, q, f, w);
        w.flush();
      }
    }
    spec.commandLine().getErr().println("crosscheck: exported " + written + " article(s)" + (out == null ? "" : " to " + out));
    return 0;
  }

  /** Places, or claims at their places, as a GeoJSON FeatureCollection for a map. */
  private int exportGeoJson() throws Exception {
    if (out != null && (Files.isDirectory(out) || out.toString().endsWith("/"))) {
      throw new IllegalArgumentException("--out must name a file for a GeoJSON export");
    }
    com.fasterxml.jackson.databind.node.ObjectNode collection;
    try (Wiring.ReadAnalyses analyses = Wiring.openAnalysesReadOnly(data.dataDir())) {
      var store = analyses.store();
      collection = what.equals("places")
          ? store.geoJson(store.places(new org.crosscheck.analysis.PlaceQuery(null, limit)))
          : org.crosscheck.analysis.ClaimsGeoJson.of(store.claims(org.crosscheck.analysis.ClaimQuery.all(limit)));
    }
    String json = org.crosscheck.json.Json.toPrettyString(collection);
    if (out == null) {
      spec.commandLine().getOut().println(json);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    }
    spec.commandLine().getErr().println("crosscheck: exported " + collection.get("features").size() + " " + what + (out == null ? "" : " to " + out));
    return 0;
  }

  private static int perArticle(Store store, SearchQuery q, ArticleExport.Format f, Path dir) throws Exception {
    Files.createDirectories(dir);
    var results = store.search(q);
    int n = 0;
    for (var hit : results.hits()) {
      try (Writer w = Files.newBufferedWriter(dir.resolve(hit.article().id() + "." + f.extension()), StandardCharsets.UTF_8)) {
        new ArticleExport(f, w).write(hit.article());
      }
      n++;
    }
    return n;
  }
}
