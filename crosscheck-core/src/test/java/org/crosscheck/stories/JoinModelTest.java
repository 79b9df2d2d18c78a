package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JoinModelTest {
  private static double[] row(double topical, double yearClash) {
    double[] x = new double[JoinModel.FEATURES.size()];
    x[JoinModel.FEATURES.indexOf("topical")] = topical;
    x[JoinModel.FEATURES.indexOf("yearClash")] = yearClash;
    return x;
  }

  @Test
  void fittingLearnsThatSimilarityJoinsAndAYearClashKeepsApart() {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double topical = (i % 10) / 10.0;
      boolean clash = i % 4 == 0;
      x.add(row(topical, clash ? 1 : 0));
      y.add(topical >= 0.5 && !clash);
    }
    JoinModel model = JoinModel.fit(x, y, 0.1);

    assertThat(model.probability(row(0.9, 0))).isGreaterThan(0.9);
    assertThat(model.probability(row(0.1, 0))).isLessThan(0.1);
    assertThat(model.probability(row(0.9, 1))).isLessThan(model.probability(row(0.9, 0)));
    assertThat(JoinModel.fit(x, y, 0.1).weights()).containsExactly(model.weights());
  }

  @Test
  void theFormatReadsBackAsTheSameModel() {
    double[] w = new double[JoinModel.FEATURES.size()];
    Arrays.setAll(w, i -> i - 2.5);
    JoinModel model = new JoinModel(w, 0.75);
    JoinModel back = JoinModel.parse(model.format().lines().toList());
    assertThat(back.weights()).containsExactly(w);
    assertThat(back.bias()).isEqualTo(0.75);
  }

  @Test
  void aModelFileWithoutEveryFeatureIsRefused() {
    assertThatThrownBy(() -> JoinModel.parse(List.of("topical\t1.0", "bias\t0")))
        .hasMessageContaining("no weight for terms");
  }

  @Test
  void theShippedModelLoads() {
    assertThat(JoinModel.defaults().weights()).hasSize(JoinModel.FEATURES.size());
  }
}
