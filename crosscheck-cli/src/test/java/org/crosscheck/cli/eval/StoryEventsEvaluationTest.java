package org.crosscheck.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.TextFeatureExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEventsEvaluationTest {
  @Test
  void theEventIsTheFirstWordAfterTheHalf() {
    assertThat(StoryEventsEvaluation.label("blind9-batken-border-service.md")).isEqualTo(new StoryEventsEvaluation.Label("blind9", "batken"));
    assertThat(StoryEventsEvaluation.label("blind-bhamo-liveblog.md")).isEqualTo(new StoryEventsEvaluation.Label("blind", "bhamo"));
    assertThat(StoryEventsEvaluation.label("blind5-point-triple-wire.md")).isEqualTo(new StoryEventsEvaluation.Label("blind5", "point"));
    assertThat(StoryEventsEvaluation.label("blind10-flashpoints-weekly.md")).isEqualTo(new StoryEventsEvaluation.Label("blind10", "flashpoints"));
    assertThat(StoryEventsEvaluation.label("kamaran-houthi-denial.md")).isEqualTo(new StoryEventsEvaluation.Label("dev", "kamaran"));
    assertThat(StoryEventsEvaluation.label("sirte.md")).isEqualTo(new StoryEventsEvaluation.Label("dev", "sirte"));
  }

  @Test
  void readsReportsWithTheirDatesAndEventsAndSkipsWhatItCannotRead(@TempDir Path dir) throws IOException {
    for (Path f : fixtures()) Files.copy(f, dir.resolve(f.getFileName()));
    Files.write(dir.resolve("blind1-broken-note.md"), new byte[0]);
    List<String> skipped = new ArrayList<>();

    List<StoryEventsEvaluation.Report> reports = StoryEventsEvaluation.read(dir, skipped::add);

    assertThat(reports).extracting(StoryEventsEvaluation.Report::event).containsExactly("harbour", "harbour", "orchard");
    assertThat(reports).allSatisfy(r -> {
      assertThat(r.half()).isEqualTo("blind1");
      assertThat(r.article().published()).isNotNull();
    });
    assertThat(skipped).singleElement().asString().contains("blind1-broken-note.md");
  }

  @Test
  void twoReportsOfOneFireAndOneOfAFrostMakeTwoStoriesScoredAgainstTheFileNames() throws IOException {
    List<StoryEventsEvaluation.Report> reports = StoryEventsEvaluation.read(fixtureDir(), reason -> { });

    StoryEventsEvaluation.Result r = StoryEventsEvaluation.evaluate(reports, ClusteringConfig.defaults(), TextFeatureExtractor.english());

    assertThat(r.halves()).singleElement().satisfies(h -> {
      assertThat(h.half()).isEqualTo("blind1");
      assertThat(h.clustering().documents()).isEqualTo(3);
      assertThat(h.clustering().goldClusters()).isEqualTo(2);
      assertThat(h.clustering().predictedClusters()).isEqualTo(2);
      assertThat(h.clustering().bcubedF1()).isEqualTo(1.0);
      assertThat(h.merges().merged()).isZero();
      assertThat(h.merges().pairs()).isEqualTo(1);
    });
    assertThat(r.total().clustering()).isEqualTo(r.halves().getFirst().clustering());
  }

  @Test
  void everyReportAloneScoresFullPrecisionAndPartRecall() {
    // The scoring, apart from the clusterer: a join threshold no pair reaches keeps every report
    // alone, so BCubed P = 1 and R = (1/2 + 1/2 + 1) / 3 = 2/3.
    List<StoryEventsEvaluation.Report> reports = StoryEventsEvaluation.read(fixtureDir(), reason -> { });

    StoryEventsEvaluation.Result r = StoryEventsEvaluation.evaluate(reports,
        ClusteringConfig.defaults().withThreshold(1.01).withMergeThreshold(1.01), TextFeatureExtractor.english());

    ClusteringScores s = r.total().clustering();
    assertThat(s.predictedClusters()).isEqualTo(3);
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void theInMemoryStageUsedInCrossValidationScoresAsTheStoryStageDoes() {
    List<StoryEventsEvaluation.Report> reports = StoryEventsEvaluation.read(fixtureDir(), reason -> { });
    for (ClusteringConfig config : List.of(ClusteringConfig.defaults(), ClusteringConfig.defaults().withThreshold(1.01).withMergeThreshold(1.01))) {
      StoryEventsEvaluation.Result staged = StoryEventsEvaluation.evaluate(reports, config, TextFeatureExtractor.english());
      StoryEventsEvaluation.HalfScores inMemory = StoryEventsEvaluation.scoreInMemory(StoryEventsEvaluation.halves(reports), config,
          TextFeatureExtractor.english());
      assertThat(inMemory.clustering()).isEqualTo(staged.total().clustering());
    }
  }

  @Test
  void detailsNameEachReportsCandidatesWithTheJoinModelsInputsAndWhereItWent(@TempDir Path dir) throws IOException {
    for (Path f : fixtures()) Files.copy(f, dir.resolve(f.getFileName()));
    java.io.StringWriter text = new java.io.StringWriter();

    StoryEventsEvaluation.details(dir, true, null, 1, true, new java.io.PrintWriter(text));

    String out = text.toString();
    assertThat(out.lines().filter(l -> l.contains("-> opens"))).hasSize(2);
    assertThat(out.lines().filter(l -> l.contains("-> joins"))).hasSize(1);
    assertThat(out).contains(" p ").contains("topical=").endsWith("2 stories" + System.lineSeparator());
  }

  @Test
  void detailsReadTheFoldersOfADirectoryAsIngestDoesAndSayWhenThereIsNothing(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("feeds"));
    Files.createDirectories(dir.resolve("md"));
    Files.createDirectories(dir.resolve(".cache"));
    List<Path> fixtures = fixtures();
    Files.copy(fixtures.get(0), dir.resolve("feeds").resolve(fixtures.get(0).getFileName()));
    for (Path f : fixtures.subList(1, fixtures.size())) Files.copy(f, dir.resolve("md").resolve(f.getFileName()));
    Files.copy(fixtures.get(0), dir.resolve(".cache").resolve(fixtures.get(0).getFileName()));
    java.io.StringWriter text = new java.io.StringWriter();
    StoryEventsEvaluation.details(dir, true, null, 1, true, new java.io.PrintWriter(text));
    assertThat(text.toString().lines().filter(l -> l.contains("-> "))).hasSize(3);
    assertThat(text.toString()).endsWith("2 stories" + System.lineSeparator());

    Path empty = Files.createDirectories(dir.resolve("empty"));
    java.io.StringWriter none = new java.io.StringWriter();
    StoryEventsEvaluation.details(empty, true, null, 1, true, new java.io.PrintWriter(none));
    assertThat(none.toString()).isEqualTo("no reports found under " + empty + System.lineSeparator());
  }

  private static Path fixtureDir() {
    try {
      return Path.of(StoryEventsEvaluationTest.class.getResource("story-events/blind1-harbour-wire.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> fixtures() throws IOException {
    try (var files = Files.list(fixtureDir())) {
      return files.sorted().toList();
    }
  }
}
