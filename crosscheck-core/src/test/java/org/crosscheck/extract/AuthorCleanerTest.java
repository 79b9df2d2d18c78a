package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorCleanerTest {
  @Test
  void bylineNoiseIsRemovedAndNamesSplitAndDeduplicated() {
    List<String> raw = List.of("By Jane Doe and John Roe, Staff Writer", "Email the author",
        "3 hours ago Josh Constine", "@jdoe", "https://twitter.com/jdoe", "JANE DOE", "Updated 09:23 Dec 25");
    assertThat(AuthorCleaner.clean(raw)).containsExactly("Jane Doe", "John Roe", "Josh Constine");
  }

  @Test
  void rolesAndOutletCreditsAreNotNames() {
    assertThat(AuthorCleaner.clean(List.of("Maria Garcia | Senior Correspondent", "For The Guardian")))
        .containsExactly("Maria Garcia");
  }
}
