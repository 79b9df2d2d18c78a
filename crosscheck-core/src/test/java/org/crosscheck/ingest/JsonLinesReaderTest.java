package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  /** Stands in for the real extractor: title and <p> texts, nothing clever. */
  private static final PageExtractor PARAGRAPHS_ONLY = page -> {
    Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
    List<String> paragraphs = doc.select("p").eachText();
    return new Extraction(doc.title(), null, List.of(), null, null, null, null, null, null, null, null,
        paragraphs, null);
  };

  private final JsonLinesReader reader = new JsonLinesReader(PARAGRAPHS_ONLY);

  private CollectingSink read(JsonLinesReader r, InputSource input) throws Exception {
    CollectingSink sink = new CollectingSink();
    r.read(input, sink);
    return sink;
  }

  @Test
  void readsGoodLinesAndSkipsBadOnesWithTheirLineNumber() throws Exception {
    CollectingSink sink = read(reader, Fixtures.resource("dump-mixed.jsonl"));

    assertThat(sink.accepted).extracting(Article::origin).containsExactly(
        "dump-mixed.jsonl:1", "dump-mixed.jsonl:4", "dump-mixed.jsonl:6", "dump-mixed.jsonl:8");
    assertThat(sink.skipped).extracting(CollectingSink.Skip::location).containsExactly(
        "dump-mixed.jsonl:3", "dump-mixed.jsonl:5", "dump-mixed.jsonl:7", "dump-mixed.jsonl:9");
    assertThat(sink.skipped.get(0).reason()).startsWith("malformed JSON: ");
    assertThat(sink.skipped.get(1).reason()).startsWith("no body");
    assertThat(sink.skipped.get(2).reason()).contains("not a JSON object");
    assertThat(sink.skipped.get(3).reason()).contains("no paragraphs after extraction");
  }

  @Test
  void readsCrosscheckFields() throws Exception {
    Article a = read(reader, Fixtures.resource("dump-mixed.jsonl")).accepted.get(0);
    assertThat(a.url()).isEqualTo("https://news.example.org/a/1");
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.feedUrl()).isEqualTo("https://news.example.org/rss");
    assertThat(a.title()).isEqualTo("Bridge reopens to traffic");
    assertThat(a.description()).isEqualTo("Repairs took six weeks.");
    assertThat(a.authors()).containsExactly("Ana Lopes", "Ben Ode");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-01-10T07:30+01:00"));
    assertThat(a.dateSource()).isEqualTo("jsonl");
    assertThat(a.updated()).isEqualTo(OffsetDateTime.parse("2026-01-10T09:00Z"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.section()).isEqualTo("Local");
    assertThat(a.tags()).containsExactly("transport", "roads");
    assertThat(a.imageUrl()).isEqualTo("https://news.example.org/img/bridge.jpg");
    assertThat(a.paragraphs()).containsExactly("The bridge reopened on Saturday morning.", "Drivers queued before dawn.");
    assertThat(a.format()).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void readsNewsPleaseFieldsHtmlAndText() throws Exception {
    List<Article> accepted = read(reader, Fixtures.resource("dump-mixed.jsonl")).accepted;
    Article np = accepted.get(1);
    assertThat(np.source()).isEqualTo("paper.example");
    assertThat(np.published()).isEqualTo(OffsetDateTime.parse("2026-03-02T11:45Z"));
    assertThat(np.updated()).isNull();
    assertThat(np.imageUrl()).isEqualTo("https://www.paper.example/bild.jpg");
    assertThat(np.authors()).containsExactly("Karl Weber");
    assertThat(np.paragraphs()).hasSize(2);
    assertThat(np.language()).isEqualTo("de");

    Article html = accepted.get(2);
    assertThat(html.title()).isEqualTo("Port strike ends");
    assertThat(html.paragraphs()).containsExactly("Dock workers returned to work on Monday after a three-day strike.");

    Article text = accepted.get(3);
    assertThat(text.paragraphs()).containsExactly("First paragraph of the report.", "Second paragraph of the report.");
    assertThat(text.url()).isNull();
  }

  @Test
  void skipsAnOverlongLineWithoutHoldingItAndReadsTheNext() throws Exception {
    int cap = 1024 * 1024;
    JsonLinesReader small = new JsonLinesReader(PARAGRAPHS_ONLY, LanguageGuesser.defaults(), ZoneOffset.UTC, cap);
    long hugeLength = 20L * cap;
    InputSource input = new InputSource("huge.jsonl", () -> new SequenceInputStream(
        new SequenceInputStream(new ByteArrayInputStream("{\"text\": \"".getBytes(StandardCharsets.UTF_8)), repeating('x', hugeLength)),
        new ByteArrayInputStream("\"}\n{\"title\":\"After\",\"text\":\"Still read.\"}\n".getBytes(StandardCharsets.UTF_8))),
        -1, null, Instant.EPOCH);
    CollectingSink sink = read(small, input);
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("huge.jsonl:1");
      assertThat(s.reason()).contains("longer than 1 MB");
    });
    assertThat(sink.only().title()).isEqualTo("After");
  }

  @Test
  void mangledFilesGiveReasonsNotExceptions() throws Exception {
    assertThat(read(reader, Fixtures.bytes("empty.jsonl", new byte[0])).skipped).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("empty"));

    byte[] all = Fixtures.resource("dump-mixed.jsonl").open().readAllBytes();
    int cutInLine4 = new String(all, StandardCharsets.UTF_8).indexOf("\"maintext\"");
    CollectingSink truncated = read(reader, Fixtures.bytes("cut.jsonl", java.util.Arrays.copyOf(all, cutInLine4)));
    assertThat(truncated.accepted).hasSize(1);
    assertThat(truncated.skipped).last().satisfies(s -> assertThat(s.reason()).startsWith("malformed JSON"));

    byte[] badUtf8 = "{\"text\": \"caf\u00e9 \"}\n{\"text\":\"fine\"}\r\n".getBytes(StandardCharsets.ISO_8859_1);
    CollectingSink wrongEncoding = read(reader, Fixtures.bytes("latin1.jsonl", badUtf8));
    assertThat(wrongEncoding.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("latin1.jsonl:1");
      assertThat(s.reason()).startsWith("malformed JSON").containsIgnoringCase("UTF-8");
    });
    assertThat(wrongEncoding.only().paragraphs()).containsExactly("fine");
  }

  private static InputStream repeating(char c, long length) {
    return new InputStream() {
      long left = length;

      @Override
      public int read() {
        return left-- > 0 ? c : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) return -1;
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) c);
        left -= n;
        return n;
      }
    };
  }
}
