package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** A source that is a state institution naming no country speaks for the report's home country, and concedes its own losses. */
class StateSourceTest {

  private static List<Claim> of(ClaimType type, String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().name("Ibrahim Sow", EntityType.PERSON).claims(type);
  }

  @Test
  void anArmySpokesmansCountOfSoldiersKilledIsAConcession() {
    List<Claim> counts = of(ClaimType.QUANTITY, "Fighting went on around Tessit and Ridgeford.",
        "Army spokesman Colonel Ibrahim Sow said 11 soldiers were killed and 20 wounded.");
    // "20 wounded" counts the same soldiers as the count before it.
    assertThat(counts).extracting(Claim::polarity).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    assertThat(counts).extracting(c -> c.actor().side()).containsOnly("Mali");
  }

  @Test
  void soldiersKilledByAnArmedGroupsCountAreItsClaim() {
    assertThat(of(ClaimType.QUANTITY, "Fighting went on around Tessit and Ridgeford.",
        "A White Banner Army spokesman said 11 soldiers were killed.")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void ownSideMarkersMakeAnyCountAConcession() {
    assertThat(of(ClaimType.QUANTITY, "Militants attacked Tessit on Sunday.",
        "On our side, we regret the loss of three members of the guard; a further eight were wounded."))
        .extracting(Claim::polarity).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
  }

  @Test
  void anArmySpokesmanSayingSoldiersWithdrewConcedesTheLoss() {
    assertThat(of(ClaimType.CONTROL, "Army spokesman Colonel Ibrahim Sow said soldiers had withdrawn from Tessit."))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.actor().side()).isEqualTo("Mali");
        });
  }

  @Test
  void anOfficialOfNoSideTellingOfBareTroopsLeavingConcedesTheirLoss() {
    // Before: asserted, the official being of no known side and the troops Mali's.
    assertThat(of(ClaimType.CONTROL, "Fighting went on around Tessit.",
        "A security official in Lakeside, who asked not to be named, confirmed that troops had pulled out of Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).singleElement()
        .satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.actor().side()).isEqualTo("Mali");
        });
    // A resident is no official; an official telling of rebels leaving concedes nothing.
    assertThat(of(ClaimType.CONTROL, "Fighting went on around Tessit.",
        "A resident of Lakeside confirmed that troops had pulled out of Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, "Fighting went on around Tessit.",
        "A security official in Lakeside confirmed that the rebels had pulled out of Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aStateRoleAnArmedGroupsOwnPeopleHoldMakesNoOfficerOfTheState() {
    // A rebel's or an insurgent's "security official" speaks for the group: the troops' loss is its claim.
    assertThat(of(ClaimType.CONTROL, "Fighting went on around Tessit.",
        "A rebel security official said troops had pulled out of Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    assertThat(of(ClaimType.CONTROL, "Fighting went on around Tessit.",
        "An insurgent security official confirmed that soldiers had abandoned Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }
}
