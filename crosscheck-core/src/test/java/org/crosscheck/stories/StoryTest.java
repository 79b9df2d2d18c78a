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
  void outletsNamedLaterCountAsOneOutletAndLeaveTheRestOfTheStoryAlone() {
    List<Story.Member> members = List.of(
        new Story.Member("a", "A", "coast-wire.example", Instant.parse("2026-02-08T09:00:00Z"), null, null),
        new Story.Member("b", "B", "South Courier", null, null, null),
        new Story.Member("c", "C", "coast-wire.example", null, "a", DuplicateLink.Kind.EXACT),
        new Story.Member("d", "D", "Harbour Post", null, null, null),
        new Story.Member("e", "E", "Wire Agency", null, null, null),
        new Story.Member("f", "F", null, null, null, null));
    Story s = new Story("s1", "Label", members.get(0).time(), members.get(0).time(), Story.outletsOf(members), List.of("t"),
        List.of(), List.of(), members, List.of(), false);
    assertThat(s.outlets()).containsExactly("coast-wire.example", "South Courier", "Harbour Post", "Wire Agency");

    Story named = s.withOutletsNamed(o -> o.equals("coast-wire.example") ? "Wire Agency" : o);
    assertThat(named.outlets()).containsExactly("Wire Agency", "South Courier", "Harbour Post");
    assertThat(named.articles()).extracting(Story.Member::outlet)
        .containsExactly("Wire Agency", "South Courier", "Wire Agency", "Harbour Post", "Wire Agency", null);
    assertThat(named.articles().get(2).copyOf()).isEqualTo("a");
    assertThat(named.reportCount()).isEqualTo(s.reportCount());
    assertThat(named.articleIds()).isEqualTo(s.articleIds());
    assertThat(s.withOutletsNamed(o -> o)).isSameAs(s);
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
