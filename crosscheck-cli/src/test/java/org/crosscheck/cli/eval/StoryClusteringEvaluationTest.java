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
}
