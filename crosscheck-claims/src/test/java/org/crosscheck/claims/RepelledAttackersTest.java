package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who attacked where an attack is told fended off: not the side that repelled it but its foe, the armed group the
 * report speaks of, unless the attack's own words name the attacker. Sentences of our own about made-up places.
 */
class RepelledAttackersTest {

  private static final String GROUP = "The Zelmo movement has fought the government in the north for three years.";

  private static List<Claim> attacks(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(ClaimType.ATTACK);
  }

  @Test
  void stateForcesBeatingBackAnAssaultHaveTheGroupAttack() {
    assertThat(attacks(GROUP, "Malian troops beat back an assault on their camp at Ridgeford on Sunday, the army said."))
        .extracting(Claim::actorSide).containsExactly("Zelmo");
  }

  @Test
  void theSpeakersOwnTroopsRepellingAreNotTheAttackers() {
    assertThat(attacks(GROUP, "The army said its soldiers had repelled an attack on Ridgeford."))
        .extracting(Claim::actorSide).containsExactly("Zelmo");
  }

  @Test
  void anAttackRepelledWithNoAgentIsTheSpeakersFoes() {
    assertThat(attacks(GROUP, "An attack on the garrison at Lakeside was repelled, Malian officials said."))
        .extracting(Claim::actorSide).containsExactly("Zelmo");
  }

  @Test
  void aGroupRepellingAnUnnamedAttackerGivesNoSideRatherThanItsOwn() {
    assertThat(attacks(GROUP, "Zelmo fighters said they had repelled an assault on Tessit."))
        .hasSize(1).extracting(Claim::actorSide).containsOnlyNulls();
  }
}
