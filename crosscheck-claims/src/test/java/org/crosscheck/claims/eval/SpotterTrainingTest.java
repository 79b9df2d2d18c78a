package org.crosscheck.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.ClaimSpotter;
import org.crosscheck.claims.ClaimType;
import org.junit.jupiter.api.Test;

/** Training the spotter on a tiny crafted set. */
class SpotterTrainingTest {

  private static List<SpotterTraining.Example> crafted() {
    List<SpotterTraining.Example> examples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      examples.add(example(true, "C|bias", "C|b1=captured", "C|s=rebels"));
      examples.add(example(false, "C|bias", "C|b1=visited", "C|s=rebels"));
    }
    examples.add(example(true, "C|bias", "C|once")); // too rare to learn from
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

  @Test
  void aThresholdIsChosenOnAPlateauOfF1NotALonePeak() {
    // The lone best F1 (at 0.7) stands among worse ones; 0.4 and its neighbours are all nearly as good.
    List<Double> adds = List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8);
    assertThat(SpotterTraining.steadiest(adds, List.of(0.626, 0.627, 0.628, 0.620, 0.630, 0.612))).isEqualTo(0.4);
    // A peak that its neighbours share is taken.
    assertThat(SpotterTraining.steadiest(adds, List.of(0.60, 0.62, 0.64, 0.65, 0.64, 0.60))).isEqualTo(0.6);
    // A lone peak at an end has one neighbour only to share it, so the ends are not taken.
    assertThat(SpotterTraining.steadiest(adds, List.of(0.66, 0.60, 0.61, 0.62, 0.62, 0.61))).isEqualTo(0.4);
  }

  private static SpotterTraining.Example example(boolean claim, String... features) {
    return new SpotterTraining.Example(List.of(features), claim, ClaimType.CONTROL, false);
  }

  /** Examples of one half: {@code n} distinct ones of the given features, as a claim or not. */
  private static List<SpotterTraining.Example> times(int n, boolean claim, String... features) {
    List<SpotterTraining.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(example(claim, features));
    return out;
  }

  @Test
  void aFeatureOfOneExampleCountedSeveralTimesByARecipeIsStillTooRareToLearn() {
    List<SpotterTraining.Example> examples = new ArrayList<>(crafted());
    examples.removeIf(e -> e.features().contains("C|once"));
    List<SpotterTraining.Half> halves = List.of(new SpotterTraining.Half("fresh", null, Map.of(),
        List.of(example(true, "C|bias", "C|once"))), new SpotterTraining.Half("tuned", null, Map.of(), examples));
    List<SpotterTraining.Example> weighted = new SpotterTraining.Recipe(List.of("tuned"), 3, false).apply(halves);
    assertThat(weighted).filteredOn(e -> e.features().contains("C|once")).hasSize(3);
    assertThat(SpotterTraining.train(weighted, 1.0)).doesNotContainKey("C|once");
  }

  @Test
  void whatTheRulesMissingAPlaceMeansIsLearntFromHalvesTheRulesWereNotTunedOn() {
    // Where the rules were tuned they read every claim, so "no rule claim" looks like "no claim";
    // on another half they miss a claim that a word ("secured") gives away.
    List<SpotterTraining.Example> studied = new ArrayList<>(times(10, true, "C|bias", "C|rule=ASSERTED/GAIN", "C|b1=secured"));
    studied.addAll(times(10, false, "C|bias", "C|rule=none", "C|b1=visited"));
    List<SpotterTraining.Example> unseen = new ArrayList<>(times(4, true, "C|bias", "C|rule=none", "C|b1=secured"));
    unseen.addAll(times(4, false, "C|bias", "C|rule=none", "C|b1=visited"));
    List<SpotterTraining.Half> halves = List.of(new SpotterTraining.Half("tuned", null, Map.of(), studied),
        new SpotterTraining.Half("fresh", null, Map.of(), unseen));
    List<String> missed = List.of("C|bias", "C|rule=none", "C|b1=secured");

    SpotterTraining.Recipe apart = new SpotterTraining.Recipe(List.of("tuned"), 1, false);
    assertThat(apart.apply(halves)).hasSize(28)
        .anySatisfy(e -> assertThat(e.features()).containsExactly("C|bias", "C|studied|rule=none", "C|b1=visited"));
    Map<String, Double> weights = apart.shipped(SpotterTraining.train(apart.apply(halves), 1.0));
    assertThat(weights.keySet()).noneMatch(f -> f.contains("studied"));
    double pooled = new ClaimSpotter(SpotterTraining.train(new SpotterTraining.Recipe(List.of(), 1, false).apply(halves), 1.0), 0.5, 0)
        .probability(missed);
    assertThat(new ClaimSpotter(weights, 0.5, 0).probability(missed)).isGreaterThan(0.5).isGreaterThan(pooled);

    assertThat(new SpotterTraining.Recipe(List.of(), 1, true).apply(halves)).allSatisfy(e -> assertThat(e.features()).noneMatch(f -> f.contains("rule")));
    assertThat(new SpotterTraining.Recipe(List.of("tuned"), 3, false).apply(halves)).hasSize(20 + 3 * 8);
  }
}
