package org.crosscheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.claims.Claim;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;
import org.crosscheck.nlp.geo.GeoJson;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", header = "Prints one stored article with everything found in it.", description = {
    "Prints one stored article: its metadata, clean text and, once analysed, the entities, places, dates, "
    + "quotes, citations and claims found in it."})
final class ShowCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The article id, as search prints it.")
  String id;

  @Option(names = "--json", description = "Print the stored article as JSON (its analysis, when there is one, under \"analysis\").")
  boolean json;

  @Option(names = "--geojson", description = "Print the article's places as a GeoJSON FeatureCollection.")
  boolean geojson;

  @Override
  public Integer call() throws Exception {
    Article a;
    try (Store store = Wiring.openStoreReadOnly(data.dataDir())) {
      a = store.get(id.strip()).orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (a == null) {
      spec.commandLine().getErr().println("crosscheck: no article with id " + id);
      return 1;
    }
    ArticleAnalysis analysis = analysisOf(a);
    if (geojson) {
      if (analysis == null) {
        spec.commandLine().getErr().println("crosscheck: article " + a.id() + " is not analysed yet (run 'crosscheck analyze')");
        return 1;
      }
      out.println(Json.toPrettyString(GeoJson.of(analysis.annotations())));
      return 0;
    }
    if (json) {
      // The article's own fields stay at the top; an analysis is one more field.
      com.fasterxml.jackson.databind.node.ObjectNode article = Json.mapper().valueToTree(a);
      if (analysis != null) article.set("analysis", Json.mapper().valueToTree(analysis));
      out.println(Json.toPrettyString(article));
      return 0;
    }
    out.println(a.title());
    out.println("=".repeat(Math.min(80, Math.max(3, a.title().length()))));
    field(out, "id", a.id());
    field(out, "source", a.source());
    field(out, "url", a.url());
    if (a.canonicalUrl() != null && !a.canonicalUrl().equals(a.url())) field(out, "canonical", a.canonicalUrl());
    field(out, "feed", a.feedUrl());
    field(out, "published", a.published() == null ? null : a.published() + " (from " + a.dateSource() + ")");
    field(out, "updated", a.updated() == null ? null : a.updated().toString());
    field(out, "authors", a.authors().isEmpty() ? null : String.join(", ", a.authors()));
    field(out, "language", a.language());
    field(out, "section", a.section());
    field(out, "tags", a.tags().isEmpty() ? null : String.join(", ", a.tags()));
    field(out, "format", a.format().name().toLowerCase(java.util.Locale.ROOT));
    field(out, "origin", a.origin());
    field(out, "stored", a.ingestedAt() + (a.revisions().isEmpty() ? "" : " (" + a.revisions().size() + " earlier version(s))"));
    if (a.description() != null) out.println("\n" + a.description());
    for (String p : a.paragraphs()) out.println("\n" + p);
    if (analysis != null) printAnalysis(out, analysis);
    return 0;
  }

  /** The analysis of the stored version, or {@code null} when there is none (or it is stale). */
  private ArticleAnalysis analysisOf(Article a) throws java.io.IOException {
    Wiring.ReadAnalyses analyses;
    try {
      analyses = Wiring.openAnalysesReadOnly(data.dataDir());
    } catch (java.io.IOException notAnalysedYet) {
      return null;
    }
    try (analyses) {
      return analyses.store().get(a.id()).filter(x -> x.isOf(a)).orElse(null);
    }
  }

  private static void printAnalysis(PrintWriter out, ArticleAnalysis analysis) {
    Annotations an = analysis.annotations();
    out.println("\n---\nFound in it:");
    List<String> names = an.entities().stream().filter(e -> e.type() != EntityType.LOCATION)
        .map(e -> e.name() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")")).toList();
    if (!names.isEmpty()) out.println("entities:  " + String.join("; ", names));
    for (Place p : an.places()) {
      out.printf(Locale.ROOT, "place:     %s, %s %s (%.4f, %.4f) [%s]%n", p.name(), p.region() == null ? "" : p.region(),
          p.country(), p.lat(), p.lon(), p.entityId());
    }
    if (!an.times().isEmpty()) {
      out.println("dates:     " + String.join("; ", an.times().stream().map(t -> t.text() + " = " + t.value()).toList()));
    }
    for (Quote q : analysis.attributions().quotes()) {
      String who = q.speakerId() != null ? an.entity(q.speakerId()).map(e -> e.name()).orElse(q.speakerDescription())
          : q.speakerDescription() == null ? "(unattributed)" : q.speakerDescription();
      out.printf(Locale.ROOT, "quote:     %s: \"%s\"%n", who, q.text());
    }
    for (Citation c : analysis.attributions().citations()) {
      out.printf(Locale.ROOT, "cites:     %s %s (%s)%n", c.kind().name().toLowerCase(Locale.ROOT), c.target(), c.cue());
    }
    // Worded as the claims listing words them, with the sentence to check it against.
    for (Claim c : analysis.claims()) {
      out.printf(Locale.ROOT, "claim:     %s %s %s %s - by %s%n           \"%s\"%n", c.eventTime().value(), c.type(), c.polarity(),
          AnalysisCommands.what(c), AnalysisCommands.who(c), c.sentence());
    }
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) out.printf("%-10s %s%n", name + ":", value);
  }
}
