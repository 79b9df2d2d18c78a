package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import java.util.List;
import java.util.Locale;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.claims.Status;

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
        ? fmt("<tr class=\"period\"><th colspan=\"7\">Not cross-checked</th></tr>")
        : fmt("<tr class=\"period\"><th colspan=\"7\">{} <span class=\"status status-{}\">{}</span> {}</th></tr>",
            q.period(), a.status().name().toLowerCase(Locale.ROOT), statusText(a.status()), a.reasoning());
    int sources = a == null ? 0 : a.independentSources();
    Status status = a == null ? null : a.status();
    return fmt("{}{}", head, Html.each(q.lines(), l -> row(l.entry().claim(), status, sources, l.copies())));
  }

  static Html.Safe claims(List<ClaimHit> hits) {
    if (hits.isEmpty()) return fmt("<p class=\"empty\">No claims read yet.</p>");
    return table("claims", Html.each(hits, h -> row(h.claim(), h.status(), h.independentSources(), List.of())));
  }

  private static Html.Safe table(String cls, Html.Safe rows) {
    return fmt("""
        <table class="{}"><thead><tr><th>Event</th><th>Who</th><th>Says</th><th>What</th><th>Status</th>
        <th title="independent sources backing this claim">Indep. sources</th><th>Read in</th></tr></thead><tbody>{}</tbody></table>
        """, cls, rows);
  }

  private static Html.Safe row(Claim c, Status status, int sources, List<Claim> copies) {
    return fmt("""
        <tr class="claim-row"><td>{}</td><td>{}</td><td class="polarity-{}">{}</td><td>{}<div class="evidence">{}</div></td>
        <td class="status status-{}">{}</td><td>{}</td><td>{}{}</td></tr>
        """, c.eventTime().value(), who(c), c.polarity().name().toLowerCase(Locale.ROOT), verb(c), what(c), c.sentence(),
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

  private static String who(Claim c) {
    if (c.claimant() == null) return "the outlet";
    if (c.claimant().name() != null) return c.claimant().name();
    return c.claimant().description() == null ? "unnamed source" : c.claimant().description();
  }

  private static String verb(Claim c) {
    return switch (c.polarity()) {
      case ASSERTED -> "asserts";
      case DENIED -> "denies";
      case CONCEDED -> "concedes";
    };
  }

  private static String what(Claim c) {
    String actor = c.actorSide() != null ? c.actorSide() : c.actor() == null ? "" : c.actor().name();
    String effect = switch (c.effect()) {
      case GAIN -> " holds or takes";
      case LOSS -> " loses";
      case NONE -> "";
    };
    String type = c.type().name().toLowerCase(Locale.ROOT);
    String place = c.place() == null ? "" : " " + c.place().name() + (c.part() == null ? "" : " (" + c.part() + ")");
    return (type + ": " + actor + effect + place).strip();
  }
}
