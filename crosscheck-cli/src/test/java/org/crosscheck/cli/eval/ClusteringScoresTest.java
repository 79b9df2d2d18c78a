package org.crosscheck.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  private static final Map<String, String> GOLD = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  @Test
  void oneDocumentInTheWrongClusterScoresAsWorkedOutByHand() {
    // Predicted {a,b} {c,d,e}. BCubed P per doc: 1, 1, 1/3, 2/3, 2/3 -> 11/15; R: 2/3, 2/3, 1/3, 1, 1 -> 11/15.
    // Pairs: gold ab ac bc de (4); predicted ab cd ce de (4); both ab de (2) -> P = R = 1/2.
    ClusteringScores s = ClusteringScores.of(GOLD, Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2"));
    assertThat(s.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.bcubedF1()).isCloseTo(11.0 / 15, within(1e-12));
    assertThat(s.pairwisePrecision()).isEqualTo(0.5);
    assertThat(s.pairwiseRecall()).isEqualTo(0.5);
    assertThat(s.pairwiseF1()).isEqualTo(0.5);
    assertThat(s.predictedClusters()).isEqualTo(2);
    assertThat(s.goldClusters()).isEqualTo(2);
  }

  @Test
  void singletonsArePreciseButRecallLittle() {
    // BCubed P = 1; R = (1/3 * 3 + 1/2 * 2) / 5 = 2/5; F1 = 2 * 0.4 / 1.4 = 4/7. No predicted pairs: pairwise 0.
    ClusteringScores s = ClusteringScores.of(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isCloseTo(0.4, within(1e-12));
    assertThat(s.bcubedF1()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(s.pairwisePrecision()).isZero();
    assertThat(s.pairwiseRecall()).isZero();
    assertThat(s.predictedClusters()).isEqualTo(5);
  }

  @Test
  void everythingInOneClusterRecallsAllButMixes() {
    // BCubed P: 3/5 for G1 docs, 2/5 for G2 docs -> (9/5 + 4/5) / 5 = 13/25; R = 1.
    // Pairwise: 10 predicted pairs, 4 gold pairs all found -> P = 0.4, R = 1.
    ClusteringScores s = ClusteringScores.of(GOLD, Map.of("a", "X", "b", "X", "c", "X", "d", "X", "e", "X"));
    assertThat(s.bcubedPrecision()).isCloseTo(13.0 / 25, within(1e-12));
    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.pairwisePrecision()).isCloseTo(0.4, within(1e-12));
    assertThat(s.pairwiseRecall()).isEqualTo(1.0);
    assertThat(s.pairwiseF1()).isCloseTo(2 * 0.4 / 1.4, within(1e-12));
  }

  @Test
  void refusesPredictionsForOtherDocuments() {
    assertThatThrownBy(() -> ClusteringScores.of(GOLD, Map.of("a", "X"))).isInstanceOf(IllegalArgumentException.class);
  }
}
