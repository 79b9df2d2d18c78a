package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A repulse told by what it did to the attackers ("put the assailants to flight", "inflicted serious
 * casualties on the raiders"): an attack fended off, at the place named or the attack told before; people
 * other than attackers routed tell of no attack. Sentences of our own about made-up places.
 */
class AttackersRoutedTest {

  /** "place sentence-start" of each claim of a type, to tell which sentence read which place. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void assailantsPutToFlightAreTheAttackToldBefore() {
    Handmade article = Handmade.of("Rebels raided Lakeside on Monday.", "A column of gendarmes arrived within the hour and put the assailants to flight.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside Rebels raide", "Lakeside A column of ");
  }

  @Test
  void lossesInflictedOnTheAttackersAtAPlaceAreAnAttackThere() {
    Handmade article = Handmade.of("Near Tessit the garrison inflicted serious casualties on the raiders.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Tessit Near Tessit ");
  }

  @Test
  void theAttackersOwnRoutOfThoseTheyAttackedIsNoRepulse() {
    // Before: with no subject of its own after "and", the rout was read as the attack repelled (effect LOSS).
    for (String told : List.of("Malian troops attacked a rebel camp near Tessit and inflicted heavy losses on the insurgents.",
        "Malian troops raided a rebel camp near Tessit and put them to flight.")) {
      assertThat(Handmade.of(told).inMali().claims(ClaimType.ATTACK)).as(told)
          .extracting(c -> c.place().surface() + " " + c.effect() + " " + c.actorSide()).containsExactly("Tessit GAIN Mali");
    }
    // With a subject of its own, those put to flight are the attackers: a repulse.
    assertThat(Handmade.of("Rebels attacked Lakeside on Monday, and the soldiers put them to flight.").inMali().claims(ClaimType.ATTACK))
        .extracting(c -> c.place().surface() + " " + c.effect()).containsExactly("Lakeside LOSS");
  }

  @Test
  void protestersPutToFlightAreNoAttack() {
    Handmade article = Handmade.of("Rebels raided Lakeside on Monday.", "The police put the protesters to flight in Tessit.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside Rebels raide");
  }
}
