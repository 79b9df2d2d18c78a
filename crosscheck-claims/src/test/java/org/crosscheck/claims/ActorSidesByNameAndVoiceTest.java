package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actor sides on sentences of our own: armed groups and de facto states known by name are one side
 * however they are spelled, "the group" is the group named last, an own-side subject in a state
 * body's words is its state's, a repelled attack is by whoever the report says attacked there, a
 * side backing the subject is not the subject, and a state's named body is that state's.
 */
class ActorSidesByNameAndVoiceTest {

  private static List<Claim> of(ClaimType type, String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(type);
  }

  @Test
  void aGroupKnownByNameIsOneSideHoweverSpelled() {
    assertThat(of(ClaimType.CONTROL, "The Houthis seized Tessit on Friday.", "Houthi forces entered Lakeside on Sunday."))
        .extracting(Claim::actorSide).containsExactly("Houthis", "Houthis");
  }

  @Test
  void aGroupsNameRunningIntoALongerNameIsThatOtherName() {
    String text = "Islamic State Zelmo Province fighters";
    assertThat(Sides.standard().find(text, 0, text.length())).isEmpty();
    assertThat(Sides.standard().sideOf("Islamic State")).isEqualTo("Islamic State");
  }

  @Test
  void theGroupIsTheGroupNamedLast() {
    assertThat(of(ClaimType.CONTROL, "Boko Haram has been active near Ridgeford for a year. The group said its fighters had taken Tessit."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Boko Haram");
  }

  @Test
  void theGroupInANewItemNamingAnotherSideIsNoEarlierGroup() {
    Party claimant = of(ClaimType.CONTROL, "Boko Haram raided Ridgeford on Monday, the group said.",
        "Nigeria: a rights group said soldiers had taken Tessit.").stream()
        .filter(c -> c.place().name().equals("Tessit")).findFirst().orElseThrow().claimant();
    assertThat(claimant == null ? null : claimant.side()).isNotEqualTo("Boko Haram");
  }

  @Test
  void itInAStateBodysWordsIsItsState() {
    assertThat(of(ClaimType.CONTROL, "Fighting went on near Lakeside.", "The army said it had retaken Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void ourForcesInAStateBodysWordsAreItsState() {
    assertThat(of(ClaimType.CONTROL, "Fighting went on near Lakeside.", "\"Tessit is under the control of our forces,\" an army spokesman said."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aRepelledAttackIsByWhoeverAttackedThere() {
    List<Claim> attacks = of(ClaimType.ATTACK, "JNIM fighters attacked the army post in Tessit on Monday.",
        "The attack on Tessit was repelled, a spokesman said.");
    assertThat(attacks).extracting(c -> c.effect() + " " + c.actorSide()).contains("LOSS JNIM");
  }

  @Test
  void aSideBackingTheSubjectIsNotTheSubject() {
    assertThat(of(ClaimType.ATTACK, "White Army youths, supported by elements of the SPLA-IO, attacked Tessit on Monday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("White Army");
  }

  @Test
  void aStatesNamedBodyIsThatStates() {
    assertThat(of(ClaimType.CONTROL, "The Puntland Maritime Police Force (PMPF) patrols the coast.", "PMPF troops took Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Puntland");
  }

  @Test
  void everySovereignStateIsASideAndALongerCountrysNameIsNotTheShorterOneInside() {
    Sides sides = Sides.standard();
    // "Papua New Guinea" was read as "Guinea", and a state missing from the list gave no side at all.
    assertThat(sides.sideOf("Papua New Guinea's navy")).isEqualTo("Papua New Guinea");
    assertThat(sides.sideOf("Equatorial Guinean troops")).isEqualTo("Equatorial Guinea");
    assertThat(sides.sideOf("Costa Rican police")).isEqualTo("Costa Rica");
    assertThat(sides.sideOf("Guyanese soldiers")).isEqualTo("Guyana");
    assertThat(sides.sideOf("the army of Côte d'Ivoire")).isEqualTo("Ivory Coast");
    assertThat(of(ClaimType.CONTROL, "The Papua New Guinea Defence Force (PNGDF) said its troops had entered Tessit.", "PNGDF soldiers took Lakeside on Sunday."))
        .extracting(Claim::actorSide).containsOnly("Papua New Guinea");
  }

  @Test
  void aStatesForcesActingWithAnAllyAreTheStates() {
    assertThat(of(ClaimType.CONTROL, "Malian troops and Wagner fighters retook Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
    // A country word naming the state's opponents is no state: the allies of rebels stay who they are.
    assertThat(of(ClaimType.CONTROL, "Malian rebels and Wagner fighters retook Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Wagner");
  }

  @Test
  void theCountryAttackersCameFromIsNotTheirSide() {
    assertThat(of(ClaimType.ATTACK, "Gunmen who crossed from Niger attacked the police station in Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isNotEqualTo("Niger");
    assertThat(of(ClaimType.ATTACK, "Fighters from Niger attacked the police station in Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Niger");
  }

  @Test
  void aDeFactoStateIsAStateNotAnArmedGroup() {
    Sides sides = Sides.standard();
    assertThat(sides.sideOf("Transnistrian")).isEqualTo("Transnistria");
    assertThat(sides.isCountry("Transnistria")).isTrue();
    assertThat(sides.isListedGroup("Transnistria")).isFalse();
  }

  @Test
  void rebelsOfAListedGroupAreThatGroupNotAStatesOpposition() {
    assertThat(of(ClaimType.CONTROL, "Houthi rebels entered Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Houthis");
  }
}
