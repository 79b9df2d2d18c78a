package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Rules that look past the trigger's own words: places referred back to ("the city"), labels
 * before a colon, the sentence's other event, past events, modal and object scope, claim
 * nouns and concessions. Sentences of our own about made-up places in several countries; the
 * reports are published on 2031-03-10.
 */
class ContextRulesTest {

  private static List<Claim> of(ClaimType type, Handmade article) {
    return article.claims(type);
  }

  private static List<String> summary(ClaimType type, Handmade article) {
    return of(type, article).stream().map(c -> c.place().name() + " " + c.polarity()).toList();
  }

  private static Handmade sahel(String... paragraphs) {
    return Handmade.of(paragraphs).inMali();
  }

  /** The control claims of {@code sentence} told after a paragraph that names San Lorenzo as the scene of fighting. */
  private static List<String> controlAfterFighting(String sentence) {
    return summary(ClaimType.CONTROL, andes("Fighting continued around San Lorenzo on Monday.", sentence));
  }

  private static Handmade andes(String... paragraphs) {
    return Handmade.of(paragraphs).place("San Lorenzo", 3001, "PPL", "CO").place("Vega Alta", 3002, "PPL", "CO").place("Colombia", 3686110, "PCLI", "CO");
  }

  @Test
  void theCityRefersBackToThePlaceNamedBefore() {
    assertThat(controlAfterFighting("Colombian officials say their troops still hold the city."))
        .containsExactly("San Lorenzo ASSERTED");
  }

  @Test
  void theTownInACompoundIsNotThePlace() {
    assertThat(controlAfterFighting("Guerrilla units still hold the town hall, residents said.")).isEmpty();
  }

  @Test
  void aPartOfTheTownIsTheTown() {
    assertThat(controlAfterFighting("Guerrilla units still hold the town centre, residents said."))
        .containsExactly("San Lorenzo ASSERTED");
    // A name after "of" is the part's own place.
    assertThat(controlAfterFighting("Guerrilla units still hold the town square of Vega Alta, residents said."))
        .containsExactly("Vega Alta ASSERTED");
  }

  @Test
  void aQuarterToldByItsDirectionIsTheTown() {
    assertThat(controlAfterFighting("Residents said guerrilla units control the northern quarter."))
        .containsExactly("San Lorenzo ASSERTED");
    assertThat(controlAfterFighting("Guerrilla units took the eastern half on Tuesday and still hold its western neighbourhoods."))
        .containsOnly("San Lorenzo ASSERTED");
    // A name after it, or an area named before it, is where the quarter lies, not the town.
    assertThat(controlAfterFighting("Residents said guerrilla units control the eastern districts in Meta department."))
        .doesNotContain("San Lorenzo ASSERTED");
    assertThat(controlAfterFighting("In Meta department, guerrilla units control the northern districts."))
        .doesNotContain("San Lorenzo ASSERTED");
  }

  @Test
  void bothTownsAreEachOfThePlacesListedBefore() {
    assertThat(summary(ClaimType.CONTROL, andes(
        "Guerrilla units were seen near San Lorenzo and Vega Alta in March.",
        "The army says its troops now control both towns.")))
        .containsExactlyInAnyOrder("San Lorenzo ASSERTED", "Vega Alta ASSERTED");
    // With no list of as many places before, the plural refers to nothing the text names.
    assertThat(controlAfterFighting("The army says its troops now control both towns."))
        .isEmpty();
  }

  @Test
  void aWharfOrPoliceSeatStandsForTheTown() {
    assertThat(controlAfterFighting("Guerrilla units seized the wharf before dawn."))
        .containsExactly("San Lorenzo ASSERTED");
    assertThat(controlAfterFighting("Guerrilla units took control of the police headquarters on Tuesday."))
        .containsExactly("San Lorenzo ASSERTED");
    // A place named after the site is its own.
    assertThat(controlAfterFighting("Guerrilla units seized the wharf at Vega Alta before dawn."))
        .containsExactly("Vega Alta ASSERTED");
  }

  @Test
  void aMilitaryPositionStandsForThePlaceNamedBefore() {
    assertThat(summary(ClaimType.CONTROL, sahel(
        "Militants attacked the army post at Tessit on Monday.",
        "The position remained under army control, the ministry said.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void theCityPrefersAPlaceNamedEarlierInItsOwnSentence() {
    Handmade article = andes(
        "San Lorenzo was shelled again. San Lorenzo is cut off.",
        "The army has claimed several towns, including Vega Alta, where the guerrillas say they still hold the city.");
    assertThat(of(ClaimType.CONTROL, article)).extracting(c -> c.place().name()).contains("Vega Alta").doesNotContain("San Lorenzo");
  }

  @Test
  void aScareQuotedTriggerNounStillClaims() {
    assertThat(summary(ClaimType.CONTROL, sahel("The junta said its troops had completed the \"liberation\" of Tessit.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void aModalGovernsOnlyTheVerbRightAfterIt() {
    assertThat(summary(ClaimType.CONTROL, sahel("The junta tried to use the claimed capture of Lakeside as leverage in talks.")))
        .containsExactly("Lakeside ASSERTED");
    assertThat(of(ClaimType.CONTROL, sahel("The militia tried to quickly seize Lakeside last week."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, sahel("The militia would soon have taken Lakeside without air cover."))).isEmpty();
  }

  @Test
  void aPersonAfterAConjunctionIsNotTheTriggersObject() {
    Handmade article = sahel("\"The town of Ridgeford has been liberated and our fighters are securing the bridge,\" Ousmane Keita wrote.")
        .name("Ousmane Keita", EntityType.PERSON);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void placesLabellingASentenceBeforeAColonAreWhereItsEventsHappen() {
    assertThat(summary(ClaimType.ATTACK, sahel("Lakeside and Tessit, on the eastern bank: militia attacks continue daily.")))
        .containsExactly("Lakeside ASSERTED", "Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Ridgeford: footage shows soldiers raising a Malian flag near the mosque.")))
        .containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aRepelledAttackWithoutAPlaceHappensWhereTheSentencesOtherEventDoes() {
    assertThat(summary(ClaimType.ATTACK, andes("Colombian troops still hold San Lorenzo and have repelled guerrilla attempts to advance.")))
        .containsExactly("San Lorenzo ASSERTED");
    // Without a repulse or a count, a second verb's place is no guess for the attack.
    assertThat(of(ClaimType.ATTACK, sahel("Malian troops had occupied a hill outside Tessit and opened fire on a patrol.")))
        .isEmpty();
  }

  @Test
  void aCoordinatedControlVerbWithAPartAsObjectIsAboutThePlaceBefore() {
    assertThat(summary(ClaimType.CONTROL, andes("Guerrilla units have pushed into San Lorenzo and control much of the south.")))
        .containsExactly("San Lorenzo ASSERTED");
  }

  @Test
  void anAttackNounNamingAUnitIsNoAttack() {
    assertThat(of(ClaimType.ATTACK, andes("Footage shows assault units resting in Vega Alta."))).isEmpty();
  }

  @Test
  void aPastEventIsAClaimWithItsOwnEventTime() {
    List<Claim> old = of(ClaimType.CONTROL, sahel("The militia overran Lakeside in February 2029, long before the truce.")
        .time("February 2029", "2029-02"));
    assertThat(old).extracting(c -> c.place().name() + " " + c.eventTime().value()).containsExactly("Lakeside 2029-02");
    assertThat(summary(ClaimType.CONTROL, sahel("The militia seized Lakeside in February 2031.").time("February 2031", "2031-02")))
        .containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("The militia has controlled Lakeside since January 2027.").time("January 2027", "2027-01")))
        .containsExactly("Lakeside ASSERTED");
  }

  @Test
  void aDateThatIsOnlyAPointOfComparisonIsNoEventTime() {
    assertThat(of(ClaimType.CONTROL, sahel("The militia overran Lakeside, the heaviest fighting there since the drought of 2024.")
        .time("2024", "2024")))
        .extracting(c -> c.eventTime().value() + " " + c.eventTime().fromText()).containsExactly("2031-03-10 false");
    assertThat(of(ClaimType.CONTROL, sahel("The militia overran Lakeside faster than in 2024.").time("2024", "2024")))
        .extracting(c -> c.eventTime().value()).containsExactly("2031-03-10");
  }

  @Test
  void whoTheTownWasTakenFromIsNoSecondPlace() {
    Handmade article = sahel("The army said it had recaptured the town of Ridgeford from Ansar Dine.").name("Ansar Dine", EntityType.LOCATION);
    assertThat(of(ClaimType.CONTROL, article)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void aRegionsSeatNamedWithoutTheWordRegionIsAPlace() {
    Handmade article = sahel("Militia fighters ambushed army convoys near Tessit and near Gao.").place("Gao", 2457161, "ADM1", "ML");
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Tessit ASSERTED", "Gao ASSERTED");
    Handmade region = sahel("Militia fighters ambushed an army convoy near Tessit in Gao region.").place("Gao", 2457161, "ADM1", "ML");
    assertThat(summary(ClaimType.ATTACK, region)).containsExactly("Tessit ASSERTED");
  }

  @Test
  void aClaimNounAfterTheSpeakersOwnClaimDeniesTheEarlierOne() {
    Handmade article = sahel(
        "The Azawad Front said it had taken Ridgeford.",
        "Mali's army said its units remain in position in Ridgeford and described the militia's claim as pure propaganda.")
        .name("Azawad Front", EntityType.ORGANIZATION);
    List<Claim> claims = of(ClaimType.CONTROL, article);
    assertThat(claims).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactly("Ridgeford ASSERTED", "Ridgeford ASSERTED", "Ridgeford DENIED");
    assertThat(claims.get(2).deniesClaimId()).isEqualTo(claims.get(0).id());
  }

  @Test
  void aDenialOfAClaimNounEndsAtTheNextCoordinatedVerb() {
    Handmade article = andes(
        "Guerrilla commanders said they had captured San Lorenzo.",
        "Colombia's army denied the claims and launched an offensive on Vega Alta.");
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Vega Alta ASSERTED");
  }

  @Test
  void aDenialTellingWhatBefellPeopleDeniesTheCountNotTheTakingToldBefore() {
    Handmade article = andes(
        "Guerrilla commanders said they had captured San Lorenzo and killed 12 soldiers.",
        "Colombia's army denied that any of its soldiers had been killed.");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("San Lorenzo ASSERTED");
    assertThat(of(ClaimType.QUANTITY, article)).extracting(Claim::polarity).contains(Polarity.DENIED);
  }

  @Test
  void aDenialTellingATakingWhosePlaceIsNotFoundDeniesTheHoldingNotAnAttackToldSince() {
    // "Hillcrest" is a name the tagger missed: the taking denied points back to the holding told before, not the raid.
    Handmade article = Handmade.of("Rebels said they took Ridgeford.", "Rebels raided Lakeside on Monday.",
        "The ministry dismisses as baseless the talk that Hillcrest's garrison has fallen.").inMali();
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED", "Ridgeford DENIED");
  }

  @Test
  void aDenialThatAForceFledDeniesTheHoldingNotAnAttackToldSince() {
    Handmade article = Handmade.of("Rebels said they took Ridgeford.", "Rebels raided Lakeside on Monday.",
        "The army denied that its soldiers had fled.").inMali();
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED", "Ridgeford DENIED");
  }

  @Test
  void aDenialTellingATakingAndAnAttackMayDenyTheAttackToldBefore() {
    Handmade article = Handmade.of("Rebels said they took Ridgeford.", "Herders raided Lakeside on Monday.",
        "The breeders' cooperative denied that its volunteers had ever taken part in the raid.").inMali();
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Lakeside ASSERTED", "Lakeside DENIED");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aDenialThatASideTookPartDeniesTheAttackNotTheTakingToldSince() {
    Handmade article = Handmade.of("Herders raided Lakeside on Monday.", "Rebels said on Tuesday they took Ridgeford.",
        "The breeders' cooperative denied that any of its volunteers took part.").inMali();
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Lakeside ASSERTED", "Lakeside DENIED");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void claimsOfControlCalledUntrueAreDenied() {
    assertThat(summary(ClaimType.CONTROL, andes(
        "The army said fighting continued and that guerrilla claims of control over Vega Alta were not true.")))
        // The guerrillas' claim stands beside the army's denial (session 21: "claims of control" name the claim
        // as "claims that they control" do, and the gold halves annotate both).
        .containsExactlyInAnyOrder("Vega Alta ASSERTED", "Vega Alta DENIED");
  }

  @Test
  void theLosersOwnSideConcedingALossIsAConcession() {
    Handmade article = sahel("The Sahel Courier reported that Malian bloggers have begun conceding that Tessit is no longer under Malian control.")
        .name("Sahel Courier", EntityType.ORGANIZATION);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Tessit CONCEDED");
  }

  @Test
  void aFactChecksNumberedItemHeadingWithItsVerdictClaimsNothingItsBodyDoes() {
    // Before: the heading's quoted claim was read as the checker's own, a capture of Ridgeford and an attack on Lakeside.
    Handmade checked = sahel("3. \"Rebels have taken Ridgeford and shelled Lakeside.\" Rating: false.",
        "Posts shared on Friday claimed that rebels had taken Ridgeford; the mayor says soldiers still hold the town.");
    assertThat(of(ClaimType.CONTROL, checked)).isNotEmpty().allSatisfy(c -> assertThat(c.sentence()).startsWith("Posts shared"));
    // The body tells no attack: the heading's shelling was its only one.
    assertThat(of(ClaimType.ATTACK, checked)).isEmpty();
    // A numbered paragraph with no verdict is a report's own: "2. Rebels have taken Ridgeford, the army said."
    assertThat(summary(ClaimType.CONTROL, sahel("2. Rebels have taken Ridgeford, the army said."))).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aFactChecksBodyRunOnInItsHeadingsParagraphStillClaims() {
    // Before: every claim of the paragraph went with its heading, the body's raid and taking too.
    Handmade checked = sahel("3. \"Rebels have taken Ridgeford.\" Rating: false. The army said on Monday that rebels raided Lakeside and took Tessit.");
    assertThat(summary(ClaimType.CONTROL, checked)).containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.ATTACK, checked)).containsExactly("Lakeside ASSERTED");
  }
}
