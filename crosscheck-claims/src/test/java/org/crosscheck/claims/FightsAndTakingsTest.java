package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that tells both of a fight and of who holds the place afterwards gives a claim of
 * each, at the one place named, on sentences of our own.
 */
class FightsAndTakingsTest {

  private static Handmade about(String text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aFightOpeningTheSentenceIsAnAttackWhereTheTakingIs() {
    Handmade fought = about("After four hours of fighting, the rebels took control of the police station in Ridgeford.");
    assertThat(fought.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(fought.claims(ClaimType.ATTACK)).singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Following a dawn assault the army retook Lakeside.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A fight told of after the taking's clause, or one referred back to, is no opening of it.
    assertThat(about("The army retook Lakeside, and fighting went on in the hills.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("After the fighting, the army retook Lakeside.").claims(ClaimType.ATTACK)).isEmpty();
    // One fight before a list of places won is where the taking starts.
    assertThat(about("After two days of combat, rebels drove the army out of Ridgeford and Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aLossAfterAnAttackHappenedWhereTheAttackDid() {
    Handmade underFire = about("Officers pulled out of a checkpoint in Ridgeford after it came under fire.");
    assertThat(underFire.claims(ClaimType.CONTROL)).singleElement().satisfies(c -> {
      assertThat(c.place().name()).isEqualTo("Ridgeford");
      assertThat(c.effect()).isEqualTo(Effect.LOSS);
    });
    assertThat(underFire.claims(ClaimType.ATTACK)).singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("The police withdrew from Lakeside on Saturday after it was shot at.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Rebels were pushed out of the hills above Tessit after they opened fire on farmers.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void anAttackWithAPlaceOfItsOwnSharesNone() {
    Handmade two = about("The army retook Ridgeford after rebels attacked Lakeside.");
    assertThat(two.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(two.claims(ClaimType.ATTACK)).singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // An attack joined only by "and", not as what came before, is no attack at the place held.
    assertThat(about("The army holds Ridgeford and rebels opened fire on a convoy.").claims(ClaimType.ATTACK)).isEmpty();
    // A second control word with no place of its own takes none from the attack when the first has one.
    assertThat(about("Rebels said they had taken Ridgeford under control after police fired on them near Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }
}
