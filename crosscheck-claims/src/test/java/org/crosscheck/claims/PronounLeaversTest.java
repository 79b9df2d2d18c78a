package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "They" going away, naming no place, stands for the force named before and gives up the place last told held: sentences of our own. */
class PronounLeaversTest {

  private static List<Claim> losses(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(ClaimType.CONTROL).stream().filter(c -> c.effect() == Effect.LOSS).toList();
  }

  @Test
  void theyLeavingInAQuoteIsTheForceNamedBefore() {
    assertThat(losses("Zelmo fighters moved into Ridgeford on Friday, according to two traders.",
        "\"They pulled out before sunrise on Sunday,\" one of the traders added."))
        .extracting(Claim::actorSide, c -> c.place().name()).containsExactly(tuple("Zelmo", "Ridgeford"));
  }

  @Test
  void theyIsTheArmedGroupNotTheOnlookersWhoSpoke() {
    assertThat(losses("Farmers near the well said Zelmo gunmen had occupied Ridgeford since the rains.",
        "They withdrew once the convoy of the army arrived, the farmers said."))
        .extracting(Claim::actorSide).containsExactly("Zelmo");
  }

  @Test
  void theyFleeingIsNoLossOfASide() {
    // Onlookers flee as much as fighters: only the taking is read.
    assertThat(Handmade.of("Zelmo fighters moved into Ridgeford on Friday, according to two traders.",
        "They fled into the millet fields with their goats, one trader added.").malianTowns().claims(ClaimType.CONTROL))
        .extracting(Claim::effect).containsExactly(Effect.GAIN);
  }

  @Test
  void theyWithNoForceNamedBeforeIsNobodysLoss() {
    // The fighters are named too far back for "they" to stand for them.
    assertThat(Handmade.of("Zelmo fighters hold Ridgeford, a herder at the market told us.",
        "Teachers at the school said the term would start late.", "Pupils gathered by the gate.", "Lessons were short.",
        "They left around noon, the head teacher said.").malianTowns().claims(ClaimType.CONTROL))
        .extracting(Claim::effect).containsExactly(Effect.GAIN);
  }
}
