package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Faults an analyst saw in a control timeline, each shown on sentences of our own (session 10). */
class DemoTimelineFaultsTest {

  private static final String SPOKESMAN = "Ali Maiga, a spokesman for the Northern Command, called the claim \"fiction\".";

  private static List<Claim> bySpokesman(String first) {
    return Handmade.of(first, SPOKESMAN).name("Ali Maiga", EntityType.PERSON).inMali().claims(ClaimType.CONTROL).stream()
        .filter(c -> c.claimant() != null && "Ali Maiga".equals(c.claimant().name())).toList();
  }

  @Test
  void aLaterDenialOfTheClaimDeniesTheClaimAlreadyInDispute() {
    assertThat(bySpokesman("The ZLA said on Thursday it had captured Ridgeford, a claim Mali's army rejected on Friday, "
        + "saying Malian troops held Ridgeford."))
        .isNotEmpty().allSatisfy(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
          assertThat(c.actorSide()).isEqualTo("ZLA");
        });
  }

  @Test
  void aLaterDenialOfTheClaimNeverDeniesTheFirstDeniersOwnAnswer() {
    assertThat(bySpokesman("Mali's army denied that the ZLA had captured Ridgeford and said Malian troops still held Ridgeford."))
        .extracting(Claim::actorSide).doesNotContain("Mali");
  }

  @Test
  void aBareStateBodySpeaksForTheStateTheReportsFullerMentionNames() {
    // Session 11: "the General Staff said" in a report that names "Mali's General Staff" once, elsewhere.
    List<Claim> claims = Handmade.of("Mali's General Staff on Monday rejected the ZLA's claim that it had captured Ridgeford.",
            "\"Malian troops hold Ridgeford,\" the General Staff said.")
        .inMali().name("ZLA", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(claims).filteredOn(c -> c.claimant() != null && c.claimant().name().equals("General Staff"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.claimantSide()).isEqualTo("Mali"));
  }

  @Test
  void aBareStateBodyTakesNoSideWhenTheReportNamesTwoStatesOnesOrItsOwnerIsAPronoun() {
    List<Claim> two = Handmade.of("Mali's General Staff and Niger's General Staff met on Monday.",
            "\"Malian troops hold Ridgeford,\" the General Staff said.")
        .inMali().place("Niger", 2440476, "PCLI", "NE").claims(ClaimType.CONTROL);
    assertThat(two).filteredOn(c -> c.claimant() != null && c.claimant().name().equals("General Staff"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.claimantSide()).isNull());
    List<Claim> its = Handmade.of("Niger's General Staff met on Monday.",
            "Its General Staff said Malian troops held Ridgeford.")
        .inMali().place("Niger", 2440476, "PCLI", "NE").claims(ClaimType.CONTROL);
    assertThat(its).filteredOn(c -> c.claimant() != null && c.claimant().name().contains("General Staff"))
        .isNotEmpty().allSatisfy(c -> assertThat(c.claimantSide()).isNotEqualTo("Niger"));
  }

  @Test
  void aClaimNounAfterAStateWordIsTheDenialsObjectNotItsSpeaker() {
    List<Claim> claims = Handmade.of("Niger's army said on March 3 that Nigerien troops had taken Ridgeford.",
            "Residents said Malian troops control most of Ridgeford. The Nigerien claim of March 3 was false at the time it was made, Sahel Watch said.")
        .inMali().place("Niger", 2440476, "PCLI", "NE").name("Sahel Watch", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(claims).noneMatch(c -> c.claimant() != null && c.claimant().name().contains("claim"));
    assertThat(claims).filteredOn(c -> c.polarity() == Polarity.DENIED).extracting(Claim::actorSide).containsOnly("Niger");
  }

  @Test
  void aClaimedTakingIsTheTakersClaimNotTheSpeakers() {
    List<Claim> claims = Handmade.of("Malian officials say the ZLA tried to use the claimed capture of Ridgeford as leverage in talks.")
        .inMali().name("ZLA", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(claims).filteredOn(c -> c.polarity() == Polarity.ASSERTED && "ZLA".equals(c.actorSide()))
        .isNotEmpty().allSatisfy(c -> assertThat(c.claimantSide()).isEqualTo("ZLA"));
  }

  @Test
  void aDenierDescribedByAnOrganisationIsThePersonNotTheOrganisation() {
    List<Claim> denials = Handmade.of("The ZLA said on Thursday it had captured Ridgeford.",
            "The army said it held the town, and Ali Maiga, the spokesman for Mali's Northern Command in the central regions, "
                + "called the ZLA's claim \"fiction\".")
        .inMali().name("ZLA", EntityType.ORGANIZATION).name("Northern Command", EntityType.ORGANIZATION).name("Ali Maiga", EntityType.PERSON)
        .claims(ClaimType.CONTROL).stream().filter(c -> c.polarity() == Polarity.DENIED).toList();
    assertThat(denials).isNotEmpty().allSatisfy(c -> assertThat(c.claimant().name()).isEqualTo("Ali Maiga"));
  }
  @Test
  void aPersonNamedAsTheObjectBeforeTheDeniersCommaIsNotTheDenier() {
    // "Speaking to Ali Maiga, the Malian army ...": the comma after the name closes a phrase the name is the object of.
    for (String opening : List.of("Speaking to Ali Maiga, the Malian army", "After meeting Ali Maiga, Malian officials")) {
      List<Claim> denials = Handmade.of("The ZLA said on Thursday it had captured Ridgeford.", opening + " called the ZLA's claim \"fiction\".")
          .inMali().name("ZLA", EntityType.ORGANIZATION).name("Ali Maiga", EntityType.PERSON)
          .claims(ClaimType.CONTROL).stream().filter(c -> c.polarity() == Polarity.DENIED).toList();
      assertThat(denials).as(opening).isNotEmpty().allSatisfy(c -> assertThat(c.claimant().name()).isNotEqualTo("Ali Maiga"));
    }
  }
}
