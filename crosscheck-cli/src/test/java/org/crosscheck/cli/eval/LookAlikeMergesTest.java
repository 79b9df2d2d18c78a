package org.crosscheck.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookAlikeMergesTest {
  /** Two groups of two events each: 1_a, 1_b and 2_a, 2_b. */
  private static final Map<String, String> GOLD = Map.of("a1", "1_a", "a2", "1_a", "b1", "1_b", "c1", "2_a", "c2", "2_a", "d1", "2_b");

  @Test
  void aStrayReportMergesItsPairAndCountsALinkPerReportOfTheOtherEvent() {
    // b1 joins 1_a's story: pair 1 merged, links b1-a1 and b1-a2; pair 2 apart.
    LookAlikeMerges m = LookAlikeMerges.of(GOLD, Map.of("a1", "P", "a2", "P", "b1", "P", "c1", "Q", "c2", "Q", "d1", "R"),
        StoryClusteringEvaluation::topicOf);
    assertThat(m.pairs()).isEqualTo(2);
    assertThat(m.merged()).isEqualTo(1);
    assertThat(m.crossLinks()).isEqualTo(2);
    assertThat(m.mergedGroups()).containsExactly("1");
    // P holds both of 1_a's reports and 1_b's only one: the two events are told as one story.
    assertThat(m.folded()).isEqualTo(1);
    assertThat(m.foldedGroups()).containsExactly("1");
  }

  @Test
  void aStrayReportInAnotherEventsStoryIsAMergeButNoFold() {
    // 1_b has three reports: two in their own story Q, one strayed into 1_a's story P.
    Map<String, String> gold = Map.of("a1", "1_a", "a2", "1_a", "b1", "1_b", "b2", "1_b", "b3", "1_b");
    LookAlikeMerges m = LookAlikeMerges.of(gold, Map.of("a1", "P", "a2", "P", "b1", "P", "b2", "Q", "b3", "Q"),
        StoryClusteringEvaluation::topicOf);
    assertThat(m.merged()).isEqualTo(1);
    assertThat(m.folded()).isZero();
    assertThat(m.summary()).isEqualTo("look-alikes merged 1/1 (links 2: 1), folded 0/1");
  }

  @Test
  void eventsSplitIntoManyStoriesAreNotMerges() {
    LookAlikeMerges m = LookAlikeMerges.of(GOLD, Map.of("a1", "1", "a2", "2", "b1", "3", "c1", "4", "c2", "5", "d1", "6"),
        StoryClusteringEvaluation::topicOf);
    assertThat(m.merged()).isZero();
    assertThat(m.crossLinks()).isZero();
    assertThat(m.folded()).isZero();
    assertThat(m.summary()).isEqualTo("look-alikes merged 0/2 (links 0), folded 0/2");
  }

  @Test
  void oneStoryForEverythingMergesEachPairButNotAcrossGroups() {
    // Links count only within a group: 2x1 for group 1, 2x1 for group 2; c1-a1 is not a look-alike link.
    LookAlikeMerges m = LookAlikeMerges.of(GOLD, Map.of("a1", "X", "a2", "X", "b1", "X", "c1", "X", "c2", "X", "d1", "X"),
        StoryClusteringEvaluation::topicOf);
    assertThat(m.merged()).isEqualTo(2);
    assertThat(m.crossLinks()).isEqualTo(4);
    assertThat(m.mergedGroups()).containsExactly("1", "2");
    assertThat(m.foldedGroups()).containsExactly("1", "2");
  }

  @Test
  void foldsAddUpAndGroupsSortAsNumbers() {
    LookAlikeMerges a = new LookAlikeMerges(3, 1, 5, List.of("10"), 1, List.of("10"));
    LookAlikeMerges b = new LookAlikeMerges(2, 1, 7, List.of("9"), 0, List.of());
    assertThat(a.plus(b)).isEqualTo(new LookAlikeMerges(5, 2, 12, List.of("9", "10"), 1, List.of("10")));
  }

  @Test
  void predictionMustCoverTheGoldDocuments() {
    assertThatThrownBy(() -> LookAlikeMerges.of(GOLD, Map.of("a1", "X"), StoryClusteringEvaluation::topicOf))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
