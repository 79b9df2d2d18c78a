package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.ingest.FormatDetector.Detection;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {
  private static final String WARC_RECORD = "WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n";

  private final FormatDetector detector = new FormatDetector();

  private Detection detect(String name, String content) {
    return detector.detect(name, null, content.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "page.html|<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>|HTML",
      "page.txt|<!doctype HTML>\\n<html lang=en><body><p>Saved as text</p></body></html>|HTML",
      "no-doctype|<head><meta charset=utf-8><title>T</title></head><body><p>x</p></body>|HTML",
      "fragment.htm|\\n\\n  <div class=story><p>Body</p></div>|HTML",
      "commented|<!-- saved by a browser -->\\n<html><body><p>x</p></body></html>|HTML",
      "xhtml|<?xml version=\"1.0\"?>\\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>|HTML",
      "rss.txt|<?xml version=\"1.0\" encoding=\"UTF-8\"?>\\n<rss version=\"2.0\"><channel></channel></rss>|FEED",
      "atom|<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>|FEED",
      "rdf|<?xml version=\"1.0\"?><!-- RSS 1.0 --><rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>|FEED",
      "post.txt|---\\ntitle: A report\\ndate: 2025-12-25\\n---\\nBody text.|MARKDOWN",
      "post.md|# A heading\\n\\nSome plain Markdown without front matter.|MARKDOWN",
      "dump.jsonl|{\"url\":\"https://a.example/1\",\"text\":\"x\"}\\n{\"url\":\"https://a.example/2\",\"text\":\"y\"}\\n|JSONL",
      "records.txt|{\"title\":\"One\"}\\n\\n{\"title\":\"Two\"}\\n|JSONL",
      "broken.jsonl|{\"title\": \"unterminated\\n{\"title\":\"ok\"}\\n|JSONL",
      "page.txt|Standfirst line.\\n\\n09:21, Thu, Dec 25, 2025\\n\\nBody {with braces} and <angle> text.|TEXT",
      "braces.txt|{Editor's note} This report was updated.\\nIt has two lines.\\n|TEXT",
      "record.warc|WARC/1.0\\r\\nWARC-Type: response\\r\\n\\r\\n|WARC",
  })
  void decidesFromContent(String name, String content, InputFormat expected) {
    Detection detection = detect(name, content.replace("\\n", "\n").replace("\\r", "\r"));
    assertThat(detection.format()).as(detection.reason()).isEqualTo(expected);
  }

  @Test
  void looksInsideGzipForWarc() throws IOException {
    Detection warc = detector.detect("crawl.warc.gz", null, gzip(WARC_RECORD.repeat(2000).getBytes(StandardCharsets.US_ASCII)));
    assertThat(warc.format()).isEqualTo(InputFormat.WARC);
    assertThat(warc.reason()).contains("gzip");

    Detection other = detector.detect("notes.txt.gz", null, gzip("plain notes".getBytes(StandardCharsets.UTF_8)));
    assertThat(other.readable()).isFalse();
    assertThat(other.reason()).contains("not WARC");

    byte[] truncated = Arrays.copyOf(gzip(WARC_RECORD.getBytes(StandardCharsets.US_ASCII)), 6);
    Detection broken = detector.detect("cut.warc.gz", null, truncated);
    assertThat(broken.readable()).isFalse();
    assertThat(broken.reason()).contains("corrupt or truncated");
  }

  @Test
  void anUncompressedWarcWithAnImageRecordInItsHeadIsStillWarc() {
    byte[] image = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 0, 0};
    byte[] record = ("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: image/jpeg\r\nContent-Length: "
        + image.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    Detection warc = detector.detect("crawl.warc", null, concat(record, image));
    assertThat(warc.format()).as(warc.reason()).isEqualTo(InputFormat.WARC);
  }

  @Test
  void readsAFeedBehindAByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);
    Detection utf8 = detector.detect("feed", null, concat(bom, feed));
    assertThat(utf8.format()).isEqualTo(InputFormat.FEED);

    byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_16LE));
    assertThat(detector.detect("feed16", null, utf16).format()).isEqualTo(InputFormat.FEED);
    byte[] noMark = "<html><body><p>Hello there</p></body></html>".getBytes(StandardCharsets.UTF_16BE);
    assertThat(detector.detect("page16", null, noMark).format()).isEqualTo(InputFormat.HTML);
  }

  @Test
  void readsSingleByteText() {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] cyrillic = "Армія заявила в четвер, що вибила війська з міста.".getBytes(cp1251);
    assertThat(detector.detect("uk.txt", null, cyrillic).format()).isEqualTo(InputFormat.TEXT);
    byte[] latin = "L'armée a déclaré jeudi qu'elle avait repoussé les troupes.".getBytes(Charset.forName("windows-1252"));
    assertThat(detector.detect("fr.txt", null, latin).format()).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void refusesWhatNoReaderCanUse() {
    assertThat(detector.detect("empty.txt", null, new byte[0]).reason()).isEqualTo("empty file");
    assertThat(detect("blank.txt", " \n\t\n").reason()).contains("white space");

    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    Detection noise = detector.detect("noise.txt", null, random);
    assertThat(noise.readable()).isFalse();
    assertThat(noise.reason()).startsWith("binary content");

    Detection pdf = detect("report.txt", "%PDF-1.7\n%binary");
    assertThat(pdf.readable()).isFalse();
    assertThat(pdf.reason()).contains("PDF");

    Detection sitemap = detect("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
    assertThat(sitemap.readable()).isFalse();
    assertThat(sitemap.reason()).contains("<urlset>");

    Detection array = detect("dump.json", "[{\"title\":\"a\"},{\"title\":\"b\"}]");
    assertThat(array.readable()).isFalse();
    assertThat(array.reason()).contains("JSON Lines");
  }

  @Test
  void extensionOnlyBreaksTies() {
    // The same markup-free text is TEXT as .txt, MARKDOWN as .md; HTML content wins over .md.
    assertThat(detect("a.txt", "Just words.\n").format()).isEqualTo(InputFormat.TEXT);
    assertThat(detect("a.md", "Just words.\n").format()).isEqualTo(InputFormat.MARKDOWN);
    assertThat(detect("a.md", "<html><body><p>x</p></body></html>").format()).isEqualTo(InputFormat.HTML);
    assertThat(FormatDetector.extension("https://x.example/feed.rss?x=a.b")).isEqualTo("rss");
  }

  @Test
  void detectsTheSeeds() throws IOException {
    Path seeds = Path.of(System.getProperty("crosscheck.shared"), "seeds");
    assertThat(detector.detect(InputSource.ofFile(seeds.resolve("000_ee8a5f18b5e8236e.txt"))).format())
        .isEqualTo(InputFormat.TEXT);
    assertThat(detector.detect(InputSource.ofFile(seeds.resolve("003_f6196b3834659f35.txt"))).format())
        .isEqualTo(InputFormat.MARKDOWN);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
