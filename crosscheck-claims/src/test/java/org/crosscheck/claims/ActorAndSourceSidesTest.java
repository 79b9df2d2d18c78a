package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Who acts and whom a source speaks for when the words name a state body, a capital, a group or only a count. */
class ActorAndSourceSidesTest {

  private static List<Claim> of(ClaimType type, Handmade h) {
    return h.malianTowns().claims(type);
  }

  private static Handmade text(String... paragraphs) {
    return Handmade.of(paragraphs);
  }

  @Test
  void aStateBodyActsForItsStateNotUnderItsOwnName() {
    List<Claim> control = of(ClaimType.CONTROL, text("Fighting went on around Tessit and Ridgeford.",
        "According to the General Staff, assault units captured Tessit.").name("General Staff", EntityType.ORGANIZATION));
    assertThat(control).extracting(Claim::actorSide).doesNotContain("General Staff").containsOnly("Mali");
  }

  @Test
  void aCapitalsPossessiveIsItsStatesActor() {
    List<Claim> control = of(ClaimType.CONTROL, text("Bamako's forces retook Tessit on Sunday.").place("Bamako", 1005, "PPLC", "ML"));
    assertThat(control).singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aCountryWordOnASettlementNounSaysWhereNotWho() {
    List<Claim> control = of(ClaimType.CONTROL, text("The fighters seized the northern Malian town of Tessit."));
    assertThat(control).singleElement().extracting(Claim::actorSide).isNotEqualTo("Mali");
  }

  @Test
  void aCountryClosingAPlacesDescriptionSaysWhereNotWho() {
    List<Claim> control = of(ClaimType.CONTROL, text("The general reported that Tessit, a market town on the river in northern Mali, had been taken."));
    assertThat(control).singleElement().extracting(Claim::actorSide).isNull();
    List<Claim> acting = of(ClaimType.CONTROL, text("Soldiers from Mali retook Tessit on Sunday."));
    assertThat(acting).singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aFormTwoCountriesShareNamesTheOneTheReportIsAbout() {
    List<Claim> brazzaville = Handmade.of("The Congolese army retook Tessit on Sunday.").place("Tessit", 2255564, "PPL", "CG")
        .claims(ClaimType.CONTROL);
    assertThat(brazzaville).singleElement().extracting(Claim::actorSide).isEqualTo("Republic of the Congo");
    List<Claim> kinshasa = Handmade.of("The Congolese army retook Tessit on Sunday.").place("Tessit", 1003, "PPL", "CD")
        .claims(ClaimType.CONTROL);
    assertThat(kinshasa).singleElement().extracting(Claim::actorSide).isEqualTo("Democratic Republic of the Congo");
  }

  @Test
  void theUnitsAnAttackHitAreNotItsAttackers() {
    List<Claim> attack = of(ClaimType.ATTACK, text("Drones attacked our units near Tessit on Sunday, the Malian army said."));
    assertThat(attack).singleElement().extracting(Claim::actorSide).isNotEqualTo("Mali");
  }

  @Test
  void aCountHeadingASpeechVerbIsTheSourceNotAQuantity() {
    assertThat(of(ClaimType.QUANTITY, text("Fighting went on near Tessit on Monday, two residents said."))).isEmpty();
    assertThat(of(ClaimType.QUANTITY, text("Two soldiers were killed near Tessit, residents said."))).hasSize(1);
  }

  @Test
  void genericRebelsAreTheOneGroupTheReportNames() {
    List<Claim> one = of(ClaimType.CONTROL, text("White Banner rebels attacked Ridgeford on Monday.", "The rebels took Tessit in January."));
    assertThat(one).singleElement().extracting(Claim::actorSide).isEqualTo("White Banner");
    List<Claim> two = of(ClaimType.CONTROL, text("White Banner rebels and Red Star fighters attacked Ridgeford on Monday.",
        "The rebels took Tessit in January."));
    assertThat(two).singleElement().extracting(Claim::actorSide).isNull();
  }

  @Test
  void aSourceDescribedAsANamedGroupSpeaksForIt() {
    List<Claim> control = of(ClaimType.CONTROL, text("The White Banner rebel group said on Tuesday it had seized Tessit."));
    assertThat(control).singleElement().satisfies(c -> {
      assertThat(c.claimantSide()).isEqualTo("White Banner");
      assertThat(c.actorSide()).isEqualTo("White Banner");
    });
  }

  @Test
  void aSideNamedOnlyInAClauseTakenForARoleIsNoSide() {
    Sides sides = Sides.standard();
    Entity clause = new Entity("person:x", EntityType.PERSON, "Viktor X", List.of(), 2,
        List.of("the spokesperson for the Joint Forces grouping", "the Russian command moved reserves elsewhere"), "Russia");
    Entity role = new Entity("person:y", EntityType.PERSON, "Viktor Y", List.of(), 2, List.of("a spokesman for Ukraine's Joint Forces"), "Ukraine");
    assertThat(sides.ofEntity(clause)).isNull();
    assertThat(sides.ofEntity(role)).isEqualTo("Ukraine");
    assertThat(Sides.describes("who studies the Russian armed forces")).isFalse();
    assertThat(Sides.describes("the chief of Russia's armed forces")).isTrue();
  }

  @Test
  void aCapitalClaimingACaptureIsTheClaimantNotTheReportersSource() {
    List<Claim> control = of(ClaimType.CONTROL, text("Officials in Ridgeford said the town was calm.",
        "Bamako has claimed the capture of Tessit, the officials said.").place("Bamako", 1005, "PPLC", "ML"));
    assertThat(control).singleElement().satisfies(c -> {
      assertThat(c.claimant().name()).isEqualTo("Bamako");
      assertThat(c.actorSide()).isEqualTo("Mali");
    });
  }

  @Test
  void enteringAPlaceButNeverControllingItIsNoGain() {
    assertThat(of(ClaimType.CONTROL, text("Militants had entered Tessit but had never controlled it, the mayor said.")))
        .extracting(Claim::polarity).doesNotContain(Polarity.ASSERTED);
  }

  @Test
  void reportsNamingNoOneLeaveTheClaimToTheOutlet() {
    assertThat(of(ClaimType.CONTROL, text("Latest reports suggest that the militants have taken Tessit.")))
        .singleElement().extracting(Claim::claimant).isNull();
  }

  @Test
  void aNameBeforeAMediaNounIsAnOutletNotAPlace() {
    List<Claim> control = of(ClaimType.CONTROL, text("The group said through its Kidal outlet that it had seized Tessit.")
        .place("Kidal", 1007, "PPLA", "ML"));
    assertThat(control).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void theCommunityIsThePlaceNamedJustBefore() {
    List<Claim> control = of(ClaimType.CONTROL, text("Gunmen entered Tessit on Monday.", "Soldiers regained control of the community by noon."));
    assertThat(control).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
  }

  @Test
  void itInAClaimThatIsTheClaimsMakerNotTheDenier() {
    List<Claim> control = of(ClaimType.CONTROL, text("Mali's army on Sunday rejected Niger's claim that it had seized Tessit."));
    assertThat(control).isNotEmpty().extracting(Claim::actorSide).containsOnly("Niger");
    assertThat(control).filteredOn(c -> c.polarity() == Polarity.DENIED).isNotEmpty();
  }

  @Test
  void theirControlIsOfTheSideNamedBeforeIt() {
    List<Claim> control = of(ClaimType.CONTROL, text("\"Even Nigerien bloggers now admit that Tessit is no longer under their control,\" Colonel Ibrahim Sow said.")
        .name("Ibrahim Sow", EntityType.PERSON));
    assertThat(control).extracting(Claim::actorSide).containsExactly("Niger");
  }

  @Test
  void aPlaceTheTaggerCalledAPersonIsNoSource() {
    // An attribution that names a place the article resolves, read by the tagger as a person, is dropped.
    ClaimantResolver placeAsSpeaker = (article, sentence, anchor, previous) -> Optional.of(new ClaimantResolver.Attribution(
        new Party("person:tessit", "Tessit", null, null), "said", List.of(), false));
    Vocabulary v = Vocabulary.standard();
    Sides s = Sides.standard();
    ClaimExtractor extractor = new ClaimExtractor(v, s, placeAsSpeaker, new PlaceFallback(Handmade.gazetteer(), s, v));
    List<Claim> control = extractor.extract(text("The army retook Ridgeford on Sunday, Tessit said.").malianTowns().build());
    assertThat(control).isNotEmpty().allSatisfy(c -> assertThat(c.claimant()).isNull());
  }

  @Test
  void aBystanderSpeaksForNoSide() {
    // An aid agency reporting armed men on the roads: no gain of its own, and they are no opponents of it.
    Claim aid = of(ClaimType.CONTROL, text("Access to Ridgeford remains impossible while armed men control the roads, OCHA said.")
        .name("OCHA", EntityType.ORGANIZATION)).get(0);
    assertThat(aid.actorSide()).isNull();
    assertThat(aid.claimant().name()).isEqualTo("OCHA");
    // A neighbouring country's customs officer passing on what he hears.
    Claim customs = of(ClaimType.CONTROL, text("\"They tell us the rebels now hold all of Ridgeford,\" a Nigerien customs officer said.")).get(0);
    assertThat(customs.actorSide()).isNull();
    // A side's own official still speaks for it: the rebels are its opponents.
    Claim army = of(ClaimType.CONTROL, text("\"They tell us the rebels now hold all of Ridgeford,\" a Malian army officer said.")).get(0);
    assertThat(army.actorSide()).isEqualTo(GroupNames.opponentsOf("Mali"));
  }
}
