package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/**
 * The cross-check as an analyst reads a developing story: outlets relaying one statement, a group
 * named in full in one report and by its acronym in another, a town claimed, denied and then
 * conceded, own dead given by a side, a week named without its day.
 */
class RelaysAndPhasesTest {

  private static final PlaceRef TOWN = new PlaceRef("geonames:7", 7, "Rivertown", "Rivertown", 10, 15);
  private static int counter;

  /** A claim about the town, stated in {@code sentence}, its event on {@code eventDay}, reported on {@code reportDay}. */
  private static Claim claim(String outlet, ClaimType type, String actorSide, Effect effect, Polarity polarity, Party claimant,
      String eventDay, String reportDay, String sentence) {
    return claim(TOWN, outlet, type, actorSide, effect, polarity, claimant, eventDay, reportDay, sentence);
  }

  /** The same about another place. */
  private static Claim claim(PlaceRef place, String outlet, ClaimType type, String actorSide, Effect effect, Polarity polarity,
      Party claimant, String eventDay, String reportDay, String sentence) {
    int n = counter++;
    String article = outlet + "/" + n;
    return new Claim(Claim.idOf(article, n, n + 1, type, place.entityId()), article, type,
        actorSide == null ? null : Party.ofSide(actorSide + " fighters", actorSide), effect, place, null,
        type == ClaimType.QUANTITY ? new Quantity("two", 2, 2, null, "soldiers", "casualties") : null, polarity, Modality.CLAIMED, List.of(),
        new EventTime(eventDay, TimeRef.Granularity.DAY, true), claimant, outlet, OffsetDateTime.parse(reportDay + "T12:00:00Z"),
        List.of(new CitationHop(CitationHop.Kind.OUTLET, outlet, null)), n, n + 1, sentence, 0.9, null);
  }

  private static Party group(String name, String side) {
    return new Party(null, name, null, side);
  }

  @Test
  void aPersonNamedWithAGroupsFullNameAndItsAcronymSpeaksForOneSide() {
    Party full = new Party("person:odu", "Sam Odu", "spokesman", "River Defence Front");
    Party acronym = new Party("person:odu", "Sam Odu", "spokesman", "RDF");
    Party bare = new Party("person:odu", "Sam Odu", null, null);
    Claim first = claim("Sahel Wire", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, full,
        "2031-04-12", "2031-04-12", "Sam Odu, a spokesman for the River Defence Front (RDF), said its fighters held Rivertown.");
    Claim second = claim("Frontline", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, acronym,
        "2031-04-13", "2031-04-13", "RDF spokesman Sam Odu said the town was calm.");
    Claim third = claim("Daily Post", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, bare,
        "2031-04-14", "2031-04-14", "Sam Odu said the fighters had held the town for a week.");
    CrossChecker checker = CrossChecker.withoutDuplicates();
    checker.add(List.of(first, second, third));
    assertThat(checker.timeline(TOWN.name())).filteredOn(e -> e.claim().id().equals(third.id()))
        .singleElement().extracting(e -> e.claim().claimantSide()).isEqualTo("RDF");
  }

  private static Assessment assessmentOf(CrossChecker checker, Claim c) {
    return checker.keyOf(c).flatMap(checker::assessment).orElseThrow();
  }

  @Test
  void outletsQuotingOneStatementWordForWordAreOneSource() {
    String quote = "Our forces have taken full control of the town and the enemy has fled";
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim first = claim("Lake Monitor", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the group", null),
        "2031-04-14", "2031-04-14", "\"" + quote + ",\" the group said in a statement.");
    Claim second = claim("Frontline", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("River Defence Front", "RDF"),
        "2031-04-14", "2031-04-14", "“" + quote + "!” the River Defence Front said on Wednesday.");
    Claim third = claim("Border Post", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED,
        new Party("person:spokesman", "Ali Musa", "spokesman", "RDF"), "2031-04-14", "2031-04-15",
        "Its spokesman Ali Musa said: \"" + quote.toUpperCase(java.util.Locale.ROOT) + "\"");
    checker.add(List.of(first, second, third));

    Assessment a = assessmentOf(checker, first);
    assertThat(a.independentSources()).isEqualTo(1);
    assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void differentWordsOrWordsOfTheOtherSideStayIndependent() {
    String quote = "the town is calm and fully in the hands of its residents";
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim local = claim("Lake Monitor", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("a trader", null),
        "2031-04-14", "2031-04-14", "A trader said \"fighters of the front patrol every crossroads in the town\".");
    Claim teacher = claim("Frontline", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("a teacher", null),
        "2031-04-14", "2031-04-14", "A teacher said the front's men \"took the prefecture on Tuesday night\".");
    checker.add(List.of(local, teacher));
    assertThat(assessmentOf(checker, local).independentSources()).isEqualTo(2);

    // The same words from speakers of two sides are two statements, however they came to match.
    CrossChecker sides = CrossChecker.withoutDuplicates();
    Claim east = claim("Lake Monitor", ClaimType.ATTACK, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the front", "RDF"),
        "2031-04-14", "2031-04-14", "The front said \"" + quote + "\".");
    Claim west = claim("Frontline", ClaimType.ATTACK, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the army", "Westland"),
        "2031-04-14", "2031-04-14", "The army said \"" + quote + "\".");
    sides.add(List.of(east, west));
    assertThat(assessmentOf(sides, east).independentSources()).isEqualTo(2);
  }

  @Test
  void aGroupIntroducedWithItsAcronymIsOneSideAcrossReports() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    // Its acronym keeps its own language's word order: Front de défense de la rivière, FDR.
    Claim full = claim("Sahel Wire", ClaimType.ATTACK, "River Defence Front", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-12", "2031-04-12", "Soldiers repelled an attack by the River Defence Front (FDR) on Rivertown.");
    Claim bare = claim("Lake Monitor", ClaimType.ATTACK, "FDR", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-12", "2031-04-13", "Residents said FDR fighters struck the gendarmerie post in Rivertown.");
    checker.add(List.of(bare));
    checker.add(List.of(full));

    ClaimKey key = checker.keyOf(bare).orElseThrow();
    assertThat(checker.keyOf(full)).contains(key);
    assertThat(key.side()).isEqualTo("FDR");
    assertThat(checker.assessment(key).orElseThrow().status()).isEqualTo(Status.CORROBORATED);
    assertThat(checker.asCompared(full).actorSide()).isEqualTo("FDR");
  }

  @Test
  void anAcronymLearnedLaterJudgesAgainOnlyWhatWasSaidUnderThatName() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim full = claim("Sahel Wire", ClaimType.ATTACK, "River Defence Front", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-12", "2031-04-12", "Residents said the River Defence Front struck Rivertown.");
    Claim bare = claim("Lake Monitor", ClaimType.ATTACK, "FDR", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-12", "2031-04-13", "Residents said FDR fighters struck the gendarmerie post in Rivertown.");
    Claim unrelated = claim(new PlaceRef("geonames:8", 8, "Hilltown", "Hilltown", 10, 16), "Lake Monitor", ClaimType.ATTACK, "Westland", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-12", "2031-04-13", "Westland troops shelled Hilltown.");
    checker.add(List.of(full, bare, unrelated));
    assertThat(checker.keyOf(full)).isNotEqualTo(checker.keyOf(bare));

    // A report about another town introduces the acronym: Rivertown's two sides become one.
    Claim elsewhere = claim(new PlaceRef("geonames:9", 9, "Lakeside", "Lakeside", 10, 17), "Capital Standard", ClaimType.ATTACK, "FDR", Effect.GAIN, Polarity.ASSERTED, null,
        "2031-04-14", "2031-04-14", "The River Defence Front (FDR) attacked a patrol near Lakeside.");
    List<Assessment> changed = checker.add(List.of(elsewhere));

    assertThat(checker.keyOf(full)).isEqualTo(checker.keyOf(bare));
    assertThat(checker.assessment(checker.keyOf(bare).orElseThrow()).orElseThrow().status()).isEqualTo(Status.CORROBORATED);
    assertThat(changed).extracting(a -> a.key().placeName()).contains("Rivertown", "Lakeside").doesNotContain("Hilltown");
  }

  @Test
  void acronymsAreLearnedOnlyWhenTheirLettersAreTheNamesInitials() {
    Acronyms acronyms = new Acronyms();
    assertThat(acronyms.learn("The town of Rivertown (AP) was quiet.")).isEmpty();
    assertThat(acronyms.learn("the UN Office for the Coordination of Humanitarian Affairs (OCHA) said"))
        .containsExactly("office for the coordination of humanitarian affairs");
    assertThat(acronyms.learn("the FDR (River Defence Front) said")).containsExactly("river defence front");
    assertThat(acronyms.fold("Office for the Coordination of Humanitarian Affairs")).isEqualTo("OCHA");
    assertThat(acronyms.fold("the River Defence Front")).isEqualTo("FDR");
    assertThat(acronyms.fold("River Defence Front (FDR)")).isEqualTo("FDR");
    assertThat(acronyms.fold("Rivertown")).isEqualTo("Rivertown");
  }

  @Test
  void anAcronymTwoNamesShareFoldsNeither() {
    Acronyms acronyms = new Acronyms();
    assertThat(acronyms.learn("fighters of the Popular Front (PF) entered the town")).containsExactly("popular front");
    assertThat(acronyms.fold("Popular Front")).isEqualTo("PF");
    assertThat(acronyms.learn("the rival Patriotic Front (PF) said it held the bridge"))
        .as("the first name no longer folds; the second never did").containsExactly("popular front");
    assertThat(acronyms.fold("Popular Front")).isEqualTo("Popular Front");
    assertThat(acronyms.fold("Patriotic Front")).isEqualTo("Patriotic Front");
    assertThat(acronyms.learn("the Popular Front (PF) denied it")).isEmpty();
  }

  @Test
  void anAcronymIsSpelledOutByTheCapitalisedWordsRightBeforeItsBracket() {
    assertThat(Acronyms.spelledOut("Police of the Lake Coast Region (LCRP) patrols said", "LCRP")).isEqualTo("Police of the Lake Coast Region");
    assertThat(Acronyms.spelledOut("In 2020, 12 (LCRP) men left; later the Lake Coast Police (LCRP) came.", "LCRP"))
        .as("the first bracket follows no name; the second does").isEqualTo("Lake Coast Police");
    assertThat(Acronyms.spelledOut("the river’s Coast Guard’s Marine Unit (CGMU) said", "CGMU")).isEqualTo("Coast Guard’s Marine Unit");
    assertThat(Acronyms.spelledOut("One Two Three Four Five Six Seven Eight (OTTF) said", "OTTF"))
        .as("at most six capitalised words").isEqualTo("Three Four Five Six Seven Eight");
    assertThat(Acronyms.spelledOut("soldiers of the (LCRP) said, as LCRP did", "LCRP")).isNull();
    assertThat(Acronyms.spelledOut("the Lake Coast Police (LCR) said", "LCRP")).isNull();
  }

  @Test
  void aTownClaimedDeniedThenConcededShowsBothPhasesWithTheirDates() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim taken = claim("Lake Monitor", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the front", "RDF"),
        "2031-04-14", "2031-04-14", "The front said it had captured Rivertown.");
    Claim denied = claim("Capital Standard", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.DENIED,
        group("the defence ministry", "Westland"), "2031-04-14", "2031-04-14", "The ministry denied that the town had fallen.");
    // Conceded two days later, of a withdrawal on the day of the claim: the phase starts when it was said.
    Claim conceded = claim("Maroua Tribune", ClaimType.CONTROL, "Westland", Effect.LOSS, Polarity.CONCEDED,
        group("the defence ministry", "Westland"), "2031-04-14", "2031-04-16", "The ministry acknowledged its troops had withdrawn from Rivertown.");
    checker.add(List.of(taken, denied, conceded));

    Assessment a = assessmentOf(checker, taken);
    assertThat(a.status()).isEqualTo(Status.CONCEDED);
    assertThat(a.phases()).extracting(Assessment.Phase::status).containsExactly(Status.CONTESTED, Status.CONCEDED);
    assertThat(a.phases().get(0).days()).isEqualTo("2031-04-14");
    assertThat(a.phases().get(0).reasoning()).contains("the front").contains("the defence ministry");
    assertThat(a.phases().get(1).days()).isEqualTo("2031-04-16");
  }

  @Test
  void aStatusThatNeverChangedHasNoPhases() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim taken = claim("Lake Monitor", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the front", "RDF"),
        "2031-04-14", "2031-04-14", "The front said it had captured Rivertown.");
    Claim denied = claim("Capital Standard", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.DENIED,
        group("the defence ministry", "Westland"), "2031-04-14", "2031-04-14", "The ministry denied that the town had fallen.");
    Claim again = claim("Border Post", ClaimType.CONTROL, "RDF", Effect.GAIN, Polarity.ASSERTED, group("the front", "RDF"),
        "2031-04-14", "2031-04-17", "The front repeated that it held Rivertown.");
    checker.add(List.of(taken, denied, again));
    assertThat(assessmentOf(checker, taken).phases()).isEmpty();
  }

  @Test
  void aSideGivingItsOwnDeadSettlesNoQuestionOfHowMany() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    Claim ownDead = claim("Sahel Wire", ClaimType.QUANTITY, "Westland", Effect.NONE, Polarity.CONCEDED,
        group("the defence ministry", "Westland"), "2031-04-12", "2031-04-12", "Two soldiers were killed, the ministry said.");
    checker.add(List.of(ownDead));
    assertThat(assessmentOf(checker, ownDead).status()).isEqualTo(Status.SINGLE_SOURCE);
  }

  @Test
  void aWeekStaysAWeek() {
    EventTime thisWeek = new EventTime("2027-W15", TimeRef.Granularity.WEEK, true);
    // Said on the Saturday of that week: the report's day stands for it when grouping...
    assertThat(thisWeek.day(OffsetDateTime.parse("2027-04-17T19:10:00Z"))).hasToString("2027-04-17");
    // ... and a week before the report's is placed at its middle, not on the report's day.
    assertThat(thisWeek.day(OffsetDateTime.parse("2027-05-01T10:00:00Z"))).hasToString("2027-04-15");
    // A timeline puts it at the start of its week, as it puts a month at its start.
    assertThat(thisWeek.sortKey()).isEqualTo("2027-04-12");
    assertThat(new EventTime("2027-04-14", TimeRef.Granularity.DAY, true).sortKey()).isEqualTo("2027-04-14");
  }

  @Test
  void quotedPassagesRunToTheSentencesEdges() {
    assertThat(Quotations.passages("He said \"pure propaganda\" today.")).isEmpty();
    assertThat(Quotations.passages("“Our units remain in position in the town,” the statement said."))
        .containsExactly("our units remain in position in the town");
    // The sentence opens inside a quotation begun in the sentence before.
    assertThat(Quotations.passages("The town remains under our full control,\" the spokesman said."))
        .containsExactly("the town remains under our full control");
    // And one never closed runs on into the next sentence.
    assertThat(Quotations.passages("\"Yagoua has not fallen to the militia.")).containsExactly("yagoua has not fallen to the militia");
  }
}
