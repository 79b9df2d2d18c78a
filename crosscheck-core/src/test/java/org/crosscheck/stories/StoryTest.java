package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTest {
  private static Story.Member member(String id, String time) {
    return new Story.Member(id, "Title " + id, "Outlet", time == null ? null : Instant.parse(time), null, null);
  }

  @Test
  void articlesByTimeFollowTheEventWhateverOrderTheyArrivedIn() {
    Story s = new Story("s1", "Label", null, null, List.of(), List.of(), List.of(), List.of(),
        List.of(member("late", "2026-02-12T08:00:00Z"), member("undated", null), member("early", "2026-02-08T09:00:00Z"),
            member("tie-first", "2026-02-10T10:00:00Z"), member("tie-second", "2026-02-10T10:00:00Z")),
        List.of(), false);
    assertThat(s.articlesByTime()).extracting(Story.Member::articleId)
        .containsExactly("early", "tie-first", "tie-second", "late", "undated");
    assertThat(s.articleIds()).containsExactly("late", "undated", "early", "tie-first", "tie-second");
  }

  @Test
  void aSiteCountsUnderTheOutletNameAnotherReportGives() {
    List<Story.Member> members = List.of(
        new Story.Member("a", "A", "harbourgazette.example", null, null, null),
        new Story.Member("b", "B", "Coast Wire", null, null, null),
        new Story.Member("c", "C", "Harbour Gazette", null, null, null),
        new Story.Member("d", "D", "coastwatch.example", null, null, null));
    assertThat(Story.outletsOf(members)).containsExactly("Harbour Gazette", "Coast Wire", "coastwatch.example");
  }

  @Test
  void aRevisedMemberOfAClosedStoryTakesItsNewHeadlineAndTheSpanFollowsItsTime() {
    Story s = new Story("s1", "Label", Instant.parse("2026-03-09T08:00:00Z"), Instant.parse("2026-03-13T11:00:00Z"),
        List.of("Outlet"), List.of(), List.of(), List.of(),
        List.of(member("a", "2026-03-09T08:00:00Z"), member("b", "2026-03-13T11:00:00Z")), List.of(), true);
    Story revised = s.withRevised(new Story.Member("b", "Corrected title", "Outlet", Instant.parse("2026-03-12T11:00:00Z"), null, null));
    assertThat(revised.articles()).extracting(Story.Member::title).containsExactly("Title a", "Corrected title");
    assertThat(revised.end()).isEqualTo(Instant.parse("2026-03-12T11:00:00Z"));
    assertThat(revised.closed()).isTrue();
  }
}
