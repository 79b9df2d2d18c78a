package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  private static String fixture() throws URISyntaxException {
    return Path.of(ExtractCommandTest.class.getResource("extract-article.html").toURI()).toString();
  }

  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ExtractCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void textModePrintsMetadataThenParagraphs() throws Exception {
    CliRun r = run(fixture());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("title:      Ferry service resumes after storm",
        "published:  2025-11-03T07:30+01:00 (from json-ld)", "authors:    Ana Lima",
        "canonical:  https://coast.example.org/2025/11/03/ferry", "article:    yes");
    assertThat(r.out().indexOf("The island ferry sailed")).isGreaterThan(r.out().indexOf("title:"));
    assertThat(r.out()).doesNotContain("Share on Facebook", "Home");
  }

  @Test
  void jsonModePrintsOneObjectWithIsoDates() throws Exception {
    CliRun r = run("--json", fixture());
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertThat(node.get("published").asText()).isEqualTo("2025-11-03T07:30:00+01:00");
    assertThat(node.get("publishedSource").asText()).isEqualTo("json-ld");
    assertThat(node.get("isArticle").asBoolean()).isTrue();
    assertThat(node.get("paragraphs")).hasSize(2);
  }

  @Test
  void binaryDataIsRefusedWithItsReasonInsteadOfPrintedAsText(@TempDir Path dir) throws Exception {
    Path noise = dir.resolve("noise.txt");
    Files.write(noise, new java.util.Random(3).ints(3000, 0, 256)
        .collect(java.io.ByteArrayOutputStream::new, (o, i) -> o.write(i), (a, b) -> {}).toByteArray());
    CliRun r = CliRun.of("extract", noise.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("noise.txt").contains("binary");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFeedIsNamedAsOneWithWhereToTakeIt(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("desk.xml");
    Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk</title>"
        + "<item><title>One</title><description>Text of one.</description></item></channel></rss>");
    CliRun r = CliRun.of("extract", feed.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("desk.xml").contains("feed").contains("crosscheck ingest");
  }

  @Test
  void missingFileIsOneClearLine() {
    CliRun r = run("/no/such/page.html");
    assertThat(r.exitCode()).isNotZero();
  }
}
