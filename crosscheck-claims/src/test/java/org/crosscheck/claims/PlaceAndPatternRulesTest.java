package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Places no gazetteer knows, names the tagger splits or mistakes, containers, and the control,
 * attack and denial phrasings added for reports nobody had seen. Sentences of our own about
 * made-up places in several countries.
 */
class PlaceAndPatternRulesTest {

  private static List<Claim> of(ClaimType type, Handmade article) {
    return article.claims(type);
  }

  private static List<String> summary(ClaimType type, Handmade article) {
    return of(type, article).stream().map(c -> c.place().surface() + " " + c.polarity()).toList();
  }

  private static Handmade sahel(String... paragraphs) {
    return Handmade.of(paragraphs).inMali();
  }

  @Test
  void anUnknownVillageAfterAPrepositionIsThePlaceEvenPastAGroupNameWithDigits() {
    assertThat(summary(ClaimType.ATTACK, sahel("Government troops repelled an attack by K7 militiamen on Tarnava on Sunday.")))
        .containsExactly("Tarnava ASSERTED");
  }

  @Test
  void aNameTheTaggerReadWholeIsNotCutToAKnownPart() {
    // "Sennar" alone is a town the gazetteer knows; the tagger read "Sennar Gharb" as one (person's) name.
    Handmade article = new Handmade().paragraph("Shelling hit Wad Madani again. Government troops recaptured Sennar Gharb on Monday.")
        .place("Wad Madani", 365137, "PPLA", "SD").name("Sennar Gharb", EntityType.PERSON);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Sennar Gharb ASSERTED");
  }

  @Test
  void aTaggedTailOfANameWithAJoinedArticleStandsForTheWholeName() {
    Handmade article = sahel("The militia fired rockets at a base in Wadi al-Hamra overnight.").name("Hamra", EntityType.LOCATION);
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Wadi al-Hamra ASSERTED");
  }

  @Test
  void anUnknownNameBeforePostIsThePlaceOfThePost() {
    assertThat(summary(ClaimType.CONTROL, sahel("Government troops took the Ridgeton post on Monday.")))
        .containsExactly("Ridgeton ASSERTED");
  }

  @Test
  void anUnknownNameBeforeAWharfOrJettyIsThePlaceOfTheSite() {
    assertThat(summary(ClaimType.CONTROL, sahel("Rebels seized the Ridgeton jetty on Monday.")))
        .containsExactly("Ridgeton ASSERTED");
    // A known modifier before the noun stays what it was: a group's name opens no place.
    assertThat(summary(ClaimType.CONTROL, sahel("Rebels took Tessit and the harbour on Monday.").name("Tessit", EntityType.LOCATION)))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void anUnknownNameBeforeATimePhraseIsStillTheObjectPlace() {
    // "the following month", "the next day": an article after a name opens a new phrase, so the name modifies nothing.
    assertThat(summary(ClaimType.ATTACK, sahel("The gunmen raided Tarnava the following week.")))
        .containsExactly("Tarnava ASSERTED");
    // A modifier stays one: no place where the name heads a noun.
    assertThat(summary(ClaimType.ATTACK, sahel("The gunmen raided Tessit and Tarnava villages the following week.")
        .name("Tessit", EntityType.LOCATION))).containsExactly("Tessit ASSERTED");
  }

  @Test
  void anUnknownNameAfterTheAirportOfIsTheSubjectPlaceOfAControlVerb() {
    assertThat(summary(ClaimType.CONTROL, sahel("The airport of Tarnava remains firmly held by our forces.")))
        .containsExactly("Tarnava ASSERTED");
    // A person's title "of" a place makes no subject place: the claim stays on the object.
    assertThat(summary(ClaimType.CONTROL, sahel("The mayor of Tarnava says the army still holds Tessit.").name("Tessit", EntityType.LOCATION)))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void thePostIsThePlaceNamedWithThatNounBefore() {
    Handmade article = sahel("Fighting went on around Tessit on Sunday. Rebels say they took the Ridgeton post.",
        "The army says the post remains in its hands.").name("Tessit", EntityType.LOCATION);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeton ASSERTED", "Ridgeton ASSERTED");
  }

  @Test
  void peopleTakenToAPlaceTakeNothing() {
    assertThat(of(ClaimType.CONTROL, sahel("Three wounded soldiers have been taken to the Tessit regional hospital."))).isEmpty();
  }

  @Test
  void aCorrectionDeniesWhatAnEarlierVersionSaid() {
    // The earlier version made the claim the correction withdraws: its claim and the outlet's denial both stand
    // (before: the denial alone).
    assertThat(of(ClaimType.CONTROL, sahel("Correction: An earlier version of this article said rebels had captured Tessit.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " by " + (c.claimant() == null ? "the outlet" : c.claimant().name()))
        .containsExactlyInAnyOrder("Tessit ASSERTED by An earlier version of this article", "Tessit DENIED by the outlet");
    assertThat(of(ClaimType.ATTACK, sahel("An earlier version wrongly said that gunmen had shelled Ridgeford on Monday.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " by " + (c.claimant() == null ? "the outlet" : c.claimant().name()))
        .containsExactlyInAnyOrder("Ridgeford ASSERTED by An earlier version", "Ridgeford DENIED by the outlet");
    // A named denier answering someone's "earlier version of events" is no correction: the denial stays theirs.
    assertThat(of(ClaimType.CONTROL, sahel("The rebels denied an earlier version of events in which they had captured Ridgeford.")))
        .extracting(c -> c.polarity() + " by " + (c.claimant() == null ? "the outlet" : c.claimant().name()))
        .containsExactly("DENIED by rebels");
  }

  @Test
  void anUnknownNameBeforePostOpeningTheSentenceIsTheSubjectPlace() {
    assertThat(summary(ClaimType.CONTROL, sahel("The Ridgeton post remains under the full control of government troops.")))
        .containsExactly("Ridgeton ASSERTED");
  }

  @Test
  void aKnownPlaceBeforeAStateForceNounNamesTheForceNotWhereItActs() {
    // Whose force it is, not where it fights: a region's (Dunmore's) or a state's.
    // The forces' taking and the rebels' loss, both at Tessit.
    assertThat(summary(ClaimType.CONTROL, sahel("Dunmore special forces drove the rebels out of Tessit on Friday.").place("Dunmore", 1010, "ADM1", "ML")))
        .containsExactly("Tessit ASSERTED", "Tessit ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Rebels attacked Dunmore army positions near Tessit at dawn.").place("Dunmore", 1010, "ADM1", "ML")))
        .containsExactly("Tessit ASSERTED");
    // An acronym names the force, whatever village a gazetteer spells so.
    assertThat(summary(ClaimType.CONTROL, sahel("KLF troops remain at Tessit.").place("KLF", 1011, "PPL", "ML")))
        .containsExactly("Tessit ASSERTED");
    // A town's name before a force noun is where: a phrase ending on it whose comma is left out.
    assertThat(summary(ClaimType.CONTROL, sahel("After the fall of Ridgeford government forces regrouped in Lakeside.")))
        .contains("Ridgeford ASSERTED");
    // After "in" the name is still where, and a force's post or station names its place.
    assertThat(summary(ClaimType.ATTACK, sahel("In Ridgeford soldiers repelled an attack on Monday.")))
        .containsExactly("Ridgeford ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Gunmen attacked the Lakeside police station on Monday.")))
        .containsExactly("Lakeside ASSERTED");
  }

  @Test
  void aNameWithAnElidedArticleIsOnePlace() {
    // French names elide "de la"/"de le" before a vowel: the words after the apostrophe are the same name.
    assertThat(summary(ClaimType.ATTACK, sahel("Gunmen attacked the police station of Pointe-de-l'Ormeau on Monday.")))
        .containsExactly("Pointe-de-l'Ormeau ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("The gang has held Mont-d'Aigle since March.")))
        .containsExactly("Mont-d'Aigle ASSERTED");
  }

  @Test
  void aLowerCaseArticleJoinedToANameOpensIt() {
    // Arabic names are written with their article joined to them: "al-Qasra" is the name, not "Qasra".
    assertThat(summary(ClaimType.CONTROL, sahel("Tribal fighters seized the bridge at al-Qasra on Monday.")))
        .containsExactly("al-Qasra ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Gunmen attacked positions near ash-Shuhayl overnight.")))
        .containsExactly("ash-Shuhayl ASSERTED");
  }

  @Test
  void aDenialPointingBackEndsWithItsClause() {
    Handmade article = sahel("The army says it recaptured Tessit.", "These are lies, and our fighters still hold Orlan.")
        .name("Orlan", EntityType.LOCATION);
    assertThat(summary(ClaimType.CONTROL, article)).contains("Orlan ASSERTED").doesNotContain("Orlan DENIED");
  }

  @Test
  void aNameTaggedInPartsAroundAParticleIsOnePlace() {
    Handmade article = sahel("Police now control all of Vila da Serra.")
        .name("Vila", EntityType.LOCATION).name("Serra", EntityType.LOCATION);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Vila da Serra ASSERTED");
  }

  @Test
  void placesBeforeAnActiveGainVerbWithAPossessiveObjectAreItsTakers() {
    Handmade article = sahel("The councils of Orlan and Tarnava have taken their dispute to court.")
        .name("Orlan", EntityType.LOCATION).name("Tarnava", EntityType.LOCATION);
    assertThat(of(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void anAcronymOrANameModifyingANounIsNoPlace() {
    assertThat(summary(ClaimType.ATTACK, sahel("The air force struck ZRF positions in Tessit.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Government troops repelled two Kel Adagh attacks on Tessit.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void aPlaceAfterInRightAfterAnotherPlaceOnlySaysWhereItLies() {
    Handmade article = sahel("Rebels captured the town of Orlan in the Kessa Highlands.").name("Kessa Highlands", EntityType.LOCATION);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Orlan ASSERTED");
  }

  @Test
  void aPlaceAfterInWithACompassOrUpperOnlySaysWhereTheOtherLies() {
    assertThat(summary(ClaimType.ATTACK, sahel("Gunmen attacked a post at Tessit, in the upper Kessa valley, on Monday.")
        .name("Kessa valley", EntityType.LOCATION))).containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Militiamen attacked army positions near Lakeside in north-east Kessa on Friday.")
        .name("Kessa", EntityType.LOCATION))).containsExactly("Lakeside ASSERTED");
  }

  @Test
  void anAreaNamedByItsNounAfterACommaOnlySaysWhereTheEventWas() {
    // The gazetteer does not know the district as a region; its noun says it is one.
    Handmade article = sahel("Gunmen ambushed a patrol near Tessit village, Kessa District, on Sunday.").name("Kessa District", EntityType.LOCATION);
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Mortar rounds hit Ridgeford, Orlan Township, overnight.").name("Orlan Township", EntityType.LOCATION)))
        .containsExactly("Ridgeford ASSERTED");
    // Names with no area noun after a comma are a list, each a place of the event.
    assertThat(summary(ClaimType.ATTACK, sahel("Mortar rounds hit Ridgeford, Lakeside and Tessit overnight.")))
        .containsExactlyInAnyOrder("Ridgeford ASSERTED", "Lakeside ASSERTED", "Tessit ASSERTED");
    // Names carrying one area noun are a list of like areas, neither inside the other.
    assertThat(summary(ClaimType.ATTACK, sahel("Mortar rounds hit Kessa district, Orlan district and Tessit overnight.")
        .place("Kessa", 7001, "PPL", "ML").place("Orlan", 7002, "PPL", "ML")))
        .contains("Kessa ASSERTED", "Orlan ASSERTED");
  }

  @Test
  void aNameSetOffByCommasAfterAnotherOnlySaysWhereItLies() {
    assertThat(summary(ClaimType.ATTACK, sahel("Gunmen ambushed a patrol in Tessit, Orlan, on Sunday.").name("Orlan", EntityType.LOCATION)))
        .containsExactly("Tessit ASSERTED");
    // A list goes on after its comma with "and" or another name.
    assertThat(summary(ClaimType.ATTACK, sahel("Mortar rounds hit Ridgeford, Lakeside, and Tessit overnight.")))
        .containsExactlyInAnyOrder("Ridgeford ASSERTED", "Lakeside ASSERTED", "Tessit ASSERTED");
  }

  @Test
  void aRegionAfterTownInOnlySaysWhereTheTownLies() {
    Handmade article = sahel("Rebels said they had seized Orlan, the last large town in the Kessa Highlands held by the army.")
        .name("Kessa Highlands", EntityType.LOCATION);
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Orlan ASSERTED");
  }

  @Test
  void aCaptureAfterAnAssaultIsAnAttackAsWell() {
    Handmade article = sahel("The army retook Lakeside after a four-day assault.");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.ATTACK, article)).containsExactly("Lakeside ASSERTED");
    assertThat(of(ClaimType.ATTACK, sahel("The army retook Lakeside on Friday."))).isEmpty();
  }

  @Test
  void aConditionSetOffInCommasAndAnAuxiliaryBeforeANounClaimNothing() {
    assertThat(of(ClaimType.CONTROL, sahel("The fall of Tessit, if confirmed, would open the road south."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, sahel("A deal would give the militia control of Tessit."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, sahel("Their goal was to retake Tessit before the rains."))).isEmpty();
  }

  @Test
  void aConcessionThatIsNotMadeLeavesTheWritersAssertion() {
    assertThat(summary(ClaimType.CONTROL, sahel("Malian officials have not acknowledged the loss of Tessit.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void aDenialOfAnotherActDeniesNoClaim() {
    assertThat(summary(ClaimType.CONTROL, sahel("Rebels said they captured Ridgeford.", "Mali denies arming the militia.")))
        .containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aDeniedFigureIsTheLatestCount() {
    Handmade article = sahel("Rebels said they captured Ridgeford and killed 40 soldiers.", "Malian officials dismissed the figure as false.");
    assertThat(summary(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED");
    assertThat(of(ClaimType.QUANTITY, article)).extracting(Claim::polarity).contains(Polarity.DENIED);
  }

  @Test
  void leavingAPlaceIsALossOnlyForTroopsAndOnlyWithADirectObject() {
    assertThat(of(ClaimType.CONTROL, sahel("Malian troops left Ridgeford on Sunday.")))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Ridgeford");
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
    assertThat(of(ClaimType.CONTROL, sahel("About 2,000 residents have left Ridgeford."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, sahel("The convoy left towards Ridgeford at dawn."))).isEmpty();
  }

  @Test
  void anActiveAttackVerbsSubjectIsTheAttackerNotTheTarget() {
    assertThat(summary(ClaimType.ATTACK, sahel("Tessit fighters shelled Lakeside overnight.")))
        .containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.ATTACK, sahel("Lakeside was shelled overnight."))).containsExactly("Lakeside ASSERTED");
  }

  @Test
  void aCapitalisedTriggerWordInsideANameIsNoTrigger() {
    assertThat(of(ClaimType.CONTROL, sahel("Patrols moved along the Line of Control near Tessit."))).isEmpty();
  }

  @Test
  void holdingPhrasesWithHandsAndHedgedCapturesAreControlClaims() {
    assertThat(summary(ClaimType.CONTROL, sahel("The army insists that Lakeside is still in its hands.")))
        .containsExactly("Lakeside ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("A blogger wrote that Tessit was \"all but taken\".")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void aOneLetterWordIsNoPlace() {
    Handmade h = Handmade.of("\"I watched the militia seize Tessit at dawn,\" a farmer said.").malianTowns().place("I", 6174041, "PPLA", "CA");
    for (ClaimType type : ClaimType.values()) {
      assertThat(h.claims(type)).allSatisfy(c -> assertThat(c.place() == null ? "" : c.place().surface()).isNotEqualTo("I"));
    }
    assertThat(h.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void anUnknownNameHeldOrLostInItsOwnClauseIsThePlace() {
    assertThat(summary(ClaimType.CONTROL, sahel("Tarnava is held by the army and allied militias.")))
        .containsExactly("Tarnava ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("\"Tarnava is ours,\" the commander said.")))
        .containsExactly("Tarnava ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Tarnava, the district capital, has not fallen.")))
        .containsExactly("Tarnava DENIED");
  }

  @Test
  void aCapitalisedCommonNounOpeningTheClauseIsNoPlaceHeld() {
    // The subject holds here, and a kind of person or a word written in lower case elsewhere is no name.
    assertThat(summary(ClaimType.CONTROL, sahel("Militiamen remain in control of Tessit.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Rain fell on the area. The army says Tessit is held by its troops. Rain is in the forecast.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("There was no loss of life. The army holds Tessit.")))
        .containsExactly("Tessit ASSERTED");
    // "Three of our comrades fell": the name heads a part of something else.
    assertThat(summary(ClaimType.CONTROL, sahel("Tessit remains under army control. Three of our comrades fell in the fighting.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void aPronounOrAnAdverbOpeningTheClauseIsNoPlaceHeld() {
    // "Everything", "Nothing", "Today" name nothing; before a noun with its own article the word is not the subject.
    assertThat(summary(ClaimType.CONTROL, sahel("Everything is under army control, the army said.", "The army holds Tessit.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Nothing has fallen, the army said.", "The army holds Tessit.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Today the road is held by rebels.", "The army holds Tessit.")))
        .containsExactly("Tessit ASSERTED");
    assertThat(summary(ClaimType.CONTROL, sahel("Elsewhere the road is held by rebels.", "The army holds Tessit.")))
        .containsExactly("Tessit ASSERTED");
  }

  @Test
  void anUnknownNameListedBeforeRemainIsOneOfTheList() {
    assertThat(summary(ClaimType.CONTROL, sahel("Tessit and Tarnava remain under army control.")))
        .containsExactly("Tessit ASSERTED", "Tarnava ASSERTED");
  }

  @Test
  void aNameReadAsAnOrganisationAfterThePostAtIsThePlace() {
    assertThat(summary(ClaimType.CONTROL, sahel("The militia abandoned its post at Tarnava Junction on Monday.")
        .name("Tarnava Junction", EntityType.ORGANIZATION))).containsExactly("Tarnava Junction ASSERTED");
    // Not where no site's noun puts it: the body itself.
    assertThat(summary(ClaimType.CONTROL, sahel("The militia abandoned its post at Tessit, Tarnava Relief said on Monday.")
        .name("Tarnava Relief", EntityType.ORGANIZATION))).containsExactly("Tessit ASSERTED");
  }
}
