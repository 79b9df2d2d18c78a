package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Sentences that name no place of their own and are about the one the report told of before: an
 * attack repulsed after a taking, a site referred back past a dateline or an area's name. Sentences
 * of our own about made-up places.
 */
class PlacesNotNamedTest {

  /** "place sentence-start" of each claim of a type, to tell which sentence read which place. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void anAttackRepulsedAfterATakingIsAtThePlaceTaken() {
    Handmade article = Handmade.of("Rebels said on Tuesday they had seized Ridgeford.",
        "They said 40 soldiers surrendered to them.", "The army said its troops had beaten back the attack.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford The army sai");
  }

  @Test
  void anAttackRepulsedIsNotTheTakingsOnceAnotherPlaceWasNamed() {
    // The attempt on the camp at Lakeside is an attack there; the attack repulsed is that one, not the taking.
    Handmade article = Handmade.of("Rebels said on Tuesday they had seized Ridgeford.",
        "On Wednesday gunmen tried to infiltrate the camp at Lakeside.", "The attack was repelled by the troops.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Rebels said ");
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside On Wednesday", "Lakeside The attack w");
  }

  @Test
  void aNameEndingInItsAreaNounIsNoSettlementReferredBack() {
    Handmade article = Handmade.of("Bandits raided Ridgeford community in Upper Lake Local Government Area of Hill State on Monday.",
        "The criminals stormed the community at night.").malianTowns()
        .name("Upper Lake Local Government Area of Hill State", EntityType.LOCATION);
    assertThat(where(ClaimType.ATTACK, article)).contains("Ridgeford The criminal").noneMatch(w -> w.startsWith("Upper Lake"));
  }

  @Test
  void aDatelineInTitleCaseIsNoSettlementReferredBack() {
    Handmade article = Handmade.of("Lakeside, 8 February 2031.",
        "Gunmen raided a village on Monday and set fire to the village.", "Troops retook Ridgeford on Sunday.").malianTowns();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Troops retoo");
    // The raided village is no place the report names: the raid is placed nowhere, not at the dateline.
    assertThat(where(ClaimType.ATTACK, article)).isEmpty();
  }

  @Test
  void aDefiniteAttackIsNotOneOfAnEarlierEntryOnceTheEntryNamesAnotherSettlement() {
    // A round-up's new entry tells its own story: the attack it mentions is not the previous entry's shelling.
    Handmade roundUp = Handmade.of("Insurgents shelled Tessit on Monday night.",
        "Ridgeford stayed calm through the weekend, traders said. The attack, officials there now add, was repelled.").inMali();
    assertThat(where(ClaimType.ATTACK, roundUp)).containsExactly("Tessit Insurgents s");
    // A wire's paragraph of one sentence goes on with the story told last.
    Handmade wire = Handmade.of("Insurgents shelled Tessit on Monday night.", "The attack, officials now add, was repelled.").inMali();
    assertThat(where(ClaimType.ATTACK, wire)).containsExactly("Tessit Insurgents s", "Tessit The attack, ");
  }

  @Test
  void aTownNamedWithItsNounInAnEarlierEntryIsNotTheTownOfTheNextStory() {
    // A round-up's new entry that names its own town keeps "the town" there, not at the earlier "Lakeside town".
    Handmade roundUp = Handmade.of("Gunmen looted a cattle market north of Lakeside town on Saturday.",
        "Rebels drove the police out of Ridgeford on Monday. Troops claim to have held the town since Tuesday.").inMali();
    assertThat(where(ClaimType.CONTROL, roundUp)).contains("Ridgeford Troops claim").noneMatch(w -> w.startsWith("Lakeside"));
    // An entry naming no town of its own still refers back to it.
    Handmade wire = Handmade.of("Gunmen looted a cattle market north of Lakeside town on Saturday.",
        "Troops claim to have held the town since Tuesday.").inMali();
    assertThat(where(ClaimType.CONTROL, wire)).containsExactly("Lakeside Troops claim");
  }

  @Test
  void thereIsTheSettlementNamedLastBefore() {
    Handmade article = Handmade.of("Ridgeford is a farming town by the river.",
        "The rebels say jets struck a school there on Tuesday.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford The rebels s");
  }

  @Test
  void thereOfWhatIsOrWhereFireCameFromIsNoPlace() {
    // "there are", "is there": no place; "from there": where the fire came from, not the attack's place.
    Handmade article = Handmade.of("Ridgeford is a farming town by the river.",
        "There were gunmen in the hills, and they fired from there at a convoy near Lakeside.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Lakeside There were g");
  }
}
