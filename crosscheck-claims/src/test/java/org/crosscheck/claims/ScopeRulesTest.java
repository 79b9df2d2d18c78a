package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Negation, denial and object scope, gerunds, person objects and concessions, on sentences of our own. */
class ScopeRulesTest {

  private static List<Claim> of(ClaimType type, Handmade article) {
    return article.claims(type);
  }

  private static Handmade about(String text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aDenialEndsWhereItsSpeakerGoesOnInThePresentTense() {
    // "denies X and accuses Y of Z": the accusation is asserted, as after "denied X and accused"; before, both were denied.
    assertThat(of(ClaimType.ATTACK, about("The rebels deny shelling Ridgeford and accuse the army of burning houses in Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Ridgeford", "ASSERTED Lakeside");
    assertThat(of(ClaimType.ATTACK, about("The militia denies attacking Tessit and blames the army for the raid on Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Tessit", "ASSERTED Lakeside");
    // "claims of" is a noun, one more thing denied (and asserted by whoever made the claims, as "denies claims of"
    // gives), not the army going on; before, the army asserted Lakeside's burning.
    assertThat(of(ClaimType.ATTACK, about("The army denies shelling Tessit and claims of burning houses in Lakeside.")))
        .filteredOn(c -> c.claimant() != null && c.claimant().name().equals("army"))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Tessit", "DENIED Lakeside");
  }

  @Test
  void aNegatedVerbsSubjectIsWhatAPronounInALaterClauseTakesUp() {
    // Before: "it" stood for nothing, so the later clause's holding of the camp was lost behind the denial of its loss.
    assertThat(of(ClaimType.CONTROL, about("The commander says the Tessit camp was never lost, and shepherds add that troops stayed inside it all week.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Tessit", "ASSERTED Tessit");
    assertThat(of(ClaimType.CONTROL, about("The ministry insists the Lakeside barracks never fell; a local official says the rebels held it for a day.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Lakeside", "ASSERTED Lakeside");
  }

  @Test
  void aDenialEndsWhereAnAdmissionIsSetAgainstIt() {
    // Before: the admitted withdrawal from Lakeside was denied with Ridgeford's fall.
    assertThat(of(ClaimType.CONTROL, about("The army denied that the rebels had ever held Ridgeford, but admitted that its soldiers had pulled out of Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Ridgeford", "CONCEDED Lakeside");
    assertThat(of(ClaimType.CONTROL, about("The ministry called the report that rebels took Ridgeford a lie, but a police spokesman has since acknowledged that the police left Tessit.")))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
  }

  @Test
  void aDenialInAClauseOfItsOwnIsByThatClausesSubject() {
    // Before: no denial (its speaker taken for the claimant) and "Residents of Ridgeford" denying their own account.
    assertThat(of(ClaimType.CONTROL, about("The militia has claimed it took Tessit; the government denies it.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by militia", "DENIED by government");
    assertThat(of(ClaimType.ATTACK, about("Residents of Ridgeford accuse the army of shelling the village on Sunday; the army denies it.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by Residents of Ridgeford", "DENIED by army");
  }

  @Test
  void propagandaOrInformationDeniedIsTheClaimOfWhoeverSpreadsIt() {
    // Before: the denial alone; a communique denying "propaganda" or "information" circulating answers someone's claim.
    assertThat(of(ClaimType.CONTROL, about("The ministry rejects the propaganda spread by the militia that its fighters have entered Tessit.")))
        .extracting(c -> c.polarity() + " by " + (c.claimant() == null ? "the outlet" : c.claimant().name()))
        .containsExactlyInAnyOrder("ASSERTED by propaganda spread by the militia", "DENIED by ministry"); // the sentence's subject denies (session 14)
    assertThat(of(ClaimType.CONTROL, about("The army also denies the information circulating online about the fall of Lakeside.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by information circulating online", "DENIED by army");
    // A denial word that is itself the claim noun opens the sentence.
    assertThat(of(ClaimType.CONTROL, about("Propaganda being spread on social media, claiming that gunmen hold Ridgeford, is baseless.")))
        .extracting(c -> c.polarity() + " by " + (c.claimant() == null ? "the outlet" : c.claimant().name()))
        .containsExactlyInAnyOrder("ASSERTED by Propaganda being spread on social media", "DENIED by the outlet");
    // A spread noun is no claim a bare denial points back through: "false information" denies nothing told before.
    assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Ridgeford.", "The army said the town is calm and warned against false information.").inMali()))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aBareDenialInASentenceNamingAnotherPlaceDeniesNothingSaidOfAnEarlierPlace() {
    // Before: "deny it" and "denied that ... in Lakeside" became denials of the taking of Tessit told the sentence before.
    assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Tessit.",
        "The rebels also claim the hills above Lakeside; the army denies it.").inMali()))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).isEmpty();
    assertThat(of(ClaimType.ATTACK, Handmade.of("Rebels said they shelled Tessit.",
        "A spokesman denied that soldiers had burnt any houses in Lakeside.").inMali()))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(c -> c.place().name()).doesNotContain("Tessit");
    // A place's own part ("Lakeside's market") is what the denial is about, not its owner.
    assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Tessit.",
        "The army says Lakeside's bazaar is calm and denies it.").inMali()))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(c -> c.place().name()).doesNotContain("Tessit");
    // Named as the owner of the denier or as its post, a place says who denies: the earlier place is what the denial answers.
    for (String denial : List.of("Mali's army denies it.", "Lakeside's military governor denies it.", "A police officer in Lakeside called it propaganda.")) {
      assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Tessit.", denial).inMali())).as(denial)
          .filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(c -> c.place().name()).containsExactly("Tessit");
    }
  }

  @Test
  void aConnectiveOpeningTheDenialsClauseIsNotPartOfItsSubject() {
    assertThat(of(ClaimType.CONTROL, about("The militia has claimed it took Tessit; however the government denies it.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by militia", "DENIED by government");
    assertThat(of(ClaimType.CONTROL, about("The militia has claimed it took Tessit; but Malian officials deny it.")))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(c -> c.claimant().name())
        .containsExactly("Malian officials");
  }

  @Test
  void aPronounOrAPassivesSubjectOpeningTheDenialsClauseIsNotTheDenier() {
    for (String text : List.of("The militia says it took Tessit; he denies it.", "The militia says it took Tessit; this is denied by the army.",
        "The militia says it took Tessit; the claim is denied by the army.")) {
      assertThat(of(ClaimType.CONTROL, about(text))).as(text).filteredOn(c -> c.polarity() == Polarity.DENIED && c.claimant() != null)
          .extracting(c -> c.claimant().name()).doesNotContain("he", "this is", "the claim is");
    }
  }

  @Test
  void aDenialOfTheSentenceBeforeIsByItsOwnSubjectOrPassiveAgent() {
    // Before: the denier was the speaker the sentence before lent this one, whose own claim it cannot deny.
    for (String denial : List.of("The army disputed that account.", "This was denied by the army.", "The claim was denied by the army on Friday.")) {
      assertThat(of(ClaimType.CONTROL, Handmade.of("The White Banner says it took Tessit.", denial).inMali()
          .name("White Banner", org.crosscheck.nlp.EntityType.ORGANIZATION)))
          .as(denial).extracting(c -> c.polarity() + " by " + c.claimant().name())
          .containsExactlyInAnyOrder("ASSERTED by White Banner", "DENIED by army");
    }
    // A pronoun or a clause with its own verb before the denial names no denier of its own.
    assertThat(of(ClaimType.CONTROL, Handmade.of("The White Banner says it took Tessit.", "He said the claim was disputed.").inMali()
        .name("White Banner", org.crosscheck.nlp.EntityType.ORGANIZATION)))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void theSpeakerOfADenialAfterAClaimIsNotItsSource() {
    // Before: the claim was "by which the army", the denial's words.
    assertThat(of(ClaimType.CONTROL, about("The militia says it captured Tessit, which the army denies.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by militia", "DENIED by army");
  }

  @Test
  void theSpeakerOfADenialAfterTheOutletsOwnStatementIsNotItsSource() {
    // Before: attribution read "which the army denies" as the army saying what it denies ("ASSERTED by army").
    for (String text : List.of("Gunmen took Ridgeford on Monday, which the army denies.", "Gunmen shelled Ridgeford on Monday, which the army denies.")) {
      assertThat(Handmade.of(text).inMali().claims(text.contains("took") ? ClaimType.CONTROL : ClaimType.ATTACK)).as(text)
          .filteredOn(c -> c.polarity() == Polarity.ASSERTED).singleElement().extracting(Claim::claimant).isNull();
    }
  }

  @Test
  void aDirectQuoteWithADenialVerbAfterItIsItsSpeakersWords() {
    // Before: the denial verb after the quote dropped its speaker, as it does for "..., which the army denies".
    assertThat(of(ClaimType.ATTACK, about("\"The rebels never attacked Ridgeford,\" the army denied on Monday.")))
        .extracting(c -> c.polarity() + " by " + (c.claimant() == null ? null : c.claimant().name()))
        .containsExactly("DENIED by army");
  }

  @Test
  void aNominalEventThatIsTheSubjectOfAModalIsASupposition() {
    assertThat(of(ClaimType.CONTROL, about("The fall of Ridgeford would give the rebels the road to Lakeside."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, about("The army's withdrawal from Tessit could leave the north undefended, analysts said.")))
        .isEmpty();
    assertThat(of(ClaimType.CONTROL, about("The capture of Ridgeford was confirmed on Friday, officials said.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aNegationBeforeASpeechVerbDoesNotReachTheReportedEvent() {
    assertThat(of(ClaimType.CONTROL, about("Not confirmed: local sources say the rebels took control of Ridgeford on Friday.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aNegationDoesNotReachACoordinatedVerb() {
    List<Claim> claims = of(ClaimType.CONTROL, about("Malian officials said their forces had not entered Ridgeford and were holding positions at Lakeside."));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactly("Ridgeford DENIED", "Lakeside ASSERTED");
  }

  @Test
  void aDenialCoversItsOwnClauseNotACoordinatedStatement() {
    List<Claim> claims = of(ClaimType.CONTROL, about(
        "The rebels said they had seized Ridgeford. Malian officials denied that any town had been lost and said their troops still hold Lakeside."));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactlyInAnyOrder("Ridgeford ASSERTED", "Ridgeford DENIED", "Lakeside ASSERTED");
  }

  @Test
  void aFalsehoodPredicatedOfItsSubjectEndsWithItsClause() {
    // What the speaker goes on to say after calling the account untrue is told, not denied.
    assertThat(of(ClaimType.CONTROL, about("A garrison officer told us the account was entirely false and that his gendarmes are guarding the Tessit depot.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " " + c.effect()).containsExactly("Tessit ASSERTED GAIN");
    // A "that" clause after the falsehood is what it judges.
    assertThat(of(ClaimType.CONTROL, about("The prefect said it was false that bandits had overrun Tessit.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactly("Tessit DENIED");
  }

  @Test
  void aHoldingThatNeverCeasedIsHeldAndNotLost() {
    assertThat(of(ClaimType.CONTROL, about("Officials in Bamako said the Malian army never ceased to hold Lakeside during the siege.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " " + c.effect())
        .containsExactlyInAnyOrder("Lakeside ASSERTED GAIN", "Lakeside DENIED LOSS");
    // A taking that never stopped is no holding: nothing lost is denied.
    assertThat(of(ClaimType.CONTROL, about("Officials in Bamako said the rebels never stopped seizing hamlets around Lakeside.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " " + c.effect()).containsExactly("Lakeside ASSERTED GAIN");
    // A plain negated holding stays denied.
    assertThat(of(ClaimType.CONTROL, about("Officials in Bamako said the rebels never held Lakeside during the siege.")))
        .extracting(c -> c.place().name() + " " + c.polarity() + " " + c.effect()).containsExactly("Lakeside DENIED GAIN");
  }

  @Test
  void reportsCalledFalseAreDenied() {
    // The reports' own claim stands beside the denial (gold convention since blind12: "Claims that X took Y are false").
    assertThat(of(ClaimType.CONTROL, about("Reports that Malian troops have withdrawn from Tessit are false.")))
        .extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
  }

  @Test
  void aReportCalledFalseLeavesTheSpeakersOwnClaimBeforeItStanding() {
    // What the speaker tells before the report it calls false is its own word, not what the report's makers deny.
    assertThat(of(ClaimType.CONTROL, about(
        "The army said on Monday that its troops had entered Ridgeford, and that reports that JNIM controlled Lakeside were false.")))
        .extracting(c -> c.place().name() + " " + c.actorSide() + " " + c.polarity())
        .containsExactlyInAnyOrder("Ridgeford Mali ASSERTED", "Lakeside JNIM ASSERTED", "Lakeside JNIM DENIED");
  }

  @Test
  void aDeniedReportWhoseMakerIsNamedStandsAsItsMakersClaimBesideTheDenial() {
    List<Claim> claims = of(ClaimType.CONTROL, about(
        "The ministry rejects the rumours spread on messaging apps that rebels have entered Tessit."));
    assertThat(claims).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
    Claim asserted = claims.stream().filter(c -> c.polarity() == Polarity.ASSERTED).findFirst().orElseThrow();
    Claim denied = claims.stream().filter(c -> c.polarity() == Polarity.DENIED).findFirst().orElseThrow();
    assertThat(asserted.claimant().name()).isEqualTo("rumours spread on messaging apps");
    assertThat(denied.deniesClaimId()).isEqualTo(asserted.id());
    assertThat(of(ClaimType.CONTROL, about(
        "The governor rejects the versions shared by local radio according to which rebels hold Tessit.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
    // Bare "reports that" name nobody, but are a claim the denial answers.
    List<Claim> bare = of(ClaimType.CONTROL, about("The ministry rejects reports that rebels have entered Tessit."));
    Claim reported = bare.stream().filter(c -> c.polarity() == Polarity.ASSERTED).findFirst().orElseThrow();
    assertThat(bare).filteredOn(c -> c.polarity() == Polarity.DENIED).singleElement()
        .extracting(Claim::deniesClaimId).isEqualTo(reported.id());
  }

  @Test
  void aDeniedClaimNounWithAnInfinitiveOrOfStandsAsItsMakersClaimBesideTheDenial() {
    // Before: the denial alone; "their claim to have taken X", "the claim of an attack on X" name the
    // claimed act as plainly as "the claim that ..." does, and the denier answers someone's claim.
    assertThat(of(ClaimType.CONTROL, about("The governor rejected the militia's claim to have captured Tessit on Monday.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
    assertThat(of(ClaimType.CONTROL, about("The gunmen's claim to have seized the post at Tessit is false, the mayor said.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
    assertThat(of(ClaimType.ATTACK, about("The ministry dismissed the militia's account of an attack on the airport in Tessit.")))
        .extracting(c -> c.place().name() + " " + c.polarity()).containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
  }

  @Test
  void aPlaceAfterACommaThatOpensNoListIsNotTheObject() {
    assertThat(of(ClaimType.ATTACK, about("Gunmen attacked the village of Ridgeford, 15 km from Lakeside, on Sunday.")))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void aCountIsPlacedAtTheEventNotAtTheReferencePoint() {
    assertThat(of(ClaimType.QUANTITY, about("Gunmen attacked Ridgeford, 15 km from Lakeside, killing at least 12 civilians.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aGerundOpeningTheSentenceIsGeneric() {
    assertThat(of(ClaimType.CONTROL, about("Taking a town near Tessit is one thing; holding it is another."))).isEmpty();
  }

  @Test
  void capturingAPersonIsNoControlOfThePlace() {
    assertThat(of(ClaimType.CONTROL, about("Rebels captured the commander of a Malian battalion near Lakeside."))).isEmpty();
  }

  @Test
  void aLossFollowedByANumberWordIsACountNotGround() {
    assertThat(of(ClaimType.CONTROL, about("The militia is said to have lost three tanks near Tessit."))).isEmpty();
  }

  @Test
  void anAdmittedLossIsConceded() {
    assertThat(of(ClaimType.QUANTITY, about("The Malian army has acknowledged losing nine soldiers near Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
  }

  @Test
  void aNameThePhraseMakesAPlaceIsTakenThoughNoGazetteerKnowsIt() {
    assertThat(of(ClaimType.ATTACK, about("Aircraft bombed the port of Westmarsh Quay overnight.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Westmarsh Quay");
  }

  @Test
  void anExpectedEventIsNoClaim() {
    assertThat(of(ClaimType.CONTROL, about("The army said it expects to enter Ridgeford within days."))).isEmpty();
  }

  @Test
  void aDenialWordUsedAsAnAdjectiveDeniesNothing() {
    assertThat(of(ClaimType.CONTROL, about("The militia controls the east of Tessit; the fate of the bridge remains disputed.")))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, about("Soldiers entered the disputed town of Ridgeford at dawn.")))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aNegatedSubjectReachesAQuotedTrigger() {
    assertThat(of(ClaimType.CONTROL, about("The governor said that no quarter of Tessit had been \"handed over\" to the militia.")))
        .extracting(Claim::polarity).containsExactly(Polarity.DENIED);
  }

  @Test
  void aTownThatControlsARoadIsNoControlClaim() {
    assertThat(of(ClaimType.CONTROL, about("Rebels attacked Ridgeford, a town near Lakeside that controls the only road to Tessit."))).isEmpty();
    assertThat(of(ClaimType.CONTROL, about("Rebels in the town controlled Ridgeford by nightfall.")))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void aCountInTheClauseAfterALossIsNotWhatWasLost() {
    // Before: "fell and two soldiers died" read the fall as a loss of two men, and the town's denial was lost.
    assertThat(of(ClaimType.CONTROL, about("The army says Ridgeford never fell and two soldiers died.")))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect()).isEqualTo("DENIED LOSS");
    // A count right after the loss is still what was lost.
    assertThat(of(ClaimType.CONTROL, about("The army says it lost two soldiers near Ridgeford."))).isEmpty();
  }

  @Test
  void aPronounSubjectBeforeADenialWordPointsBackToTheClaimTold() {
    // Before: "it is not true" named no claim and denied nothing.
    assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Ridgeford.", "The army said it is not true.").inMali()))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by Rebels", "DENIED by army");
    // A denial phrase may hold its own verb: "it was false".
    assertThat(of(ClaimType.CONTROL, Handmade.of("Rebels said they took Ridgeford.", "The army said it was false.").inMali()))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by Rebels", "DENIED by army");
  }

  @Test
  void theOtherTensesOfPullingOutAreLosses() {
    assertThat(of(ClaimType.CONTROL, about("The rebels have admitted pulling out of Ridgeford.")))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect()).isEqualTo("CONCEDED LOSS");
    assertThat(of(ClaimType.CONTROL, about("Witnesses said the army was withdrawing from Lakeside.")))
        .singleElement().extracting(Claim::effect).isEqualTo(Effect.LOSS);
  }

  @Test
  void statementsThatDoNotCorrespondToRealityAreDenied() {
    // Before: the negation inside the phrase made no denial word, and the statements' claim stood asserted alone.
    assertThat(of(ClaimType.CONTROL, about("Statements by the rebels about the capture of Ridgeford do not correspond to reality.")))
        .extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
  }

  @Test
  void aReportNobodyMakesOrEvidenceThatShowsNothingDeniesTheClaimItReaches() {
    // Before: a speech verb or "that" ended the negation's reach, and each claim stood asserted.
    assertThat(of(ClaimType.CONTROL, about("None of the farmers we met says the depot at Lakeside fell.")))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect()).isEqualTo("DENIED LOSS");
    assertThat(of(ClaimType.CONTROL, about("No witness has said the bridge at Ridgeford was seized.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("The photographs do not prove that the militia controls Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("Our team saw no evidence that the rebels ever occupied Lakeside.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    // Negative words joined by "and" to another clause reach nothing: the army's own account stands.
    assertThat(of(ClaimType.CONTROL, about("No shops were open and the army said the militia occupied Lakeside.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aClaimContradictedOrShownByNothingIsDenied() {
    // Before: "contradicted" was no denial verb, and "nothing" no subject of a report lacking ground: the taking stood asserted.
    assertThat(of(ClaimType.CONTROL, about("A rebel claim to have seized Tessit was contradicted by residents.")))
        .extracting(Claim::polarity).contains(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("Nothing we found shows that the rebels took Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("Nothing suggests the rebels hold Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    // "nothing" as the subject of another verb grounds nothing: the attack told after it stands.
    assertThat(of(ClaimType.ATTACK, about("Nothing was left of the market after the rebels attacked Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aClaimToldByAnAdverbOfPlaceAfterADenialsClauseIsNotDenied() {
    // Before: the attack's place "there" stood for the place named inside the denial, and the attack was denied with it.
    assertThat(of(ClaimType.ATTACK, about("The army denied that rebels had seized Tessit and said its troops had repelled an attack there.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, about("The army denied that rebels had seized Tessit and said its troops had repelled an attack there.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void aReportNobodyMakesReachesNoClauseSetAfterOrUnderIt() {
    // The taking is told as the time of something else, or in a relative clause: nobody's report or the missing
    // evidence is about that other thing, and the taking stands.
    assertThat(of(ClaimType.CONTROL, about("No evidence of the massacre was found after the army entered Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, about("No sign of looting was seen as the soldiers occupied Lakeside.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, about("No trader said they feared the army, which entered Ridgeford on Monday.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    // "said when": the taking is taken as known.
    assertThat(of(ClaimType.CONTROL, about("No official has said when the rebels seized Tessit.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void nothingHeldIsADenialAndAnEventNotDoneUntilLaterIsDone() {
    // Before: "hold nothing" was a holding asserted, "did not reach ... until" a denied taking.
    assertThat(of(ClaimType.CONTROL, about("The gunmen move at night, but in Ridgeford they hold nothing.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("The soldiers did not occupy Tessit until Sunday.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
    // "until now": not done yet.
    assertThat(of(ClaimType.CONTROL, about("The soldiers have not occupied Tessit until now.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void anUntilOfAClauseJoinedAfterANegatedEventLeavesItDenied() {
    // The "until" tells how long the army stays, not when it withdrew.
    assertThat(of(ClaimType.CONTROL, about("The army has not withdrawn from Tessit and will stay until the elections.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("The army has not withdrawn from Tessit until this week.")))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void aReportDeniedAfterASpeechVerbIsDeniedAloneNotTheClauseJoinedAfterIt() {
    // Before: "said the reports ..." was no report (only "said any reports" was), and the denial reached past "and that".
    assertThat(of(ClaimType.CONTROL, about("The governor said the reports that gunmen seized Tessit were baseless and that police still guard Lakeside.")))
        .extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED", "Lakeside ASSERTED");
  }

  @Test
  void anEventSaidNotToHaveHappenedOrAClaimCalledInaccurateIsDenied() {
    // Before: neither was a denial word, and the claim stood asserted alone.
    assertThat(of(ClaimType.ATTACK, about("Police now say the reported raid on the depot at Lakeside never happened.")))
        .extracting(Claim::polarity).contains(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("The rebels' statement that they had seized Ridgeford was inaccurate.")))
        .extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
  }

  @Test
  void aNegationEndsWhereAClauseOfTimeOrCauseBegins() {
    // Before: the shelling and the attack after "after", "because" and "since" were denied with the negated verb.
    assertThat(of(ClaimType.ATTACK, about("Rebels did not attack Ridgeford after the army shelled Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Ridgeford", "ASSERTED Lakeside");
    assertThat(of(ClaimType.ATTACK, about("Rebels have not attacked Ridgeford since the army shelled Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("DENIED Ridgeford", "ASSERTED Lakeside");
    Handmade because = about("The army has not left Ridgeford because the rebels attacked Lakeside.");
    assertThat(of(ClaimType.CONTROL, because)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("DENIED Ridgeford");
    assertThat(of(ClaimType.ATTACK, because)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aDenialOfAPronounDeniesWhatCameBeforeNotWhatTheSentenceGoesOnToTell() {
    // Before: the soldiers the reporter saw in Lakeside were denied with the taking of Ridgeford.
    assertThat(of(ClaimType.CONTROL, Handmade.of("The rebels said they took Ridgeford.",
        "The army denies it, and a reporter saw soldiers in Lakeside.").inMali()))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Ridgeford", "DENIED Ridgeford", "ASSERTED Lakeside");
  }

  @Test
  void aContractedNegationNegatesAsNotDoes() {
    // Before: "hasn't" negated nothing (its "n't" is no word of its own), and "didn't deny" was a denial.
    assertThat(of(ClaimType.CONTROL, about("The militia hasn't returned to Ridgeford.")))
        .extracting(Claim::polarity).containsExactly(Polarity.DENIED);
    assertThat(of(ClaimType.CONTROL, about("The army didn't deny losing Ridgeford.")))
        .extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
  }

  @Test
  void anAttackNobodyClaimsStillHappened() {
    // Before: a negated "claimed" made the bombing no one's claim at all, as "has not confirmed the capture" does.
    assertThat(of(ClaimType.ATTACK, about("The group has not claimed the bomb attack in Ridgeford.")))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
    assertThat(of(ClaimType.ATTACK, about("The group hasn't claimed the bomb attack in Ridgeford.")))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aClaimNounsThatClauseIsDeniedPastAnAsideNamingWhoMadeIt() {
    // Before: the object "accusations by the mayor" ended at the aside's comma, and the shelling stood asserted alone.
    assertThat(of(ClaimType.ATTACK, about("The militia rejects claims by the governor, a retired judge, that its gunners shelled Tessit.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Tessit");
  }

  @Test
  void aClaimCalledALieInThePastTenseIsDenied() {
    // Before: "was a lie" was no denial ("is a lie" was), and the holding stood as the spokesman's own.
    assertThat(of(ClaimType.CONTROL, about("A police spokesman said the militia's claim to hold Tessit was a lie.")))
        .extracting(c -> c.polarity() == Polarity.DENIED ? "DENIED by " + c.claimant().name() : c.polarity().toString())
        .containsExactlyInAnyOrder("ASSERTED", "DENIED by police spokesman");
  }

  @Test
  void aClaimWhosePredicateNamesAFalsehoodIsDeniedWhateverWordsLeadUpToTheNoun() {
    // Before: only the listed phrases ("is a lie", "pure lies") denied; "a pack of lies" left the holding the ministry's own.
    assertThat(of(ClaimType.CONTROL, about("The ministry said the rebels' claim to have taken Tessit was \"a pack of lies\".")))
        .extracting(c -> c.polarity() == Polarity.DENIED ? "DENIED by " + c.claimant().name() : c.polarity().toString())
        .containsExactlyInAnyOrder("ASSERTED", "DENIED by ministry");
    // No claim noun before it, the falsehood judges something else: the taking stands.
    assertThat(of(ClaimType.CONTROL, about("Officials say the rebels took Tessit and that talk of a truce is a fairy tale.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Tessit");
  }

  @Test
  void aFalsehoodInAClauseOfItsOwnJudgesItsOwnSubjectNotAClaimNounBefore() {
    // Before: the report's taking was denied by the falsehood said of the earlier denial, in a clause of its own.
    assertThat(of(ClaimType.CONTROL, about("The army confirmed the report that rebels took Tessit, and said the earlier denial was a myth.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Tessit");
  }

  @Test
  void aToAfterAnOrderOrAWarningIsStillAnAim() {
    // Before: "told to" read as a claim's "to", so the order to control Tessit was a holding told.
    assertThat(of(ClaimType.CONTROL, about("Soldiers were told to control Tessit by Friday, while the rebels hold Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aToAfterAClaimOpensWhatIsClaimedNotAnAim() {
    // Before: "to control" read as an aim ("a bid to control"), and neither claim was found.
    assertThat(of(ClaimType.CONTROL, about("The ministry said the militia's claim to control Tessit was false.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Tessit");
    assertThat(of(ClaimType.CONTROL, about("Troops entered Lakeside and need more men to control Tessit.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aDenialPointingBackAnswersWhatItsClauseTellsWhoeverToldIt() {
    // Before: a presence told by no one's voice ("images show") could not be denied by ", which X denies".
    assertThat(of(ClaimType.CONTROL, about("Satellite images show militia fighters in the market of Tessit, which the militia denies.")))
        .extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    // A holding told a clause before, by another voice, is not what it points back to.
    assertThat(of(ClaimType.CONTROL, about("The army says it holds Ridgeford; images show militia fighters in Tessit, which the militia denies.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Ridgeford", "ASSERTED Tessit", "DENIED Tessit");
  }

  @Test
  void aSecondDenialInAClauseOfItsOwnAnswersThatClause() {
    // Before: only the sentence's first denial was read, and the shelling of Lakeside stood undenied.
    assertThat(of(ClaimType.ATTACK, about("The army denies that its guns hit Ridgeford, and says the rebels shelled Lakeside, which the rebels deny.")))
        .extracting(c -> c.polarity() + " " + c.place().name() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("DENIED Ridgeford by army", "ASSERTED Lakeside by army", "DENIED Lakeside by rebels");
  }

  @Test
  void anAttackToldAndOneDeniedAtOnePlaceAreBothKept() {
    // Session 27: the first attack at a place hid any other there, so the denial after the report was lost.
    assertThat(of(ClaimType.ATTACK, about("Rebels claimed they shelled Ridgeford, but the army said that no shell had hit Ridgeford.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by Rebels", "DENIED by army");
    // Two attacks told alike at one place stay one claim.
    assertThat(of(ClaimType.ATTACK, about("The militia shelled Lakeside and raided its market.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aNegatedObjectOfTheActDeniesTheAct() {
    // Session 27: "carried out no strike" was read as a strike carried out.
    assertThat(of(ClaimType.ATTACK, about("The air force said it had carried out no strike in Ridgeford.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("DENIED Ridgeford");
    // A bound is no negation.
    assertThat(of(ClaimType.CONTROL, about("The army captured no fewer than three villages near Lakeside.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aDeniedClaimNounReachesPastASecondMakerOrNounJoinedToIt() {
    // Session 27: the object ended at "and", so the capture was left asserted by the ministry and denied by none.
    assertThat(of(ClaimType.CONTROL, about("The ministry denies the allegations of the militia and of some bloggers about the capture of the airfield at Ridgeford.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by allegations", "DENIED by ministry");
    assertThat(of(ClaimType.CONTROL, about("The front denies the lies told by the junta and its propaganda online about the fall of Tessit.")))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Tessit");
  }

  @Test
  void whatASubjectSaidToClaimTellsIsReportedAndDenied() {
    // Session 27: with no claim noun for subject, the taking was asserted, and nobody denied it.
    assertThat(of(ClaimType.CONTROL, about("A video claiming that the militia took Ridgeford is false.")))
        .extracting(c -> c.polarity() + " by " + (c.claimant() == null ? null : c.claimant().name()))
        .containsExactlyInAnyOrder("ASSERTED by A video", "DENIED by null");
  }

  @Test
  void aClaimNounAfterASemicolonOpensAReportedClause() {
    // Session 27: the reports' taking was asserted by the speaker and denied by none.
    assertThat(of(ClaimType.CONTROL, about("Police still hold the station at Lakeside; reports that the militia took Ridgeford are false.")))
        .filteredOn(c -> c.place().name().equals("Ridgeford"))
        .extracting(c -> c.polarity() + (c.polarity() == Polarity.ASSERTED ? " by " + c.claimant().name() : ""))
        .containsExactlyInAnyOrder("ASSERTED by reports", "DENIED");
    // A noun that is a verb here ("still claims 22") opens no report.
    assertThat(of(ClaimType.CONTROL, about("Officials admit three dead; the militia still claims 40 and says it seized the depot at Ridgeford.")))
        .extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactly("ASSERTED by militia");
  }

  @Test
  void aDenialInAParticipleDeniesItsOwnObjectNotWhatItsSubjectTold() {
    // Session 27: "rejecting" was no denial word; taken as one, it denied the rebels' own taking of Lakeside too.
    assertThat(of(ClaimType.CONTROL, about("The rebels said they took Lakeside, rejecting the army's claim that it won back Ridgeford.")))
        .extracting(c -> c.polarity() + " " + c.place().name() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED Lakeside by rebels", "ASSERTED Ridgeford by army", "DENIED Ridgeford by rebels");
  }

  @Test
  void aMontageDeniesOnlyWhatItIsSaidToBe() {
    // Before: "a montage" anywhere denied what the sentence told.
    assertThat(of(ClaimType.CONTROL, about("The rebels released a montage showing their fighters in Ridgeford, and the army holds Tessit.")))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("ASSERTED Tessit").doesNotContain("DENIED Ridgeford");
    assertThat(of(ClaimType.CONTROL, about("Videos claiming that the militia took Ridgeford are a montage.")))
        .extracting(c -> c.polarity() + " " + c.place().name()).contains("DENIED Ridgeford");
  }

  @Test
  void intoxIsADenialWord() {
    // Session 27: the French press's word for disinformation denied nothing.
    assertThat(of(ClaimType.CONTROL, about("The governor called the reports of the fall of Ridgeford \"pure intox\".")))
        .filteredOn(c -> c.polarity() == Polarity.DENIED)
        .extracting(c -> c.place().name() + " by " + c.claimant().name())
        .containsExactly("Ridgeford by governor");
  }

  @Test
  void aDenialAfterAnAttackDeniesThatAttackNotAHoldingToldBeforeIt() {
    // Before: the denial skipped the attack told just before it for the militia's holding of Tessit told earlier.
    Handmade told = about("The militia said it now holds Tessit. A farmer said gunmen had attacked his village the night before. "
        + "The militia denied that.");
    assertThat(of(ClaimType.CONTROL, told)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Tessit");
    assertThat(of(ClaimType.ATTACK, told)).extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Tessit");
  }

  @Test
  void aWayInToldNotDoneDeniesTheTakingNotTheAttack() {
    // Before: "never breached" was the attack's denial, though the place may well have been attacked; it is the fall that is denied.
    Handmade told = about("Police said the barracks at Lakeside had never been breached, although gunmen shot at it for an hour.");
    assertThat(of(ClaimType.CONTROL, told)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("DENIED Lakeside");
    // The shooting, told with no place of its own, gives no attack; told at the place, it stays asserted beside the denial.
    assertThat(of(ClaimType.ATTACK, told)).isEmpty();
    Handmade attacked = about("Gunmen attacked the barracks at Lakeside on Monday, but the barracks were never breached, police said.");
    assertThat(of(ClaimType.ATTACK, attacked)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Lakeside");
    assertThat(of(ClaimType.CONTROL, attacked)).extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("DENIED Lakeside");
    // Told as done, a breach is an attack.
    assertThat(of(ClaimType.ATTACK, about("The rebels breached the perimeter of the camp at Ridgeford.")))
        .extracting(c -> c.polarity() + " " + c.place().name()).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aDenialThatGoesOnToDenyTheSamePlaceInItsOwnWordsDeniesItOnce() {
    // Before: the claim noun's denial of the taking and the negated breach were two denials of one holding.
    List<Claim> control = of(ClaimType.CONTROL, Handmade.of("The rebels said they had captured the camp at Tessit.",
        "An officer in the capital rejected the claim outright and insisted the camp was never breached.").inMali());
    assertThat(control).extracting(c -> c.polarity() + " " + c.place().name()).containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Tessit");
  }
}
