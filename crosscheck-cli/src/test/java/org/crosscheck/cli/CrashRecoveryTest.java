package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.cli.bench.SyntheticCorpus;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during ingest, then run again: consistent store, no duplicates, nothing committed lost. */
class CrashRecoveryTest {
  private static final Pattern COMMITTED = Pattern.compile("\\(([\\d,]+) committed\\)");
  private static final int DOCS = 40_000;

  @TempDir Path dir;

  @Test
  void aKilledIngestLosesNothingItReportedAsCommittedAndARerunCompletesWithoutDuplicates() throws Exception {
    List<Path> corpus = new SyntheticCorpus(3).write(InputFormat.JSONL, DOCS, dir.resolve("in"));
    Path data = dir.resolve("data");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--no-analyze", "--data", data.toString(), corpus.get(0).toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    long reportedCommitted = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find() && (reportedCommitted = Long.parseLong(m.group(1).replace(",", ""))) > 0) break;
      }
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(reportedCommitted).as("the child reported a commit before it was killed").isPositive();

    try (Store store = Wiring.openStoreReadOnly(data)) {
      assertThat(store.count()).isGreaterThanOrEqualTo(reportedCommitted).isLessThanOrEqualTo(DOCS);
    }
    CliRun rerun = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", data.toString(), corpus.get(0).toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    try (Store store = Wiring.openStoreReadOnly(data)) {
      assertThat(store.count()).isEqualTo(DOCS);
      assertThat(store.search(new SearchQuery(null, null, null, List.of(), null, 1, 0)).total()).isEqualTo(DOCS);
    }
  }
}
