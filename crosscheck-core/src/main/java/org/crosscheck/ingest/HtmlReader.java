package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;

/** Reads one HTML page per input through the {@link PageExtractor}. */
public final class HtmlReader implements ReportReader {
  /** Pages past this size are not news articles (they are archives, dumps or traps). */
  static final int MAX_PAGE_BYTES = 16 << 20;
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
      Pattern.CASE_INSENSITIVE);

  private final PageExtractor extractor;

  public HtmlReader(PageExtractor extractor) {
    this.extractor = extractor;
  }

  @Override
  public InputFormat format() {
    return InputFormat.HTML;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
    }
    if (bytes.length > MAX_PAGE_BYTES) {
      sink.skip(input.name(), "page larger than " + (MAX_PAGE_BYTES >> 20) + " MB, not read");
      return;
    }
    String url = FeedParser.isHttpUrl(input.name()) ? input.name() : null;
    Page page = new Page(bytes, charsetOf(input.contentType()), url, input.fetchedAt());
    ArticleBuilder builder = new ArticleBuilder(InputFormat.HTML, input.name()).url(url);
    PageArticles.emit(extractor.extract(page), builder, input.name(), sink);
  }

  /** The charset parameter of a Content-Type header, or {@code null}. */
  static String charsetOf(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }
}
