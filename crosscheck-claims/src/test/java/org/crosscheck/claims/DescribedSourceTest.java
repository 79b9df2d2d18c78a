package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescribedSourceTest {
  private final Vocabulary vocabulary = Vocabulary.standard();

  @Test
  void aDescribedSourceEndsWithItsNoun() {
    assertThat(vocabulary.describedSource("the Malian army flatly")).isEqualTo("Malian army");
    assertThat(vocabulary.describedSource("the ministry continues to")).isEqualTo("ministry");
    assertThat(vocabulary.describedSource("Colombia's army on")).isEqualTo("Colombia's army");
    assertThat(vocabulary.describedSource("a history Malian officials")).isEqualTo("Malian officials");
    assertThat(vocabulary.describedSource("several pro-government bloggers")).isEqualTo("several pro-government bloggers");
  }

  @Test
  void aDescriptionEndsBeforeItsVerbsAuxiliary() {
    // Before: "several prominent Russian bloggers have in recent days" (the demo's conceding voice).
    assertThat(vocabulary.describedSource("several prominent Russian bloggers have in recent days"))
        .isEqualTo("Russian bloggers");
    assertThat(vocabulary.describedSource("the militia's commanders were at first")).isEqualTo("militia's commanders");
  }

  @Test
  void aSourceThatIsAllTailKeepsItsLastWordAndNamesStayWhole() {
    assertThat(vocabulary.describedSource("officials")).isEqualTo("officials");
    assertThat(vocabulary.describedSource("the Family Ministry")).isEqualTo("Family Ministry");
    assertThat(vocabulary.describedSource("regional officials")).isEqualTo("regional officials");
    assertThat(vocabulary.describedSource("the victim's family")).isEqualTo("victim's family");
  }

  @Test
  void aDayANegationOrALonePossessiveIsNoPartOfAName() {
    assertThat(vocabulary.describedSource("Chad's general staff on Sunday")).isEqualTo("Chad's general staff");
    assertThat(vocabulary.describedSource("the Sahel command in March")).isEqualTo("Sahel command");
    assertThat(vocabulary.describedSource("Mali never")).isEqualTo("Mali");
    assertThat(vocabulary.describedSource("Mali's")).isEqualTo("Mali");
    assertThat(vocabulary.describedSource("the Sunday Herald")).isEqualTo("Sunday Herald");
    assertThat(vocabulary.describedSource("the defence ministry on Friday")).isEqualTo("defence ministry");
    assertThat(vocabulary.describedSource("the defence ministry in Lakeside")).isEqualTo("defence ministry in Lakeside");
  }

  @Test
  void aNounThatCountsTheSourceIsNoPartOfIt() {
    // Session 11: "a wave of posts" speaks only as its posts do; whose they are, when said, stays with them.
    assertThat(vocabulary.describedSource("a wave of posts appeared")).isEqualTo("posts");
    assertThat(vocabulary.describedSource("an entire flood of messages from pro-government bloggers")).isEqualTo("messages from pro-government bloggers");
    assertThat(vocabulary.describedSource("a handful of residents")).isEqualTo("residents");
    assertThat(vocabulary.describedSource("a number of Malian officials")).isEqualTo("Malian officials");
  }

  @Test
  void aRelativeClauseTellsWhatTheSourceDidAndIsNoPartOfIt() {
    assertThat(vocabulary.describedSource("A farmer who reached Lakeside")).isEqualTo("farmer");
    assertThat(vocabulary.describedSource("Residents who fled to Lakeside")).isEqualTo("Residents");
    assertThat(vocabulary.describedSource("Malian officials who asked not to be named")).isEqualTo("Malian officials");
  }

  @Test
  void anAcronymWrittenLikeWhoIsNoRelativeClause() {
    // Before: "WHO" read as "who" cut the source down to "Senior".
    assertThat(vocabulary.describedSource("Senior WHO officials")).endsWith("WHO officials");
  }
}
