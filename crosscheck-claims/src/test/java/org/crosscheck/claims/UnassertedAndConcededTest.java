package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * What a sentence does not assert (speculation, a negated confirmation, a quantified "any statement"),
 * what it concedes ("did not deny", "our fighters withdrew", its own injured), and whose word a
 * background count is, on sentences of our own.
 */
class UnassertedAndConcededTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aQuestionOfWhoHoldsAPlaceNamesNoHolder() {
    // Before: each gave Ridgeford as held (by no one named).
    for (String question : List.of("Residents cannot say who controls Ridgeford, but rebels took Lakeside on Monday.",
        "But who holds Ridgeford is disputed; rebels took Lakeside on Monday.",
        "The statement says nothing about who held Ridgeford, and rebels took Lakeside on Monday.")) {
      assertThat(about(question).claims(ClaimType.CONTROL)).as(question)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Lakeside");
    }
    // A "who" relating to the fighters named before it still tells who held the place, and so does one joined to another.
    assertThat(about("Rebel fighters who seized Tessit and who still hold Ridgeford fired on Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactlyInAnyOrder("ASSERTED Tessit", "ASSERTED Ridgeford");
    assertThat(about("Rebel fighters who hold Ridgeford fired on Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aDenialWordNoLongerSaidDeniesNothing() {
    // Before: the second sentence denied the taking told in the first.
    assertThat(about("Rebels said they took Ridgeford on Monday.", "Their account is no longer much disputed.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aSentenceThatIsOnlyAnEventsNameIsATitle() {
    // Before: the titles gave a taking of Ridgeford and a strike on Tessit.
    Handmade article = about("1. The fall of Ridgeford.", "Rebels attacked Lakeside on Monday.", "HOST: Amadou, finally, the air strike on Tessit market.",
        "The army still holds Tessit.");
    assertThat(article.claims(ClaimType.CONTROL)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    assertThat(article.claims(ClaimType.ATTACK)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Lakeside");
  }

  @Test
  void anEventsNameWithAVerbAfterItIsASentenceNotATitle() {
    // Before: a lower-case word after the place was read as part of the title ("Tessit market"), so a verb was too.
    for (String sentence : List.of("The attack on Tessit failed.", "The shelling of Tessit resumed.")) {
      assertThat(about(sentence).claims(ClaimType.ATTACK)).as(sentence)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    }
  }

  @Test
  void aYearASpanStartsFromIsNoEventTime() {
    Claim since = about("Rebels have attacked Ridgeford almost daily since 2029, the army said.").time("2029", "2029")
        .claims(ClaimType.ATTACK).get(0);
    assertThat(since.eventTime().fromText()).isFalse();
    Claim in = about("Rebels attacked Ridgeford in 2029, the army said.").time("2029", "2029").claims(ClaimType.ATTACK).get(0);
    assertThat(in.eventTime().value()).isEqualTo("2029");
  }

  @Test
  void aSideAdmittingPullingOrWithdrawingItsOwnPeopleOutOfAPlaceConcedesIt() {
    assertThat(about("The rebels have admitted pulling their fighters out of Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("CONCEDED Ridgeford");
    assertThat(about("The army has admitted abandoning its outpost outside Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("CONCEDED Lakeside");
    assertThat(about("The army has conceded withdrawing its soldiers from Tessit.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("CONCEDED Tessit");
  }

  @Test
  void anAdmissionPointingBackToATakingConcedesItBesideTheTakingAsTold() {
    // Before: the taking alone, asserted.
    assertThat(about("The rebels now hold a hill above Ridgeford, which the army has conceded.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Ridgeford", "CONCEDED Ridgeford");
    assertThat(about("Militia fighters seized the bridge at Tessit, whose loss a police officer admitted.").claims(ClaimType.CONTROL))
        .filteredOn(c -> c.polarity() == Polarity.CONCEDED).singleElement()
        .extracting(c -> c.claimant().name()).isEqualTo("a police officer");
    // An admission withheld concedes nothing; one about the next place told is that place's.
    assertThat(about("The rebels took Ridgeford, which the army has not acknowledged.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(about("The rebels say they hold half of Ridgeford, which the army denies, and Lakeside, which the army concedes.")
        .claims(ClaimType.CONTROL))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::polarity).doesNotContain(Polarity.CONCEDED).isNotEmpty();
  }

  @Test
  void aPullingOutAdmittedInAClauseOfItsOwnAfterATakingConcedesTheTakensPlace() {
    // Before: the taking alone, asserted; the admission names no place, so it gave no claim.
    for (String text : List.of("Militia fighters overran Ridgeford on Friday; the army admits a \"planned redeployment\".",
        "The rebels seized the depot at Ridgeford, and the army has since acknowledged a tactical pullback.",
        "Soldiers retook Ridgeford late on Friday; the Free Front admits pulling out.")) {
      assertThat(about(text).name("Free Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL)).as(text)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactlyInAnyOrder("ASSERTED Ridgeford", "CONCEDED Ridgeford");
    }
    assertThat(about("Militia fighters overran Ridgeford on Friday; the army admits a \"planned redeployment\".").claims(ClaimType.CONTROL))
        .filteredOn(c -> c.polarity() == Polarity.CONCEDED).singleElement().extracting(c -> c.claimant().name()).isEqualTo("army");
    // Not the taker's own leaving, not an admission withheld, and one naming a place of its own is about that place.
    for (String text : List.of("The Free Front took Ridgeford on Friday; the Free Front admits a later withdrawal.",
        "Militia fighters overran Ridgeford on Friday; the army admits no withdrawal.")) {
      assertThat(about(text).name("Free Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL)).as(text)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
    }
    assertThat(about("The Free Front took Ridgeford, and the army admits leaving Tessit.").name("Free Front", EntityType.ORGANIZATION)
        .claims(ClaimType.CONTROL)).extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Ridgeford", "CONCEDED Tessit");
  }

  @Test
  void aPullingOutWhoseAdmissionIsRefusedOrDeniedConcedesNothing() {
    // Before: each conceded the taking, by "army refuses to" and "army denies it".
    for (String text : List.of("Rebels took Ridgeford on Monday, but the army refuses to admit a withdrawal.",
        "Rebels took Ridgeford on Monday, and the army denies it admitted a withdrawal.")) {
      assertThat(about(text).claims(ClaimType.CONTROL)).as(text)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
    }
  }

  @Test
  void anAdmissionRefusedOrGoverningAClauseOfItsOwnConcedesNothing() {
    // Before: each conceded the taking by "the army refuses to", "the army has yet to", "the army denies having"
    // and "has a market the army".
    for (String admission : List.of("which the army refuses to acknowledge", "which the army has yet to acknowledge",
        "which the army denies having admitted", "which has a market the army admitted was burnt")) {
      assertThat(about("The rebels took Ridgeford, " + admission + ".").claims(ClaimType.CONTROL))
          .as(admission).extracting(Claim::polarity).doesNotContain(Polarity.CONCEDED).contains(Polarity.ASSERTED);
    }
  }

  @Test
  void aForceThatHasNotComeBackToAPlaceIsAwayFromItAssertedNotDenied() {
    // Before: the return read as denied ("DENIED GAIN"), a denial nobody's claim called for.
    assertThat(about("Residents said the army has not reoccupied its post at Ridgeford since the raid.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect() + " " + c.actorSide()).isEqualTo("ASSERTED LOSS Mali");
    assertThat(about("Two weeks on, the soldiers have never re-entered Tessit, a trader said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect()).isEqualTo("ASSERTED LOSS");
    // With no force named, the negated return stays a denial.
    assertThat(about("The post at Ridgeford has not been reoccupied, residents said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void anyStatementCalledFalseIsDeniedAndAssertedByNoOne() {
    assertThat(about("The army said any statement that Ridgeford has fallen is false.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void peopleCapturedInFightingAroundAPlaceAreNoControlOfIt() {
    Handmade h = about("The army said 40 rebels were captured in fighting around Ridgeford.");
    assertThat(h.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(h.claims(ClaimType.QUANTITY)).singleElement().extracting(c -> c.quantity().category()).isEqualTo("prisoners");
    assertThat(about("The army said Ridgeford was captured on Friday.").claims(ClaimType.CONTROL)).hasSize(1);
  }

  @Test
  void peopleOrThingsTakenAtAPlaceAreNoTakingOfIt() {
    // Before: each gave Ridgeford as taken. A participle right after the people or things it tells of is what befell them
    // there ("the soldiers captured at X"), not a taking of X.
    for (String told : List.of("The rebels later released the six soldiers captured at Ridgeford, and troops retook Lakeside on Monday.",
        "A video shows trucks seized in Ridgeford last week, and troops retook Lakeside on Monday.")) {
      assertThat(about(told).claims(ClaimType.CONTROL)).as(told)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Lakeside");
    }
    // With an object of its own after it, the verb is the people's own deed: the fighters took the place.
    assertThat(about("The army said fighters captured Ridgeford on Friday.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aGainOfCountedThingsTakesNoPlace() {
    // What was recovered or seized is the counted bodies or guns, not the place they were found in.
    Handmade bodies = about("Police said they had recovered six bodies in Ridgeford on Sunday.");
    assertThat(bodies.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(bodies.claims(ClaimType.QUANTITY)).isNotEmpty();
    assertThat(about("The rebels said they seized four pickup trucks at Tessit.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The rebels said they seized four pickup trucks at Tessit.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("The rebels said they seized four pickup trucks at Tessit.").claims(ClaimType.QUANTITY))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(about("The prosecutor said 12 bodies had been recovered in Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The prosecutor said 12 bodies had been recovered in Ridgeford.").claims(ClaimType.QUANTITY)).isNotEmpty();
    // A count of villages or posts is ground taken.
    assertThat(about("The rebels said they captured three villages around Tessit.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).contains("Tessit");
    assertThat(about("Police said they had recovered Ridgeford on Sunday.").claims(ClaimType.CONTROL)).hasSize(1);
  }

  @Test
  void whereNoncombatantsGoIsNoOnesGround() {
    Handmade refuge = about("The aid agency said some 900 people from Ridgeford had taken shelter in Tessit.");
    assertThat(refuge.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(refuge.claims(ClaimType.QUANTITY)).isNotEmpty();
    assertThat(about("Villagers who recently left Ridgeford described empty streets.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("Soldiers who recently left Ridgeford described empty streets.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name() + " " + c.effect()).isEqualTo("Ridgeford LOSS");
    // The people the trigger is about are the soldiers, or a side's own "people".
    assertThat(about("Villagers said soldiers had left Ridgeford.").claims(ClaimType.CONTROL)).hasSize(1);
    assertThat(about("The rebels said their people had entered Tessit.").claims(ClaimType.CONTROL)).hasSize(1);
    assertThat(about("Witnesses said the militia's people had entered Tessit.").claims(ClaimType.CONTROL)).hasSize(1);
  }

  @Test
  void noncombatantsAfterAParticipleWithASubjectOfItsOwnAreItsObject() {
    // The soldiers entered and the troops retook; the families and civilians are whom they escorted or protected.
    assertThat(about("Soldiers escorting displaced families entered Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford GAIN");
    assertThat(about("Troops protecting civilians retook Ridgeford on Monday, the army said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford GAIN");
    // A participle opening the noun phrase describes the people, who are still the subject.
    Handmade fleeing = about("Hundreds of fleeing civilians had taken refuge in Tessit, the aid agency said.");
    assertThat(fleeing.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(fleeing.claims(ClaimType.QUANTITY)).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void bystandersAndFishermenWhoLeaveATownGiveNoGroundUp() {
    // Aid workers and fishermen fight for no one: where they go is no side's loss, and what they saw stands as told.
    assertThat(about("An aid worker who left Ridgeford on Sunday said the rebels were flying their flag over the barracks.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.polarity()).containsExactly("Ridgeford GAIN ASSERTED");
    Handmade fisherman = about("A fisherman who left Tessit on Monday said nobody had stopped him.");
    assertThat(fisherman.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The soldiers left Tessit on Monday, and nobody had stopped them.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name() + " " + c.effect()).isEqualTo("Tessit LOSS");
  }

  @Test
  void whatAForceSaysItTargetsOnlyIsItsRuleNoStrike() {
    // A present "targets only" tells whom a force means to hit as a rule, not a strike on any day.
    assertThat(about("The ministry rejects the charge that its jets bombed Tessit. The air force targets only rebel depots around Tessit.")
        .claims(ClaimType.ATTACK)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("DENIED Tessit");
    // A strike told in the past stays one, "only" or not.
    assertThat(about("On Monday two jets bombed only depots of the rebels around Tessit.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
  }

  @Test
  void whatAnAppealAsksForHasNotHappened() {
    assertThat(about("The mayor called on the rebels, and on their allies, to withdraw from Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The council urged the army to retake Tessit before the rains.").claims(ClaimType.CONTROL)).isEmpty();
    // The same events told as reports are claims: the empty lists above are the appeals' doing.
    assertThat(about("The mayor said the rebels withdrew from Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name() + " " + c.effect()).isEqualTo("Ridgeford LOSS");
    assertThat(about("The council said the army retook Tessit before the rains.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name() + " " + c.effect()).isEqualTo("Tessit GAIN");
    // An appeal set off by a full stop or semicolon leaves the next clause a report.
    assertThat(about("The mayor called on both sides to talk; the rebels withdrew from Ridgeford.").claims(ClaimType.CONTROL)).hasSize(1);
  }

  @Test
  void anInfinitiveOfAnotherClauseAfterAnAppealWordIsNoAppealsContent() {
    // A speaker, a clause of its own or a verb taking the infinitive stands between: what follows "to" happened.
    assertThat(about("Asked about the attack, the colonel said his men had been forced to withdraw from Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford LOSS");
    assertThat(about("The governor urged calm after rebels moved to seize Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford GAIN");
    assertThat(about("The army asked residents for patience and managed to retake Ridgeford on Friday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford GAIN");
    assertThat(about("The rebels, who demanded the release of prisoners, went on to seize Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name() + " " + c.effect()).isEqualTo("ASSERTED Ridgeford GAIN");
  }

  @Test
  void speculationAndANegatedConfirmationClaimNothing() {
    assertThat(about("The next days will show whether the rebels can hold Lakeside once Ridgeford is lost.").claims(ClaimType.CONTROL))
        .isEmpty();
    assertThat(about("The army has not confirmed the recapture of Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The army has yet to confirm that rebels seized Tessit.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void claimsLeftUnconfirmedStillStand() {
    assertThat(about("Aid workers could not confirm claims that the rebels control Tessit.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("Not confirmed: local sources say the rebels also took Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void notDenyingALossConcedesIt() {
    Claim c = about("The rebel spokesman did not deny leaving Ridgeford.").claims(ClaimType.CONTROL).get(0);
    assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
    assertThat(c.claimant().name()).isEqualTo("rebel spokesman");
  }

  @Test
  void nobodyButAnExceptionHoldsAPlaceAsserted() {
    assertThat(about("Nobody controls Lakeside except the Malian army.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("Nobody controls Lakeside now.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void howManyLiveInAPlaceIsTheWritersNotTheLastSpeakers() {
    List<Claim> counts = about("The mayor said the rebels took Ridgeford.", "About 1,500 people live in Lakeside.")
        .claims(ClaimType.QUANTITY);
    assertThat(counts).singleElement().extracting(Claim::claimant).isNull();
    assertThat(about("The mayor said the rebels took Ridgeford. About 1,500 people fled to Lakeside.")
        .claims(ClaimType.QUANTITY)).singleElement().extracting(c -> c.claimant().name()).isEqualTo("mayor");
  }

  @Test
  void aConcessionQuotedByTheOtherSideIsTheConcedersRelayedByTheSpeaker() {
    List<Claim> control = Handmade.of("\"Even Malian officers now admit that Ridgeford is no longer under their control,\" said Amadou Keita, "
        + "a spokesman for the White Banner rebels.").malianTowns().name("Amadou Keita", EntityType.PERSON).claims(ClaimType.CONTROL);
    assertThat(control).singleElement().satisfies(c -> {
      assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
      assertThat(c.claimantSide()).isEqualTo("Mali");
      assertThat(c.citations()).extracting(CitationHop::name).contains("Amadou Keita");
    });
  }

  @Test
  void aStatesOwnGainAdmittedIsNoConcession() {
    assertThat(about("The ministry acknowledged that its forces had retaken Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("Officials acknowledged that government forces had retaken Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aLossToldInTheFirstPersonIsConceded() {
    assertThat(about("At dawn our fighters withdrew from Ridgeford in good order.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("At dawn the rebels withdrew from Ridgeford in good order.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("\"Our units carried out a tactical withdrawal from Ridgeford,\" the colonel said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
  }

  @Test
  void aFirstPersonLossDrivenOrToldPastARelativeClauseIsConceded() {
    // "had to", "were forced to": a loss the speaker's side was driven to is still its own.
    assertThat(about("In the end our fighters had to pull back from Ridgeford before the rains came.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("A local commander told us that his men were forced to leave Ridgeford before dawn.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // A relative clause between the subject and its verb.
    assertThat(about("At dusk our unit, which had guarded the bridge for a week, left Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("CONCEDED Ridgeford");
    // Another side driven out stays asserted.
    assertThat(about("In the end the rebels had to pull back from Ridgeford before the rains came.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aLossOfTheSpeakersOwnForcesByPossessiveIsConceded() {
    assertThat(about("The Malian army admitted on Friday that its soldiers had pulled out of Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("A local commander told us that his men withdrew from Ridgeford before dawn.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("The ministry said its detachment had \"withdrawn\" from Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // The possessive must open the clause: here "their" is the rebels', who are not the speaker.
    assertThat(about("A local commander told us that the rebels and their fighters withdrew from Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    // Onlookers own no forces: the possessive points to a force they tell of (review, session 14).
    assertThat(about("Residents said its soldiers had pulled out of Ridgeford on Tuesday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("Witnesses told us that their fighters withdrew from Ridgeford before dawn.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    // Forces the speaker does not own by the possessive stay asserted.
    assertThat(about("A local commander told us that the rebels withdrew from Ridgeford before dawn.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aLossWhoseSubjectIsTheSpeakersPronounIsConceded() {
    // The speaker's side need not be known: the pronoun right after its verb makes the loss its own.
    assertThat(about("The village guards say they withdrew from Ridgeford on Monday night.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("The mutineers admit that they had already left Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // Onlookers own no forces; "it" before "had fallen" is the town, not the speaker.
    assertThat(about("Residents said they left Ridgeford on Tuesday.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(about("The village guards said it had fallen in Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    // A retreat is the speaker's own even when its phrase holds a word of a place's fall ("fell back").
    assertThat(about("The village guards said they fell back from Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
  }

  @Test
  void theSpeakersPronounIsTheSubjectOfASecondPredicateJoinedByAnd() {
    // "they" heads both predicates: the second one's loss is the speaker's own too.
    assertThat(about("The village guards said they burned their stores and had left Ridgeford by noon.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
    // A second subject after "and" is another side: its retreat is asserted.
    assertThat(about("The village guards said they burned their stores and the rebels had left Ridgeford by noon.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aSecondPredicateAfterAClauseOfAnotherSubjectIsNotTheSpeakersOwn() {
    // The speaker saw or believed; the gunmen and the militia withdrew: their loss is asserted, not conceded.
    assertThat(about("The village guards said they saw gunmen loot the market and withdraw from Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(about("The army said it believed the militia had raided a farm and withdrew from Lakeside.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void injuriesToASpeakersOwnPoliceAreConceded() {
    assertThat(about("The Malian interior ministry said two police officers suffered light injuries.").claims(ClaimType.QUANTITY))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.quantity().category()).isEqualTo("casualties");
        });
  }

  @Test
  void theDefenceForcesAreTheStatesForcesNotAGroupCalledDefence() {
    List<Claim> held = about("Ridgeford and Lakeside are under the full control of the Defence Forces, the Malian army said.")
        .claims(ClaimType.CONTROL);
    assertThat(held).extracting(c -> c.place().name()).contains("Ridgeford", "Lakeside");
    assertThat(held).allSatisfy(c -> assertThat(c.actorSide()).isNotEqualTo("Defence"));
  }

  @Test
  void whatAThreatWaitsForHasNotHappened() {
    assertThat(about("\"We will not leave until Ridgeford is ours,\" said the rebel spokesman.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The army will fight on until Tessit is liberated, the minister said.").claims(ClaimType.CONTROL)).isEmpty();
    // Told in the past, what came until then did happen.
    assertThat(about("The rebels held Ridgeford until the army retook it in May.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsOnly(Polarity.ASSERTED).isNotEmpty();
  }

  @Test
  void aTakingOrHoldingAdmittedIsConcededUnlessTheTakerAdmitsIt() {
    assertThat(about("Officials admit that at least one position above Ridgeford is still held by rebels.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(about("The army says the attack was repelled, but an officer has admitted that the base at Ridgeford was partly overrun.")
        .claims(ClaimType.CONTROL)).singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // Without the admission the same holding is asserted.
    assertThat(about("Officials say that at least one position above Ridgeford is still held by rebels.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    // A holding another speaker claims after the admission is that speaker's word.
    assertThat(about("The army admits only that its men left Tessit, while the rebels say they have held Ridgeford since May.")
        .claims(ClaimType.CONTROL)).filteredOn(c -> c.effect() == Effect.GAIN).isNotEmpty()
        .extracting(Claim::polarity).doesNotContain(Polarity.CONCEDED);
    // A side admitting its own taking claims it; it concedes nothing.
    assertThat(about("The Malian army admitted that Malian troops seized Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).isNotEmpty().doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void aForceNamedByItsPostWithdrawnInAStatesOwnStatementIsConceded() {
    Handmade personnel = Handmade.of("To avoid casualties, the personnel of the checkpoint of the internal affairs bodies on the northern road"
        + " were temporarily withdrawn from Ridgeford.").inMali().outlet("Ministry of Defence of Mali");
    assertThat(personnel.claims(ClaimType.CONTROL)).singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    Handmade unit = Handmade.of("To avoid casualties, the unit stationed on the hill above the old market of the town was withdrawn"
        + " from Ridgeford.").inMali().outlet("Ministry of Defence of Mali");
    assertThat(unit.claims(ClaimType.CONTROL)).singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // Officers named by their district, not their post, are no subject the rule knows.
    // (No reason given here: a withdrawal the state's statement excuses "to avoid casualties" is conceded whoever withdrew.)
    Handmade district = Handmade.of("The officers of the district on the hill above the old market of the town were"
        + " withdrawn from Ridgeford.").inMali().outlet("Ministry of Defence of Mali");
    assertThat(district.claims(ClaimType.CONTROL)).singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aUnitRepositionedFromAPlaceIsItsSidesLossConceded() {
    Handmade moved = Handmade.of("To spare the lives of the people of Ridgeford, the unit stationed in the town was repositioned.")
        .inMali().outlet("Ministry of Defence of Mali");
    assertThat(moved.claims(ClaimType.CONTROL)).singleElement()
        .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED))
        .satisfies(c -> assertThat(c.effect()).isEqualTo(Effect.LOSS));
    // People repositioned, not a post, give up no ground.
    assertThat(Handmade.of("The wounded from Ridgeford were repositioned in the hospital.").inMali().claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceNamedByItsPostMovedAwayConcedesThePostsPlace() {
    // The move of a force named by where it was posted is its own side's word: the place it left is conceded.
    assertThat(about("The army said the troops at Ridgeford had been \"redeployed\" to Lakeside.").claims(ClaimType.CONTROL)).singleElement()
        .satisfies(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"))
        .satisfies(c -> assertThat(c.effect()).isEqualTo(Effect.LOSS))
        .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    assertThat(about("For tactical reasons, the units stationed at Ridgeford were repositioned on 6 September to Lakeside.")
        .outlet("Ministry of Defence of Mali").claims(ClaimType.CONTROL)).singleElement()
        .satisfies(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"))
        .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    // Onlookers telling of the move concede nothing; officers merely in a place are no force named by its post.
    assertThat(about("Residents said the troops at Ridgeford had been moved to Lakeside.").claims(ClaimType.CONTROL)).singleElement()
        .extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(about("The officers in Ridgeford were transferred to hospital.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aDetachmentReadjustedAwayIsMovedAsRepositionedIs() {
    // "readjusted", the staff's word for a garrison pulled back, moves the force off its post as "repositioned" does.
    assertThat(about("For operational reasons, the detachment at Ridgeford was readjusted on 4 May towards Lakeside.")
        .outlet("Ministry of Defence of Mali").claims(ClaimType.CONTROL)).singleElement()
        .satisfies(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"))
        .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    // Residents telling of it concede nothing.
    assertThat(about("Residents said the detachment at Ridgeford was readjusted towards Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void soldiersOfAPostTakenForCareGiveUpNoGround() {
    // The wounded carried away for care: the post is still held.
    assertThat(about("The soldiers at Ridgeford were moved to hospital after the attack.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The army said the troops at Ridgeford were transferred to a military clinic in Lakeside.").claims(ClaimType.CONTROL)).isEmpty();
    // Moved to another place, they gave up the first.
    assertThat(about("The soldiers at Ridgeford were moved to Lakeside.").claims(ClaimType.CONTROL)).singleElement()
        .satisfies(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"));
  }

  @Test
  void aDateAfterALossVerbIsNoCountLost() {
    // "on 6 September" tells when the post was given up; "lost 6 soldiers" is a count, no ground.
    assertThat(about("The army said Ridgeford was abandoned on 6 September.").claims(ClaimType.CONTROL)).hasSize(1);
    assertThat(about("The army said it lost 6 soldiers near Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    // A number that could be a year is a count unless a preposition makes it a date.
    assertThat(about("The army said it lost 1900 of its men near Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
  }
  @Test
  void aReturnTheAdmittersOwnSideHasNotMadeIsItsLossConceded() {
    // "concedes it has not re-entered X": the admitter's side is not in the place, by its own word: a loss, conceded.
    assertThat(about("The Malian army concedes that it has not re-entered Ridgeford since the raid.").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
    assertThat(about("The army spokesman acknowledged that troops had not yet entered Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
    // No "that" after the admission: its clause all the same.
    assertThat(about("The Malian army concedes it has not entered Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    // Said, not admitted, the same is a denial.
    assertThat(about("The army spokesman said that troops had not yet entered Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.DENIED);
    // An admission whose clause ends before the taking does not govern it.
    assertThat(about("The Malian army acknowledged losses on Monday, while insisting that troops had never entered Ridgeford.")
        .claims(ClaimType.CONTROL)).extracting(Claim::polarity).containsExactly(Polarity.DENIED);
    // Another side's taking not made is no loss of the admitter's.
    assertThat(about("The Malian army admits that the rebels have not entered Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.DENIED);
  }

  @Test
  void anArmedGroupsTakingConfirmedByAStateOfficialIsConceded() {
    // The district's administrator speaks for the state: the armed group's entry, borne out by him, is the state's loss admitted.
    assertThat(about("The district administrator, Amadou Keita, confirmed that JNIM fighters had entered Ridgeford on Monday.")
        .name("Amadou Keita", EntityType.PERSON).claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
    // A trader speaks for no state: what he bears out is told, not admitted.
    assertThat(about("A trader in the market, Amadou Keita, confirmed that JNIM fighters had entered Ridgeford on Monday.")
        .name("Amadou Keita", EntityType.PERSON).claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    // The state's own forces' taking, confirmed by its official, is its claim, not a concession.
    assertThat(about("The district administrator, Amadou Keita, confirmed that soldiers had retaken Ridgeford on Monday.")
        .name("Amadou Keita", EntityType.PERSON).claims(ClaimType.CONTROL))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aTakingInAClauseOfTimeLeadingIntoTheFutureHasNotHappened() {
    // Before: "take" and "enter" read as takings of Ridgeford.
    assertThat(about("\"We hold Tessit, and when we take Ridgeford, you will not need a video to know it,\" the rebel commander said.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Tessit");
    assertThat(about("The army holds Tessit; once the rebels enter Ridgeford, aid will stop.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
    // Told in the past, a clause of time tells the event; so does one whose main clause is no future.
    assertThat(about("When the rebels took Ridgeford, the army fell back.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).contains("Ridgeford");
    // A "will" in what a speaker says after the clause of time is no future main clause: the taking is told.
    assertThat(about("When the rebels seized Ridgeford in May, the army said it will retake the town.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).contains("Ridgeford");
  }

  @Test
  void aRelativeDenialDeniesOnlyWhatItsOwnClauseTells() {
    // Before: the army's denial of the killing denied the withdrawal told before it.
    assertThat(about("Residents say the rebels withdrew from Ridgeford, and a rights group says soldiers killed two farmers in Tessit, "
        + "which the army denies.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("ASSERTED Ridgeford").doesNotContain("DENIED Ridgeford");
    // Before: a denial of abductions, and one of arming the youth, denied the taking told in the sentence before.
    for (String denial : List.of("UNMISS says 27 women were abducted in the town, which the youth deny.",
        "The government accuses the opposition of arming the youth, a charge the opposition denies.")) {
      assertThat(about("The youth took Ridgeford on Monday.", denial).claims(ClaimType.CONTROL)).as(denial)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
    }
    // A relative denial of the taking its clause tells still denies it.
    assertThat(about("The rebels say they took Ridgeford, which the army denies.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("DENIED Ridgeford");
  }

  @Test
  void everyRelativeFormOfADenialDeniesOnlyItsOwnClause() {
    // Before: a relative the clause-bound did not know as one ("the claim", "a report", "the charge"), pointing back past
    // a colon or ", and", denied the holding told before its clause, or told in the sentence before.
    for (String sentence : List.of("The rebels hold Ridgeford, and images show militia fighters in Tessit, the claim the army denies.",
        "The rebels hold Ridgeford: images show militia fighters in Tessit, a report the army denies.")) {
      assertThat(about(sentence).claims(ClaimType.CONTROL)).as(sentence)
          .extracting(c -> c.polarity() + " " + c.place().name())
          .containsExactlyInAnyOrder("ASSERTED Ridgeford", "ASSERTED Tessit", "DENIED Tessit");
    }
    assertThat(about("The rebels took Ridgeford on Monday.", "The army accuses the rebels of arming the youth, the charge the rebels deny.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aChargeSetOffAfterTheClaimIsDeniedByTheRelativesSubject() {
    // Before: ", a charge the rebels deny" bounded what was denied but was no apposed denial to find its denier, and the
    // army, who told the taking, denied it.
    assertThat(about("The army says the rebels took Tessit, a charge the rebels deny.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " by " + c.claimant().name()).containsExactlyInAnyOrder("ASSERTED by army", "DENIED by rebels");
  }

  @Test
  void aDenialTellingAnotherActDeniesNoHoldingToldBeforeIt() {
    // Before: the denial that soldiers were captured denied the rebels' taking.
    assertThat(about("The rebels say they captured Ridgeford; the army denies that any soldier was captured.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("ASSERTED Ridgeford").doesNotContain("DENIED Ridgeford");
    // A denial telling a taking or a loss still answers the taking.
    assertThat(about("The rebels say they captured Ridgeford; the army denies that its troops left the town.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("DENIED Ridgeford");
  }

  @Test
  void whatWasSupposedToHappenOrCameCloseToHappeningDidNot() {
    // Before: each read a taking or a loss of Ridgeford.
    for (String unreal : List.of("Under the deal, the rebels were supposed to leave Ridgeford.", "They came close to seizing Ridgeford in 2021.")) {
      assertThat(about("The rebels hold Tessit.", unreal).claims(ClaimType.CONTROL)).as(unreal)
          .extracting(c -> c.place().name()).containsExactly("Tessit");
    }
  }

  @Test
  void aPictureTakenSomewhereTakesNothing() {
    // Before: "was taken in Lakeside" read a taking of Lakeside.
    for (String picture : List.of("The photo was taken in Lakeside in 2023.",
        "The photograph in the posts, which shows a burned car, was taken in Lakeside in 2023.")) {
      assertThat(about("Rebels took Ridgeford on Monday.", picture).claims(ClaimType.CONTROL)).as(picture)
          .extracting(c -> c.place().name()).containsExactly("Ridgeford");
    }
    assertThat(about("Rebels took Ridgeford on Monday.", "Lakeside was taken in a night raid.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford", "Lakeside");
  }

  @Test
  void anAttackTheSpeakerAdmitsSufferingIsConceded() {
    // Before: each was asserted, the speaker's own side given as the attacker where none was named.
    for (String admitted : List.of("The gendarmerie confirmed that one of its convoys was ambushed near Tessit on Sunday.",
        "An army spokesman acknowledges that a supply truck came under fire outside Tessit.",
        "The police said they had lost four officers when a mine hit their vehicle near Tessit.")) {
      assertThat(about(admitted).claims(ClaimType.ATTACK)).as(admitted)
          .extracting(c -> c.polarity() + " " + c.place().name() + " " + (c.actor() == null ? null : c.actor().side()))
          .containsExactly("CONCEDED Tessit null");
    }
    assertThat(about("The militia says two of its fighters were wounded when bandits raided a checkpoint in Tessit.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name() + " " + c.actor().side()).containsExactly("CONCEDED Tessit bandits");
    // A place hit, or a weapon fired, is no one's own people: confirming it asserts the attack.
    assertThat(about("Farmers confirmed that Tessit was shelled on Sunday.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    assertThat(about("The army confirms that a rocket was fired at the Tessit checkpoint.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
  }

  @Test
  void onlookersOwnDeadToldWithTheAttackAccuseTheAttacker() {
    // Before: any "their ... were killed when" made the attack the speaker's concession.
    assertThat(about("Villagers said their sons were killed when soldiers raided Tessit.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    assertThat(about("A farmer said they lost two cousins when gunmen raided Tessit.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
  }

  @Test
  void aStateSpeakerConfirmingItsFoesWereHitConcedesNothing() {
    // Before: a state speaker's passive was read as its own people hit whatever the subject named.
    for (String confirmed : List.of("The army confirmed that a rebel camp was bombed near Tessit.",
        "The army confirmed that militants were ambushed near Tessit on Sunday.")) {
      assertThat(about(confirmed).claims(ClaimType.ATTACK)).as(confirmed)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    }
    // Its own, named so, stay its concession.
    assertThat(about("The army confirmed that one of its convoys was ambushed near Tessit.").claims(ClaimType.ATTACK))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("CONCEDED Tessit");
  }

  @Test
  void theOneToldIsNotTheSubjectOfWhatIsTold() {
    // Before: the one told ("us", "reporters", "the Daily Courier") stood between the speech verb and "his men", so the
    // speaker's own withdrawal read as asserted.
    for (String told : List.of("A militia commander told us his men pulled back from Ridgeford.",
        "A militia commander, reached by phone, told reporters his men had pulled out of Ridgeford.",
        "A militia commander tells the Daily Courier his fighters left Ridgeford on Sunday.")) {
      assertThat(about(told).claims(ClaimType.CONTROL)).as(told)
          .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("CONCEDED Ridgeford");
    }
    // Another side's withdrawal, told to reporters, stays asserted.
    assertThat(about("An army officer told reporters the rebels withdrew from Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aSpeakerConfirmingItsOwnWithdrawalConcedesIt() {
    // Before: "confirm" was no verb a speaker's own "they" could follow, so the loss read as asserted.
    assertThat(about("The rebels confirm they pulled out of Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("CONCEDED Ridgeford");
    // Onlookers confirming they left lose the place to nobody: still asserted.
    assertThat(about("Residents confirmed they left Ridgeford on Monday.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void eachSpeechClauseOfASentenceHasItsOwnSpeaker() {
    // Before: the rebels' withdrawal was the army's claim, and, the army being named within reach of "say they", its own loss.
    List<Claim> two = about("The army says it took Lakeside, and the rebels say they pulled out of Ridgeford.").claims(ClaimType.CONTROL);
    assertThat(two).extracting(c -> c.polarity() + " " + c.place().name() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED Lakeside by army", "CONCEDED Ridgeford by rebels");
    assertThat(two).filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::actor).containsOnlyNulls();
    // Review 27: a later speaker's name does not take in the joint before it ("and the rebels").
    assertThat(about("The army took Lakeside, the ministry said, and the rebels say they left Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("Lakeside by ministry", "Ridgeford by rebels");
    // A pronoun speaking later is the sentence's own source: the army's, not a new one.
    assertThat(about("The army says it took Lakeside, and it says the rebels left Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("Lakeside by army", "Ridgeford by army");
  }
}
