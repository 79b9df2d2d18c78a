package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    assertThat(help.out()).contains("stories").contains("near-duplicates").contains("stories-throughput");
  }
}
