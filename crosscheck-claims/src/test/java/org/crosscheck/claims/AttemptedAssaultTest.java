package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attempts to reach a place by force ("tried to infiltrate X", "an attempt to approach the post at Y
 * was foiled"): an assault made on it, whether or not it got there, while a taking tried stays a goal.
 * Sentences of our own about made-up places.
 */
class AttemptedAssaultTest {

  /** "place sentence-start" of each claim of a type, to tell which sentence read which place. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void anAttemptToInfiltrateATownIsAnAttackOnIt() {
    Handmade article = Handmade.of("Late on Friday some sixty gunmen attempted to infiltrate Ridgeford from the hills.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford Late on Frid");
  }

  @Test
  void anAttemptToApproachAPostThatWasFoiledIsAnAttackOnIt() {
    Handmade article = Handmade.of("A rebel attempt to approach the police post of Lakeside before dawn was foiled, the ministry said.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside A rebel atte");
  }

  @Test
  void theRepulseToldNextIsOfTheAttemptedAssault() {
    Handmade article = Handmade.of("Militiamen tried to enter Tessit on Sunday morning.",
        "They were driven back by the garrison after an hour.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).startsWith("Tessit Militiamen t").allMatch(w -> w.startsWith("Tessit"));
  }

  @Test
  void anAttemptOfPeopleWhoFightForNoOneIsNoAttack() {
    // Before: the families' attempt to reach Ridgeford was an attack on it.
    Handmade article = Handmade.of("Displaced families attempted to approach Ridgeford on foot, while gunmen tried to infiltrate Lakeside.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside Displaced fa");
  }

  @Test
  void aTakingTriedIsStillNoAttack() {
    Handmade article = Handmade.of("The army holds Ridgeford, which the rebels have been trying to capture for two years.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford The army hol");
    assertThat(where(ClaimType.ATTACK, article)).isEmpty();
  }

  @Test
  void anAttemptOnlyPlannedIsNoAttack() {
    Handmade article = Handmade.of("Rebels seized Lakeside on Monday and would attempt to enter Tessit next.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Lakeside Rebels seize");
    assertThat(where(ClaimType.ATTACK, article)).isEmpty();
  }
}
