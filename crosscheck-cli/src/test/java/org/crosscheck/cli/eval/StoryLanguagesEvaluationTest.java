package org.crosscheck.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoryLanguagesEvaluationTest {
  private static Path resource(String dir) throws URISyntaxException {
    return Path.of(StoryLanguagesEvaluationTest.class.getResource(dir).toURI());
  }

  @Test
  void aFrenchReportOfAGoldEventJoinsItsStoryAndOneOfAnotherEventStaysAlone() throws URISyntaxException {
    StoryLanguagesEvaluation.Result r = StoryLanguagesEvaluation.evaluate(resource("story-languages"), resource("story-events"),
        true, null, 1, null);

    assertThat(r.outcomes()).extracting(StoryLanguagesEvaluation.Outcome::event, StoryLanguagesEvaluation.Outcome::verdict)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("harbour", "right"), org.assertj.core.groups.Tuple.tuple("festival", "alone"));
    assertThat(r.joinedRight()).isEqualTo(1);
    assertThat(r.aloneRight()).isEqualTo(1);
    assertThat(r.goldWith().clustering().bcubedF1()).isEqualTo(r.goldWithout().clustering().bcubedF1());
  }
}
