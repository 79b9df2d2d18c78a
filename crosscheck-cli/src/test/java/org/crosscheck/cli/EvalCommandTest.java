package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @Test
  void nearDuplicateAndThroughputEvaluationsRunAsSubcommands() {
    CliRun dups = CliRun.of("eval", "near-duplicates", "--originals", "30");
    assertThat(dups.exitCode()).as(dups.err()).isZero();
    assertThat(dups.out()).contains("near-duplicates: 30 originals").contains("headline").contains("recall");

    CliRun speed = CliRun.of("eval", "stories-throughput", "--stories", "300", "--articles", "300");
    assertThat(speed.exitCode()).as(speed.err()).isZero();
    assertThat(speed.out()).contains("300 articles with 300 live stories").contains("heap used after GC");
  }

  @Test
  void evalWithoutASubcommandListsThem() {
    CliRun help = CliRun.of("eval");
    assertThat(help.out()).contains("stories").contains("near-duplicates").contains("stories-throughput")
        .contains("geoparsing").contains("annotation").contains("attribution").contains("claims");
  }

  @Test
  void storyEventsExplainsItselfAndRefusesAMissingFolder(@TempDir Path dir) {
    CliRun help = CliRun.of("eval", "story-events", "--help");
    assertThat(help.out()).contains("--text-only").contains("--annotated").contains("--cache").contains("date order");

    CliRun missing = CliRun.of("eval", "story-events", "--text-only", "--dir", dir.resolve("none").toString());
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err()).contains("no folder");
  }

  @Test
  void geoparsingEvaluationScoresTheCorpusItIsGiven(@TempDir Path dir) throws IOException {
    String text = "Heavy rain flooded streets in Lyon, France, on Tuesday.";
    String doc = """
        {"doc_id":"1","text":"%s","toponyms":[
        {"start":30,"end":34,"surface":"Lyon","lat":45.75,"lon":4.85},
        {"start":36,"end":42,"surface":"France","lat":46.0,"lon":2.0}]}""".formatted(text).replace("\n", "");
    Path corpus = Files.writeString(dir.resolve("tiny.jsonl"), doc + "\n");

    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    CliRun run;
    try {
      run = CliRun.of("eval", "geoparsing", "--threads", "1", corpus.toString());
    } finally {
      System.setOut(stdout);
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("1 documents, 2 gold toponyms")
        .contains("Acc@161km 1.000");
  }

  @Test
  void anOptionsFolderIsNotTakenForTheDataToEvaluate(@TempDir Path dir) throws IOException {
    Path cache = Files.createDirectories(dir.resolve("cache"));
    Path polnear = Files.createDirectories(dir.resolve("polnear").resolve("dev")).getParent();
    EvalCommand.Attribution attribution = new EvalCommand.Attribution();
    assertThat(attribution.isData(cache.toString())).isFalse();
    assertThat(attribution.isData(polnear.toString())).isTrue();
    assertThat(new EvalCommand.Geoparsing().isData(cache.toString())).isFalse();
  }
}
