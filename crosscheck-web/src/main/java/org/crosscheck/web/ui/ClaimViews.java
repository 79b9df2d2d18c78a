package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.claims.Quantity;
import org.crosscheck.claims.Status;
import org.crosscheck.web.EventTimes;

/** Claims as table rows: when, who, asserts/denies/concedes what, the key's status and independent sources, where it was read. */
final class ClaimViews {
  private ClaimViews() {}

  /** A place's claims period by period, each period headed by its status and why. */
  static Html.Safe timeline(List<PlaceTimeline.Question> questions) {
    if (questions.isEmpty()) return fmt("<p class=\"empty\">No claims about it yet.</p>");
    return table("claim-timeline", Html.each(questions, ClaimViews::period));
  }

  private static Html.Safe period(PlaceTimeline.Question q) {
    Assessment a = q.assessment();
    Html.Safe head = a == null
        ? fmt("<tr class=\"period\"><th colspan=\"7\"><span class=\"when\">{}</span> Not cross-checked</th></tr>", EventTimes.period(q.period()))
        : fmt("""
            <tr class="period"><th colspan="7"><span class="when">{}</span> <span class="status status-{}">{}</span> \
            {}<div class="why"><b>Why:</b> {}</div>{}</th></tr>
            """, EventTimes.period(q.period()), a.status().name().toLowerCase(Locale.ROOT), statusText(a.status()),
            sourcesOf(a), a.reasoning(), phases(a));
    int sources = a == null ? 0 : a.independentSources();
    Status status = a == null ? null : a.status();
    return fmt("{}{}", head, Html.each(q.lines(), l -> row(l.entry().claim(), status, sources, l.copies())));
  }

  /** The statuses a period went through as its claims were made (contested, then conceded), when it changed. */
  private static Html.Safe phases(Assessment a) {
    if (a.phases().isEmpty()) return Html.EMPTY;
    return fmt("<ol class=\"phases\">{}</ol>", Html.each(a.phases(), p -> fmt(
        "<li><span class=\"when\">{}</span> <span class=\"status status-{}\">{}</span> {}</li>", EventTimes.period(p.days()),
        p.status().name().toLowerCase(Locale.ROOT), statusText(p.status()), p.reasoning())));
  }

  /**
   * How many independent sources back a period, except when it is contested: then the sides' own
   * counts, in the reasoning, are what to read, and one total across them would read as backing.
   */
  private static Html.Safe sourcesOf(Assessment a) {
    if (a.status() == Status.CONTESTED) return fmt("");
    return fmt("<span class=\"sources\">{} independent source{}</span>", a.independentSources(), a.independentSources() == 1 ? "" : "s");
  }

  static Html.Safe claims(List<ClaimHit> hits) {
    if (hits.isEmpty()) return fmt("<p class=\"empty\">No claims read yet.</p>");
    Map<List<Object>, List<ClaimHit>> rows = new LinkedHashMap<>();
    for (ClaimHit h : hits) rows.computeIfAbsent(sameWords(h.claim()), k -> new ArrayList<>()).add(h);
    return table("claims", Html.each(rows.values(), same -> row(same.get(0).claim(), same.get(0).status(), same.get(0).independentSources(),
        same.subList(1, same.size()).stream().map(ClaimHit::claim).toList())));
  }

  /**
   * What makes two claims one row: the same claim in the same words (a wire story and its reprints),
   * shown once with the reports that repeat it, as the place timeline does.
   */
  private static List<Object> sameWords(Claim c) {
    return Arrays.asList(c.type(), c.polarity(), c.effect(), c.actorSide(), c.place() == null ? null : c.place().entityId(), c.part(),
        c.quantity() == null ? null : c.quantity().text(), c.claimant() == null ? null : c.claimant().name(),
        c.eventTime().value(), c.sentence().strip());
  }

  private static Html.Safe table(String cls, Html.Safe rows) {
    return fmt("""
        <table class="{}"><thead><tr><th>Event</th><th>Who</th><th>Says</th><th>What</th><th>Status</th>
        <th title="independent sources backing this claim">Indep. sources</th><th>Read in</th></tr></thead><tbody>{}</tbody></table>
        """, cls, rows);
  }

  private static Html.Safe row(Claim c, Status status, int sources, List<Claim> copies) {
    return fmt("""
        <tr class="claim-row"><td class="when">{}</td><td>{}</td><td class="polarity-{}">{}</td><td>{}<div class="evidence">{}</div></td>
        <td class="status status-{}">{}</td><td>{}</td><td>{}{}</td></tr>
        """, when(c), who(c), c.polarity().name().toLowerCase(Locale.ROOT), verb(c), what(c), c.sentence(),
        status == null ? "none" : status.name().toLowerCase(Locale.ROOT), status == null ? "" : statusText(status), sources,
        readIn(c), copies.isEmpty() ? Html.EMPTY
            : fmt("<div class=\"copies\">same words in {}</div>", Html.each(copies, copy -> fmt("<span class=\"copy\">{}</span>", readIn(copy)))));
  }

  private static Html.Safe readIn(Claim c) {
    return fmt("<a href=\"/articles/{}\">{}</a>{}", c.articleId(), c.outlet() == null ? "report" : c.outlet(),
        c.reportTime() == null ? Html.EMPTY : fmt(" <span class=\"count\">{}</span>", Layout.when(c.reportTime())));
  }

  private static String statusText(Status status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The event time in words; a time the text does not give (the report's own date stands in) says so. */
  private static Html.Safe when(Claim c) {
    String label = EventTimes.label(c.eventTime().value());
    return c.eventTime().fromText() ? fmt("{}", label)
        : fmt("{}<div class=\"note\" title=\"the text gives no date for the event; the report's publication day stands in\">report date</div>", label);
  }

  private static Html.Safe who(Claim c) {
    if (c.claimant() == null) {
      return fmt("<span title=\"the report says it in its own voice, citing no one\">{} <span class=\"note\">(own voice)</span></span>",
          c.outlet() == null ? "the report" : c.outlet());
    }
    if (c.claimant().name() != null) return fmt("{}", c.claimant().name());
    return fmt("{}", c.claimant().description() == null ? "unnamed source" : c.claimant().description());
  }

  private static String verb(Claim c) {
    return switch (c.polarity()) {
      case ASSERTED -> "asserts";
      case DENIED -> "denies";
      case CONCEDED -> "concedes";
    };
  }

  /** What the claim says: type, the acting side (or that the sentence names none), the effect, the number, the place as written. */
  private static Html.Safe what(Claim c) {
    String type = c.type().name().toLowerCase(Locale.ROOT);
    Html.Safe place = place(c);
    return switch (c.type()) {
      case CONTROL -> fmt("{}: {} {}{}", type, actor(c), c.effect() == Effect.LOSS ? "loses" : "holds or takes", place);
      case ATTACK -> fmt("{}: {} {}{}", type, actor(c), c.effect() == Effect.LOSS ? "attack repelled" : "attacks", place);
      case QUANTITY -> fmt("{}: {}{}", type, quantity(c.quantity()), place);
      case ASSERTION -> fmt("{}{}", type, place.html().isEmpty() ? Html.EMPTY : fmt(" about{}", place));
    };
  }

  private static Html.Safe actor(Claim c) {
    String actor = c.actorSide() != null ? c.actorSide() : c.actor() == null ? null : c.actor().name();
    if (actor != null) return fmt("{}", actor);
    return fmt("<span class=\"unknown\" title=\"the sentence does not say which side; the cross-check treats it as unknown\">(side not stated)</span>");
  }

  private static String quantity(Quantity q) {
    if (q == null) return "a number";
    String unit = q.unit() == null || q.text().toLowerCase(Locale.ROOT).contains(q.unit().toLowerCase(Locale.ROOT)) ? "" : " " + q.unit();
    return q.text() + unit;
  }

  /** The place; when the gazetteer's name differs from the words in the sentence, those words too, so a misplaced name shows. */
  private static Html.Safe place(Claim c) {
    if (c.place() == null) return Html.EMPTY;
    PlaceRef p = c.place();
    boolean renamed = p.surface() != null && !p.surface().isBlank() && !p.surface().equalsIgnoreCase(p.name());
    return fmt(" {}{}{}", p.name(),
        renamed ? fmt(" <span class=\"written\" title=\"the words in the sentence, placed by the gazetteer\">(written “{}”)</span>", p.surface()) : Html.EMPTY,
        c.part() == null ? Html.EMPTY : fmt(" ({})", c.part()));
  }
}
