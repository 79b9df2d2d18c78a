package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcReaderTest {
  private static final Instant T1 = Instant.parse("2025-12-25T09:30:00Z");
  private static final Instant T2 = Instant.parse("2025-12-25T10:15:00Z");

  @TempDir Path dir;

  /** Records the pages it is given, so tests can see what the reader passed on. */
  private static final class RecordingExtractor implements PageExtractor {
    final List<Page> pages = new ArrayList<>();
    private final PageExtractor inner = new ParagraphExtractor();

    @Override
    public Extraction extract(Page page) {
      pages.add(page);
      return inner.extract(page);
    }
  }

  private final RecordingExtractor extractor = new RecordingExtractor();

  /** Writes the records and returns the byte offset at which each one starts. */
  private static long[] write(Path file, WarcCompression compression, List<WarcRecord> records)
      throws IOException {
    long[] offsets = new long[records.size()];
    try (WarcWriter writer = new WarcWriter(
        Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (int i = 0; i < records.size(); i++) {
        offsets[i] = writer.position();
        writer.write(records.get(i));
      }
    }
    return offsets;
  }

  private static WarcResponse response(String url, Instant date, int status, String contentType,
      byte[] body, String... headers) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    for (int i = 0; i + 1 < headers.length; i += 2) http.addHeader(headers[i], headers[i + 1]);
    http.body(MediaType.parse(contentType), body);
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http.build()).build();
  }

  private static byte[] html(String title, String... paragraphs) {
    StringBuilder s = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
    for (String p : paragraphs) s.append("<p>").append(p).append("</p>");
    return s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private List<WarcRecord> mixedCrawl() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
    return List.of(
        new Warcinfo.Builder().filename("crawl.warc").fields(Map.of("software", List.of("test"))).build(),
        new WarcRequest.Builder(URI.create("https://news.example/a")).date(T1)
            .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example").build()).build(),
        response("https://news.example/a", T1, 200, "text/html; charset=utf-8",
            html("Storm hits coast", "Winds reached 120 km/h.", "Power was cut in two towns.")),
        response("https://news.example/logo.png", T1, 200, "image/png", png),
        response("https://news.example/missing", T1, 404, "text/html",
            html("Not found", "The page you asked for is not here.")),
        response("https://news.example/old", T1, 301, "text/html", html("Moved", "Moved."),
            "Location", "https://news.example/a"),
        response("https://news.example/b", T2, 200, "application/xhtml+xml",
            html("Roads reopen", "All roads reopened by noon.")));
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void onlyHtml200ResponsesBecomeArticles(WarcCompression compression) throws IOException {
    Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    long[] offsets = write(file, compression, mixedCrawl());
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(file), sink);

    // The error page is named with its address; the image and the redirect pass silently.
    assertThat(sink.skipped).singleElement().satisfies(skip -> {
      assertThat(skip.location()).endsWith("(https://news.example/missing)");
      assertThat(skip.reason()).isEqualTo("HTTP 404 response: the crawl got no page");
    });
    assertThat(sink.accepted).extracting(Article::url)
        .containsExactly("https://news.example/a", "https://news.example/b");
    Article storm = sink.accepted.getFirst();
    assertThat(storm.format()).isEqualTo(InputFormat.WARC);
    assertThat(storm.title()).isEqualTo("Storm hits coast");
    assertThat(storm.paragraphs()).containsExactly("Winds reached 120 km/h.", "Power was cut in two towns.");
    assertThat(storm.origin()).isEqualTo(file + "#" + offsets[2]);
    assertThat(sink.accepted.get(1).origin()).isEqualTo(file + "#" + offsets[6]);
    assertThat(extractor.pages).extracting(Page::fetchedAt).containsExactly(T1, T2);
    assertThat(extractor.pages).extracting(Page::declaredCharset).containsExactly("utf-8", null);
  }

  @Test
  void charsetFromTheHttpHeaderReachesTheExtractor() throws IOException {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] page = "<html><head><title>Новости</title></head><body><p>Мост открыт.</p></body></html>"
        .getBytes(cp1251);
    Path file = dir.resolve("ru.warc");
    write(file, WarcCompression.NONE,
        List.of(response("https://ru.example/1", T1, 200, "text/html; charset=windows-1251", page)));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(file), sink);

    assertThat(sink.accepted).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Новости");
      assertThat(a.paragraphs()).containsExactly("Мост открыт.");
    });
  }

  @Test
  void gzipContentEncodingIsUndone() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(html("Compressed", "Sent gzipped over HTTP."));
    }
    Path file = dir.resolve("gz-body.warc");
    write(file, WarcCompression.NONE, List.of(response("https://news.example/z", T1, 200,
        "text/html", zipped.toByteArray(), "Content-Encoding", "gzip")));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(file), sink);

    assertThat(sink.accepted).singleElement().extracting(Article::paragraphs)
        .isEqualTo(List.of("Sent gzipped over HTTP."));
  }

  @Test
  void pagesThatAreNotArticlesAreSkippedWithTheExtractorsReason() throws IOException {
    Path file = dir.resolve("index.warc");
    long[] offsets = write(file, WarcCompression.NONE,
        List.of(response("https://news.example/", T1, 200, "text/html", html("Front page"))));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(file), sink);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).containsExactly(
        new CollectingSink.Skip(file + "#" + offsets[0], "not an article: no paragraphs"));
  }

  @Test
  void recordsOverTheCapAreSkippedUnreadAndTheRestGoesOn() throws IOException {
    String big = "x".repeat(5000);
    Path file = dir.resolve("big.warc");
    write(file, WarcCompression.NONE, List.of(
        response("https://news.example/big", T1, 200, "text/html", html("Big", big)),
        response("https://news.example/small", T1, 200, "text/html", html("Small", "Short."))));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor, 2000).read(InputSource.ofFile(file), sink);

    assertThat(sink.titles()).containsExactly("Small");
    assertThat(sink.skipped).singleElement().satisfies(skip -> {
      assertThat(skip.reason()).contains("exceeds the 2000-byte cap");
      assertThat(skip.location()).endsWith("(https://news.example/big)");
    });
    assertThat(extractor.pages).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
  void fileCutOffMidRecordKeepsTheEarlierRecords(WarcCompression compression) throws IOException {
    Path whole = dir.resolve("whole.warc");
    long[] offsets = write(whole, compression, List.of(
        response("https://news.example/1", T1, 200, "text/html", html("One", "First story.")),
        response("https://news.example/2", T1, 200, "text/html", html("Two", "Second story.")),
        response("https://news.example/3", T1, 200, "text/html",
            html("Three", "Third story, " + "long ".repeat(400)))));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, (int) offsets[2] + (bytes.length - (int) offsets[2]) / 2));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(cut), sink);

    assertThat(sink.titles()).containsExactly("One", "Two");
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).startsWith(cut.toString());
      assertThat(s.reason()).contains("rest of the file not read");
    });
  }

  @Test
  void garbageBetweenRecordsEndsTheFileWithAReason() throws IOException {
    Path first = dir.resolve("first.warc");
    write(first, WarcCompression.NONE,
        List.of(response("https://news.example/1", T1, 200, "text/html", html("One", "First story."))));
    long garbageAt = Files.size(first);
    Path second = dir.resolve("second.warc");
    write(second, WarcCompression.NONE,
        List.of(response("https://news.example/2", T1, 200, "text/html", html("Two", "Second story."))));
    Path joined = dir.resolve("joined.warc");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Files.readAllBytes(first));
    out.write("this line is not a WARC record header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.write(Files.readAllBytes(second));
    Files.write(joined, out.toByteArray());
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(joined), sink);

    assertThat(sink.titles()).startsWith("One");
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo(joined + "#" + garbageAt);
      assertThat(s.reason()).startsWith("corrupt WARC record, rest of the file not read");
    });
  }

  @Test
  void notAWarcAtAllIsOneSkip() throws IOException {
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofBytes("notes.warc",
        "just some notes\nnothing else\n".getBytes(StandardCharsets.UTF_8), null, T1), sink);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("notes.warc#0");
      assertThat(s.reason()).startsWith("corrupt WARC record");
    });
  }

  @Test
  void aBrokenHttpHeaderSpoilsOnlyItsRecord() throws IOException {
    WarcResponse broken = new WarcResponse.Builder(URI.create("https://news.example/broken")).date(T1)
        .body(MediaType.HTTP_RESPONSE, "NOT HTTP AT ALL\r\n\r\n<p>x</p>".getBytes(StandardCharsets.US_ASCII))
        .build();
    Path file = dir.resolve("broken-http.warc");
    write(file, WarcCompression.NONE, List.of(broken,
        response("https://news.example/ok", T1, 200, "text/html", html("Fine", "Still read."))));
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofFile(file), sink);

    assertThat(sink.titles()).containsExactly("Fine");
    assertThat(sink.skipped).singleElement().extracting(CollectingSink.Skip::reason).asString()
        .startsWith("unreadable HTTP response");
  }

  @Test
  void emptyFileIsOneSkip() throws IOException {
    CollectingSink sink = new CollectingSink();

    new WarcReader(extractor).read(InputSource.ofBytes("empty.warc", new byte[0], null, T1), sink);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).containsExactly(
        new CollectingSink.Skip("empty.warc", "no WARC records in the file"));
  }
}
