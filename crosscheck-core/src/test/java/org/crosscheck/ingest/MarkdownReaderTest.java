package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  private CollectingSink read(InputSource input) throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(input, sink);
    return sink;
  }

  @Test
  void readsSeed003() throws Exception {
    InputSource input = Fixtures.seed("003_f6196b3834659f35.txt");
    Article a = read(input).only();

    assertThat(a.title()).isEqualTo("Russian forces near collapse in Kupyansk as Moscow allies concede city lost: report");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T00:00Z"));
    assertThat(a.dateSource()).isEqualTo("front-matter");
    assertThat(a.url()).isEqualTo("https://www.foxnews.com/world/russian-forces-near-collapse-kupyansk-moscow-allies-concede-city-lost-report");
    assertThat(a.feedUrl()).isEqualTo("https://feeds.foxnews.com/foxnews/world");
    assertThat(a.source()).isEqualTo("foxnews.com");
    assertThat(a.description()).contains("in Ukraine's Kupyansk").doesNotContain("&apos;");
    assertThat(a.imageUrl()).isNull();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.format()).isEqualTo(InputFormat.MARKDOWN);
    assertThat(a.origin()).isEqualTo(input.name());

    // 24 <p> elements, four of them shouted bold links to other articles.
    assertThat(a.paragraphs()).hasSize(20)
        .noneMatch(p -> p.equals(p.toUpperCase()))
        .noneMatch(p -> p.contains("ZELENSKYY VISITS") || p.contains("20-POINT") || p.contains("LASTING AND DURABLE")
            || p.contains("MOMENTUM BUILDS"));
    assertThat(a.paragraphs().get(0)).startsWith("Russian forces appear close to being pushed out");
    assertThat(a.paragraphs()).anyMatch(p -> p.startsWith("Kupyansk, a key rail and road hub in the Kharkiv region"));
    for (String quote : new String[] {"\"They are surrendering,\"", "\"There have even been cases of foreigners",
        "\"Supply by air bridge alone", "\"At this stage, they simply", "\"An entire wave of messages",
        "\"Even Russian propagandists", "\"In reality, it was never fully taken", "\"They themselves now admit",
        "\"The counteroffensive came as a surprise", "\"Right now, they simply lack"}) {
      assertThat(a.paragraphs()).as(quote).anyMatch(p -> p.contains(quote));
    }
  }

  @Test
  void readsFrontMatterFieldsAndPlainMarkdown() throws Exception {
    Article a = read(Fixtures.resource("md-plain-markdown-with-promo.md")).only();
    assertThat(a.title()).isEqualTo("Grain corridor reopens after storm");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-02-03T08:15+02:00"));
    assertThat(a.updated()).isEqualTo(OffsetDateTime.parse("2026-02-03T10:00Z"));
    assertThat(a.source()).isEqualTo("Example News");
    assertThat(a.feedUrl()).isEqualTo("https://news.example.org/feeds/world.xml");
    assertThat(a.authors()).containsExactly("Olena Petrenko", "Mark Holt");
    assertThat(a.tags()).containsExactly("shipping", "ports", "Black Sea");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.imageUrl()).isEqualTo("https://news.example.org/img/port.jpg");
    assertThat(a.paragraphs()).containsExactly(
        "Ships resumed sailing from the southern ports on Tuesday, the port authority said, after a storm closed the corridor for three days.",
        "The port authority said 14 vessels were waiting to load.",
        "What comes next",
        "Inspections resume on Wednesday.",
        "Insurers will review premiums.");
  }

  @Test
  void withoutFrontMatterTheHeadingIsTheTitle() throws Exception {
    Article a = read(Fixtures.resource("md-no-front-matter.md")).only();
    assertThat(a.title()).isEqualTo("Ceasefire holds on second day");
    assertThat(a.paragraphs()).singleElement().asString()
        .startsWith("Both sides reported no shelling overnight, monitors said")
        .doesNotContain("code block");
    assertThat(a.published()).isNull();
  }

  @Test
  void promosAreShapesNotOutlets() throws Exception {
    String doc = "---\ntitle: T\n---\n"
        + "<p><a href=\"/other/story\"><b>Read the inside story of the talks</b></a></p>"
        + "<p>Talks went on <a href=\"https://x.example/a\">late into the night</a>, aides said.</p>"
        + "<p><a href=\"https://x.example/report.pdf\">The full report</a></p>"
        + "<p><a href=\"#top\">BACK TO THE TOP OF PAGE</a></p>"
        + "<blockquote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p></blockquote>"
        + "<ul><li>One point</li><li>Another &amp; last point</li></ul>";
    Article a = read(Fixtures.bytes("promo.md", doc.getBytes(StandardCharsets.UTF_8))).only();
    assertThat(a.paragraphs()).containsExactly(
        "Talks went on late into the night, aides said.",
        "The full report",
        "BACK TO THE TOP OF PAGE",
        "First quoted paragraph.",
        "Second quoted paragraph.",
        "One point",
        "Another & last point");
  }

  @Test
  void badFilesAreSkippedWithAReason() throws Exception {
    assertThat(read(Fixtures.resource("md-malformed-front-matter.md")).skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("md-malformed-front-matter.md");
      assertThat(s.reason()).isEqualTo(
          "malformed front matter at line 2: while scanning a quoted scalar; found unexpected end of stream");
    });
    assertThat(read(Fixtures.resource("md-draft.md")).skipped).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("draft"));
    assertThat(read(Fixtures.resource("md-unclosed-front-matter.md")).skipped).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("never closed"));
    assertThat(read(Fixtures.bytes("list.md", "---\n- a\n- b\n---\nText.\n".getBytes(StandardCharsets.UTF_8))).skipped)
        .singleElement().satisfies(s -> assertThat(s.reason()).contains("not a map"));
    assertThat(read(Fixtures.bytes("empty.md", new byte[0])).skipped).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("empty"));
    assertThat(read(Fixtures.bytes("bare.md", "---\ntitle: Only a title\n---\n\n".getBytes(StandardCharsets.UTF_8))).skipped)
        .singleElement().satisfies(s -> assertThat(s.reason()).contains("no body text"));
  }

  @Test
  void readsWindows1252Markdown() throws Exception {
    String doc = "---\ntitle: Café owners reopen\n---\nThe café reopened on Monday after the repairs, its owners said, and the queue stretched down the street.\n";
    Article a = read(Fixtures.bytes("cp1252.md", doc.getBytes(Charset.forName("windows-1252")))).only();
    assertThat(a.title()).isEqualTo("Café owners reopen");
    assertThat(a.paragraphs().get(0)).contains("The café reopened");
  }
}
