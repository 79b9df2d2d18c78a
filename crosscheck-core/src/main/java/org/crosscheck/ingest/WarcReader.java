package org.crosscheck.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file, plain or gzipped, record by record with jwarc: each {@code response} record
 * holding an HTTP 200 HTML page becomes an article through the {@link PageExtractor}. Other record
 * types, non-HTML payloads, redirects and errors are passed over without a word; they are the
 * bulk of any crawl and not reports.
 *
 * <p>Records are streamed, never collected, and a record whose block exceeds the cap is skipped
 * unread, so memory does not grow with the file. A record that cannot be parsed ends the file
 * with a reason: WARC framing cannot be trusted past it, and what came before is already out.
 */
public final class WarcReader implements ReportReader {
  public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

  private final PageExtractor extractor;
  private final long maxRecordBytes;

  public WarcReader(PageExtractor extractor) {
    this(extractor, DEFAULT_MAX_RECORD_BYTES);
  }

  public WarcReader(PageExtractor extractor, long maxRecordBytes) {
    this.extractor = extractor;
    this.maxRecordBytes = maxRecordBytes;
  }

  @Override
  public InputFormat format() {
    return InputFormat.WARC;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    try (InputStream in = input.open()) {
      org.netpreserve.jwarc.WarcReader warc;
      try {
        warc = new org.netpreserve.jwarc.WarcReader(in);
      } catch (IOException e) {
        sink.skip(input.name(), "not a WARC file: " + FeedParser.oneLine(e));
        return;
      }
      try (warc) {
        readRecords(warc, input.name(), sink);
      }
    }
  }

  private void readRecords(org.netpreserve.jwarc.WarcReader warc, String name, ArticleSink sink)
      throws IOException {
    long records = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = warc.next();
      } catch (IOException e) {
        // after a failed read jwarc's position is where the bad record starts
        sink.skip(name + "#" + warc.position(),
            "corrupt WARC record, rest of the file not read: " + FeedParser.oneLine(e));
        return;
      }
      if (next.isEmpty()) {
        if (records == 0) sink.skip(name, "no WARC records in the file");
        return;
      }
      records++;
      if (!(next.get() instanceof WarcResponse response)) continue;
      // jwarc reports the start of the record just returned: compressed offset for .warc.gz
      String location = name + "#" + warc.position();
      // Skips name the page's address too: an analyst looks a record up by what it was.
      String where = location + " (" + response.target() + ")";
      try {
        readResponse(response, location, where, sink);
      } catch (EOFException e) {
        sink.skip(where, "record cut off, rest of the file not read: " + FeedParser.oneLine(e));
        return;
      } catch (IOException e) {
        // A bad HTTP header or Content-Encoding spoils this record only; the WARC framing
        // around it is intact, and if it is not, the next record will say so.
        sink.skip(where, "unreadable HTTP response: " + FeedParser.oneLine(e));
      } catch (RuntimeException e) {
        sink.skip(where, "could not extract the page: " + FeedParser.oneLine(e));
      }
    }
  }

  private void readResponse(WarcResponse response, String location, String where, ArticleSink sink)
      throws IOException {
    long size = response.body().size();
    if (size > maxRecordBytes) {
      sink.skip(where, "record of " + size + " bytes exceeds the " + maxRecordBytes + "-byte cap");
      return;
    }
    if (!response.contentType().base().equals(MediaType.HTTP)) return;
    HttpResponse http = response.http();
    if (!isHtml(http.contentType())) return;
    // Redirects are how crawls reach pages; an error page is a report the crawl failed to get.
    if (http.status() >= 400) sink.skip(where, "HTTP " + http.status() + " response: the crawl got no page");
    if (http.status() != 200) return;
    byte[] body;
    try (InputStream s = http.bodyDecoded().stream()) {
      body = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
    }
    if (body.length > maxRecordBytes) {
      sink.skip(where, "decoded page exceeds the " + maxRecordBytes + "-byte cap");
      return;
    }
    String charset = http.contentType().parameters().get("charset");
    Page page = new Page(body, charset, response.target(), response.date());
    ArticleBuilder builder = new ArticleBuilder(InputFormat.WARC, location).url(response.target());
    PageArticles.emit(extractor.extract(page), builder, location, sink);
  }

  private static boolean isHtml(MediaType type) {
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
