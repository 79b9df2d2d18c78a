package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counted nouns and what befell them, on sentences of our own. */
class QuantitiesTest {

  private final Quantities quantities = new Quantities(Vocabulary.standard());

  private List<Quantity> find(String text) {
    return quantities.find(text, 0, text.length()).stream().map(Quantities.Found::quantity).toList();
  }

  @Test
  void theCountedNounIsTheUnitAndItsFateTheCategory() {
    assertThat(find("The army said more than 150 insurgents were neutralised near the ford."))
        .singleElement().satisfies(q -> {
          assertThat(q.unit()).isEqualTo("insurgents");
          assertThat(q.low()).isEqualTo(150);
          assertThat(q.approximation()).isEqualTo("more than");
          assertThat(q.category()).isEqualTo("casualties");
        });
    assertThat(find("Seven soldiers of the river brigade were killed in action."))
        .singleElement().satisfies(q -> {
          assertThat(q.unit()).isEqualTo("soldiers");
          assertThat(q.category()).isEqualTo("casualties");
        });
  }

  @Test
  void prisonersAndASecondCountInOneSentence() {
    assertThat(find("The rebels said they had taken about 80 soldiers prisoner."))
        .singleElement().satisfies(q -> assertThat(q.category()).isEqualTo("prisoners"));
    assertThat(find("The group said it killed 37 soldiers and seized four technicals."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(37L, "soldiers", "casualties"),
            org.assertj.core.groups.Tuple.tuple(4L, "technicals", "equipment"));
  }

  @Test
  void troopsWithNoFateStayTroops() {
    assertThat(find("About 300 soldiers were sent to the valley, and twenty wounded were moved out."))
        .extracting(Quantity::category).containsExactly("troops", "casualties");
  }
}
