package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/**
 * Counts compared as an analyst compares them (whose dead, killed or wounded, figures within their
 * qualifiers, each side's own word), a town conceded and then claimed back as two turns, and
 * reasoning that names its speakers in plain grammar.
 */
class CountsAndTurnsTest {

  private static final PlaceRef TOWN = new PlaceRef("geonames:9", 9, "Portville", "Portville", 11, 43);
  private static int counter;

  private static Quantity count(String text, long value, String approximation, String unit, String category) {
    return new Quantity(text, value, value, approximation, unit, category);
  }

  /** A count by {@code claimant} in {@code outlet}, its people of {@code countedSide} (or unnamed), said on {@code day}. */
  private static Claim counted(String outlet, Party claimant, String countedSide, Quantity q, String day, String sentence) {
    return claim(outlet, ClaimType.QUANTITY, countedSide, Effect.NONE, Polarity.ASSERTED, claimant, q, day, day, sentence);
  }

  private static Claim claim(String outlet, ClaimType type, String actorSide, Effect effect, Polarity polarity, Party claimant,
      Quantity q, String eventDay, String reportDay, String sentence) {
    int n = counter++;
    String article = outlet + "/" + n;
    return new Claim(Claim.idOf(article, n, n + 1, type, TOWN.entityId()), article, type,
        actorSide == null ? null : Party.ofSide(actorSide + " men", actorSide), effect, TOWN, null, q, polarity, Modality.CLAIMED,
        List.of(), new EventTime(eventDay, TimeRef.Granularity.DAY, true), claimant, outlet,
        OffsetDateTime.parse(reportDay + "T12:00:00Z"), List.of(new CitationHop(CitationHop.Kind.OUTLET, outlet, null)), n, n + 1,
        sentence, 0.9, null);
  }

  private static Party speaker(String name, String side) {
    return new Party("person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), name, null, side);
  }

  private static Party described(String words) {
    return new Party(null, words, null, null);
  }

  private static Assessment assessmentOf(CrossChecker checker, Claim c) {
    return checker.keyOf(c).flatMap(checker::assessment).orElseThrow();
  }

  @Test
  void rebelsKilledAndSoldiersKilledAreTwoQuestions() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim rebels = counted("Tribune", speaker("Colonel Adam", "Westland"), null, count("31", 31, null, "rebels", "casualties"),
        "2031-05-03", "He said 31 rebels had been killed since Tuesday.");
    Claim soldiers = counted("Tribune", speaker("Colonel Adam", "Westland"), "Westland", count("8", 8, null, "soldiers", "troops"),
        "2031-05-03", "He said 8 soldiers and gendarmes had died.");
    Claim theirs = counted("Coast Post", speaker("Ali Musa", "RDF"), "Westland", count("14", 14, null, "soldiers", "casualties"),
        "2031-05-02", "The front said 14 soldiers had been killed.");
    checker.add(List.of(rebels, soldiers, theirs));

    ClaimKey rebelKey = checker.keyOf(rebels).orElseThrow();
    assertThat(rebelKey.counted()).isEqualTo("killed");
    assertThat(rebelKey.side()).isEqualTo("rebel");
    assertThat(checker.keyOf(soldiers).orElseThrow()).isNotEqualTo(rebelKey).isEqualTo(checker.keyOf(theirs).orElseThrow());
    assertThat(assessmentOf(checker, rebels).status()).isEqualTo(Status.SINGLE_SOURCE);

    Assessment dead = assessmentOf(checker, soldiers);
    assertThat(dead.status()).isEqualTo(Status.CONTESTED);
    assertThat(dead.reasoning()).contains("Colonel Adam (Westland) says 8").contains("Ali Musa (RDF) says 14");
  }

  @Test
  void killedAndWoundedOfOneCountAreApart() {
    String sentence = "Doctors said at least 12 civilians had died in the fighting and 37 had been wounded.";
    Claim civilians = counted("Tribune", described("Doctors"), null, count("at least 12", 12, "at least", "civilians", "people"),
        "2031-05-03", sentence);
    Claim wounded = counted("Tribune", described("Doctors"), null, count("37 had been", 37, null, "wounded", "casualties"),
        "2031-05-03", sentence);
    assertThat(Counted.of(civilians, null)).isEqualTo(new Counted("killed", "civilian"));
    assertThat(Counted.of(wounded, null)).isEqualTo(new Counted("wounded", "?"));
    Claim captured = counted("Tribune", null, "Westland", count("six", 6, null, "soldiers", "prisoners"), "2031-05-03",
        "The front said it had taken six soldiers prisoner.");
    assertThat(Counted.of(captured, "Westland")).isEqualTo(new Counted("captured", "Westland"));
    Claim vehicles = counted("Tribune", null, null, count("two", 2, null, "armoured vehicles", "equipment"), "2031-05-03",
        "Fighters seized two armoured vehicles.");
    assertThat(Counted.of(vehicles, null)).isEqualTo(new Counted("armoured vehicle", "-"));
  }

  @Test
  void figuresAgreeWithinTheirQualifiers() {
    assertThat(Counted.agree(count("about 30", 30, "about", "rebels", "casualties"), count("31", 31, null, "rebels", "casualties")))
        .isTrue();
    assertThat(Counted.agree(count("more than 40", 40, "more than", "soldiers", "casualties"),
        count("45", 45, null, "soldiers", "casualties"))).isTrue();
    assertThat(Counted.agree(count("up to 10", 10, "up to", "soldiers", "casualties"), count("14", 14, null, "soldiers", "casualties")))
        .isFalse();
    assertThat(Counted.agree(count("2", 2, null, "soldiers", "casualties"), count("8", 8, null, "soldiers", "casualties"))).isFalse();
    // "More than 40" is not 40; "at least 40" may be.
    assertThat(Counted.agree(count("more than 40", 40, "more than", "soldiers", "casualties"),
        count("40", 40, null, "soldiers", "casualties"))).isFalse();
    assertThat(Counted.agree(count("at least 40", 40, "at least", "soldiers", "casualties"),
        count("40", 40, null, "soldiers", "casualties"))).isTrue();
    assertThat(Counted.agree(count("fewer than 10", 10, "fewer than", "soldiers", "casualties"),
        count("10", 10, null, "soldiers", "casualties"))).isFalse();

    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim about = counted("Tribune", null, "Westland", count("about 30", 30, "about", "soldiers", "casualties"), "2031-05-03",
        "About 30 soldiers were killed, the paper's correspondent saw.");
    Claim exact = counted("Coast Post", null, "Westland", count("31", 31, null, "soldiers", "casualties"), "2031-05-03",
        "Hospital staff counted 31 soldiers killed.");
    checker.add(List.of(about, exact));
    assertThat(assessmentOf(checker, about).status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void anOpenEndedFigureCorroboratesOnlyFiguresThatFitTogether() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim open = counted("Tribune", described("residents"), null, count("more than 40", 40, "more than", "civilians", "people"),
        "2031-05-03", "More than 40 civilians were killed, residents said.");
    Claim low = counted("Coast Post", described("doctors"), null, count("45", 45, null, "civilians", "people"), "2031-05-03",
        "Doctors said 45 civilians were killed.");
    Claim high = counted("Lake Monitor", described("a monitoring group"), null, count("1,000", 1000, null, "civilians", "people"),
        "2031-05-03", "A monitoring group said 1,000 civilians were killed.");
    checker.add(List.of(open, low, high));
    Assessment a = assessmentOf(checker, open);
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
    assertThat(a.reasoning()).startsWith("2 independent sources agree").contains("other figures");
  }

  @Test
  void differingFiguresOfUnknownSidesContestNothingButAreShown() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim one = counted("Tribune", described("residents"), null, count("12", 12, null, "civilians", "people"), "2031-05-03",
        "Residents said 12 civilians had been killed.");
    Claim other = counted("Coast Post", described("a local official"), null, count("30", 30, null, "civilians", "people"),
        "2031-05-03", "A local official said 30 civilians had been killed.");
    checker.add(List.of(one, other));
    Assessment a = assessmentOf(checker, one);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.reasoning()).contains("12 (residents)").contains("30 (a local official)");
  }

  @Test
  void aSideRaisingItsOwnTollContradictsNobodyAndItsNamedSpokesmanKeepsItsSide() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim early = counted("Coast Post", speaker("Ali Musa", "RDF"), "Westland", count("14", 14, null, "soldiers", "casualties"),
        "2031-05-02", "Ali Musa said 14 soldiers had been killed.");
    // The same spokesman, his side left unsaid in this report: the side he was given elsewhere holds.
    Claim later = counted("Tribune", speaker("Ali Musa", null), "Westland",
        count("more than 40", 40, "more than", "soldiers", "casualties"), "2031-05-05",
        "He said more than 40 soldiers had been killed since the fighting began.");
    Claim wire = counted("Wire", null, "Westland", count("45", 45, null, "soldiers", "casualties"), "2031-05-05",
        "At least 45 soldiers were killed, according to a count by the paper.");
    checker.add(List.of(early, later));
    assertThat(assessmentOf(checker, early).status()).isEqualTo(Status.SINGLE_SOURCE);
    checker.add(List.of(wire));
    assertThat(assessmentOf(checker, early).status()).isEqualTo(Status.CORROBORATED);

    Claim army = counted("Capital", speaker("Colonel Adam", "Westland"), "Westland", count("8", 8, null, "soldiers", "casualties"),
        "2031-05-05", "The army said 8 soldiers had died.");
    checker.add(List.of(army));
    assertThat(assessmentOf(checker, army).status()).isEqualTo(Status.CONTESTED);
    assertThat(assessmentOf(checker, army).reasoning()).contains("Ali Musa (RDF) says more than 40");
  }

  @Test
  void aSpeakersSideLearntFromALaterReportSettlesTheCountItGaveBefore() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Party ministry = new Party("org:defence-ministry", "the defence ministry", null, null);
    Claim own = counted("Capital", ministry, "Westland", count("8", 8, null, "soldiers", "casualties"), "2031-05-03",
        "The defence ministry said 8 soldiers had died.");
    Claim theirs = counted("Coast Post", speaker("Ali Musa", "RDF"), "Westland", count("40", 40, null, "soldiers", "casualties"),
        "2031-05-03", "Ali Musa said 40 soldiers had been killed.");
    checker.add(List.of(own, theirs));
    assertThat(assessmentOf(checker, own).status()).isEqualTo(Status.SINGLE_SOURCE);

    // Another report, about something else, names the ministry's side: its count is now that side's word.
    Claim sided = claim("Tribune", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        new Party("org:defence-ministry", "the defence ministry", null, "Westland"), null, "2031-05-04", "2031-05-04",
        "The defence ministry said its troops held Portville.");
    checker.add(List.of(sided));
    assertThat(assessmentOf(checker, own).status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void aTownClaimedBackAfterItsLossWasConcededIsANewTurn() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Party front = speaker("Ali Musa", "RDF");
    Party ministry = new Party(null, "the defence ministry", null, "Westland");
    Claim taken = claim("Coast Post", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, front, null, "2031-05-02", "2031-05-02",
        "Ali Musa said the front had captured the port of Portville.");
    Claim denied = claim("Capital", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.DENIED, ministry, null, "2031-05-02", "2031-05-02",
        "The ministry denied that the town had fallen.");
    Claim conceded = claim("Tribune", ClaimType.CONTROL, "Westland", Effect.LOSS, Polarity.CONCEDED, ministry, null, "2031-05-04",
        "2031-05-04", "The defence minister acknowledged a tactical withdrawal from Portville.");
    Claim retaken = claim("Tribune", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "the armed forces", null, "Westland"), null, "2031-05-06", "2031-05-06", "The army said it had retaken the port.");
    Claim rejected = claim("Wire", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.DENIED, speaker("Ali Musa", null), null,
        "2031-05-06", "2031-05-06", "Ali Musa denied that the army had retaken the port.");
    checker.add(List.of(taken, denied, conceded, retaken, rejected));

    Assessment a = assessmentOf(checker, taken);
    assertThat(a.phases()).extracting(Assessment.Phase::status)
        .containsExactly(Status.CONTESTED, Status.CONCEDED, Status.CONTESTED);
    assertThat(a.phases().get(2).days()).isEqualTo("2031-05-06");
    // The new turn is judged on taking the port back, not on the capture the concession settled.
    assertThat(a.phases().get(2).reasoning()).contains("the armed forces say Westland holds Portville").contains("Ali Musa says not")
        .doesNotContain("since left");
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).contains("a new turn");
    assertThat(a.assertions()).hasSize(5);

    // A side repeating, after conceding, that it had held the town before its loss starts no new turn.
    CrossChecker recap = CrossChecker.withoutDuplicates();
    Claim insisted = claim("Wire", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, ministry, null, "2031-05-02",
        "2031-05-06", "On Tuesday the ministry had insisted the town remained in its hands.");
    recap.add(List.of(taken, denied, conceded, insisted));
    assertThat(assessmentOf(recap, taken).status()).isEqualTo(Status.CONCEDED);

    // Nor does one saying, days later, that it still holds what it kept: it has taken nothing back.
    CrossChecker kept = CrossChecker.withoutDuplicates();
    Claim rest = claim("Wire", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, ministry, null, "2031-05-06",
        "2031-05-06", "The police still hold most of the town, the ministry said.");
    kept.add(List.of(taken, denied, conceded, rest));
    assertThat(assessmentOf(kept, taken).status()).isEqualTo(Status.CONCEDED);
    assertThat(assessmentOf(kept, taken).reasoning()).doesNotContain("new turn");
  }

  @Test
  void reasoningNamesSpeakersInPlainGrammar() {
    assertThat(Speakers.name(described("rebels'"))).isEqualTo("rebels");
    assertThat(Speakers.name(described("Doctors at the hospital, where the wounded were taken,")))
        .isEqualTo("Doctors at the hospital, where the wounded were taken");
    assertThat(Speakers.says(described("Residents"))).isEqualTo("say");
    assertThat(Speakers.says(described("security sources and residents"))).isEqualTo("say");
    assertThat(Speakers.says(described("Doctors in Tadjoura"))).isEqualTo("say");
    assertThat(Speakers.says(described("Two residents we reached on Saturday"))).isEqualTo("say");
    assertThat(Speakers.says(described("police"))).isEqualTo("say");
    assertThat(Speakers.says(described("the government"))).isEqualTo("says");
    assertThat(Speakers.says(described("Djibouti's defence minister"))).isEqualTo("says");
    assertThat(Speakers.says(new Party("organization:un", "United Nations", null, null))).isEqualTo("says");
    assertThat(Speakers.says(null)).isEqualTo("says");

    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim held = claim("Capital", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, described("the government"), null,
        "2031-05-02", "2031-05-02", "The government said the town remained in its hands.");
    Claim lost = claim("Coast Post", ClaimType.CONTROL, "Westland", Effect.LOSS, Polarity.ASSERTED, described("Residents"), null,
        "2031-05-02", "2031-05-02", "Residents said the soldiers had left the town.");
    checker.add(List.of(held, lost));
    assertThat(assessmentOf(checker, held).reasoning()).contains("the government says Westland holds Portville; Residents say not");
  }
}
