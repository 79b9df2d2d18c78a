package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A short briefing of our own, published on Friday 2025-12-26. */
class AnnotatorTest {

  private static Annotations briefing;

  @BeforeAll
  static void annotate() throws IOException {
    try (InputStream in = AnnotatorTest.class.getResourceAsStream("briefing.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      briefing = SharedData.ukraineAnnotator().annotate("briefing", text, LocalDate.of(2025, 12, 26));
    }
  }

  private static TimeRef time(String text) {
    return briefing.times().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow(
        () -> new AssertionError("no time expression '" + text + "' in " + briefing.times()));
  }

  @Test
  void spellingsOfOnePersonAreOneEntity() {
    Entity zelensky = briefing.entity("person:zelenski").orElseThrow();
    assertThat(zelensky.name()).isEqualTo("Volodymyr Zelenskyy");
    assertThat(zelensky.aliases()).contains("Zelensky");
    assertThat(zelensky.mentions()).isEqualTo(2);
  }

  @Test
  void relativeDatesAreReadAgainstPublication() {
    assertThat(time("Thursday").value()).isEqualTo("2025-12-25");
    assertThat(time("Dec. 24").value()).isEqualTo("2025-12-24");
    assertThat(time("Dec. 24").granularity()).isEqualTo(TimeRef.Granularity.DAY);
    assertThat(time("November").value()).isEqualTo("2025-11");
    assertThat(time("September 2022").value()).isEqualTo("2022-09");
    assertThat(time("September 2022").granularity()).isEqualTo(TimeRef.Granularity.MONTH);
    assertThat(time("early December").value()).isEqualTo("2025-12");
    assertThat(time("early December").modifier()).isEqualTo("EARLY");
  }

  @Test
  void mentionsPointIntoTheText() {
    assertThat(briefing.mentions()).allSatisfy(m -> assertThat(m.end()).isGreaterThan(m.start()));
    assertThat(briefing.places()).anySatisfy(p -> {
      assertThat(p.geonameId()).isEqualTo(697421L);
      assertThat(p.region()).isEqualTo("Kharkiv Oblast");
    });
  }
}
