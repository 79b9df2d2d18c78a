package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A place name that only begins another kind of name (a force, an institution) or an address,
 * or that only locates another place, is not where a claim happens (round 28).
 */
class NamesThatAreNotPlacesTest {

  /** The places of the claims of one type in {@code text}, about the made-up Malian towns. */
  private static List<String> placesOf(ClaimType type, String text) {
    return Handmade.of(text).malianTowns().claims(type).stream().map(c -> c.place().name()).toList();
  }

  private static Handmade about(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().place("Kayes", 2455518, "ADM1", "ML")
        .name("Kayes Police", EntityType.ORGANIZATION);
  }

  @Test
  void aRegionNamingAPoliceForceIsNotTheClaimsPlace() {
    assertThat(about("The situation in Ridgeford is under control and the post is manned by the Kayes Police.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aCapitalNamedForItsGovernmentIsNoPlaceAtAParagraphsEndEither() {
    // Nothing else names a town here: "the town" is none at all, not the capital.
    Handmade article = about("Rebels said on Monday that they had driven out the forces of the Bamako government.",
        "Residents said the rebels held the town.").place("Bamako", 2460596, "PPLC", "ML");
    assertThat(article.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).doesNotContain("Bamako");
  }

  @Test
  void aPlaceBeforeAForcesCapitalisedHeadNounIsNoPlaceEvenUntagged() {
    assertThat(Handmade.of("Gunmen fired upon a convoy of the Tessit Rifles on the main road.").malianTowns()
        .claims(ClaimType.ATTACK)).allSatisfy(c -> assertThat(c.place()).isNull());
  }

  @Test
  void aSiteNamedForItsPlaceKeepsThePlace() {
    assertThat(placesOf(ClaimType.ATTACK, "Gunmen attacked the Tessit Police Station on Sunday night.")).containsOnly("Tessit");
  }

  @Test
  void aSitesOwnNameBeforeAtAPlaceIsNotThePlace() {
    // The tagger reads the site's capitalised name as a place; the town after "at" is where it stands.
    assertThat(Handmade.of("Gunmen stormed the Northern Supply Base at Ridgeford on Monday night.")
        .name("Northern Supply Base", EntityType.LOCATION).malianTowns().claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aSiteNameOpeningWithItsNounBeforeNearAPlaceIsNotThePlace() {
    assertThat(Handmade.of("Rebels shelled Camp Halvorsen near Ridgeford on Monday night.")
        .name("Camp Halvorsen", EntityType.LOCATION).malianTowns().claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aNumberedWardIsAnAddressNotATown() {
    assertThat(Handmade.of("Gunmen took Ridgeford on Sunday. They also set fire to abandoned houses at Ward No. 3 during the fighting.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).doesNotContain("Ward No", "Ward");
  }

  @Test
  void aPlaceTheTaggerReadAsAPersonIsStillAPlaceAfterTheTownOf() {
    assertThat(Handmade.of("The army said it had recaptured the town of Ceel Dheer from the rebels.")
        .name("Ceel Dheer", EntityType.PERSON).malianTowns().claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ceel Dheer");
  }

  @Test
  void aPlaceADistanceIsMeasuredFromIsNotTheTown() {
    assertThat(Handmade.of("Residents of Ridgeford, about 70 km south of Lakeside, said gunmen had overrun the military base on the edge of the town on Monday night.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).doesNotContain("Lakeside");
  }

  @Test
  void wherePostedSpeakerIsIsNotTheTownTheyTellOf() {
    // The speaker sits in the capital; the town the report tells of is Ridgeford, named before.
    assertThat(Handmade.of("Gunmen attacked Ridgeford on Monday night.",
        "An army officer in Lakeside, who asked not to be named, said the gunmen still held the town on Tuesday.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aPlaceADirectionLocatesFromIsNotTheTown() {
    assertThat(Handmade.of("In Ridgeford, west of Lakeside, the rebels say they have held the town since Sunday.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
    // A district located by the direction leaves the settlement it lies beside as the town.
    assertThat(Handmade.of("Residents of Kobo district, west of Lakeside, say the rebels have held the town since Sunday.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Lakeside");
  }

  @Test
  void thePronounIAfterAClaimWordIsNoPlaceThoughAGazetteerNamesOneSo() {
    // A model that takes every place it is shown: what matters is which places the sentence offers.
    ClaimExtractor takesAll = ClaimExtractor.rulesOnly(Handmade.gazetteer())
        .withSpotter(new ClaimSpotter(java.util.Map.of("C|bias", 9.0, "A|bias", 9.0), 0.5, 0.0));
    var spoken = Handmade.of("COMMISSIONER: We control the bridge, but I won't pretend the road is safe.").malianTowns().build();
    assertThat(takesAll.extract(spoken)).filteredOn(c -> c.place() != null).extracting(c -> c.place().surface()).doesNotContain("I");
  }

  @Test
  void aNameNoGazetteerPlacesBeforeAGroupNounIsTheGroupNotWhereItActs() {
    assertThat(Handmade.of("Police say they retook the bridge on Saturday after it had been held for two days by Kombari fighters.",
        "A post said Kombari fighters had \"taken over Ridgeford\".").malianTowns().name("Kombari", EntityType.LOCATION)
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aPlaceNamedLikeTheActorIsTheActorNotWhereItActs() {
    // A group's name the tagger and resolver took for a place (a village named so): it acts, it is not where.
    assertThat(Handmade.of("Officials said the Houthis had held Ridgeford and Lakeside since the truce.").malianTowns()
        .place("Houthis", 1004, "PPL", "ML").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford", "Lakeside");
  }

  @Test
  void aSideNamedAfterItsHomeStillActsThereWhenTheSentenceNamesItApart() {
    // The town named twice: once in the side's name, once as where the side acts (review14).
    assertThat(Handmade.of("Tessit militias clashed with rival fighters in Tessit on Sunday.").malianTowns().claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(Handmade.of("Ridgeford militias control most of Ridgeford and Lakeside, officials said.").malianTowns().claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactlyInAnyOrder("Ridgeford", "Lakeside");
    // Named again as the side, not as a place: still the actor.
    assertThat(Handmade.of("Officials said the Houthis had held Ridgeford and Lakeside, which remain in Houthis' hands.").malianTowns()
        .place("Houthis", 1004, "PPL", "ML").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford", "Lakeside");
  }

  @Test
  void aKnownTownBeforeAGroupNounIsStillWhereTheGroupActs() {
    assertThat(placesOf(ClaimType.CONTROL, "After capturing Ridgeford rebels pushed on to Lakeside.")).contains("Ridgeford");
  }

  @Test
  void theAreaAVillageLiesInOnlyLocatesIt() {
    assertThat(Handmade.of("The army said its troops had regained control of Ridgeford, a village in the rural area of Lakeside that the rebels had entered in May.")
        .malianTowns().claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void initialsBeforeAPostNameWhosePostItIsNotWhereItStands() {
    // The gazetteer here knows the letters as a village, as real ones know many short codes.
    Handmade article = Handmade.of("Rebels fired on the KDR post in Tessit for several hours on Sunday.").malianTowns()
        .place("KDR", 1004, "PPL", "ML");
    assertThat(article.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).containsOnly("Tessit");
  }

  @Test
  void aCountryWrittenInItsInitialsStaysAPlace() {
    Handmade article = Handmade.of("Rebels attacked army positions in the DRC on Sunday.").place("DRC", 203312, "PCLI", "CD");
    assertThat(article.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).containsOnly("DRC");
  }

  @Test
  void aRegionAfterADirectionOnlyLocatesTheTownsBeforeIt() {
    Handmade article = Handmade.of("The rebels attacked Ridgeford and Tessit in western Lakeland on Monday.").malianTowns()
        .place("Lakeland", 1010, "ADM1", "ML");
    assertThat(article.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).containsOnly("Ridgeford", "Tessit");
  }

  @Test
  void aPlaceAfterACountrysPossessiveOnlyLocatesTheTownItDescribes() {
    Handmade article = Handmade.of("The rebels said they had captured Tessit, a market town in Mali's Lakeland that the army retook in July.")
        .malianTowns().place("Lakeland", 1010, "PPLA", "ML");
    assertThat(article.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Tessit");
  }

  @Test
  void theFarEndOfARoadBetweenTwoTownsOnlyNamesTheRoad() {
    assertThat(placesOf(ClaimType.ATTACK, "Gunmen ambushed an army convoy on the road between Ridgeford and Tessit on Sunday.")).containsOnly("Ridgeford");
    assertThat(placesOf(ClaimType.CONTROL, "The rebels said they controlled the highway from Ridgeford to Tessit.")).doesNotContain("Tessit");
  }

  @Test
  void aNameBeforeAGroupsHeadNounNamesTheGroupEvenWhenItIsAKnownPlace() {
    assertThat(placesOf(ClaimType.CONTROL, "Gunmen of the Lakeside cartel seized Ridgeford on Sunday, residents said.")).containsOnly("Ridgeford");
    assertThat(placesOf(ClaimType.CONTROL, "Officials concede that one hilltop above Ridgeford is still in Lakeside hands.")).doesNotContain("Lakeside");
    assertThat(placesOf(ClaimType.CONTROL, "The Tessit New Generation Cartel said it had taken Ridgeford.")).containsOnly("Ridgeford");
  }

  @Test
  void anAreaClosingTheNounPhraseOfAnotherPlaceOnlyLocatesIt() {
    assertThat(Handmade.of("Bandits attacked Ridgeford community in Kayes Local Government Area on Sunday night.").malianTowns()
        .place("Kayes Local Government Area", 5001, "ADM2", "ML").claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
    assertThat(Handmade.of("Troops retook the Ridgeford district office in Kayes regency on Tuesday.").malianTowns()
        .place("Kayes regency", 5001, "ADM2", "ML").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void whereATravellerWasGoingIsNoClaimsPlace() {
    assertThat(placesOf(ClaimType.ATTACK, "Gunmen ambushed a convoy of lorries bound for Lakeside near Ridgeford on Sunday.")).containsOnly("Ridgeford");
    assertThat(placesOf(ClaimType.ATTACK, "Bandits attacked a bus carrying traders to Tessit outside Ridgeford, police said.")).containsOnly("Ridgeford");
  }

  @Test
  void aFrontNamedForAPersonIsNotAPlace() {
    // "Pedro Alvarado" is read as a person: the front bears his name, and the village retaken is Ridgeford.
    assertThat(Handmade.of("Troops retook Ridgeford, a village the fighters of the Pedro Alvarado front had held for a week.")
        .malianTowns().name("Pedro Alvarado", EntityType.PERSON).claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aFrontNamedForAPlaceIsStillWhereTheFightingIs() {
    assertThat(Handmade.of("The army said it repelled two rebel attacks on the Amsoya front at dawn.")
        .malianTowns().name("Amsoya", EntityType.LOCATION).claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Amsoya");
  }

  @Test
  void theMediumAMessageWasPostedOnIsNoPlace() {
    // The platform's name is read as a place by the tagger; the attack is at Ridgeford.
    assertThat(Handmade.of("The rebels claimed the attack on Ridgeford in a video posted on Chatterbox on Monday.")
        .malianTowns().name("Chatterbox", EntityType.LOCATION).claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void everyMediumOfAListMessagesSpreadOnIsNoPlace() {
    assertThat(Handmade.of("Since gunmen raided Ridgeford on Friday, rumours about the raid have spread on Chatterbox, Pictogram and Reelz.")
        .malianTowns().name("Chatterbox", EntityType.LOCATION).name("Pictogram", EntityType.LOCATION).claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void aPlaceEndingABodysNameIsNotWhereTheAttackWas() {
    assertThat(Handmade.of("The Joint Monitoring Force for Lakeside condemned the raid made on Sunday by gunmen on the village of Ridgeford.")
        .malianTowns().name("Joint Monitoring Force", EntityType.ORGANIZATION).claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }
}
