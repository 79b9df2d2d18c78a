package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.crosscheck.analysis.ArticleRef;
import org.crosscheck.analysis.CitationHit;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.analysis.EntityProfile;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.analysis.PlaceSummary;
import org.crosscheck.analysis.QuoteHit;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;
import org.crosscheck.claims.TimelineEntry;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.web.EventTimes;
import org.crosscheck.web.KnownPlaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands that read the analyses: entities, places, quotes, citations, claims and timelines. */
final class AnalysisCommands {
  private AnalysisCommands() {}

  @Command(name = "entities", description = "Lists the people, organisations and places the stored reports name, most reports first.")
  static final class Entities implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    EntityType type;

    @Option(names = "--limit", defaultValue = "30", description = "Most entities to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{id, type, name, aliases, roles, side, articles, mentions, firstSeen, lastSeen}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Listing<EntitySummary> found;
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        found = Listing.of(limit, n -> a.store().entities(new EntityQuery(type, n)));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(found.shown()));
        return 0;
      }
      int shown = found.shown().size();
      out.printf(Locale.ROOT, "%d entit%s%s%n", shown, shown == 1 ? "y" : "ies", found.hint());
      for (EntitySummary e : found.shown()) out.println(entityLine(e));
      return 0;
    }
  }

  static String entityLine(EntitySummary e) {
    return String.format(Locale.ROOT, "  %3d reports %4d mentions  %-12s %s%s%s  [%s]", e.articles(), e.mentions(),
        e.type().name().toLowerCase(Locale.ROOT), e.name(),
        e.aliases().isEmpty() ? "" : " (also " + String.join(", ", e.aliases()) + ")",
        e.side() == null ? "" : " - " + e.side(), e.id());
  }

  @Command(name = "entity", description = "One entity (by name, any spelling, or id): its names, roles, reports, quotes and claims over time.")
  static final class Entity implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME|ID", description = "A name as any report spells it, or an entity id.")
    String name;

    @Option(names = "--json", description = "Print JSON: {entity, articles, quotes, claims}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Optional<EntityProfile> found;
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        found = a.store().entity(name);
      }
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("crosscheck: no analysed report names " + name + " (list them: crosscheck entities)");
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      EntityProfile p = found.get();
      if (json) {
        out.println(Json.toPrettyString(p));
        return 0;
      }
      EntitySummary e = p.entity();
      out.println(e.name());
      out.println("=".repeat(Math.min(80, Math.max(3, e.name().length()))));
      out.printf(Locale.ROOT, "id:       %s (%s)%n", e.id(), e.type().name().toLowerCase(Locale.ROOT));
      if (!e.aliases().isEmpty()) out.printf(Locale.ROOT, "also:     %s%n", String.join(", ", e.aliases()));
      if (!e.roles().isEmpty()) out.printf(Locale.ROOT, "roles:    %s%n", String.join("; ", e.roles()));
      if (e.side() != null) out.printf(Locale.ROOT, "side:     %s%n", e.side());
      out.printf(Locale.ROOT, "named in: %d report(s), %d time(s), %s to %s%n", e.articles(), e.mentions(), day(e.firstSeen()), day(e.lastSeen()));
      out.println("\nReports:");
      for (ArticleRef r : p.articles()) out.println("  " + refLine(r));
      if (!p.quotes().isEmpty()) {
        out.println("\nQuotes:");
        for (QuoteHit q : p.quotes()) out.println(quoteLine(q));
      }
      if (!p.claims().isEmpty()) {
        out.println("\nClaims:");
        for (ClaimHit c : p.claims()) out.println(claimLine(c));
      }
      return 0;
    }
  }

  @Command(name = "places", description = "Lists the places the stored reports name, resolved to coordinates, most reports first.")
  static final class Places implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--country", paramLabel = "CC", description = "Only places in this country (ISO code, e.g. UA).")
    String country;

    @Option(names = "--limit", defaultValue = "30", description = "Most places to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--geojson", description = "Print a GeoJSON FeatureCollection (one Point per place) for a map.")
    boolean geojson;

    @Option(names = "--json", description = "Print JSON: [{id, name, lat, lon, featureCode, country, region, surfaces, articles, ...}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        Listing<PlaceSummary> found = Listing.of(limit, n -> a.store().places(new PlaceQuery(country, n)));
        if (geojson) {
          out.println(Json.toPrettyString(a.store().geoJson(found.shown())));
          return 0;
        }
        if (json) {
          out.println(Json.toPrettyString(found.shown()));
          return 0;
        }
        out.printf(Locale.ROOT, "%d place(s)%s%n", found.shown().size(), found.hint());
        for (PlaceSummary p : found.shown()) {
          out.printf(Locale.ROOT, "  %3d reports  %-24s %-22s %-2s %8.4f %9.4f  %-6s%s  [%s]%n", p.articles(), p.name(),
              p.region() == null ? "" : p.region(), p.country(), p.lat(), p.lon(), p.featureCode(),
              p.surfaces().isEmpty() ? "" : "  as " + String.join(", ", p.surfaces()), p.id());
        }
        if (country == null) printUnplaced(out, a.store().entities(new EntityQuery(EntityType.LOCATION, UNPLACED_SCANNED)));
      }
      return 0;
    }
  }

  private static final int UNPLACED_SCANNED = 20_000;
  private static final int UNPLACED_SHOWN = 10;

  /**
   * The place names the reports use that the gazetteer does not hold (entity ids "location:…"),
   * and how to place them: villages missing from the shipped gazetteer of towns of 500 or more
   * come with their country's GeoNames dump.
   */
  static void printUnplaced(PrintWriter out, List<EntitySummary> locations) {
    List<EntitySummary> unplaced = locations.stream().filter(e -> e.id().startsWith("location:")).toList();
    if (unplaced.isEmpty()) return;
    out.printf(Locale.ROOT, "%nNot on the map (no gazetteer entry): %s%s%n",
        String.join(", ", unplaced.stream().limit(UNPLACED_SHOWN).map(e -> e.name() + " (" + e.articles() + ")").toList()),
        unplaced.size() > UNPLACED_SHOWN ? " and " + (unplaced.size() - UNPLACED_SHOWN) + " more" : "");
    out.println("  villages come with their country's GeoNames dump: crosscheck gazetteer import XX.zip, then analyze");
  }

  @Command(name = "quotes", description = "Lists who said what in the stored reports; --speaker gathers one speaker's quotes across reports.")
  static final class Quotes implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only this speaker (any spelling, an id, or the words naming an unnamed one).")
    String speaker;

    @Option(names = "--limit", defaultValue = "50", description = "Most quotes to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{article, quote, speakerName}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Listing<QuoteHit> found;
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        found = Listing.of(limit, n -> a.store().quotes(speaker, n));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(found.shown()));
        return 0;
      }
      out.printf(Locale.ROOT, "%d quote(s)%s%s%n", found.shown().size(), speaker == null ? "" : " by " + speaker, found.hint());
      for (QuoteHit q : found.shown()) out.println(quoteLine(q));
      return 0;
    }
  }

  @Command(name = "citations", description = "Lists what the stored reports relay: outlets, people, briefings and reports cited.")
  static final class Citations implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only citations of this outlet (or person, or event).")
    String outlet;

    @Option(names = "--limit", defaultValue = "100", description = "Most citations to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{article, citation}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Listing<CitationHit> found;
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        found = Listing.of(limit, n -> a.store().citations(outlet, n));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(found.shown()));
        return 0;
      }
      out.printf(Locale.ROOT, "%d citation(s)%s%n", found.shown().size(), found.hint());
      for (CitationHit c : found.shown()) {
        out.printf(Locale.ROOT, "  %s  %-22s %-7s %s (%s)%s  [%s]%n", day(c.article().published()), orDash(c.article().outlet()),
            c.citation().kindLabel(), c.citation().target(), c.citation().cue(),
            c.citation().via() == null ? "" : " via " + c.citation().via(), c.article().id());
      }
      return 0;
    }
  }

  @Command(name = "claims", header = "Lists the claims read from the stored reports, each with its cross-check status.", description = {
      "Lists the claims read from the stored reports, by event time, each with the current status of "
      + "its question (contested, corroborated, single-source, conceded), computed over every stored claim."})
  static final class Claims implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--place", paramLabel = "NAME", description = "Only claims about this place (any spelling, or an id).")
    String place;

    @Option(names = "--type", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
    ClaimType type;

    @Option(names = "--claimant", paramLabel = "NAME", description = "Only claims made by this source.")
    String claimant;

    @Option(names = "--status", description = "Only claims whose key (type, place, month: the question they answer) has this "
        + "cross-check status: ${COMPLETION-CANDIDATES}. A key holding a concession may still be contested: "
        + "to find the concessions themselves use --polarity conceded.")
    Status status;

    @Option(names = "--polarity", description = "Only claims taking this stance, the claim's own: "
        + "${COMPLETION-CANDIDATES} (a side saying it is so, that it is not, or that it is so against itself).")
    Polarity polarity;

    @Option(names = "--from", paramLabel = "DATE", description = "Claimed events on or after this day (2025-11-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Claimed events on or before this day.")
    LocalDate to;

    @Option(names = "--limit", defaultValue = "50", description = "Most claims to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: [{claim, status, independentSources}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
      Listing<ClaimHit> found;
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        found = Listing.of(limit, n -> a.store().claims(new ClaimQuery(place, type, claimant, status, polarity, from, to, n)));
        String unknown = found.shown().isEmpty() && place != null ? KnownPlaces.unknown(a.store(), place) : null;
        if (unknown != null) {
          spec.commandLine().getErr().println("crosscheck: " + unknown);
          return 1;
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(found.shown()));
        return 0;
      }
      out.printf(Locale.ROOT, "%d claim(s)%s%n", found.shown().size(), found.hint());
      for (ClaimHit c : found.shown()) out.println(claimLine(c));
      return 0;
    }
  }

  @Command(name = "timeline", header = "The control claims about one place in time order, with their statuses.", description = {
      "The control claims about one place in time order: who asserts, denies or concedes what, when, "
      + "through which outlet, with the status of each question and its count of independent sources."})
  static final class Timeline implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PLACE", description = "A place name in any spelling, or its id.")
    String place;

    @Option(names = "--json", description = "Print JSON: {place, entries: [{eventTime, claim, status, independentSources}]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      try (Wiring.ReadAnalyses a = Wiring.openAnalysesReadOnly(data.dataDir())) {
        List<TimelineEntry> entries = a.store().timeline(place);
        String unknown = entries.isEmpty() ? KnownPlaces.unknown(a.store(), place) : null;
        if (unknown != null) {
          spec.commandLine().getErr().println("crosscheck: " + unknown);
          return 1;
        }
        List<Assessment> assessments = a.store().assessments(place);
        if (json) {
          out.println(Json.toPrettyString(timelineJson(place, entries, assessments)));
          return 0;
        }
        printTimeline(out, place, entries, assessments);
      }
      return 0;
    }
  }

  /**
   * The timeline as JSON: every entry with its key's status and count of independent sources, and
   * the periods they fall into with each period's reasoning and sources.
   */
  static Map<String, Object> timelineJson(String place, List<TimelineEntry> entries, List<Assessment> assessments) {
    List<PlaceTimeline.Question> questions = PlaceTimeline.of(entries, assessments);
    Map<String, Assessment> answering = PlaceTimeline.assessmentOfEach(entries, assessments);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("place", place);
    json.put("entries", entries.stream().map(e -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("eventTime", e.eventTime());
      m.put("claim", e.claim());
      m.put("status", e.status());
      Assessment as = answering.get(e.claim().id());
      m.put("independentSources", as == null ? 0 : as.independentSources());
      return m;
    }).toList());
    json.put("periods", questions.stream().map(q -> {
      Map<String, Object> m = new LinkedHashMap<>();
      Assessment as = q.assessment();
      m.put("period", q.period());
      m.put("status", as == null ? null : as.status());
      m.put("reasoning", as == null ? null : as.reasoning());
      m.put("independentSources", as == null ? 0 : as.independentSources());
      m.put("sources", as == null ? List.of() : as.sources());
      m.put("phases", as == null ? List.of() : as.phases().stream().map(p -> Map.of("from", p.from().toString(),
          "to", p.to().toString(), "status", p.status(), "reasoning", p.reasoning())).toList());
      m.put("claims", q.lines().stream().map(l -> Map.of("id", l.entry().claim().id(),
          "copies", l.copies().stream().map(Claim::id).toList())).toList());
      return m;
    }).toList());
    return json;
  }

  /**
   * The timeline for a terminal: each period's status and why, and the phases it went through, then its claims in time order, a
   * claim that several reports carry word for word on one line with the reports that repeat it.
   */
  static void printTimeline(PrintWriter out, String place, List<TimelineEntry> entries, List<Assessment> assessments) {
    List<PlaceTimeline.Question> questions = PlaceTimeline.of(entries, assessments);
    if (entries.isEmpty()) {
      out.printf(Locale.ROOT, "%s: no control claims about it in the analysed reports (its other claims: crosscheck claims --place \"%s\")%n",
          place, place);
      return;
    }
    out.printf(Locale.ROOT, "%s: %d control claim(s) in %d period(s)%n", entries.get(0).claim().place().name(),
        entries.size(), questions.size());
    // One name, several gazetteer places (a town and its region): say which period is which.
    Map<String, List<TimelineEntry>> byPlace = entries.stream()
        .collect(Collectors.groupingBy(e -> e.claim().place().entityId(), LinkedHashMap::new, Collectors.toList()));
    boolean several = byPlace.size() > 1;
    if (several) {
      out.printf(Locale.ROOT, "  the name is %d places in the gazetteer, cross-checked apart (timeline ID shows one): %s%n", byPlace.size(),
          String.join("; ", byPlace.values().stream().map(l -> String.format(Locale.ROOT, "%s at %.2f, %.2f (%d claim(s))",
              l.get(0).claim().place().entityId(), l.get(0).claim().place().lat(), l.get(0).claim().place().lon(), l.size())).toList()));
    }
    for (PlaceTimeline.Question q : questions) {
      Assessment as = q.assessment();
      String which = several && !q.lines().isEmpty() ? "  [" + q.lines().get(0).entry().claim().place().entityId() + "]" : "";
      if (as == null) {
        out.printf(Locale.ROOT, "%n  not cross-checked (%d claim(s))%s%n", q.claimCount(), which);
      } else {
        out.printf(Locale.ROOT, "%n  %s  %s: %s%s%n", EventTimes.period(q.period()), as.status(), as.reasoning(), which);
        // How the status came about, when it changed as claims were made: contested first, then conceded.
        for (Assessment.Phase p : as.phases()) {
          out.printf(Locale.ROOT, "    phase %s  %s: %s%n", EventTimes.period(p.days()), p.status(), p.reasoning());
        }
      }
      for (PlaceTimeline.Line l : q.lines()) {
        Claim c = l.entry().claim();
        out.printf(Locale.ROOT, "    %-10s %-9s %-28s %-34s %s, %s%s%n", EventTimes.label(l.entry().eventTime().value()),
            c.polarity(), what(c), "by " + who(c), orDash(c.outlet()), day(c.reportTime()), copies(l.copies()));
      }
    }
  }

  private static String copies(List<Claim> copies) {
    if (copies.isEmpty()) return "";
    return " (same words in " + String.join("; ", copies.stream().map(c -> orDash(c.outlet()) + ", " + day(c.reportTime())).toList()) + ")";
  }

  static String what(Claim c) {
    String side = c.actorSide() == null ? "?" : c.actorSide();
    String object = c.place() == null ? "" : " " + c.place().name() + (c.part() == null ? "" : " (" + c.part() + ")");
    return switch (c.type()) {
      case CONTROL -> side + (c.effect() == org.crosscheck.claims.Effect.LOSS ? " loses" : " holds") + object;
      case ATTACK -> side + (c.effect() == org.crosscheck.claims.Effect.LOSS ? " attack repelled" : " attacks") + object;
      case QUANTITY -> (c.quantity() == null ? "a number" : c.quantity().text()) + object;
      case ASSERTION -> "says" + object;
    };
  }

  static String who(Claim c) {
    if (c.claimant() == null) return "(the outlet)";
    return c.claimant().name() + (c.claimant().side() == null ? "" : " (" + c.claimant().side() + ")");
  }

  static String claimLine(ClaimHit h) {
    Claim c = h.claim();
    return String.format(Locale.ROOT, "  %-10s %-9s %-9s %-30s %-30s %s  [%s, %d source(s)] %s%n      \"%s\"",
        EventTimes.label(c.eventTime().value()), c.type(), c.polarity(), what(c), "by " + who(c), orDash(c.outlet()), h.status(),
        h.independentSources(), c.articleId(), abbreviate(c.sentence(), 160)).stripTrailing();
  }

  static String quoteLine(QuoteHit q) {
    return String.format(Locale.ROOT, "  %s  %-22s %s: \"%s\"  [%s]", day(q.article().published()), orDash(q.article().outlet()),
        q.speakerName() == null ? "(unattributed)" : q.speakerName(), abbreviate(q.quote().text(), 200), q.article().id());
  }

  static String refLine(ArticleRef r) {
    return String.format(Locale.ROOT, "%s  %-16s  %-22s %s", day(r.published()), r.id(), orDash(r.outlet()), r.title());
  }

  static String day(OffsetDateTime t) {
    return t == null ? "(no date) " : t.toLocalDate().toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }

  private static String abbreviate(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
