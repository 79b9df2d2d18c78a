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
    CliRun ingest = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", data.toString(), SEEDS.toString());
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

    CliRun again = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", data.toString(), SEEDS.toString());
    assertThat(again.out()).contains("0 new").contains("2 unchanged");
  }

  @Test
  void everyCommandAnswersHelpWithItsUsageAndAOneLineSummaryInTheList() {
    CliRun top = CliRun.of("--help");
    assertThat(top.exitCode()).isZero();
    for (String command : Main.commandLine().getSubcommands().keySet()) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.exitCode()).as(command + ": " + help.err()).isZero();
      assertThat(help.out()).as(command).contains("Usage: crosscheck " + command);
    }
    assertThat(CliRun.of("eval", "claims", "--help").out()).contains("Usage: crosscheck eval claims");
    assertThat(top.out()).contains("demo       Runs the whole pipeline on the bundled sample corpus and prints\n"
        + "               what it found.\n");
  }

  @Test
  void aCommandsHelpSaysItsSummaryOnce() {
    for (var command : Main.commandLine().getSubcommands().entrySet()) {
      String[] header = command.getValue().getCommandSpec().usageMessage().header();
      if (header.length == 0) continue;
      String help = CliRun.of(command.getKey(), "--help").out().replaceAll("\\s+", " ");
      String summary = String.join(" ", header);
      assertThat(help.split(java.util.regex.Pattern.quote(summary), -1)).as(command.getKey() + ": " + help).hasSize(2);
    }
  }

  @Test
  void anOlderVersionArrivingAfterTheNewerIsReportedAsOlderAndKeptAsARevision() throws IOException {
    String line = "{\"url\": \"https://harbour.example/ferry\", \"source\": \"Harbour Gazette\", "
        + "\"title\": \"Ferry service resumes\", \"published\": \"2026-02-02T07:00:00Z\"%s, \"text\": \"%s\"}%n";
    Path newer = Files.writeString(data.resolve("newer.jsonl"), line.formatted(", \"updated\": \"2026-02-02T15:00:00Z\"",
        "The ferry to the islands sailed again on Tuesday. In the afternoon a second crossing was added."));
    Path older = Files.writeString(data.resolve("older.jsonl"), line.formatted("",
        "The ferry to the islands sailed again on Tuesday."));
    String store = data.resolve("store").toString();
    assertThat(CliRun.of("ingest", "--quiet", "--no-analyze", "--data", store, newer.toString()).out()).contains("1 new");

    CliRun late = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", store, older.toString());
    assertThat(late.exitCode()).as(late.err()).isZero();
    assertThat(late.out()).contains("0 new, 0 updated, 0 unchanged, 1 older version (kept as a revision of the newer stored report)");
    JsonNode summary = json(CliRun.of("ingest", "--quiet", "--no-analyze", "--json", "--data", store, older.toString()));
    assertThat(summary.get("older").asInt()).as("recorded once: a second time it is unchanged").isZero();
    assertThat(summary.get("unchanged").asInt()).isEqualTo(1);

    String id = json(CliRun.of("search", "ferry", "--json", "--data", store)).get("hits").get(0).get("id").asText();
    JsonNode article = json(CliRun.of("show", id, "--json", "--data", store));
    assertThat(article.get("paragraphs").toString()).contains("second crossing");
    assertThat(article.get("revisions")).hasSize(1);
  }

  @Test
  void badInputIsNamedWithItsReasonAndGoodInputStillStored() throws IOException {
    Path inputs = Files.createDirectories(data.resolve("in"));
    Files.write(inputs.resolve("random.bin"), new java.util.Random(7).ints(600, 0, 256)
        .collect(java.io.ByteArrayOutputStream::new, (o, i) -> o.write(i), (a, b) -> {}).toByteArray());
    Files.writeString(inputs.resolve("empty.txt"), "");
    Files.copy(SEEDS.resolve("000_ee8a5f18b5e8236e.txt"), inputs.resolve("good.txt"));

    CliRun run = CliRun.of("ingest", "--quiet", "--no-analyze", "--data", data.resolve("store").toString(), inputs.toString(),
        data.resolve("missing.html").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1 new").contains("random.bin").contains("empty.txt")
        .contains("missing.html: no such file or directory");
  }

  @Test
  void ingestsFeedsAndPagesFromUrlsAndNamesTheOnesThatFail() throws IOException {
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title>"
        + "<link>http://127.0.0.1/</link><description>d</description>"
        + "<item><title>Ferry service resumes</title><link>http://127.0.0.1/ferry</link>"
        + "<pubDate>Tue, 02 Dec 2025 07:30:00 +0100</pubDate>"
        + "<description>The ferry to the islands sailed again on Tuesday after a week of storms.</description></item>"
        + "</channel></rss>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.createContext("/feed.xml", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, feed.length);
      exchange.getResponseBody().write(feed);
      exchange.close();
    });
    server.createContext("/gone", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      CliRun run = CliRun.of("ingest", "--quiet", "--no-analyze", "--json", "--data", data.toString(), base + "/feed.xml", base + "/gone");
      JsonNode summary = json(run);
      assertThat(summary.get("added").asInt()).isEqualTo(1);
      assertThat(summary.get("skipped").get(0).get("reason").asText()).contains("HTTP 404");
      JsonNode hit = json(CliRun.of("search", "ferry", "--json", "--data", data.toString())).get("hits").get(0);
      assertThat(hit.get("source").asText()).isEqualTo("Harbour Gazette");
      assertThat(hit.get("published").asText()).isEqualTo("2025-12-02T07:30:00+01:00");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void errorsAreOneLineWithoutAStackTrace() {
    CliRun run = CliRun.of("search", "anything", "--data", data.resolve("nothing-here").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("crosscheck: no Crosscheck data in").doesNotContain("Exception");

    CliRun badDate = CliRun.of("search", "x", "--from", "last tuesday-ish", "--data", data.toString());
    assertThat(badDate.exitCode()).isEqualTo(1);
    assertThat(badDate.err()).contains("--from is not a date");

    CliRun badDay = CliRun.of("claims", "--from", "yesterday", "--data", data.toString());
    assertThat(badDay.exitCode()).isNotZero();
    assertThat(badDay.err()).contains("'yesterday' is not a day").contains("2025-12-24").doesNotContain("java.");
  }

  @Test
  void lucenePerformanceHintsStayQuietAfterTheModelsFillTheHeap() {
    Main.commandLine();
    // JUL keeps loggers weakly: a level set on one nobody holds is lost at the next collection.
    for (int i = 0; i < 3; i++) System.gc();
    assertThat(java.util.logging.Logger.getLogger("org.apache.lucene").getLevel())
        .isEqualTo(java.util.logging.Level.SEVERE);
  }
}
