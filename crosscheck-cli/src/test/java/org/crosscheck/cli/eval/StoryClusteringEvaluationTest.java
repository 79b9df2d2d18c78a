package org.crosscheck.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClusteringEvaluationTest {
  @Test
  void readsTheSplitsTheReadmeDefines() {
    List<StoryClusteringEvaluation.Doc> docs = StoryClusteringEvaluation.read(StoryClusteringEvaluation.defaultDir());
    assertThat(docs).hasSize(982);
    assertThat(docs.stream().map(StoryClusteringEvaluation.Doc::goldStory).distinct()).hasSize(86);
    assertThat(docs.stream().filter(d -> StoryClusteringEvaluation.DEV_TOPICS.contains(d.topic()))).hasSize(197);
    assertThat(docs.stream().filter(d -> d.topic() >= 36 && d.topic() <= 45)).hasSize(210);
    assertThat(docs.stream().map(d -> d.article().id()).distinct()).hasSize(982);
    assertThat(docs).allSatisfy(d -> assertThat(d.article().title()).isNotBlank());
  }

  @Test
  void decimalsTheCorpusSplitAreJoinedAgain() {
    StoryClusteringEvaluation.Doc quake = StoryClusteringEvaluation.read(StoryClusteringEvaluation.defaultDir()).stream()
        .filter(d -> d.article().origin().equals("ecbplus:38_1ecbplus")).findFirst().orElseThrow();
    assertThat(quake.article().title()).contains("4.6 magnitude").doesNotContain("4. 6");
    assertThat(quake.article().text()).contains("magnitude of 4.6 was").contains("U. S. Geological");
  }
}
