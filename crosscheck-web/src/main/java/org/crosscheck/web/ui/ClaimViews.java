package org.crosscheck.web.ui;

import static org.crosscheck.web.ui.Html.fmt;

import java.util.List;
import java.util.Locale;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Status;
import org.crosscheck.web.TimelineRow;

/** Claims as table rows: when, who, asserts/denies/concedes what, the key's status and independent sources, where it was read. */
final class ClaimViews {
  private ClaimViews() {}

  static Html.Safe timeline(List<TimelineRow> rows) {
    if (rows.isEmpty()) return fmt("<p class=\"empty\">No claims about it yet.</p>");
    return table("claim-timeline", Html.each(rows, r -> row(r.entry().claim(), r.entry().status(), r.independentSources())));
  }

  static Html.Safe claims(List<ClaimHit> hits) {
    if (hits.isEmpty()) return fmt("<p class=\"empty\">No claims read yet.</p>");
    return table("claims", Html.each(hits, h -> row(h.claim(), h.status(), h.independentSources())));
  }

  private static Html.Safe table(String cls, Html.Safe rows) {
    return fmt("""
        <table class="{}"><thead><tr><th>Event</th><th>Who</th><th>Says</th><th>What</th><th>Status</th>
        <th title="independent sources backing this claim">Indep. sources</th><th>Read in</th></tr></thead><tbody>{}</tbody></table>
        """, cls, rows);
  }

  private static Html.Safe row(Claim c, Status status, int sources) {
    String statusText = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return fmt("""
        <tr class="claim-row"><td>{}</td><td>{}</td><td class="polarity-{}">{}</td><td>{}<div class="evidence">{}</div></td>
        <td class="status status-{}">{}</td><td>{}</td><td><a href="/articles/{}">{}</a>{}</td></tr>
        """, c.eventTime().value(), who(c), c.polarity().name().toLowerCase(Locale.ROOT), verb(c), what(c), c.sentence(),
        status.name().toLowerCase(Locale.ROOT), statusText, sources, c.articleId(), c.outlet() == null ? "report" : c.outlet(),
        c.reportTime() == null ? Html.EMPTY : fmt(" <span class=\"count\">{}</span>", Layout.when(c.reportTime())));
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
