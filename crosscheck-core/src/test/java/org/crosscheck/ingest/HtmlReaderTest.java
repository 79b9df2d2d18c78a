package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static final Instant FETCHED = Instant.parse("2025-12-25T12:00:00Z");
  private final HtmlReader reader = new HtmlReader(new ParagraphExtractor());

  private CollectingSink read(String name, byte[] bytes, String contentType) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(InputSource.ofBytes(name, bytes, contentType, FETCHED), sink);
    return sink;
  }

  @Test
  void pageBecomesOneArticle() throws IOException {
    byte[] page = "<html><head><title>Dam inspection passed</title></head><body><p>The dam passed.</p><p>Next check in May.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    CollectingSink sink = read("pages/dam.html", page, null);

    assertThat(sink.skipped).isEmpty();
    Article a = sink.accepted.getFirst();
    assertThat(a.format()).isEqualTo(InputFormat.HTML);
    assertThat(a.title()).isEqualTo("Dam inspection passed");
    assertThat(a.paragraphs()).containsExactly("The dam passed.", "Next check in May.");
    assertThat(a.origin()).isEqualTo("pages/dam.html");
    assertThat(a.url()).isNull();
  }

  @Test
  void urlInputGivesTheArticleItsUrlAndTheServersCharset() throws IOException {
    byte[] page = "<html><head><title>Зима</title></head><body><p>Сніг у Києві.</p></body></html>"
        .getBytes(Charset.forName("windows-1251"));

    CollectingSink sink = read("https://news.example/zyma", page, "text/html; charset=windows-1251");

    Article a = sink.accepted.getFirst();
    assertThat(a.url()).isEqualTo("https://news.example/zyma");
    assertThat(a.paragraphs()).containsExactly("Сніг у Києві.");
  }

  @Test
  void pageWithoutAnArticleIsSkippedWithTheReason() throws IOException {
    byte[] page = "<html><head><title>Index</title></head><body><ul><li>a</li></ul></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    CollectingSink sink = read("index.html", page, null);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).containsExactly(new CollectingSink.Skip("index.html", "not an article: no paragraphs"));
  }
}
