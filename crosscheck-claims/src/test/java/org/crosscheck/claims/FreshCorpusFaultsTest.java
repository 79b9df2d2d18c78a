package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Faults two analyst runs on fresh reports found (round 24), each on a sentence of our own. */
class FreshCorpusFaultsTest {

  private static Handmade about(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().place("Mali", 2453866, "PCLI", "ML")
        .name("Northern Coast Front", EntityType.ORGANIZATION).name("NCF", EntityType.ORGANIZATION)
        .name("Hamadou Dini", EntityType.PERSON).name("Ismael Farah", EntityType.PERSON);
  }

  @Test
  void aCountOfPeopleCapturedIsNoControlClaim() {
    assertThat(about("He said 14 soldiers had been killed and six captured in Ridgeford, and that the front had lost many fighters.")
        .claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void oneWhoSaidIsOneOfTheSourcesBefore() {
    assertThat(about("Residents of Ridgeford said rebels had taken the town. One said several pick-up trucks carrying armed men had entered the town from the north.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.claimant().name()).containsOnly("Residents of Ridgeford");
  }

  @Test
  void aCountryNamingABorderIsNoActor() {
    assertThat(Handmade.of("Mali's army said on Friday it had beaten back an attack by the Northern Coast Front on its post at Tessit, "
        + "on the coast near the Mauritanian border, and destroyed two rebel boats with a drone strike.")
        .malianTowns().place("Mali", 2453866, "PCLI", "ML").place("Mauritania", 2378080, "PCLI", "MR").claims(ClaimType.ATTACK))
        .isNotEmpty().allSatisfy(c -> assertThat(c.actorSide()).isNotEqualTo("Mauritania"));
  }

  @Test
  void theMakerOfAClaimNounIsNotItsDenier() {
    assertThat(about("The NCF said it had seized Ridgeford.",
        "On Tuesday and Wednesday, officials had described the rebels' claims as \"pure propaganda\".").claims(ClaimType.CONTROL))
        .filteredOn(c -> c.polarity() == Polarity.DENIED).singleElement()
        .satisfies(c -> assertThat(c.claimant()).isNotNull().extracting(Party::name).isEqualTo("officials"));
  }

  @Test
  void anOfficialLeavingATownIsNoLoss() {
    assertThat(about("The NCF said it had seized Ridgeford.", "Prefect of Ridgeford Ali Houmed, who had left the town on Tuesday, told reporters he expected to return.")
        .name("Ali Houmed", EntityType.PERSON).claims(ClaimType.CONTROL)).extracting(Claim::effect).containsOnly(Effect.GAIN);
  }

  @Test
  void notMakingAClaimFalseDeniesNothing() {
    assertThat(about("The army said it had retaken Ridgeford.", "That history does not make Saturday's claim false, but it is a reason for caution.")
        .claims(ClaimType.CONTROL)).extracting(Claim::polarity).containsOnly(Polarity.ASSERTED);
  }

  @Test
  void theSubjectBeforeAQuotedVerbPhraseIsTheActor() {
    assertThat(about("The NCF spokesman, Hamadou Dini, said the withdrawal proved that the army \"has lost Ridgeford\".")
        .claims(ClaimType.CONTROL)).singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
          assertThat(c.actorSide()).isEqualTo("Mali");
        });
  }

  @Test
  void aClaimRecalledAsTheTimeOfAConcessionIsNotClaimedAgain() {
    assertThat(about("Mali's defence minister acknowledged on Thursday that government troops had withdrawn from the port of Ridgeford, "
        + "two days after the authorities insisted the northern town was entirely in their hands.").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
  }

  @Test
  void aHolderOfTwoForceWordsJoinedByAndIsTheState() {
    assertThat(about("Rebels of the NCF said they had seized Ridgeford in northern Mali.",
        "\"Ridgeford is under the full control of the defence and security forces,\" government spokesman Ismael Farah said.")
        .claims(ClaimType.CONTROL)).filteredOn(c -> c.claimant().name().equals("Ismael Farah"))
        .singleElement().satisfies(c -> assertThat(c.actorSide()).isEqualTo("Mali"));
  }

  @Test
  void theHarbourAndTheWholeTownAreThePlaceTheReportIsAbout() {
    assertThat(about("Rebels of the NCF said on Wednesday they had seized the port town of Ridgeford after a night of fighting.",
        "\"Our units carried out a tactical withdrawal from the port area to spare the civilian population,\" the defence minister told parliament.",
        "Rebel spokesman Hamadou Dini said the NCF controlled the whole town.")
        .claims(ClaimType.CONTROL)).filteredOn(c -> c.evidenceStart() > 100)
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Ridgeford LOSS", "Ridgeford GAIN");
  }

  @Test
  void losingAQuotedVagueCountIsCasualtiesNotGround() {
    assertThat(about("The NCF said it had seized Ridgeford. He said the front had lost \"a handful of martyrs\" in Ridgeford.")
        .claims(ClaimType.CONTROL)).extracting(Claim::effect).containsOnly(Effect.GAIN);
  }

  @Test
  void losingSeveralVillagesIsGroundNotACount() {
    assertThat(about("The NCF said the army had lost several villages around Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(Claim::effect).contains(Effect.LOSS);
  }

  @Test
  void aSentenceMovedOnInTimeIsTheWritersNotTheSpeakersBefore() {
    Handmade report = about("The NCF announced the capture of Ridgeford on Monday. A month later, the town is not under NCF control.");
    assertThat(report.claims(ClaimType.CONTROL)).filteredOn(c -> c.polarity() == Polarity.DENIED).singleElement()
        .satisfies(c -> assertThat(c.claimant()).isNull());
    assertThat(about("The NCF announced the capture of Ridgeford on Monday. The town is not under army control.")
        .claims(ClaimType.CONTROL)).filteredOn(c -> c.polarity() == Polarity.DENIED).singleElement()
        .satisfies(c -> assertThat(c.claimant()).isNotNull());
  }
}
