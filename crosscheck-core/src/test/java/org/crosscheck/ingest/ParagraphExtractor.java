package org.crosscheck.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A deliberately plain extractor for reader tests: the title from {@code <title>}, one paragraph
 * per {@code <p>}, and "no paragraphs" as the reason a page without any is not an article.
 */
final class ParagraphExtractor implements PageExtractor {
  @Override
  public Extraction extract(Page page) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(page.body()), page.declaredCharset(),
          page.url() == null ? "" : page.url());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> paragraphs = doc.select("p").stream().map(Element::text)
        .filter(t -> !t.isBlank()).toList();
    return new Extraction(doc.title(), null, List.of(), null, null, null, null, null, null, null,
        null, paragraphs, paragraphs.isEmpty() ? "no paragraphs" : null);
  }
}
