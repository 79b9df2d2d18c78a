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
}
