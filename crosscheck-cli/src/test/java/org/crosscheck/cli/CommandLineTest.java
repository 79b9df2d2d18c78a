package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  static final Path SEEDS = Path.of(System.getProperty("crosscheck.shared", "../../shared"), "seeds");

  @TempDir Path data;

  private JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Json.mapper().readTree(run.out());
  }

  @Test
  void ingestsTheSeedsThenFindsAndShowsThem() throws IOException {
    CliRun ingest = CliRun.of("ingest", "--quiet", "--data", data.toString(), SEEDS.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("2 new");

    JsonNode hits = json(CliRun.of("search", "Trehubov", "--json", "--data", data.toString()));
    assertThat(hits.get("total").asInt()).isEqualTo(1);
    String id = hits.get("hits").get(0).get("id").asText();
    assertThat(hits.get("hits").get(0).get("snippet").asText()).contains("Trehubov");

    JsonNode article = json(CliRun.of("show", id, "--json", "--data", data.toString()));
    assertThat(article.get("title").asText()).startsWith("Russian forces near collapse in Kupyansk");
    assertThat(article.get("url").asText()).startsWith("https://www.foxnews.com/world/");

    JsonNode both = json(CliRun.of("search", "Kupyansk", "--from", "2025-12-25", "--to", "2025-12-25", "--json",
        "--data", data.toString()));
    assertThat(both.get("total").asInt()).isEqualTo(2);
    assertThat(both.get("facets").get("language").get("en").asInt()).isEqualTo(2);

    CliRun again = CliRun.of("ingest", "--quiet", "--data", data.toString(), SEEDS.toString());
    assertThat(again.out()).contains("0 new").contains("2 unchanged");
  }

  @Test
  void badInputIsNamedWithItsReasonAndGoodInputStillStored() throws IOException {
    Path inputs = Files.createDirectories(data.resolve("in"));
    Files.write(inputs.resolve("random.bin"), new java.util.Random(7).ints(600, 0, 256)
        .collect(java.io.ByteArrayOutputStream::new, (o, i) -> o.write(i), (a, b) -> {}).toByteArray());
    Files.writeString(inputs.resolve("empty.txt"), "");
    Files.copy(SEEDS.resolve("000_ee8a5f18b5e8236e.txt"), inputs.resolve("good.txt"));

    CliRun run = CliRun.of("ingest", "--quiet", "--data", data.resolve("store").toString(), inputs.toString(),
        data.resolve("missing.html").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1 new").contains("random.bin").contains("empty.txt")
        .contains("missing.html: no such file or directory");
  }

  @Test
  void errorsAreOneLineWithoutAStackTrace() {
    CliRun run = CliRun.of("search", "anything", "--data", data.resolve("nothing-here").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("crosscheck: no Crosscheck data in").doesNotContain("Exception");

    CliRun badDate = CliRun.of("search", "x", "--from", "last tuesday-ish", "--data", data.toString());
    assertThat(badDate.exitCode()).isEqualTo(1);
    assertThat(badDate.err()).contains("--from is not a date");
  }
}
