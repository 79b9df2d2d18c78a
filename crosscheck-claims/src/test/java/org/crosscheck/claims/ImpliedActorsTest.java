package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** A control claim that leaves its actor unsaid takes it from its claimant, or from the claim it denies. */
class ImpliedActorsTest {

  private static List<Claim> control(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().name("Ibrahim Sow", EntityType.PERSON)
        .name("White Banner Army", EntityType.ORGANIZATION)
        .claims(ClaimType.CONTROL);
  }

  @Test
  void aGainAnnouncedWithoutItsActorIsTheClaimantsSide() {
    assertThat(control("Fighting went on around Tessit.",
        "Malian army spokesman Colonel Ibrahim Sow told reporters on Monday that Ridgeford had been retaken."))
        .singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.GAIN);
          assertThat(c.actorSide()).isEqualTo("Mali");
        });
  }

  @Test
  void anAttackWithoutItsAttackerInTheSentenceOfATakingIsTheTakers() {
    List<Claim> attacks = Handmade.of("Zelmo fighters overran the army base at Ridgeford on Monday night after attacking it from three sides.")
        .malianTowns().claims(ClaimType.ATTACK);
    assertThat(attacks).singleElement().extracting(Claim::actorSide).isEqualTo("Zelmo");
    // A taking elsewhere says nothing of who attacked this place (in a report naming two groups, so that no one group's war is told).
    assertThat(Handmade.of("Zelmo fighters overran Ridgeford on Monday; on Tuesday, after a week of quiet, Lakeside was attacked from three sides.",
            "Karvo fighters have held Tessit since May.")
        .malianTowns().claims(ClaimType.ATTACK)).singleElement().extracting(Claim::actorSide).isNull();
  }

  @Test
  void aStateBodysGuessedHomeIsNoSideToImply() {
    // The report's places lie in Mali, but nothing says whose army the spokesman speaks for.
    assertThat(control("Fighting went on around Tessit.",
        "Army spokesman Colonel Ibrahim Sow told reporters on Monday that Ridgeford had been retaken."))
        .singleElement().satisfies(c -> assertThat(c.actor()).isNull());
  }

  @Test
  void aClaimantOfNoKnownSideImpliesNoActor() {
    assertThat(control("Fighting went on around Tessit.", "Residents said Ridgeford had been taken on Monday."))
        .singleElement().satisfies(c -> assertThat(c.actor()).isNull());
  }

  @Test
  void aLossAnnouncedWithoutItsActorIsNotTheClaimantsGain() {
    assertThat(control("Fighting went on around Tessit.",
        "Army spokesman Colonel Ibrahim Sow said Ridgeford had been lost on Monday."))
        .noneSatisfy(c -> assertThat(c.effect() == Effect.GAIN && "Mali".equals(c.actorSide())).isTrue());
  }

  @Test
  void aBareDenialTakesTheSideOfTheGainItDenies() {
    List<Claim> claims = control("The White Banner Army said on Sunday that Ridgeford had been seized.",
        "Army spokesman Colonel Ibrahim Sow denied the claim.");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).polarity()).isEqualTo(Polarity.DENIED);
    assertThat(claims).extracting(Claim::actorSide).containsExactly("White Banner Army", "White Banner Army");
  }
}
