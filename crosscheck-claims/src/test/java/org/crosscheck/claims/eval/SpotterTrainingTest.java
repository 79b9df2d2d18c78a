package org.crosscheck.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.ClaimSpotter;
import org.junit.jupiter.api.Test;

/** Training the spotter on a tiny crafted set. */
class SpotterTrainingTest {

  private static List<SpotterTraining.Example> crafted() {
    List<SpotterTraining.Example> examples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      examples.add(new SpotterTraining.Example(List.of("C|bias", "C|b1=captured", "C|s=rebels"), true));
      examples.add(new SpotterTraining.Example(List.of("C|bias", "C|b1=visited", "C|s=rebels"), false));
    }
    examples.add(new SpotterTraining.Example(List.of("C|bias", "C|once"), true)); // too rare to learn from
    return examples;
  }

  @Test
  void aModelTrainedOnACraftedSetSeparatesItAndLeavesRareFeaturesOut() {
    Map<String, Double> weights = SpotterTraining.train(crafted(), 1.0);
    ClaimSpotter spotter = new ClaimSpotter(weights, 0.6, 0.1);
    assertThat(spotter.probability(List.of("C|bias", "C|b1=captured", "C|s=rebels"))).isGreaterThan(0.8);
    assertThat(spotter.probability(List.of("C|bias", "C|b1=visited", "C|s=rebels"))).isLessThan(0.2);
    assertThat(weights).doesNotContainKey("C|once");
  }

  @Test
  void theSameExamplesGiveTheSameWeights() {
    assertThat(SpotterTraining.train(crafted(), 1.0)).isEqualTo(SpotterTraining.train(crafted(), 1.0));
  }
}
