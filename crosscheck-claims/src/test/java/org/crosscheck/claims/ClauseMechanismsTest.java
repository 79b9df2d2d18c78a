package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause-level mechanisms on sentences of our own: shared places, relative clauses, the article's topic, concessions. */
class ClauseMechanismsTest {

  private static List<Claim> of(ClaimType type, Handmade article) {
    return article.claims(type);
  }

  private static Handmade about(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns();
  }

  @Test
  void placesTakenThenLostInOneSentenceAreTwoClaimsEach() {
    List<Claim> claims = of(ClaimType.CONTROL, about("In May, militia fighters briefly entered Ridgeford and Lakeside before army units pushed them out."));
    // One claim for the militia's entry, one for the army's taking back, per place.
    assertThat(claims).extracting(c -> c.place().name()).containsExactlyInAnyOrder("Ridgeford", "Lakeside", "Ridgeford", "Lakeside");
  }

  @Test
  void twoAccountsOfWhoHoldsOnePlaceAreTwoClaims() {
    // The second holder is told without a side: one clause alone would fold it into the first.
    List<Claim> claims = of(ClaimType.CONTROL, about(
        "Residents said militia fighters still held the market in Tessit, while soldiers controlled the rest of the town."));
    assertThat(claims).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
    assertThat(of(ClaimType.CONTROL, about("The militia says it controls Tessit; the army says it holds the town.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
  }

  @Test
  void anAccountAfterAJointWithASpeakerOfItsOwnIsThatSpeakers() {
    List<Claim> claims = of(ClaimType.CONTROL, about("The militia says it controls Tessit; the Malian army says it holds the town."));
    assertThat(claims).extracting(c -> c.claimant().name()).containsExactlyInAnyOrder("militia", "Malian army");
    // With no speaker after the joint, the sentence's speaker says both.
    assertThat(of(ClaimType.CONTROL, about("The militia says it entered Tessit on Monday; its fighters still hold the town.")))
        .extracting(c -> c.claimant().name()).containsOnly("militia");
  }

  @Test
  void aSecondSpeakerRepeatingTheVerbByDoIsASecondClaim() {
    List<Claim> claims = of(ClaimType.CONTROL, about("The Malian army says it holds Tessit; the militia says it does."));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.claimant().name())
        .containsExactlyInAnyOrder("Tessit Malian army", "Tessit militia");
    assertThat(of(ClaimType.CONTROL, about("Rebels say they still control Ridgeford, while the army says it does.")))
        .extracting(c -> c.claimant().name()).containsExactlyInAnyOrder("Rebels", "army");
    // "does" with no second speaker repeats no claim.
    assertThat(of(ClaimType.CONTROL, about("The Malian army holds Tessit as it does every year."))).hasSize(1);
  }

  @Test
  void aTakingThatNamesWhoItWasTakenFromIsThatSidesLossToo() {
    List<Claim> from = of(ClaimType.CONTROL, about("Soldiers retook Tessit, a river port, from the rebels on Monday."));
    assertThat(from).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(from).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("rebels"));
    List<Claim> ousted = of(ClaimType.CONTROL, about("The army said its units had pushed the militants out of Lakeside."));
    assertThat(ousted).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    assertThat(ousted).extracting(c -> c.claimant().name()).containsOnly("army");
    // "from" naming a place or no fighting people names no loser.
    assertThat(of(ClaimType.CONTROL, about("Soldiers retook Tessit from the north on Monday.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
    assertThat(of(ClaimType.CONTROL, about("Rebels retook Tessit from Lakeside, where they had regrouped.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(c -> c.effect()).containsExactly(Effect.GAIN);
  }

  @Test
  void aTakingToldAsBackgroundStillNamesItsLoser() {
    // Dated years before the report, the taking is history, but what it says of the side it was taken from is told all the same.
    List<Claim> claims = of(ClaimType.CONTROL, about("Soldiers first retook Tessit from the rebels in 2027.").time("2027", "2027"));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(claims).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("rebels"));
  }

  @Test
  void aSecondPassiveTakingOfOnePlaceIsItsOwnAgentsClaim() {
    // The passive subject, the place, is shared; each verb has its own agent.
    assertThat(of(ClaimType.CONTROL, about("Tessit was occupied by JNIM fighters for weeks before being liberated by Malian troops.")))
        .filteredOn(c -> c.effect() == Effect.GAIN).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Tessit JNIM", "Tessit Mali");
    assertThat(of(ClaimType.CONTROL, about("Tessit was seized by JNIM in March and recaptured by the Malian army in May.")))
        .filteredOn(c -> c.effect() == Effect.GAIN).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Tessit JNIM", "Tessit Mali");
    // A lone passive keeps its one claim; "by" naming a time is no agent.
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters entered Tessit and the town was held by them by Monday.")))
        .extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Tessit JNIM");
  }

  @Test
  void aTakingOfAListFromASideIsThatSidesLossOfEveryPlaceInIt() {
    List<Claim> listed = of(ClaimType.CONTROL, about("Government troops won back Lakeside, Tessit and Ridgeford from the insurgents last week."));
    assertThat(listed).filteredOn(c -> c.effect() == Effect.LOSS).extracting(c -> c.place().name() + " " + c.actor().name())
        .containsExactlyInAnyOrder("Lakeside insurgents", "Tessit insurgents", "Ridgeford insurgents");
    // An unnamed rest closing the list keeps its places in it.
    assertThat(of(ClaimType.CONTROL, about("The militia took Tessit, Lakeside and several hamlets around them from the soldiers.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).extracting(c -> c.place().name()).containsExactlyInAnyOrder("Tessit", "Lakeside");
    // A list taken from a direction names no loser.
    assertThat(of(ClaimType.CONTROL, about("Soldiers entered Tessit and Lakeside from the south.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Lakeside GAIN");
  }

  @Test
  void aPlaceClearedOfASideIsThatSidesLoss() {
    List<Claim> cleared = of(ClaimType.CONTROL, about("The brigade announced it had cleansed Lakeside of the remnants of the insurgents."));
    assertThat(cleared).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    assertThat(cleared).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("insurgents"));
    // Cleared of things, not fighting people: no loser.
    assertThat(of(ClaimType.CONTROL, about("Engineers of the army cleared Tessit of mines on Friday.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
    // A side dislodged from a place lost it.
    assertThat(of(ClaimType.CONTROL, about("The army dislodged the insurgents from Ridgeford overnight.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("insurgents"));
  }

  @Test
  void whoATakingWasFromIsFoundPastADateAQuoteAndANamedHamletJoinedToThePlace() {
    // A date between the place and "from", and the loser in quotation marks.
    assertThat(of(ClaimType.CONTROL, about("The brigade said it recaptured Lakeside on 3 March from \"the insurgents\".")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    // "X and the nearby hamlet of Y ... from": both places were taken from that side.
    assertThat(of(ClaimType.CONTROL, about("Soldiers liberated Ridgeford and the nearby hamlet of Tessit this morning from the militants.")))
        .extracting(c -> c.place().name() + " " + c.effect())
        .containsExactlyInAnyOrder("Ridgeford GAIN", "Tessit GAIN", "Ridgeford LOSS", "Tessit LOSS");
    // "cleansed X of \"the remnants of\" a side".
    assertThat(of(ClaimType.CONTROL, about("The brigade said it cleansed Lakeside of \"the remnants of the insurgents\" on Friday.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("insurgents"));
    // A date with no loser after it tells no loss.
    assertThat(of(ClaimType.CONTROL, about("The brigade said it recaptured Lakeside on 3 March from the north.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Lakeside GAIN");
  }

  @Test
  void aTakingBackFromAnotherSidesEarlierTakingIsThatSidesLoss() {
    assertThat(of(ClaimType.CONTROL, about("Lakeside was seized by JNIM in 2019 and recaptured by the army a month later.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN JNIM", "GAIN Mali", "LOSS JNIM");
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters held Tessit for a week before the army retook it.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).contains("GAIN Mali", "LOSS JNIM");
    // Coming back in is no taking back: no loss told.
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters held Tessit for a week until the army re-entered it.")))
        .extracting(Claim::effect).doesNotContain(Effect.LOSS).isNotEmpty();
  }

  @Test
  void aTakingBackAfterAHoldingByASubjectOfNoKnownSideIsThatSubjectsLoss() {
    assertThat(of(ClaimType.CONTROL, about("The insurgents held the town of Lakeside for two weeks before gendarmes retook it.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Lakeside");
          assertThat(c.actor().name()).isEqualTo("insurgents");
        });
    // Holders of the taker's own side lost nothing to it.
    assertThat(of(ClaimType.CONTROL, about("Malian soldiers held Tessit for a year before the army retook it.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactly("GAIN Mali");
  }

  @Test
  void aSideNamedInsideAnOustingIsTheOustedNotTheTaker() {
    List<Claim> ousted = of(ClaimType.CONTROL, about("Soldiers drove JNIM fighters out of Ridgeford after a day of fighting."));
    assertThat(ousted).extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN Mali", "LOSS JNIM");
    assertThat(of(ClaimType.CONTROL, about("The army expelled JNIM from Lakeside on Sunday.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN Mali", "LOSS JNIM");
    // A cartel is an armed group: driven out, it lost the place.
    assertThat(of(ClaimType.CONTROL, about("Soldiers drove the cartel out of Ridgeford in April.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("cartel"));
    // Named before the ousting, a side is its taker.
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters drove the soldiers out of Tessit.")))
        .filteredOn(c -> c.effect() == Effect.GAIN).singleElement().extracting(Claim::actorSide).isEqualTo("JNIM");
  }

  @Test
  void anOustingToldInThePassiveIsItsSubjectsLoss() {
    assertThat(of(ClaimType.CONTROL, about("JNIM gunmen entered the market in Lakeside before being driven out.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN JNIM", "LOSS JNIM");
    assertThat(of(ClaimType.CONTROL, about("JNIM gunmen held the bridge at Tessit for an hour before being pushed out.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN JNIM", "LOSS JNIM");
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters were chased out of Ridgeford at dawn.")))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.actorSide()).containsExactly("Ridgeford LOSS JNIM");
    // Active, the ousting is its subject's taking.
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters pushed the soldiers out of Ridgeford at dawn.")))
        .filteredOn(c -> c.effect() == Effect.GAIN).singleElement().extracting(Claim::actorSide).isEqualTo("JNIM");
  }

  @Test
  void aPassiveOustingsAgentIsWhoTookThePlaceNotWhoLostIt() {
    // Before: with no side before the ousting, the agent after "by" was read as the side that lost the place.
    List<Claim> chased = of(ClaimType.CONTROL, about("Reporters were chased out of Tessit by JNIM."));
    assertThat(chased).extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit LOSS");
    assertThat(chased).extracting(Claim::actorSide).doesNotContain("JNIM");
  }

  @Test
  void anOustingMergedWithAHoldingToldBeforeStillNamesItsLoser() {
    List<Claim> held = of(ClaimType.CONTROL, about("The army said its troops hold Tessit and have driven JNIM fighters out of Tessit's market."));
    assertThat(held).extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN Mali", "LOSS JNIM");
  }

  @Test
  void aLeavingWithNoSubjectOfItsOwnIsByTheTakerItIsJoinedTo() {
    List<Claim> left = of(ClaimType.CONTROL, about("JNIM fighters stayed in Lakeside for a night before withdrawing."));
    assertThat(left).extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN JNIM", "LOSS JNIM");
    assertThat(of(ClaimType.CONTROL, about("JNIM occupied Tessit on Monday and then withdrew eastwards.")))
        .extracting(c -> c.effect() + " " + c.actorSide()).containsExactlyInAnyOrder("GAIN JNIM", "LOSS JNIM");
    // So is one after "but": the contrast goes on with the same subject and place.
    assertThat(of(ClaimType.CONTROL, about("JNIM fighters entered Ridgeford on Friday but quickly pulled out.")))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Ridgeford GAIN JNIM", "Ridgeford LOSS JNIM");
    // A leaving with a subject of its own is that subject's.
    assertThat(of(ClaimType.CONTROL, about("JNIM held Tessit and the soldiers withdrew.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aSideFleeingInAClauseJoinedToATakingLosesThePlace() {
    assertThat(of(ClaimType.CONTROL, about("Soldiers retook Tessit on Monday after the rebels fled into the hills.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    List<Claim> told = of(ClaimType.CONTROL, about("The army said it had retaken Lakeside and that the militants had fled."));
    assertThat(told).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    assertThat(told).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> {
      assertThat(c.actor().name()).isEqualTo("militants");
      assertThat(c.claimant().name()).isEqualTo(told.get(0).claimant().name());
    });
    // People fleeing are no side losing ground; a flight from a place of its own is that place's.
    assertThat(of(ClaimType.CONTROL, about("Rebels took Tessit after residents fled."))).hasSize(1);
    assertThat(of(ClaimType.CONTROL, about("Soldiers retook Tessit after the rebels fled Ridgeford.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(c -> c.effect()).containsOnly(Effect.GAIN);
    // A flight told by another speaker after the taking is not the taking's source's (review14).
    assertThat(of(ClaimType.CONTROL, about("Soldiers retook Tessit and residents said the rebels had fled.")))
        .extracting(c -> c.effect()).doesNotContain(Effect.LOSS);
    // A flight the rules read as a loss of its own ("left it") is that loss, not a second one.
    assertThat(of(ClaimType.CONTROL, about("Rebels said they had retaken Tessit after the soldiers left it overnight.")))
        .filteredOn(c -> c.effect() == Effect.LOSS).hasSize(1);
    // A bare denial after it answers the taking, not the flight the taking told of.
    assertThat(of(ClaimType.CONTROL, about("The militia said it had captured Tessit after the soldiers fled.", "Government officials called it a fabrication.")))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(c -> c.effect()).containsExactly(Effect.GAIN);
  }

  @Test
  void aFlightJoinedByButToATakingLosesThePlace() {
    List<Claim> told = of(ClaimType.CONTROL, about("A trader said the soldiers had reoccupied Tessit, but that the rebels had left hours earlier."));
    assertThat(told).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(told).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("rebels"));
    // A side that did not leave lost nothing.
    assertThat(of(ClaimType.CONTROL, about("The rebels entered Ridgeford, but the army has not left.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Ridgeford GAIN");
    // "never left", in a clause of its own joined to the one naming the place, denies that side's loss there (gold conventions, rule 3).
    assertThat(of(ClaimType.CONTROL, about("The rebels entered Ridgeford, and the army never left.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " " + c.effect()).containsExactlyInAnyOrder("Ridgeford ASSERTED GAIN", "Ridgeford DENIED LOSS");
    // A flight after "but" with a place of its own is that place's.
    assertThat(of(ClaimType.CONTROL, about("The soldiers reoccupied Tessit, but the rebels fled Ridgeford.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(c -> c.effect()).containsOnly(Effect.GAIN);
  }

  @Test
  void aSideLeavingTheTakenPlaceInARelativeClauseOnItLosesIt() {
    List<Claim> vacated = of(ClaimType.CONTROL, about("Police units took control of the Tessit market area, which the gang had vacated overnight."));
    assertThat(vacated).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(vacated).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("gang"));
    assertThat(of(ClaimType.CONTROL, about("The army seized a depot outside Lakeside, from which the militants withdrew on Sunday.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    // Residents leaving are no side losing ground.
    assertThat(of(ClaimType.CONTROL, about("The rebels took Tessit, which residents had abandoned.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
    // A side that says it left tells its own leaving, no loser of the taking's.
    assertThat(of(ClaimType.CONTROL, about("The rebels hold the Tessit bridge, from which the army admits it withdrew.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
  }

  @Test
  void aFlightToldAfterAQuotedTakingOrWithAQuotedSideIsTheTakingsLoser() {
    List<Claim> quoted = of(ClaimType.CONTROL, about("The group said its fighters took complete control of Tessit, and that the \"apostate forces\" fled."));
    assertThat(quoted).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(quoted).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("apostate forces"));
    // A second reported clause after a comma is the same speaker's.
    assertThat(of(ClaimType.CONTROL, about("A video says that the rebels \"entered Tessit\", that the soldiers \"fled the town\".")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
  }

  @Test
  void aSideFleeingInAClauseJoinedBeforeATakingByAnotherSubjectLosesThePlace() {
    List<Claim> told = of(ClaimType.CONTROL, about("The army said the rebels withdrew before dawn and that the soldiers still hold Tessit."));
    assertThat(told).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(told).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> {
      assertThat(c.actor().name()).isEqualTo("rebels");
      assertThat(c.claimant().name()).isEqualTo("army");
    });
    assertThat(of(ClaimType.CONTROL, about("The militants fled when the army entered Lakeside.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside GAIN", "Lakeside LOSS");
    // People fleeing are no side losing ground.
    assertThat(of(ClaimType.CONTROL, about("Residents fled and the rebels took Tessit.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
  }

  @Test
  void aSideOustedInAClauseJoinedToATakingLosesThePlace() {
    List<Claim> out = of(ClaimType.CONTROL, about("Militia fighters took over Tessit on Monday night and drove out the police."));
    assertThat(out).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
    assertThat(out).filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("police"));
    assertThat(of(ClaimType.CONTROL, about("A video said the gunmen had \"taken over Tessit\" and \"chased the soldiers out\".")))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement().satisfies(c -> assertThat(c.actor().name()).isEqualTo("soldiers"));
    // Running out of something ousts no one; an ousting from a place of its own is that place's.
    assertThat(of(ClaimType.CONTROL, about("The rebels took Tessit and then ran out of ammunition.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN");
    assertThat(of(ClaimType.CONTROL, about("The rebels took Tessit and pushed the soldiers out of Lakeside.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(c -> c.effect()).containsExactly(Effect.GAIN);
    assertThat(of(ClaimType.CONTROL, about("The rebels took Tessit and drove out the soldiers from Lakeside.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(c -> c.effect()).containsExactly(Effect.GAIN);
  }

  @Test
  void oneAccountOfTakingAndHoldingIsOneClaim() {
    assertThat(of(ClaimType.CONTROL, about("Militia fighters entered and held Tessit for two days."))).hasSize(1);
  }

  @Test
  void aPlacelessWithdrawalJoinedToAnOccupationSharesItsPlace() {
    List<Claim> claims = of(ClaimType.CONTROL, about("The rebels occupied Tessit for several hours and withdrew towards the hills."));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Tessit LOSS");
  }

  @Test
  void aCoordinatedActThatIsNotAnEventOfControlTakesNoPlace() {
    assertThat(of(ClaimType.ATTACK, about("The rebels occupied a hill outside Tessit and opened fire on a patrol."))).isEmpty();
  }

  @Test
  void aTakingByStormingIsAnAttackOnThePlaceToo() {
    assertThat(of(ClaimType.ATTACK, about("The militia said it had captured Lakeside after storming army positions at dawn.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aRelativeClauseOnAPlaceHasThePlaceAsItsObject() {
    assertThat(of(ClaimType.CONTROL, about("The army also retook Ridgeford and Tessit, which the rebels had held since March.")))
        .extracting(c -> c.place().name()).contains("Tessit");
    assertThat(of(ClaimType.CONTROL, about("Officers visited Lakeside, a river port near the border that the militia never captured.")))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Lakeside");
          assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
        });
  }

  @Test
  void thePostOrTheCampIsTheSettlementTheArticleIsAbout() {
    List<Claim> claims = of(ClaimType.CONTROL, about(
        "Gunmen attacked the army post in Ridgeford on Sunday. Ridgeford lies on the main road north of Lakeside.",
        "Residents of Ridgeford told us on Monday that the soldiers still held the post."));
    assertThat(claims).anySatisfy(c -> {
      assertThat(c.place().name()).isEqualTo("Ridgeford");
      assertThat(c.sentence()).contains("still held the post");
    });
  }

  @Test
  void theCampIsWhereTheReportBroughtItIn() {
    // Lakeside is the name the report repeats, but the camp was brought in at Tessit; the district after it only locates it.
    Handmade article = about("Gunmen overran a camp for displaced people at Tessit, in the Lakeside district, on Monday.",
        "Soldiers retook the camp on Tuesday, officials in Lakeside said.", "Lakeside has seen fighting since 2019.");
    assertThat(of(ClaimType.CONTROL, article)).filteredOn(c -> c.sentence().contains("retook the camp"))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // A town named after it (where people fled, where help came from) does not move the camp there.
    Handmade moved = about("Gunmen overran a camp for displaced people at Tessit on Monday.",
        "Thousands fled to Ridgeford, and Ridgeford has taken them in. On Tuesday soldiers retook the camp.");
    assertThat(of(ClaimType.CONTROL, moved)).filteredOn(c -> c.sentence().contains("retook the camp"))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // A town brought in near a place is another town: Ridgeford only locates it.
    Handmade town = about("Lakeside officials said militants overran a town near Ridgeford on Monday.",
        "Soldiers retook the town on Tuesday.", "Lakeside has been calm since.");
    assertThat(of(ClaimType.CONTROL, town)).filteredOn(c -> c.sentence().contains("retook the town"))
        .extracting(c -> c.place().name()).doesNotContain("Ridgeford");
  }

  @Test
  void aCampBroughtInAtAPlaceStaysThereInAnotherVoice() {
    // Lakeside, where the officials sit and help came from, is named most; a speech break before "the camp"
    // does not hand the camp to it.
    Handmade article = about("Rebels attacked an army camp at Tessit on Friday night, officials in Lakeside said.",
        "Reinforcements from Lakeside reached the area at dawn, and Lakeside's hospital took in the wounded.",
        "The rebels said in a statement that their fighters had taken the camp.");
    assertThat(of(ClaimType.CONTROL, article)).filteredOn(c -> c.sentence().contains("had taken the camp"))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void pastASpeechBreakTheTownIsTheArticlesNotTheSpeakersPlace() {
    List<Claim> claims = of(ClaimType.CONTROL, about(
        "Ridgeford has changed hands twice this year. The army said it had left Ridgeford on Friday.",
        "Residents who fled to Lakeside told reporters that the insurgents still controlled the town."));
    assertThat(claims).filteredOn(c -> c.sentence().contains("still controlled"))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void anAdmittedLossByNoNamedSideIsAConcession() {
    assertThat(of(ClaimType.CONTROL, about("The Defence Ministry admitted that troops had withdrawn from their base in Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
  }

  @Test
  void aPlaceThatCameUnderAttackIsItsTarget() {
    assertThat(of(ClaimType.ATTACK, about("\"The base at Tessit came under heavy attack overnight,\" the spokesman said.")))
        .extracting(c -> c.place().name()).contains("Tessit");
  }

  @Test
  void anAssertedAndADeniedLossOfOnePlaceInOneSentenceAreBothKept() {
    assertThat(of(ClaimType.CONTROL, about("The ministry admitted that troops had withdrawn from Tessit but insisted the town \"has not been lost\".")))
        .extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.CONCEDED, Polarity.DENIED);
  }

  @Test
  void aDefiniteAttackWithNoPlaceIsTheAttackToldOfLast() {
    List<Claim> attacks = of(ClaimType.ATTACK, about("Militants attacked Tessit on Sunday.", "The army said the attack was repelled."));
    assertThat(attacks).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
  }

  @Test
  void aDefiniteFightWithNoPlaceIsTheAttackToldOfLast() {
    List<Claim> attacks = of(ClaimType.ATTACK, about("Rebels ambushed a patrol near Tessit on Sunday.", "Officials said the gunfight lasted an hour."));
    assertThat(attacks).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
    // without an attack before it, a fight is no attack by either side
    assertThat(of(ClaimType.ATTACK, about("Officials said the gunfight lasted an hour."))).isEmpty();
  }

  @Test
  void anAttackToldLastIsTheFirstOfItsSentence() {
    // The sentence tells its main attack first; the places after it are outposts hit in the same attack.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked the army camp at Tessit and outposts near Lakeside and Ridgeford.",
        "The army said the attack was repelled.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Lakeside", "Ridgeford", "Tessit");
  }

  @Test
  void anAttackVerbNamingNoPlaceRightAfterAnAttackGoesOnWithIt() {
    List<Claim> attacks = of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "The soldiers fired at them."));
    assertThat(attacks).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
    // A sentence later the story may have moved on: an attack verb naming no place is no claim there.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "Markets reopened on Monday.",
        "The soldiers fired at a car.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void anAttackVerbInASentenceSetElsewhereIsNoFollowUp() {
    // Before: each gave a second attack at Tessit.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "Elsewhere, gunmen ambushed a bus.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(of(ClaimType.ATTACK, Handmade.of("Militants attacked a patrol near Tessit on Sunday.",
        "In Mali, jets have bombed militant camps for years.").inMali()))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // A country's name as its people's still goes on with the story.
    assertThat(of(ClaimType.ATTACK, Handmade.of("Militants attacked a patrol near Tessit on Sunday.", "Malian soldiers fired back.").inMali()))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
  }

  @Test
  void aVerbEndingInOnGoesOnWithTheAttackToldBefore() {
    // Before: "dropped bombs on" was read as a noun like "the attack on", which needs a determiner to point back.
    assertThat(of(ClaimType.ATTACK, about("Witnesses said helicopters attacked a convoy near Tessit at dawn.",
        "\"They dropped grenades on the trucks,\" a driver said.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
    // A noun still points back only with its determiner: "Air strikes on roads are common" tells no attack.
    assertThat(of(ClaimType.ATTACK, about("Witnesses said helicopters attacked a convoy near Tessit at dawn.",
        "Officials said air strikes on roads were common in the dry season.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void anAttackVerbRightAfterATakingHappensWhereItDid() {
    Handmade taken = about("Militia fighters seized Lakeside on Monday.", "They shelled the clinic the next day.");
    assertThat(of(ClaimType.ATTACK, taken)).singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A sentence later the story may have moved on: the taking stays, no attack is placed there.
    Handmade later = about("Militia fighters seized Lakeside on Monday.", "Prices of grain doubled.", "They shelled the clinic.");
    assertThat(of(ClaimType.CONTROL, later)).singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(of(ClaimType.ATTACK, later)).isEmpty();
  }

  @Test
  void aLaunchNamingItsAttackByItsObjectIsNoFollowUp() {
    // "launched" tells an attack only by its object, like "carried out": here a court case.
    assertThat(of(ClaimType.ATTACK, about("Gunmen attacked the army post at Tessit on Sunday.", "Lawyers for the families launched a fresh challenge.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aNameNoGazetteerKnowsSetsAnAttackVerbElsewhere() {
    // Before: a place the tagger missed left the sentence place-less, so its attack went on with the one told before.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "In nearby Korbo, gunmen fired at a bus.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // A month after the preposition names no place: the attack goes on with the story.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "In December, gunmen fired at a bus.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
  }

  @Test
  void aTollOrALightVerbAfterAnAttackIsNoAttackOfItsOwn() {
    // A count tells the toll of the attack before; "carried out" tells an attack only by its object.
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "The soldiers fired at them and killed 12 militants.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(of(ClaimType.ATTACK, about("Militants attacked a patrol near Tessit on Sunday.", "The police carried out searches.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void operationsAReportIsAboutAreItsTopicNoAttack() {
    // The opening of a communique names what it reports on; the attack is told in the sentence after it.
    List<Claim> attacks = of(ClaimType.ATTACK, about("The defence ministry reports on the operations carried out in Ridgeford and Lakeside last week.",
        "On Tuesday, troops raided a militant camp near Tessit."));
    assertThat(attacks).singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(of(ClaimType.ATTACK, about("The army gave the results of Operation Dry River, carried out in Lakeside in May.")))
        .isEmpty();
    // The same light verb with its own subject tells the operation.
    assertThat(of(ClaimType.ATTACK, about("Troops carried out an operation in Lakeside on Monday.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aDefiniteAttackRefersOnlyAFewSentencesBack() {
    List<Claim> attacks = of(ClaimType.ATTACK, about("Militants attacked Tessit on Sunday.",
        "Markets reopened on Monday.", "Schools stayed shut.", "Aid arrived by road.", "Prices rose.", "Rain fell.", "Roads flooded.",
        "Elsewhere, the army said the attack was repelled."));
    assertThat(attacks).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void anAttackNamedInAPrepositionalPhraseIsNoNewClaim() {
    assertThat(of(ClaimType.ATTACK, about("Militants attacked Tessit on Sunday.", "The market has been closed since the attack.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aKnownAttackNobodyOwnsIsNoNewClaim() {
    // Who owned or spoke of the attack is told, not whether it happened: only the first sentence's attack is a claim.
    assertThat(of(ClaimType.ATTACK, about("Gunmen attacked a police post in Tessit on Friday.", "No group has claimed the attack.")))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Tessit");
    assertThat(of(ClaimType.ATTACK, about("Gunmen attacked a police post in Tessit on Friday.", "The militia has not mentioned the ambush.")))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Tessit");
  }

  @Test
  void aKnownAttackSetBehindAnotherEventIsNoNewClaim() {
    // Where people fled after the attack is not where it happened: only the first sentence's attack is a claim.
    assertThat(of(ClaimType.ATTACK, about("Gunmen attacked a police post in Tessit on Friday.",
        "Aid workers say some 300 families have fled to Lakeside since the raid.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // With its target after it, the attack set behind is told at its place.
    assertThat(of(ClaimType.ATTACK, about("Schools stayed shut after the army's offensive on Ridgeford.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aRegionAfterACommaOnlySaysWhereThePlaceLies() {
    Handmade h = about("Government troops overran a rebel camp near Tessit, Kordo, on Monday.").place("Kordo", 1010, "ADM1", "ML");
    assertThat(h.claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void placesAfterACommaInAListAreNoContainers() {
    assertThat(of(ClaimType.CONTROL, about("The rebels captured Tessit, Lakeside and Ridgeford.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit", "Lakeside", "Ridgeford");
  }

  @Test
  void anAcronymTheReportSpellsOutAsAGroupIsNoPlace() {
    Handmade h = about("The Kaleb Ridge Front (KRF) is active in the north.", "Soldiers overran the KRF and Tessit on Monday.").place("KRF", 1011, "PPL", "ML");
    assertThat(h.claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void peopleSurrenderingInAPlaceCedeNoPlace() {
    assertThat(of(ClaimType.CONTROL, about("Two rebels surrendered in Tessit on Monday."))).isEmpty();
  }

  @Test
  void aRelativeClauseOnATakenPlaceIsAnEventOfItsOwn() {
    assertThat(of(ClaimType.CONTROL, about("Soldiers retook the town of Tessit, which militants had occupied since November.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit GAIN", "Tessit GAIN");
  }

  @Test
  void aShortBracketedAsideBreaksNoClause() {
    assertThat(of(ClaimType.ATTACK, about("An attack by a non-state armed group (NSAG) on Tessit displaced thousands.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aSingleAirStrikeIsAnAttack() {
    assertThat(of(ClaimType.ATTACK, about("The army said it had destroyed a depot in an air strike near Tessit.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void placesLeftInSomeonesHandsAreHeld() {
    assertThat(of(ClaimType.CONTROL, about("The rebels now hold most of the north, leaving only Tessit in government hands.")))
        .extracting(c -> c.place().name() + " " + c.effect()).contains("Tessit GAIN");
  }

  @Test
  void aPlaceInsideANameTheReportAbbreviatesIsNoPlace() {
    assertThat(of(ClaimType.ATTACK, about("Troops withdrew after an attack by Tessit Liberation Front (TLF) fighters on Lakeside.")))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void callingItAFabricationDeniesTheClaimBefore() {
    assertThat(of(ClaimType.CONTROL, about("The militia said it had captured Tessit.", "Government officials called it a fabrication.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactly("Tessit ASSERTED", "Tessit DENIED");
  }

  @Test
  void theTownIsTheMostNamedPlaceEvenOneNoGazetteerKnows() {
    Handmade h = about("Militants attacked Zorbala on Sunday.", "Zorbala was calm by Monday, and people from Zorbala who fled to Ridgeford returned.",
        "Officials said they had occupied parts of the town for hours.").name("Zorbala", org.crosscheck.nlp.EntityType.LOCATION);
    assertThat(h.claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Zorbala");
  }

  @Test
  void theTownIsNotACapitalNamedForItsGovernment() {
    // Bamako is written as often as Ridgeford, and first, but twice as "the Bamako government": a government, not where the story is.
    Handmade article = about(
        "Gunmen linked to the Bamako government attacked army posts on Sunday.",
        "Our units entered Ridgeford on Tuesday. Ridgeford is calm, and the gunmen fled towards the areas of the Bamako government.",
        "Two of them confessed to taking money from Bamako.",
        "Our forces have held the town since Tuesday.").place("Bamako", 2460596, "PPLC", "ML");
    assertThat(of(ClaimType.CONTROL, article)).filteredOn(c -> c.sentence().contains("held the town"))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void raidingIsAnAttack() {
    assertThat(of(ClaimType.ATTACK, about("Soldiers raided a rebel camp near Tessit on Wednesday.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void theTownIsNotADistrictNamedLikeAnotherTownNorAnOrganisation() {
    // "Lakeside district" names the area around Ridgeford three times: the town the report is about is Ridgeford.
    Handmade article = Handmade.of(
        "Rebels seized Ridgeford, a market town in Lakeside district, on Monday.",
        "Roads in Lakeside district were closed. Ridgeford was quiet by evening.",
        "The KLM said its fighters held the town until dawn. Phones in Lakeside district were cut.")
        .malianTowns().name("KLM", org.crosscheck.nlp.EntityType.LOCATION);
    assertThat(of(ClaimType.CONTROL, article)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void itAfterAControlVerbIsThePlaceAnotherSideTookBefore() {
    List<Claim> claims = of(ClaimType.CONTROL, about("Algerian troops held Ridgeford for several months in 2019 before Malian troops retook it."));
    assertThat(claims).filteredOn(c -> c.effect() == Effect.GAIN).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Ridgeford Algeria", "Ridgeford Mali");
    // One side entering and then holding a place is one claim.
    assertThat(of(ClaimType.CONTROL, about("Malian troops entered Tessit on Friday and now hold it."))).hasSize(1);
  }

  @Test
  void itAfterATakingIsTheSiteAnEarlierAssaultOfTheSentenceHit() {
    Handmade stormed = about("JNIM fighters attacked the gendarmerie post at Tessit before dawn and captured it.");
    assertThat(of(ClaimType.CONTROL, stormed)).extracting(c -> c.place().name() + " " + c.effect() + " " + c.actorSide())
        .containsExactly("Tessit GAIN JNIM");
    assertThat(of(ClaimType.ATTACK, stormed)).extracting(c -> c.place().name()).containsExactly("Tessit");
    // An indefinite object is a thing the taking may take up ("a convoy"), not the ground it was near.
    Handmade convoy = about("JNIM fighters ambushed a convoy near Tessit on Monday and seized it.");
    assertThat(of(ClaimType.ATTACK, convoy)).extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(of(ClaimType.CONTROL, convoy)).isEmpty();
  }

  @Test
  void itAfterATakingIsNoPlaceTheAssaultedThingOnlyCameFromOrWentTo() {
    // Before: "the fuel convoy coming from Tessit", "the lorry heading to Tessit" made Tessit the site "it" took.
    for (String told : List.of("JNIM fighters raided Lakeside on Sunday and ambushed the fuel convoy coming from Tessit and seized it.",
        "JNIM fighters raided Lakeside on Sunday and attacked the lorry heading to Tessit and took it.")) {
      Handmade article = about(told);
      assertThat(java.util.stream.Stream.of(ClaimType.CONTROL, ClaimType.ATTACK).flatMap(type -> of(type, article).stream()))
          .as(told).extracting(c -> c.type() + " " + c.place().name()).doesNotContain("CONTROL Tessit").contains("ATTACK Lakeside");
    }
  }

  @Test
  void aTakingOnlyDoneByFightingIsAnAttackByTheTakerToo() {
    Handmade dislodged = about("Malian troops dislodged JNIM fighters from Tessit on Sunday.");
    assertThat(of(ClaimType.CONTROL, dislodged)).extracting(c -> c.place().name() + " " + c.effect() + " " + c.actorSide())
        .contains("Tessit GAIN Mali");
    assertThat(of(ClaimType.ATTACK, dislodged)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Tessit Mali");
    // A seizure may meet no one: a taking alone.
    Handmade seized = about("Malian troops seized Tessit on Sunday.");
    assertThat(of(ClaimType.CONTROL, seized)).extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(of(ClaimType.ATTACK, seized)).isEmpty();
    // Told in the passive, the ousting is its subject's loss, no attack of a side named.
    Handmade passive = about("JNIM fighters were dislodged from Tessit on Sunday.");
    assertThat(of(ClaimType.CONTROL, passive)).extracting(c -> c.place().name() + " " + c.effect()).contains("Tessit LOSS");
    assertThat(of(ClaimType.ATTACK, passive)).isEmpty();
  }

  @Test
  void aVerbWithASubjectOfItsOwnAfterAnEventIsAnotherClaimEvenWithNoSideKnown() {
    // The first holders have no side the rules know: the second subject still makes its own claim.
    assertThat(of(ClaimType.CONTROL, about("The fighters held Tessit for about a day before federal troops retook it.")))
        .filteredOn(c -> c.effect() == Effect.GAIN).extracting(c -> c.place().name()).containsExactly("Tessit", "Tessit");
    // A second verb of the same subject is one event told twice.
    assertThat(of(ClaimType.CONTROL, about("The rebels entered Tessit on Friday and now hold it."))).hasSize(1);
    assertThat(of(ClaimType.CONTROL, about("The rebels entered Tessit and held it for two days."))).hasSize(1);
  }

  @Test
  void itInASentenceNamingNoPlaceIsTheSettlementTheSentenceBeforeToldOf() {
    assertThat(of(ClaimType.CONTROL, about("Rebels overran Tessit on Monday. The army says it retook it on Wednesday.")))
        .extracting(c -> c.place().name() + " | " + c.sentence())
        .contains("Tessit | The army says it retook it on Wednesday.");
    // A question naming the place: "it" in the answer is that place.
    assertThat(of(ClaimType.CONTROL, about("And Lakeside? The army says it recaptured it on Sunday.")))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void itIsNoSettlementTheSentenceBeforeOnlyNamesNorOneOfTwoNorTheObjectOfAnEarlierVerb() {
    Handmade cache = about("Rebels shelled Tessit on Sunday. Troops from Ridgeford found an arms cache on Monday. They seized it.");
    assertThat(of(ClaimType.ATTACK, cache)).extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(of(ClaimType.CONTROL, cache)).isEmpty();
    assertThat(of(ClaimType.CONTROL, about("Rebels seized Ridgeford and Lakeside on Monday. The army retook it on Tuesday.")))
        .extracting(Claim::sentence).containsOnly("Rebels seized Ridgeford and Lakeside on Monday.");
    assertThat(of(ClaimType.CONTROL, about("Rebels seized Ridgeford on Monday. Gunmen attacked the police post but did not take it.")))
        .extracting(Claim::sentence).containsOnly("Rebels seized Ridgeford on Monday.");
    assertThat(of(ClaimType.CONTROL, about("Rebels seized Ridgeford on Monday.", "The army says it retook it on Tuesday.")))
        .extracting(Claim::sentence).containsOnly("Rebels seized Ridgeford on Monday.");
    // A thing the verb before brought in ("a convoy") is what "it" takes up, not the place near it.
    Handmade convoy = about("Militants attacked a convoy near Ridgeford on Monday. Soldiers later recovered it.");
    assertThat(of(ClaimType.ATTACK, convoy)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
    assertThat(of(ClaimType.CONTROL, convoy)).isEmpty();
  }

  @Test
  void bothVillagesAreTheTwoListedBeforeThoughNoGazetteerKnowsThem() {
    String text = "The army freed hostages near Ridgeford after gunmen raided Dunmore and Brackwater on Monday. It says troops dominate both villages.";
    // Untagged names, found after the raid's verb, and names tagged as places but unresolved alike.
    assertThat(of(ClaimType.CONTROL, about(text))).extracting(c -> c.place().surface())
        .containsExactlyInAnyOrder("Dunmore", "Brackwater");
    assertThat(of(ClaimType.CONTROL, about(text).name("Dunmore", org.crosscheck.nlp.EntityType.LOCATION)
        .name("Brackwater", org.crosscheck.nlp.EntityType.LOCATION))).extracting(c -> c.place().surface())
        .containsExactlyInAnyOrder("Dunmore", "Brackwater");
  }

  @Test
  void bothVillagesAreNoTwoNamesNotListedTogether() {
    Handmade article = about("Gunmen raided Dunmore on Monday, near Ridgeford. The army says troops dominate both villages.");
    assertThat(of(ClaimType.ATTACK, article)).extracting(c -> c.place().surface()).containsExactly("Dunmore");
    assertThat(of(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void itAfterAControlVerbIsTheSettlementOpeningTheSentence() {
    assertThat(of(ClaimType.CONTROL, about("Lakeside, a river port 40 km from Tessit, emptied after Malian troops retook it in 2018.")))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void aSubjectPlaceIsSharedByACoordinatedPredicateWithNoSubjectOfItsOwn() {
    assertThat(of(ClaimType.CONTROL, about("Tessit is quiet and firmly under the control of the army, the governor said.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // A new subject after "and" takes the predicate.
    assertThat(of(ClaimType.CONTROL, about("Tessit is quiet and the army holds the hills nearby."))).isEmpty();
  }

  @Test
  void anAsideAfterASubjectPlaceDoesNotCountTowardItsDistance() {
    assertThat(of(ClaimType.CONTROL, about("Lakeside, the seat of the northern river district and its market, was seized by rebels in 2019.")))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void aLightVerbWhoseObjectIsAMoveTellsNoAttack() {
    // Before: "carried out" was read as an attack at the place the move went to or along.
    assertThat(of(ClaimType.ATTACK, about("The detachment carried out a tactical withdrawal towards Lakeside after rebels shelled Tessit.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(of(ClaimType.ATTACK, about("Soldiers carried out on Monday a reconnaissance patrol on the road to Lakeside; gunmen ambushed them near Tessit.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // A time after "at" is no target: "at dawn" does not make the patrol what was aimed at.
    assertThat(of(ClaimType.ATTACK, about("Soldiers carried out at dawn a reconnaissance patrol on the road to Lakeside; gunmen ambushed them near Tessit.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // An attack noun before any move is the light verb's object.
    assertThat(of(ClaimType.ATTACK, about("Jets carried out an air strike on a patrol near Tessit.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // A move noun after what the light verb's object is aimed at is the target: the rockets attack the patrol.
    assertThat(of(ClaimType.ATTACK, about("Militants launched rockets at an army patrol near Tessit.")))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void aLightVerbWhoseObjectIsAPullingBackIsTheLossOfThePost() {
    // Before: the light verb was only dropped as an attack, and no claim told the unit's loss of its post.
    assertThat(of(ClaimType.CONTROL, about("Short of ammunition, the troops stationed in Tessit carried out a tactical withdrawal towards Lakeside at night.")))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.polarity()).containsExactly("Tessit LOSS CONCEDED");
    // A patrol is a move that gives nothing up.
    assertThat(of(ClaimType.CONTROL, about("Rebels seized Ridgeford on Monday. Soldiers carried out a reconnaissance patrol near Tessit.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Ridgeford GAIN");
  }

  @Test
  void aForceMovedFromAPlaceGivesItUp() {
    // Before: a move verb was a loss only with a post as its passive subject ("the unit at X was redeployed").
    assertThat(of(ClaimType.CONTROL, about("The army said its men had \"redeployed\" from Tessit to Lakeside overnight.")))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.polarity()).containsExactly("Tessit LOSS CONCEDED");
    assertThat(of(ClaimType.CONTROL, about("The army relocated its units from Ridgeford on Monday.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Ridgeford LOSS");
    // Only the place moved from: not the place of whoever tells it.
    assertThat(of(ClaimType.CONTROL, about("The mayor of Lakeside said that troops were moved out of Tessit.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit LOSS");
    // Review 27: where the force moved on to is no place it gave up ("reinforcements redeployed from X reached Y").
    assertThat(of(ClaimType.CONTROL, about("Soldiers redeployed from Lakeside reached Tessit on Monday.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Lakeside LOSS");
    assertThat(of(ClaimType.CONTROL, about("The army relocated its units from Lakeside and Ridgeford.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Lakeside LOSS", "Ridgeford LOSS");
    // People moved are no force: families relocated from a town give nothing up.
    assertThat(of(ClaimType.CONTROL, about("Rebels seized Ridgeford on Monday. Hundreds of families were relocated from Tessit.")))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Ridgeford GAIN");
  }

  @Test
  void aTakingByAnotherSubjectInAnAdmittedClauseIsTheAdmittersConcession() {
    // The admitted clause has its own subject, "that" or not: the admitter names who took, it did not take.
    for (String admitted : List.of("The army concedes the rebels hold Tessit.", "The army now admits the gunmen held the clinic in Tessit for a night.",
        "The army conceded in a statement on Friday that rebels still occupy the hills of Tessit.")) {
      assertThat(of(ClaimType.CONTROL, about(admitted))).as(admitted).singleElement().satisfies(c -> {
        assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
        assertThat(c.actor()).isNull();
      });
    }
    // Its own taking, told by pronoun or by its own name, is asserted.
    for (String own : List.of("Grudgingly, the army admits it recaptured Tessit after dark.", "A ministry bulletin acknowledged that the army recaptured Tessit at dawn.")) {
      assertThat(of(ClaimType.CONTROL, about(own))).as(own).singleElement().satisfies(c -> {
        assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        assertThat(c.actor().name()).isEqualTo("army");
      });
    }
  }
}
