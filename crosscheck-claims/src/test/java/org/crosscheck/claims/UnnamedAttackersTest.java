package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An attack told with no attacker in a report about one armed group's war is that group's: sentences of our own. */
class UnnamedAttackersTest {

  private static List<Claim> attacks(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(ClaimType.ATTACK);
  }

  @Test
  void anAttackWithNoAttackerIsTheOneGroupTheReportNames() {
    assertThat(attacks("Zelmo fighters have been active around the lake since the spring.",
        "A checkpoint at Ridgeford was attacked overnight, residents said."))
        .extracting(Claim::actorSide).containsExactly("Zelmo");
  }

  @Test
  void withTwoGroupsNamedAnAttackWithNoAttackerStaysUnsided() {
    assertThat(attacks("Zelmo fighters and Karvo fighters have both been active around the lake since the spring.",
        "A checkpoint at Ridgeford was attacked overnight, residents said."))
        .hasSize(1).extracting(Claim::actorSide).containsOnlyNulls();
  }

  @Test
  void anAttackOnTheGroupsOwnSiteIsNotItsAttack() {
    // The one group the report names is what was hit: a bombing of its camp is no attack of its own.
    assertThat(attacks("Zelmo fighters have been active around the lake since the spring.",
        "A Zelmo camp at Ridgeford was bombed overnight, residents said."))
        .hasSize(1).extracting(Claim::actorSide).containsOnlyNulls();
  }
}
