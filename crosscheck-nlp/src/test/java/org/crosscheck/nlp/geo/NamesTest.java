package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void transliterationVariantsAndCyrillicFoldAlike() {
    assertThat(Names.fold("Kupyansk")).isEqualTo(Names.fold("Kupiansk"))
        .isEqualTo(Names.fold("Kupjansk")).isEqualTo(Names.fold("Купянськ"))
        .isEqualTo(Names.fold("Kup'jansk"));
    assertThat(Names.fold("Zelensky")).isEqualTo(Names.fold("Zelenskyy"))
        .isEqualTo(Names.fold("Zelenskiy")).isEqualTo(Names.fold("Зеленський"));
    assertThat(Names.fold("Kharkiv")).isEqualTo(Names.fold("Харків"));
  }

  @Test
  void differentNamesStayApart() {
    assertThat(Names.fold("Kharkiv")).isNotEqualTo(Names.fold("Kherson"));
    assertThat(Names.fold("Oskil")).isNotEqualTo(Names.fold("Oskol"));
    assertThat(Names.fold("Russian")).isEqualTo("russian");
    assertThat(Names.fold("Anna")).isNotEqualTo(Names.fold("Ana"));
    assertThat(Names.fold("Hall")).isNotEqualTo(Names.fold("Hal"));
  }

  @Test
  void genericWordsGiveTheKindAndAreStripped() {
    assertThat(Toponyms.stripGeneric(Names.fold("Oskol River"))).isEqualTo("oskol");
    assertThat(Toponyms.kindOf(Names.fold("Oskol River"))).isEqualTo(Toponyms.Kind.WATER);
    assertThat(Toponyms.kindOf(Names.fold("Kharkiv region"))).isEqualTo(Toponyms.Kind.ADMIN);
    assertThat(Toponyms.stripGeneric(Names.fold("Kupyansk"))).isEmpty();
  }

  @Test
  void aPartOrFacilityOfAPlaceLeadsToThePlace() {
    assertThat(Toponyms.core(Names.fold("North Texas"))).isEqualTo("texas");
    assertThat(Toponyms.core(Names.fold("Vancouver International Airport"))).isEqualTo("vancouver");
    assertThat(Toponyms.core(Names.fold("South Africa"))).isEqualTo("africa");
    assertThat(Toponyms.core(Names.fold("Texas"))).isEmpty();
  }
}
