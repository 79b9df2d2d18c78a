package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/** Statuses, independence and timelines on claims built by hand. */
class CrossCheckerTest {

  private static final PlaceRef TOWN = new PlaceRef("geonames:1", 1, "Northtown", "Northtown", 50, 30);
  private static int counter;

  private static Claim claim(String article, String outlet, ClaimType type, String actorSide, Effect effect,
      Polarity polarity, Party claimant, String date, List<CitationHop> relays) {
    List<CitationHop> hops = new ArrayList<>();
    hops.add(new CitationHop(CitationHop.Kind.OUTLET, outlet, null));
    hops.addAll(relays);
    int n = counter++;
    return new Claim(Claim.idOf(article, n, n + 1, type, TOWN.entityId()), article, type,
        actorSide == null ? null : Party.ofSide(actorSide + " troops", actorSide), effect, TOWN, null, null, polarity,
        Modality.CLAIMED, List.of(), new EventTime(date, TimeRef.Granularity.DAY, true), claimant, outlet,
        OffsetDateTime.parse(date + "T12:00:00Z"), hops, n, n + 1, "sentence " + n, 0.9, null);
  }

  private static Party person(String name, String side) {
    return new Party("person:" + name.toLowerCase(), name, null, side);
  }

  @Test
  void aPersonNamedWithoutASideSpeaksForTheSideAnotherReportNamesThemWith() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim sided = claim("p1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Anna Vale", "Westland"), "2030-06-02", List.of());
    Claim bare = claim("p2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Anna Vale", null), "2030-06-03", List.of());
    checker.add(List.of(bare));
    checker.add(List.of(sided));
    assertThat(checker.timeline("Northtown")).filteredOn(e -> e.claim().id().equals(bare.id()))
        .singleElement().extracting(e -> e.claim().claimantSide()).isEqualTo("Westland");
  }

  @Test
  void aPersonReportsGiveTwoSidesKeepsNoneWhereTheirSideIsNotSaid() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim west = claim("q1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Anna Vale", "Westland"), "2030-06-02", List.of());
    Claim east = claim("q2", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("Anna Vale", "Eastland"), "2030-06-02", List.of());
    Claim bare = claim("q3", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Anna Vale", null), "2030-06-03", List.of());
    checker.add(List.of(west, bare, east));
    assertThat(checker.timeline("Northtown")).filteredOn(e -> e.claim().id().equals(bare.id()))
        .singleElement().extracting(e -> e.claim().claimantSide()).isNull();
  }

  @Test
  void sidesDisagreeingAboutAPlaceIsContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim taken = claim("a1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-03-02", List.of());
    Claim denied = claim("a2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-03-03", List.of());
    checker.add(List.of(taken, denied));
    Assessment a = checker.keyOf(taken).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).contains("General East").contains("Colonel West");
  }

  @Test
  void aContestedReasoningCountsTheIndependentSourcesOfEachPosition() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim general = claim("e1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-05-02", List.of());
    Claim sameGeneral = claim("e2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-05-02", List.of());
    Claim observer = claim("e3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "a local journalist", null, null), "2030-05-03", List.of());
    Claim colonel = claim("e4", "Outlet D", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-05-03", List.of());
    checker.add(List.of(general, sameGeneral, observer, colonel));
    Assessment a = checker.keyOf(general).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).isEqualTo("General East says Eastland holds Northtown (2 independent sources); Colonel West says not");
  }

  @Test
  void aDisputeIsVoicedByTheSideDenyingNotByAnOddDenialFromTheHoldersOwnSide() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim general = claim("o1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-06-02", List.of());
    // A misread aside of Eastland's ministry, first among the claims against the hold.
    Claim odd = claim("o2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        new Party("organization:east-ministry", "East Ministry", null, "Eastland"), "2030-06-02", List.of());
    Claim colonel = claim("o3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-06-03", List.of());
    checker.add(List.of(general, odd, colonel));
    assertThat(checker.keyOf(general).flatMap(checker::assessment).orElseThrow().reasoning())
        .startsWith("General East says Eastland holds Northtown; Colonel West says not");
  }

  @Test
  void aDenialOfAClaimNoReportCarriesIsContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "Westland rejects the claim that Eastland took Northtown": someone made that claim.
    Claim denial = claim("h1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-08-01", List.of());
    checker.add(List.of(denial));
    Assessment a = checker.keyOf(denial).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).isEqualTo("Colonel West denied a claim made elsewhere, which these reports do not carry");

    // The denier's own side saying it holds the place does not answer the denial either.
    Claim holds = claim("h2", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Colonel West", "Westland"), "2030-08-01", List.of());
    checker.add(List.of(holds));
    assertThat(checker.keyOf(denial).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void aDenialAnsweringAnotherSourcesClaimIsNotOrphaned() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // Westland denies losing Northtown; a neutral monitor says Westland holds it: they agree.
    Claim notLost = claim("h3", "Outlet A", ClaimType.CONTROL, "Westland", Effect.LOSS, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-08-10", List.of());
    Claim holds = claim("h4", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Monitor Grey", null), "2030-08-10", List.of());
    checker.add(List.of(notLost, holds));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void attackersCalledOnlyTheEnemyAreTheOtherSideNamedThatDay() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // The Westland army: "terrorists attacked our post"; a wire: "the Hill Front attacked the post".
    Claim enemy = claim("o1", "Westland Army", ClaimType.ATTACK, GroupNames.opponentsOf("Westland"), Effect.GAIN,
        Polarity.ASSERTED, null, "2030-08-20", List.of());
    Claim named = claim("o2", "Outlet B", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        person("Resident One", null), "2030-08-20", List.of());
    // Westland's own strike that day is no candidate: the enemy of Westland is not Westland.
    Claim strike = claim("o3", "Outlet C", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Resident Two", null), "2030-08-20", List.of());
    checker.add(List.of(enemy, named, strike));
    assertThat(checker.keyOf(enemy)).isEqualTo(checker.keyOf(named));
    Assessment a = checker.keyOf(named).flatMap(checker::assessment).orElseThrow();
    assertThat(a.key().side()).isEqualTo("Hill Front");
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);

    // A week later another group is named: too far from the day to say the enemy was it.
    CrossChecker later = CrossChecker.withoutDuplicates();
    Claim enemyAgain = claim("o4", "Westland Army", ClaimType.ATTACK, GroupNames.opponentsOf("Westland"), Effect.GAIN,
        Polarity.ASSERTED, null, "2030-09-01", List.of());
    Claim other = claim("o5", "Outlet B", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        person("Resident One", null), "2030-09-07", List.of());
    later.add(List.of(enemyAgain, other));
    assertThat(later.keyOf(enemyAgain).orElseThrow().side()).isEqualTo(GroupNames.opponentsOf("Westland"));
  }

  @Test
  void aBodyQuotedByOthersAndPublishingItsOwnStatementIsOneSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // The General Staff's own release, and a newspaper quoting "the General Staff" on it.
    Claim release = claim("p1", "General Staff of the Armies, Westland", ClaimType.CONTROL, "Westland", Effect.GAIN,
        Polarity.ASSERTED, null, "2030-10-01", List.of());
    Claim quoted = claim("p2", "Daily Mirror", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        new Party("organization:general-staff", "General Staff", null, "Westland"), "2030-10-01", List.of());
    checker.add(List.of(release, quoted));
    Assessment a = checker.keyOf(release).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aPlaceItsReportIsAboutReadAsASpeakerIsNoSourceOfItsOwn() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // A ministry's communiqué: "Raiders struck near Northtown"; "the garrison of Northtown engaged them", its town misread as who said it.
    Claim own = claim("r1", "Defence Ministry of Westland", ClaimType.ATTACK, "Raiders", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-11-02", List.of());
    Claim misread = claim("r1", "Defence Ministry of Westland", ClaimType.ATTACK, "Raiders", Effect.LOSS, Polarity.ASSERTED,
        new Party("person:northtown", "Northtown", null, null), "2030-11-02", List.of());
    checker.add(List.of(own, misread));
    Assessment a = checker.keyOf(own).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aSpeakerNotNamedLikeAPlaceOfTheReportStillCounts() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // The same communiqué, and a villager the same outlet quotes: two voices.
    Claim own = claim("r2", "Defence Ministry of Westland", ClaimType.ATTACK, "Raiders", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-11-02", List.of());
    Claim villager = claim("r2", "Defence Ministry of Westland", ClaimType.ATTACK, "Raiders", Effect.LOSS, Polarity.ASSERTED,
        new Party("person:odo", "Odo Brann", null, null), "2030-11-02", List.of());
    checker.add(List.of(own, villager));
    Assessment a = checker.keyOf(own).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(2);
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void aReportRelayingAnotherReportOfTheKeyAddsNoSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // Lake Wire quotes the Hill Front; Radio Shore says the same, "Lake Wire said".
    Claim wire = claim("q1", "Lake Wire", ClaimType.CONTROL, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "Hill Front", null, "Hill Front"), "2030-10-05", List.of());
    Claim radio = claim("q2", "Radio Shore", ClaimType.CONTROL, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-10-05", List.of(new CitationHop(CitationHop.Kind.OUTLET, "Lake Wire", "said")));
    checker.add(List.of(wire, radio));
    Assessment a = checker.keyOf(wire).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aUnitNamedAsASideDoesNotContestAnArmyHoldingThePlace() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim army = claim("r1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman Vale", null), "2030-11-01", List.of());
    Claim unit = claim("r2", "Outlet B", ClaimType.CONTROL, "Rapid Intervention Battalion", Effect.GAIN,
        Polarity.ASSERTED, null, "2030-11-01", List.of());
    checker.add(List.of(army, unit));
    assertThat(checker.keyOf(army).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void leavingAPlaceWhoseCaptureIsDeniedLeavesTheCaptureContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // The Hill Front says it took Northtown; Westland says it never did; the Front then says it withdrew.
    Claim took = claim("s1", "Outlet A", ClaimType.CONTROL, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman Hill", "Hill Front"), "2030-12-01", List.of());
    Claim never = claim("s2", "Outlet B", ClaimType.CONTROL, "Hill Front", Effect.GAIN, Polarity.DENIED,
        person("General West", "Westland"), "2030-12-02", List.of());
    Claim withdrew = claim("s3", "Outlet C", ClaimType.CONTROL, "Hill Front", Effect.LOSS, Polarity.CONCEDED,
        person("Spokesman Hill", "Hill Front"), "2030-12-03", List.of());
    checker.add(List.of(took, never, withdrew));
    Assessment a = checker.keyOf(took).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).isEqualTo("Spokesman Hill says Hill Front holds Northtown; General West says not (2 independent sources); "
        + "Spokesman Hill (Hill Front), in Outlet C, says its side has since left");

    // Another voice of the Front admitting the loss settles it.
    Claim admitted = claim("s4", "Outlet D", ClaimType.CONTROL, "Hill Front", Effect.LOSS, Polarity.CONCEDED,
        person("Blogger Hill", "Hill Front"), "2030-12-03", List.of());
    CrossChecker other = CrossChecker.withoutDuplicates();
    other.add(List.of(took, never, admitted));
    assertThat(other.keyOf(took).flatMap(other::assessment).orElseThrow().status()).isEqualTo(Status.CONCEDED);
  }

  @Test
  void bothSidesClaimingToHoldThePlaceIsContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim east = claim("b1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-03-02", List.of());
    Claim west = claim("b2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Colonel West", "Westland"), "2030-03-06", List.of());
    checker.add(List.of(east, west));
    assertThat(checker.keyOf(east).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void aPartysVoicesRelayedByManyOutletsAreOneSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // The Eastland army's statement, its spokesman's post and its general's briefing, each in another outlet.
    Claim statement = claim("p1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        new Party("organization:eastland-army", "Eastland army", null, "Eastland"), "2030-05-02", List.of());
    Claim post = claim("p2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman East", "Eastland"), "2030-05-02", List.of());
    Claim briefing = claim("p3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-05-03", List.of());
    checker.add(List.of(statement, post, briefing));
    Assessment a = checker.keyOf(statement).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.independentSources()).isEqualTo(1);
  }

  @Test
  void differentStatementsAtOnePlaceAreDifferentQuestions() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim airline = claim("q1", "Outlet A", ClaimType.ASSERTION, null, Effect.NONE, Polarity.ASSERTED,
        person("Airline Spokeswoman", null), "2030-06-02", List.of());
    Claim mayor = claim("q2", "Outlet B", ClaimType.ASSERTION, null, Effect.NONE, Polarity.ASSERTED,
        person("Mayor Hill", null), "2030-06-02", List.of());
    checker.add(List.of(airline, mayor));
    assertThat(checker.assessments()).hasSize(2)
        .allSatisfy(a -> assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE));
  }

  @Test
  void twoIndependentSourcesCorroborate() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim staff = claim("c1", "Outlet A", ClaimType.ATTACK, "Eastland", Effect.LOSS, Polarity.ASSERTED,
        new Party("org:staff", "General Staff", null, "Westland"), "2030-03-02", List.of());
    Claim osint = claim("c2", "Open Map Blog", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-03-04", List.of());
    checker.add(List.of(staff, osint));
    Assessment a = checker.keyOf(staff).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
    assertThat(a.independentSources()).isEqualTo(2);
  }

  @Test
  void reportsRelayingOneUpstreamSourceCountOnce() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Party spokesman = person("Spokesman Vale", "Westland");
    // Two outlets quote the same claimant; a third relays another outlet's report without a claimant.
    Claim one = claim("d1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, spokesman,
        "2030-04-01", List.of());
    Claim two = claim("d2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, spokesman,
        "2030-04-02", List.of(new CitationHop(CitationHop.Kind.OUTLET, "Capital Post", "reported")));
    checker.add(List.of(one, two));
    Assessment a = checker.keyOf(one).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.independentSources()).isEqualTo(1);

    Claim relayA = claim("e1", "Outlet C", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-04-03", List.of(new CitationHop(CitationHop.Kind.OUTLET, "The Capital Post", "reported")));
    Claim relayB = claim("e2", "Outlet D", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-04-03", List.of(new CitationHop(CitationHop.Kind.OUTLET, "Capital Post", "according to")));
    checker.add(List.of(relayA, relayB));
    assertThat(checker.keyOf(one).flatMap(checker::assessment).orElseThrow().independentSources()).isEqualTo(2);
  }

  @Test
  void reprintsCountAsTheirOriginal() {
    Map<String, String> copies = Map.of("wire-copy", "wire-original");
    CrossChecker checker = new CrossChecker(id -> copies.getOrDefault(id, id));
    Claim original = claim("wire-original", "Nordic Wire", ClaimType.CONTROL, "Westland", Effect.GAIN,
        Polarity.ASSERTED, null, "2030-05-01", List.of());
    Claim reprint = claim("wire-copy", "Town Courier", ClaimType.CONTROL, "Westland", Effect.GAIN,
        Polarity.ASSERTED, null, "2030-05-01", List.of());
    checker.add(List.of(original, reprint));
    Assessment a = checker.keyOf(original).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aConcessionWhoseSideTheTextLeavesUnsaidNamesOnlyItsSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim loss = claim("f1", "Outlet A", ClaimType.CONTROL, null, Effect.LOSS, Polarity.CONCEDED,
        person("Governor South", null), "2030-06-01", List.of());
    checker.add(List.of(loss));
    Assessment a = checker.keyOf(loss).flatMap(checker::assessment).orElseThrow();
    assertThat(a.reasoning()).isEqualTo("a loss conceded by its own side: Governor South, in Outlet A");
  }

  @Test
  void aLossStatedByTheLosingSideIsConceded() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim loss = claim("f1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.LOSS, Polarity.CONCEDED,
        person("Blogger North", "Eastland"), "2030-06-01", List.of());
    Claim denial = claim("f2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.LOSS, Polarity.DENIED,
        person("General East", "Eastland"), "2030-06-02", List.of());
    checker.add(List.of(loss, denial));
    Assessment a = checker.keyOf(loss).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONCEDED);
    assertThat(a.reasoning()).startsWith("a loss conceded by its own side: Blogger North (Eastland), in Outlet A")
        .endsWith("also disputed: General East says Eastland holds Northtown; Blogger North says not");
  }

  @Test
  void aNewClaimJudgesAgainOnlyTheWindowItJoins() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim west = claim("w1", "Outlet A", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman Vale", "Westland"), "2030-08-01", List.of());
    Claim east = claim("e1", "Outlet B", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-08-01", List.of());
    checker.add(List.of(west, east));
    Assessment eastBefore = checker.keyOf(east).flatMap(checker::assessment).orElseThrow();

    Claim westAgain = claim("w2", "Outlet C", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Observer Hill", null), "2030-08-02", List.of());
    assertThat(checker.add(List.of(westAgain))).singleElement().satisfies(a -> {
      assertThat(a.key().side()).isEqualTo("Westland");
      assertThat(a.status()).isEqualTo(Status.CORROBORATED);
    });
    assertThat(checker.keyOf(east).flatMap(checker::assessment)).containsSame(eastBefore);
  }

  @Test
  void aSideLearntElsewhereJudgesAgainAWindowWhoseClaimsDidNotChange() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim attack = claim("a1", "Outlet A", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("Anna Vale", null), "2030-08-01", List.of());
    checker.add(List.of(attack));
    Claim control = claim("c1", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Anna Vale", "Westland"), "2030-08-02", List.of());
    checker.add(List.of(control));
    assertThat(checker.keyOf(attack).flatMap(checker::assessment).orElseThrow().assertions())
        .singleElement().extracting(Claim::claimantSide).isEqualTo("Westland");
  }

  @Test
  void statusesUpdateAsReportsArriveAndTheTimelineIsInEventOrder() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim later = claim("g1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman Vale", "Westland"), "2030-07-20", List.of());
    List<Assessment> changed = checker.add(List.of(later));
    assertThat(changed).singleElement().extracting(Assessment::status).isEqualTo(Status.SINGLE_SOURCE);

    Claim second = claim("g2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Observer Hill", null), "2030-07-21", List.of());
    assertThat(checker.add(List.of(second))).singleElement().extracting(Assessment::status).isEqualTo(Status.CORROBORATED);

    Claim earlier = claim("g3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-07-16", List.of());
    assertThat(checker.add(List.of(earlier))).singleElement().extracting(Assessment::status).isEqualTo(Status.CONTESTED);
    assertThat(checker.add(List.of(earlier))).isEmpty(); // the same claim again changes nothing

    List<TimelineEntry> timeline = checker.timeline("Northtown");
    assertThat(timeline).extracting(e -> e.eventTime().value()).containsExactly("2030-07-16", "2030-07-20", "2030-07-21");
    assertThat(timeline).allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.CONTESTED));
  }

  @Test
  void claimsDaysApartAcrossAMonthEndShareOneKey() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim taken = claim("m1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-01-30", List.of());
    Claim denied = claim("m2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-02-02", List.of());
    checker.add(List.of(taken, denied));
    ClaimKey key = checker.keyOf(taken).orElseThrow();
    assertThat(checker.keyOf(denied)).contains(key);
    assertThat(key.period()).isEqualTo("2030-01-30..2030-02-02");
    assertThat(checker.assessment(key).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void claimsWeeksApartAreSeparateKeysWhateverTheOrderTheyArriveIn() {
    Claim march = claim("w1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-03-01", List.of());
    Claim april = claim("w2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Colonel West", "Westland"), "2030-04-10", List.of());
    Claim between = claim("w3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("Observer Hill", null), "2030-03-06", List.of());
    CrossChecker one = CrossChecker.withoutDuplicates();
    one.add(List.of(march, april, between));
    CrossChecker other = CrossChecker.withoutDuplicates();
    other.add(List.of(april));
    other.add(List.of(between));
    other.add(List.of(march));
    assertThat(one.assessments()).extracting(a -> a.key().period())
        .containsExactlyInAnyOrder("2030-03-01..2030-03-06", "2030-04-10");
    assertThat(other.assessments()).extracting(Assessment::key).containsExactlyInAnyOrderElementsOf(
        one.assessments().stream().map(Assessment::key).toList());
    assertThat(one.keyOf(march).flatMap(one::assessment).orElseThrow().status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void aWindowSpansAtMostTheLongestPeriodEvenWhenClaimsChainOn() {
    CrossChecker checker = new CrossChecker(java.util.function.UnaryOperator.identity(), 7, 20);
    List<Claim> weekly = new ArrayList<>();
    for (String day : List.of("2030-05-01", "2030-05-07", "2030-05-13", "2030-05-19", "2030-05-25")) {
      weekly.add(claim("c" + day, "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
          person("General East", "Eastland"), day, List.of()));
    }
    checker.add(weekly);
    assertThat(checker.assessments()).extracting(a -> a.key().period())
        .containsExactly("2030-05-01..2030-05-19", "2030-05-25");
  }

  @Test
  void anAttackWhoseAttackerIsUnknownJoinsTheOnlySideNamedThere() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim named = claim("u1", "Outlet A", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("Resident One", null), "2030-07-01", List.of());
    Claim unnamed = claim("u2", "Outlet B", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED, null,
        "2030-07-02", List.of());
    // Added in the other order, the keys come out the same.
    checker.add(List.of(unnamed));
    checker.add(List.of(named));
    assertThat(checker.keyOf(unnamed)).isEqualTo(checker.keyOf(named));
    Assessment a = checker.keyOf(named).flatMap(checker::assessment).orElseThrow();
    assertThat(a.key().side()).isEqualTo("Eastland");
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void anAttackWhoseAttackerIsUnknownStaysApartWhenTwoSidesAreNamedThere() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim east = claim("v1", "Outlet A", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-07-01", List.of());
    Claim west = claim("v2", "Outlet B", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-07-01", List.of());
    Claim unnamed = claim("v3", "Outlet C", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED, null,
        "2030-07-02", List.of());
    Claim later = claim("v4", "Outlet C", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED, null,
        "2030-09-20", List.of());
    checker.add(List.of(east, west, unnamed, later));
    assertThat(checker.keyOf(unnamed).orElseThrow().side()).isEqualTo("?");
    assertThat(checker.keyOf(later).orElseThrow().side()).isEqualTo("?");
  }

  private static final PlaceRef FARM = new PlaceRef("geonames:2", 2, "Southfarm", "Southfarm", 49, 31);

  /** The claim told of another place, as a separate claim of the same report. */
  private static Claim at(PlaceRef place, Claim c) {
    return new Claim(c.id() + "@" + place.entityId(), c.articleId(), c.type(), c.actor(), c.effect(), place, c.part(),
        c.quantity(), c.polarity(), c.modality(), c.hedges(), c.eventTime(), c.claimant(), c.outlet(), c.reportTime(),
        c.citations(), c.evidenceStart(), c.evidenceEnd(), c.sentence(), c.confidence(), c.deniesClaimId());
  }

  @Test
  void anAttackWhoseAttackerIsUnknownIsTheOneAttackerItsReportNames() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "The Hill Front raided Southfarm ... the attackers also shelled Northtown": one report, one attacker.
    Claim raid = at(FARM, claim("x1", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-08-01", List.of()));
    Claim shelled = claim("x1", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED, null,
        "2030-08-01", List.of());
    // A denial naming no attacker answers some claim; whose attack it denies, the report does not say.
    Claim denied = claim("x1", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.DENIED, null,
        "2030-08-01", List.of());
    checker.add(List.of(raid, shelled, denied));
    assertThat(checker.keyOf(shelled).orElseThrow().side()).isEqualTo("Hill Front");
    assertThat(checker.keyOf(denied).orElseThrow().side()).isEqualTo("?");
  }

  @Test
  void anAttackWhoseAttackerIsUnknownStaysApartWhenItsReportNamesTwoAttackers() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim raid = at(FARM, claim("y1", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-08-01", List.of()));
    Claim strike = at(FARM, claim("y1", "Outlet A", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-08-01", List.of()));
    Claim shelled = claim("y1", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED, null,
        "2030-08-01", List.of());
    checker.add(List.of(raid, strike, shelled));
    assertThat(checker.keyOf(shelled).orElseThrow().side()).isEqualTo("?");
    assertThat(checker.keyOf(raid).orElseThrow().side()).isEqualTo("Hill Front");
  }

  @Test
  void aGainAndALossWithUnknownActorsDoNotContestEachOther() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim overran = claim("x1", "Outlet A", ClaimType.CONTROL, null, Effect.GAIN, Polarity.ASSERTED,
        person("Major Stone", null), "2030-08-01", List.of());
    Claim lost = claim("x2", "Outlet A", ClaimType.CONTROL, null, Effect.LOSS, Polarity.ASSERTED,
        person("Captain Reed", null), "2030-08-01", List.of());
    checker.add(List.of(overran, lost));
    assertThat(checker.keyOf(overran).flatMap(checker::assessment).orElseThrow().status())
        .isNotEqualTo(Status.CONTESTED);
  }

  @Test
  void aPublisherDenyingAllegationsBesideItsOwnReleasesClaimDisputesNothing() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    String release = "General Staff of the Eastland Army";
    Claim holds = claim("p1", release, ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED, null, "2030-09-07", List.of());
    // "The General Staff denies the allegations about the capture", its actor misread as its own side.
    Claim denies = claim("p1", release, ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        new Party(null, "General Staff", null, null), "2030-09-07", List.of());
    checker.add(List.of(holds, denies));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aPublisherRejectingTheEnemysUnsidedClaimStillContests() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    String release = "General Staff of the Eastland Army";
    Claim holds = claim("p3", release, ClaimType.CONTROL, null, Effect.GAIN, Polarity.ASSERTED, null, "2030-09-08", List.of());
    // "The General Staff rejects the enemy's propaganda that its militias entered the town."
    Claim rejects = claim("p3", release, ClaimType.CONTROL, null, Effect.GAIN, Polarity.DENIED,
        new Party(null, "General Staff", null, null), "2030-09-08", List.of());
    checker.add(List.of(holds, rejects));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void aNamedSpeakerDenyingWhatTheOutletSaysStillContests() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim holds = claim("p2", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED, null, "2030-09-07", List.of());
    Claim denies = claim("p2", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-09-07", List.of());
    checker.add(List.of(holds, denies));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void aDenialNamingNoActorContestsTheClaimItAnswers() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim overran = claim("y1", "Outlet A", ClaimType.CONTROL, null, Effect.GAIN, Polarity.ASSERTED,
        person("Rebel Voice", null), "2030-08-01", List.of());
    Claim notCeded = claim("y2", "Outlet A", ClaimType.CONTROL, null, Effect.LOSS, Polarity.DENIED,
        person("Governor Lake", null), "2030-08-01", List.of());
    checker.add(List.of(overran, notCeded));
    Assessment a = checker.keyOf(overran).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).contains("Rebel Voice").contains("Governor Lake");
    assertThat(checker.answered(notCeded, a.assertions())).isEqualTo(overran);
  }

  @Test
  void aSideSayingItLostNothingAgreesWithItsOwnHold() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim holds = claim("z1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Ministry West", "Westland"), "2030-08-01", List.of());
    Claim notWithdrawn = claim("z2", "Outlet A", ClaimType.CONTROL, null, Effect.LOSS, Polarity.DENIED,
        person("Minister Brook", null), "2030-08-01", List.of());
    Claim notTaken = claim("z3", "Outlet B", ClaimType.CONTROL, null, Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-08-02", List.of());
    checker.add(List.of(holds, notWithdrawn));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.SINGLE_SOURCE);
    // A capture denied with no actor named contradicts the gain whatever the denier's side.
    checker.add(List.of(notTaken));
    assertThat(checker.keyOf(holds).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void noGroupClaimingAnAttackIsNoSecondSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "Gunmen attacked the post, police said. No group has claimed the attack."
    Claim police = claim("n1", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "police", null, null), "2030-11-02", List.of());
    Claim noGroup = claim("n1", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "No group", null, null), "2030-11-02", List.of());
    checker.add(List.of(police, noGroup));
    Assessment a = checker.keyOf(police).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aClaimSaidOnlyByNobodyStillHasItsReportAsSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim noGroup = claim("n2", "Outlet A", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "No group", null, null), "2030-11-02", List.of());
    checker.add(List.of(noGroup));
    Assessment a = checker.keyOf(noGroup).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.sources()).containsExactly("Outlet A");
  }

  @Test
  void anOutletNamedWithItsAcronymRelaysItsOwnReport() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // Lake Wire quotes the police; Radio Shore says "Lake Wire (LW) reported" the same.
    Claim wire = claim("w1", "Lake Wire", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "police", null, null), "2030-11-03", List.of());
    Claim radio = claim("w2", "Radio Shore", ClaimType.ATTACK, null, Effect.GAIN, Polarity.ASSERTED,
        new Party(null, "Lake Wire (LW)", null, null), "2030-11-03", List.of());
    checker.add(List.of(wire, radio));
    Assessment a = checker.keyOf(wire).flatMap(checker::assessment).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void denyingThatAnAttackWasRepelledDoesNotDenyTheAttack() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "Bandits stormed the town", says one outlet; the army says its troops repelled them; a resident: "Nobody repelled them."
    Claim stormed = claim("r1", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-11-05", List.of());
    Claim repelled = claim("r2", "Outlet B", ClaimType.ATTACK, "Hill Front", Effect.LOSS, Polarity.ASSERTED,
        person("Colonel Ade", "Westland"), "2030-11-05", List.of());
    Claim nobody = claim("r3", "Outlet C", ClaimType.ATTACK, "Hill Front", Effect.LOSS, Polarity.DENIED,
        new Party(null, "youth leader", null, null), "2030-11-05", List.of());
    checker.add(List.of(stormed, repelled, nobody));
    Assessment a = checker.keyOf(stormed).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
  }

  @Test
  void aKeyHoldingOnlyADenialOfTheRepulseHasTheDenierAsItsSource() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "The Hill Front denies its assault was beaten back": no report tells the attack any other way.
    Claim notBeatenBack = claim("r8", "Outlet D", ClaimType.ATTACK, null, Effect.LOSS, Polarity.DENIED,
        person("Spokesman Ode", "Hill Front"), "2030-11-08", List.of());
    checker.add(List.of(notBeatenBack));
    Assessment a = checker.keyOf(notBeatenBack).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.independentSources()).isEqualTo(1);
  }

  @Test
  void denyingTheAttackItselfStillContestsIt() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim stormed = claim("r4", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-11-06", List.of());
    Claim never = claim("r5", "Outlet B", ClaimType.ATTACK, "Hill Front", Effect.GAIN, Polarity.DENIED,
        person("Spokesman Ode", "Hill Front"), "2030-11-06", List.of());
    checker.add(List.of(stormed, never));
    assertThat(checker.keyOf(stormed).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void theAttackersDenyingARepulsedAttackDenyTheAttack() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // "Our troops repelled a crossing by Hill Front soldiers"; the Hill Front denies any crossing was attempted.
    Claim repelled = claim("r6", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.LOSS, Polarity.ASSERTED,
        person("Colonel Ade", "Westland"), "2030-11-07", List.of());
    Claim none = claim("r7", "Outlet A", ClaimType.ATTACK, "Hill Front", Effect.LOSS, Polarity.DENIED,
        person("Spokesman Ode", "Hill Front"), "2030-11-07", List.of());
    checker.add(List.of(repelled, none));
    assertThat(checker.keyOf(repelled).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  /** Teaches {@code names} what a page of {@code url} calling itself {@code outlet} teaches ingest. */
  private static void pageNamed(OutletNames names, String url, String outlet) {
    names.normalize(new ArticleBuilder(InputFormat.HTML, "page.html").url(url).source(outlet).title("t").paragraph("p").build());
  }

  @Test
  void aSitesBareHostReportAndItsNamedReportAreOneSource() {
    OutletNames names = OutletNames.inMemory();
    CrossChecker checker = new CrossChecker(UnaryOperator.identity(), names::nameOf);
    Claim bare = claim("s1", "sulgazette.example", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-01", List.of());
    checker.add(List.of(bare));
    pageNamed(names, "https://sulgazette.example/news/2", "Sul Gazette");
    Claim named = claim("s2", "Sul Gazette", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-02", List.of());
    checker.add(List.of(named));
    Assessment a = checker.keyOf(bare).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.sources()).containsExactly("Sul Gazette");
    // Listed as compared: under the name, the stored claim left as it was.
    assertThat(checker.asCompared(bare).outlet()).isEqualTo("Sul Gazette");
    assertThat(checker.asCompared(bare).citations().get(0).name()).isEqualTo("Sul Gazette");
    assertThat(checker.timeline("Northtown")).extracting(e -> e.claim().outlet()).containsOnly("Sul Gazette");
    assertThat(bare.outlet()).isEqualTo("sulgazette.example");
  }

  @Test
  void aNameLearnedAfterBothReportsWereJudgedJudgesTheirKeyAgain() {
    OutletNames names = OutletNames.inMemory();
    CrossChecker checker = new CrossChecker(UnaryOperator.identity(), names::nameOf);
    Claim bare = claim("t1", "sulgazette.example", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-01", List.of());
    Claim named = claim("t2", "Sul Gazette", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-02", List.of());
    checker.add(List.of(bare, named));
    assertThat(checker.keyOf(bare).flatMap(checker::assessment).orElseThrow().status()).isEqualTo(Status.CORROBORATED);

    pageNamed(names, "https://www.sulgazette.example/news/3", "Sul Gazette - World");
    assertThat(checker.add(List.of())).singleElement().satisfies(a -> {
      assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
      assertThat(a.independentSources()).isEqualTo(1);
    });
    assertThat(checker.add(List.of())).isEmpty(); // nothing renamed since
  }

  @Test
  void twoSitesStayTwoSourcesWhenOneIsNamed() {
    OutletNames names = OutletNames.inMemory();
    pageNamed(names, "https://sulgazette.example/news/2", "Sul Gazette");
    CrossChecker checker = new CrossChecker(UnaryOperator.identity(), names::nameOf);
    Claim bare = claim("u1", "nortetimes.example", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-01", List.of());
    Claim named = claim("u2", "Sul Gazette", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-02", List.of());
    Claim alsoNamed = claim("u3", "sulgazette.example", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-08-02", List.of());
    checker.add(List.of(bare, named, alsoNamed));
    Assessment a = checker.keyOf(bare).flatMap(checker::assessment).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CORROBORATED);
    assertThat(a.sources()).containsExactlyInAnyOrder("nortetimes.example", "Sul Gazette");
  }

  /** An attack at Northtown by Eastland, said by {@code speaker} in a report of {@code outlet} out at {@code published}. */
  private static Claim reported(String id, String outlet, String speaker, String published) {
    return new Claim(id, "report-" + id, ClaimType.ATTACK, Party.ofSide("Eastland gunners", "Eastland"), Effect.GAIN, TOWN, null,
        null, Polarity.ASSERTED, Modality.CLAIMED, List.of(), new EventTime("2030-06-10", TimeRef.Granularity.DAY, true),
        new Party("org:" + speaker.toLowerCase(), speaker, null, null), outlet, OffsetDateTime.parse(published), List.of(), 0, 20,
        "Gunners shelled the ferry landing of Northtown.", 0.9, null);
  }

  @Test
  void sourcesOfOneDayAreNamedInTheOrderTheirReportsCameOutWhateverTheClaimIds() {
    // Claim ids hash where a report was read from: the same reports read from another folder get other ids.
    for (List<String> ids : List.of(List.of("claim:01", "claim:ff"), List.of("claim:ff", "claim:01"))) {
      CrossChecker checker = CrossChecker.withoutDuplicates();
      Claim morning = reported(ids.get(0), "Delta Herald", "Harbour Watch", "2030-06-10T08:00:00Z");
      Claim evening = reported(ids.get(1), "Upland Courier", "Ferry Pilots Guild", "2030-06-10T19:00:00Z");
      checker.add(List.of(evening, morning));
      Assessment a = checker.keyOf(morning).flatMap(checker::assessment).orElseThrow();
      assertThat(a.status()).isEqualTo(Status.CORROBORATED);
      assertThat(a.sources()).containsExactly("Harbour Watch", "Ferry Pilots Guild");
      assertThat(a.assertions()).extracting(Claim::outlet).containsExactly("Delta Herald", "Upland Courier");
    }
  }
}
