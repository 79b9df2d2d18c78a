package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Holdings told as a force being, arriving or staying somewhere, the force's words around its verb varied: on sentences of our own.
 */
class ForcePresenceTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  private static String told(Claim c) {
    return c.place().name() + " " + c.effect() + " " + c.polarity();
  }

  @Test
  void aForceWithAPhraseOfHowItGoesIsStillTheSubjectOfItsPresence() {
    assertThat(about("Traders report that gunmen on horseback are still in Tessit.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Tessit GAIN ASSERTED");
    assertThat(about("A driver said JNIM fighters in pick-up trucks were patrolling the market of Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> told(c) + " " + c.actorSide()).containsExactly("Lakeside GAIN ASSERTED JNIM");
    // People who are no force stay none with such a phrase: only the fighters' town is held.
    assertThat(about("Traders on motorbikes are in Tessit, and JNIM fighters are in Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Lakeside GAIN ASSERTED");
  }

  @Test
  void aNegationInsideTheForcesPhraseDeniesNoPresence() {
    // Before: "with no uniforms" lent its "no" to the verb, and Tessit's presence was denied.
    assertThat(about("Armed men with no uniforms are still in Tessit, and JNIM fighters are in Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).doesNotContain("Tessit GAIN DENIED").contains("Lakeside GAIN ASSERTED");
  }

  @Test
  void aForceAgainAtItsPostHoldsIt() {
    assertThat(about("A councillor says the troops are again manning the roadblock at Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Ridgeford GAIN ASSERTED");
  }

  @Test
  void aForceStillToBeSeenInAPlaceHoldsIt() {
    assertThat(about("Herders said JNIM fighters were still visible in the streets of Lakeside on Friday.").claims(ClaimType.CONTROL))
        .extracting(c -> told(c) + " " + c.actorSide()).containsExactly("Lakeside GAIN ASSERTED JNIM");
  }

  @Test
  void aForceThatReachedAPlaceIsThere() {
    assertThat(about("A nurse said soldiers reached Tessit shortly after dawn.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Tessit GAIN ASSERTED");
    assertThat(about("The governor insists the rebels never reached Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Lakeside GAIN DENIED");
    // Those fleeing who reach a town hold nothing; the soldiers who reach the other do.
    assertThat(about("Families fleeing the fighting reached Tessit, and soldiers reached Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Lakeside GAIN ASSERTED");
  }

  @Test
  void reinforcementsBackInAPlaceHoldIt() {
    assertThat(about("Reinforcements returned to Ridgeford on Monday, the army said.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Ridgeford GAIN ASSERTED");
  }

  @Test
  void aForceOnHighGroundByAPlaceHoldsIt() {
    assertThat(about("A herder says the jihadists are now on the slopes over Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Lakeside GAIN ASSERTED");
  }

  @Test
  void peopleOnHighGroundOrAForceOnItsWayHoldNothing() {
    assertThat(about("Farmers are still on the slopes by Tessit, and JNIM fighters are on the ridge east of Lakeside.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Lakeside GAIN ASSERTED");
    assertThat(about("The rebels are on their way to Tessit, and soldiers are still on the heights above Ridgeford.").claims(ClaimType.CONTROL))
        .extracting(ForcePresenceTest::told).containsExactly("Ridgeford GAIN ASSERTED");
  }
}
