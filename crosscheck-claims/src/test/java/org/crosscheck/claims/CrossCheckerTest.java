package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  void sidesDisagreeingAboutAPlaceIsContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim taken = claim("a1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-03-02", List.of());
    Claim denied = claim("a2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.DENIED,
        person("Colonel West", "Westland"), "2030-03-03", List.of());
    checker.add(List.of(taken, denied));
    Assessment a = checker.assessment(CrossChecker.keyOf(taken)).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
    assertThat(a.reasoning()).contains("General East").contains("Colonel West");
  }

  @Test
  void bothSidesClaimingToHoldThePlaceIsContested() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim east = claim("b1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-03-02", List.of());
    Claim west = claim("b2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Colonel West", "Westland"), "2030-03-20", List.of());
    checker.add(List.of(east, west));
    assertThat(checker.assessment(CrossChecker.keyOf(east)).orElseThrow().status()).isEqualTo(Status.CONTESTED);
  }

  @Test
  void twoIndependentSourcesCorroborate() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim staff = claim("c1", "Outlet A", ClaimType.ATTACK, "Eastland", Effect.LOSS, Polarity.ASSERTED,
        new Party("org:staff", "General Staff", null, "Westland"), "2030-03-02", List.of());
    Claim osint = claim("c2", "Open Map Blog", ClaimType.ATTACK, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        null, "2030-03-04", List.of());
    checker.add(List.of(staff, osint));
    Assessment a = checker.assessment(CrossChecker.keyOf(staff)).orElseThrow();
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
    Assessment a = checker.assessment(CrossChecker.keyOf(one)).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(a.independentSources()).isEqualTo(1);

    Claim relayA = claim("e1", "Outlet C", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-04-03", List.of(new CitationHop(CitationHop.Kind.OUTLET, "The Capital Post", "reported")));
    Claim relayB = claim("e2", "Outlet D", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2030-04-03", List.of(new CitationHop(CitationHop.Kind.OUTLET, "Capital Post", "according to")));
    checker.add(List.of(relayA, relayB));
    assertThat(checker.assessment(CrossChecker.keyOf(one)).orElseThrow().independentSources()).isEqualTo(2);
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
    Assessment a = checker.assessment(CrossChecker.keyOf(original)).orElseThrow();
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aLossStatedByTheLosingSideIsConceded() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim loss = claim("f1", "Outlet A", ClaimType.CONTROL, "Eastland", Effect.LOSS, Polarity.CONCEDED,
        person("Blogger North", "Eastland"), "2030-06-01", List.of());
    Claim denial = claim("f2", "Outlet B", ClaimType.CONTROL, "Eastland", Effect.LOSS, Polarity.DENIED,
        person("General East", "Eastland"), "2030-06-02", List.of());
    checker.add(List.of(loss, denial));
    assertThat(checker.assessment(CrossChecker.keyOf(loss)).orElseThrow().status()).isEqualTo(Status.CONCEDED);
  }

  @Test
  void statusesUpdateAsReportsArriveAndTheTimelineIsInEventOrder() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim later = claim("g1", "Outlet A", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Spokesman Vale", "Westland"), "2030-07-20", List.of());
    List<Assessment> changed = checker.add(List.of(later));
    assertThat(changed).singleElement().extracting(Assessment::status).isEqualTo(Status.SINGLE_SOURCE);

    Claim second = claim("g2", "Outlet B", ClaimType.CONTROL, "Westland", Effect.GAIN, Polarity.ASSERTED,
        person("Mayor Hill", "Westland"), "2030-07-21", List.of());
    assertThat(checker.add(List.of(second))).singleElement().extracting(Assessment::status).isEqualTo(Status.CORROBORATED);

    Claim earlier = claim("g3", "Outlet C", ClaimType.CONTROL, "Eastland", Effect.GAIN, Polarity.ASSERTED,
        person("General East", "Eastland"), "2030-07-02", List.of());
    assertThat(checker.add(List.of(earlier))).singleElement().extracting(Assessment::status).isEqualTo(Status.CONTESTED);
    assertThat(checker.add(List.of(earlier))).isEmpty(); // the same claim again changes nothing

    List<TimelineEntry> timeline = checker.timeline("Northtown");
    assertThat(timeline).extracting(e -> e.eventTime().value()).containsExactly("2030-07-02", "2030-07-20", "2030-07-21");
    assertThat(timeline).allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.CONTESTED));
  }
}
