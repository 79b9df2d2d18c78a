package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a road leads or a force went is not where an attack hit: "attacked tankers near X on the highway to Y" in a sentence
 * naming X, "beat back the raiders and withdrew to its camp in Y". Sentences of our own about made-up places.
 */
class GoalsNotHitTest {

  private static List<String> places(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.polarity()).toList();
  }

  @Test
  void tankersHitOnTheHighwayToATownWereNotHitThere() {
    Handmade article = Handmade.of("Bandits attacked two fuel tankers near Ridgeford on the highway to Lakeside late on Monday.").inMali();
    assertThat(places(ClaimType.ATTACK, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void aRoadsGoalAloneKeepsTheAttack() {
    // Naming no other place, the road's goal is all the report gives; and strikes along the road hit the road itself.
    assertThat(places(ClaimType.ATTACK, Handmade.of("Bandits attacked two fuel tankers on the highway to Lakeside late on Monday.").inMali()))
        .containsExactly("Lakeside ASSERTED");
    assertThat(places(ClaimType.ATTACK, Handmade.of("Near Ridgeford, jets struck rebel trucks along the road to Lakeside overnight.").inMali()))
        .contains("Lakeside ASSERTED");
  }

  @Test
  void aPatrolWithdrawingToItsCampInATownWasNotAttackedThere() {
    Handmade article = Handmade.of("Late on Friday a gendarmerie column came under rifle fire just north of Ridgeford.",
        "The gendarmes fought off the gunmen and withdrew to their camp in Lakeside, the ministry says.").inMali();
    assertThat(places(ClaimType.ATTACK, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }
}
