package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Munitions coming down on a place ("mortar bombs fell on X", "rockets were again landing behind the
 * mill of Y"): an attack there, whatever the verb of coming down and the auxiliaries before it, and no fall of
 * the place. Sentences of our own about made-up places.
 */
class MunitionsCameDownTest {

  /** "polarity place sentence-start" of each claim of a type. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.polarity() + " " + c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void mortarBombsFallingOnATownAttackItAndTakeNothing() {
    Handmade article = Handmade.of("Mortar bombs fell on Ridgeford overnight, residents said.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("ASSERTED Ridgeford Mortar bombs");
    assertThat(where(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void shellsStillLandingPastTheirAuxiliariesAttackThePlace() {
    Handmade article = Handmade.of("According to a baker, rockets were again landing behind the flour mill of Lakeside at noon.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("ASSERTED Lakeside According to");
  }

  @Test
  void troopsFallingBackAfterShellsWereFiredLoseThePlace() {
    Handmade article = Handmade.of("Rebels fired shells as the garrison fell back from Tessit.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("ASSERTED Tessit Rebels fired");
  }
}
