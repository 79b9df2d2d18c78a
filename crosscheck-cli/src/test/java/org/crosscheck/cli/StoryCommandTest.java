package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.model.Ids;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.Story;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCommandTest {
  @TempDir Path data;

  /** A story of three reports; the third began a story of its own, merged into this one since. */
  private final String mergedId = Ids.of("story:c3");
  private final String survivorId = Ids.of("story:a1");

  @BeforeEach
  void storeAStoryThatAnotherMergedInto() throws IOException {
    List<Story.Member> members = List.of(
        new Story.Member("a1", "Rebels claim the port", "Harbour Post", Instant.parse("2026-03-02T08:00:00Z"), null, null),
        new Story.Member("b2", "Army denies losing the port", "Coast Daily", Instant.parse("2026-03-02T12:00:00Z"), null, null),
        new Story.Member("c3", "Families leave the port town", "Inland Times", Instant.parse("2026-03-03T09:00:00Z"), null, null));
    try (LuceneStoryStore stories = LuceneStoryStore.open(data)) {
      stories.put(new Story(survivorId, "Rebels claim the port", members.get(0).time(), members.get(2).time(),
          List.of("Harbour Post", "Coast Daily", "Inland Times"), List.of("port"), List.of(), List.of(), members,
          List.of(mergedId), false));
      stories.commit();
    }
  }

  @Test
  void aMergedStorySaysWhichReportBeganItAndThatItWasFoldedIntoThisOne() {
    CliRun run = CliRun.of("story", survivorId, "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("no longer stands alone")
        .contains("merged:   1 story begun apart, then found to tell of this event and folded into this one")
        .contains(mergedId + "  begun by 2026-03-03 c3 Inland Times: Families leave the port town");
  }

  @Test
  void askingForAMergedStoryNamesTheStoryItWasMergedInto() {
    CliRun run = CliRun.of("story", mergedId, "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Story " + mergedId + " no longer stands alone: it was merged into story " + survivorId)
        .contains("id:       " + survivorId);
  }
}
