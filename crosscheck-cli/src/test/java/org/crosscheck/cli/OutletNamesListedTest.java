package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's report read before any report named the outlet (a Markdown file without a source)
 * is listed under the name a later report taught, not under its bare host.
 */
class OutletNamesListedTest {
  @TempDir Path data;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(OutletNamesListedTest.class.getResource("outlets/" + name).toURI());
  }

  @BeforeEach
  void ingestTheUnnamedReportThenOneThatNamesItsOutlet() throws URISyntaxException {
    for (String folder : new String[] {"first", "later"}) {
      CliRun ingest = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", data.toString(), fixture(folder).toString());
      assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }
  }

  @Test
  void storiesListTheOutletByTheNameLearnedLater() {
    CliRun run = CliRun.of("stories", "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("2 stories").doesNotContain("southcourier.example");
    assertThat(run.out().split("outlets: The Southern Courier", -1)).hasSize(3);
  }

  @Test
  void aFilterOnTheNameFindsTheStoryStoredUnderTheHost() {
    CliRun byName = CliRun.of("stories", "--source", "The Southern Courier", "--data", data.toString());
    assertThat(byName.out()).startsWith("2 stories").contains("Valmora").contains("Portelo");
    CliRun byHost = CliRun.of("stories", "--source", "southcourier.example", "--data", data.toString());
    assertThat(byHost.out()).startsWith("2 stories");
  }

  @Test
  void oneStoryNamesItsOutletTooInTextAndJson() {
    CliRun list = CliRun.of("stories", "--source", "The Southern Courier", "--json", "--data", data.toString());
    String storyId = list.out().replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
    CliRun text = CliRun.of("story", storyId, "--data", data.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("outlets:  The Southern Courier").doesNotContain("southcourier.example");
    assertThat(list.out()).doesNotContain("southcourier.example");
  }

  @Test
  void searchShowsAndCountsTheOutletByItsLearnedName() {
    CliRun run = CliRun.of("search", "--data", data.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("source: The Southern Courier (2)").doesNotContain("southcourier.example");
    CliRun byName = CliRun.of("search", "--source", "The Southern Courier", "--data", data.toString());
    assertThat(byName.out()).startsWith("2 match(es)");
  }
}
