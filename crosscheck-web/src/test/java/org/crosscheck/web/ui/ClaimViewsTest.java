package org.crosscheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimKey;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.EventTime;
import org.crosscheck.claims.Modality;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Quantity;
import org.crosscheck.claims.Status;
import org.crosscheck.claims.TimelineEntry;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/** What a claim row and a timeline period tell a fact-checker, on claims of a dam fight written for this test. */
class ClaimViewsTest {
  static final PlaceRef TOWN = new PlaceRef("geonames:1", 1, "Riverton", "Riverton", 1.0, 2.0);
  static final OffsetDateTime REPORTED = OffsetDateTime.parse("2027-06-16T10:00:00+02:00");

  static Claim claim(ClaimType type, Party actor, PlaceRef place, Quantity quantity, EventTime when, Party claimant) {
    return new Claim(Claim.idOf("a1", 0, 10, type, place == null ? "-" : place.entityId()), "a1", type, actor, Effect.GAIN,
        place, null, quantity, Polarity.ASSERTED, Modality.CLAIMED, List.of(), when, claimant, "Valley Courier", REPORTED,
        List.of(), 0, 10, "The sentence.", 0.8, null);
  }

  static EventTime day(String value, boolean fromText) {
    return new EventTime(value, TimeRef.Granularity.DAY, fromText);
  }

  static String row(Claim c) {
    return ClaimViews.claims(List.of(new ClaimHit(c, Status.SINGLE_SOURCE, 1))).html();
  }

  @Test
  void aQuantityShowsItsNumberAndWhatIsCounted() {
    Quantity q = new Quantity("more than 3,000", 3001, 3001, "more than", "people", "people");
    String html = row(claim(ClaimType.QUANTITY, null, TOWN, q, day("2027-06-15", true), Party.ofSide("OCHA", null)));
    assertThat(html).contains("quantity: more than 3,000 people Riverton");
  }

  @Test
  void aClaimWithoutASideSaysTheSentenceNamesNone() {
    String html = row(claim(ClaimType.CONTROL, null, TOWN, null, day("2027-06-15", true), Party.ofSide("Colonel Saranga", null)));
    assertThat(html).contains("(side not stated)</span> holds or takes Riverton").doesNotContain(": holds");
  }

  @Test
  void anAttackIsNotShownAsTakingThePlace() {
    String html = row(claim(ClaimType.ATTACK, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-15", true), null));
    assertThat(html).contains("attack: Rebels attacks Riverton").doesNotContain("holds or takes");
  }

  @Test
  void theOutletsOwnVoiceIsNamedAsTheOutlet() {
    String html = row(claim(ClaimType.CONTROL, Party.ofSide("the army", "Army"), TOWN, null, day("2027-06-15", true), null));
    assertThat(html).contains("Valley Courier <span class=\"note\">(own voice)</span>").doesNotContain(">the outlet<");
  }

  @Test
  void aPlaceTheGazetteerRenamedShowsTheWordsAsWritten() {
    PlaceRef misplaced = new PlaceRef("geonames:2", 2, "Passau", "Cahora Bassa", 48.5, 13.4);
    String html = row(claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), misplaced, null, day("2027-06-15", true), null));
    assertThat(html).contains("holds or takes Passau <span class=\"written\"").contains("(written “Cahora Bassa”)");
    assertThat(row(claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-15", true), null)))
        .doesNotContain("written");
  }

  @Test
  void aSeasonReadsAsWordsAndAReportDateStandInIsMarked() {
    EventTime summer = new EventTime("2025-SU", TimeRef.Granularity.SEASON, true);
    assertThat(row(claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, summer, null)))
        .contains("<td class=\"when\">summer 2025</td>").doesNotContain("2025-SU");
    assertThat(row(claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-16", false), null)))
        .contains("<td class=\"when\">2027-06-16<div class=\"note\"").contains(">report date</div>");
  }

  @Test
  void aPeriodHeaderGivesItsDaysStatusSourcesAndWhySeparately() {
    Claim c = claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-14", true), null);
    Claim later = claim(ClaimType.CONTROL, Party.ofSide("the army", "Army"), TOWN, null, day("2027-06-17", true), null);
    later = new Claim(later.id() + "b", "a2", later.type(), later.actor(), later.effect(), later.place(), null, null, Polarity.ASSERTED,
        Modality.CLAIMED, List.of(), later.eventTime(), later.claimant(), "Other Paper", REPORTED, List.of(), 0, 10, "Another.", 0.8, null);
    ClaimKey key = new ClaimKey(ClaimType.CONTROL, TOWN.entityId(), TOWN.name(), "Rebels", "2027-06-14..2027-06-17");
    Assessment a = new Assessment(key, List.of(c, later), Status.CONTESTED, 2, List.of("Rebels", "Army"), "Rebels say so; Army says not");
    String html = ClaimViews.timeline(PlaceTimeline.of(List.of(new TimelineEntry(c.eventTime(), c, Status.CONTESTED),
        new TimelineEntry(later.eventTime(), later, Status.CONTESTED)), List.of(a))).html();
    assertThat(html).contains("<span class=\"when\">2027-06-14 – 2027-06-17</span>")
        .contains("<div class=\"why\"><b>Why:</b> Rebels say so; Army says not</div>")
        .doesNotContain("2027-06-14..2027-06-17")
        // Contested: each side's count is in the reasoning; one total would read as backing.
        .doesNotContain("class=\"sources\"");

    Assessment agreed = new Assessment(key, List.of(c, later), Status.CORROBORATED, 2, List.of("Rebels", "Army"), "2 independent sources agree");
    assertThat(ClaimViews.timeline(PlaceTimeline.of(List.of(new TimelineEntry(c.eventTime(), c, Status.CORROBORATED),
        new TimelineEntry(later.eventTime(), later, Status.CORROBORATED)), List.of(agreed))).html())
        .contains("<span class=\"sources\">2 independent sources</span>");
  }

  @Test
  void aPeriodWhoseStatusChangedListsItsPhasesWithTheirDays() {
    Claim c = claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-14", true), null);
    ClaimKey key = new ClaimKey(ClaimType.CONTROL, TOWN.entityId(), TOWN.name(), null, "2027-06-14");
    Assessment a = new Assessment(key, List.of(c), Status.CONCEDED, 2, List.of("Rebels", "Army"), "a loss conceded by its own side",
        List.of(new Assessment.Phase(Status.CONTESTED, java.time.LocalDate.parse("2027-06-14"), java.time.LocalDate.parse("2027-06-15"),
            "Rebels say so; Army says not"),
            new Assessment.Phase(Status.CONCEDED, java.time.LocalDate.parse("2027-06-16"), java.time.LocalDate.parse("2027-06-16"),
                "a loss conceded by its own side")));
    String html = ClaimViews.timeline(PlaceTimeline.of(List.of(new TimelineEntry(c.eventTime(), c, Status.CONCEDED)), List.of(a))).html();
    assertThat(html).contains("<ol class=\"phases\"><li><span class=\"when\">2027-06-14 – 2027-06-15</span> "
        + "<span class=\"status status-contested\">contested</span> Rebels say so; Army says not</li>")
        .contains("<span class=\"when\">2027-06-16</span> <span class=\"status status-conceded\">conceded</span>");
    Assessment unchanged = a.withPhases(List.of());
    assertThat(ClaimViews.timeline(PlaceTimeline.of(List.of(new TimelineEntry(c.eventTime(), c, Status.CONCEDED)), List.of(unchanged)))
        .html()).doesNotContain("phases");
  }

  @Test
  void aWireClaimAndItsReprintAreOneRowNamingTheReprint() {
    Claim wire = claim(ClaimType.CONTROL, Party.ofSide("the rebels", "Rebels"), TOWN, null, day("2027-06-15", true), Party.ofSide("the rebels", "Rebels"));
    Claim reprint = new Claim(wire.id() + "r", "a2", wire.type(), wire.actor(), wire.effect(), wire.place(), null, null, wire.polarity(),
        wire.modality(), List.of(), wire.eventTime(), wire.claimant(), "Evening Post", REPORTED.plusHours(6), List.of(), 0, 10, wire.sentence(), 0.8, null);
    Claim other = new Claim(wire.id() + "o", "a3", wire.type(), wire.actor(), wire.effect(), wire.place(), null, null, wire.polarity(),
        wire.modality(), List.of(), wire.eventTime(), wire.claimant(), "Local Paper", REPORTED, List.of(), 0, 10, "Other words.", 0.8, null);
    String html = ClaimViews.claims(List.of(new ClaimHit(wire, Status.CONTESTED, 1), new ClaimHit(reprint, Status.CONTESTED, 1),
        new ClaimHit(other, Status.CONTESTED, 1))).html();
    assertThat(html.split("class=\"claim-row\"", -1)).hasSize(3);
    assertThat(html).contains("<div class=\"copies\">same words in <span class=\"copy\"><a href=\"/articles/a2\">Evening Post</a>");
  }
}
