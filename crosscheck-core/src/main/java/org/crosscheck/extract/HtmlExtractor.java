package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from an HTML page with jsoup, as a chain of named steps:
 * charset decision ({@link CharsetDecider}) → strip scripts and styles ({@link DomCleaner#strip})
 * → metadata from JSON-LD, meta tags, {@code <time>}, datelines and the URL ({@link MetadataReader},
 * {@link DatePicker}, {@link AuthorCleaner}) → prune page furniture ({@link DomCleaner#prune}) →
 * content-block scoring ({@link ContentScorer}) → paragraph filter ({@link ParagraphFilter}) →
 * not-an-article check ({@link ArticleCheck}). Holds no per-page state, so one instance serves
 * many threads.
 */
public final class HtmlExtractor implements PageExtractor {
  private static final int LANGUAGE_SAMPLE_CHARS = 1500;
  private final ExtractorOptions options;
  private final MetadataReader metadataReader;
  private final DatePicker datePicker;
  private final DomCleaner cleaner;
  private final ContentScorer scorer;
  private final ParagraphFilter filter;
  private final ArticleCheck check;

  public HtmlExtractor() {
    this(ExtractorOptions.defaults());
  }

  public HtmlExtractor(ExtractorOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.metadataReader = new MetadataReader(options);
    this.datePicker = new DatePicker(options);
    this.cleaner = new DomCleaner(options.vocabulary());
    this.scorer = new ContentScorer(options.vocabulary());
    this.filter = new ParagraphFilter(options);
    this.check = new ArticleCheck(options);
  }

  @Override
  public Extraction extract(Page page) {
    String html = decode(page.body(), page.declaredCharset());
    String baseUri = page.url() == null ? "" : page.url();
    Document doc = Jsoup.parse(html, baseUri);
    cleaner.strip(doc);

    PageMetadata meta = metadataReader.read(doc, page.url());
    DatePicker.Choice dates = datePicker.pick(meta.dates(), page.fetchedAt());
    if (dates.published() == null) {
      List<DateCandidate> all = new ArrayList<>(meta.dates());
      all.addAll(metadataReader.fallbackDates(doc, page.url()));
      dates = datePicker.pick(all, page.fetchedAt());
    }
    List<String> authors = AuthorCleaner.clean(meta.authors(), meta.siteName());
    String title = meta.titles().isEmpty() ? null : meta.titles().get(0);

    Element body = doc.body();
    ArticleCheck.Signals signals = check.signals(body);
    List<String> paragraphs = mainText(body, true, title, authors);
    if (total(paragraphs) < options.minArticleChars()) {
      // Class names mislead on some pages ("content-sidebar" around the article): retry with structure only.
      Document again = Jsoup.parse(html, baseUri);
      cleaner.strip(again);
      List<String> retry = mainText(again.body(), false, title, authors);
      if (total(retry) > total(paragraphs)) paragraphs = retry;
    }
    String reason = check.reason(signals, meta, paragraphs);

    DateCandidate published = dates.published();
    return new Extraction(title, meta.description(), authors,
        published == null ? null : published.value(), dates.updated(),
        published == null ? null : published.source(), meta.canonicalUrl(), language(paragraphs, meta),
        meta.section(), meta.imageUrl(), meta.siteName(), paragraphs, reason);
  }

  private List<String> mainText(Element body, boolean useHints, String title, List<String> authors) {
    cleaner.prune(body, useHints);
    List<Element> roots = scorer.choose(body);
    List<Paragraphs.Block> blocks = Paragraphs.of(roots);
    return filter.filter(blocks, title, authors);
  }

  /** The language the text reads as; the page's declaration when the text cannot tell. */
  private String language(List<String> paragraphs, PageMetadata meta) {
    StringBuilder sample = new StringBuilder();
    for (String p : paragraphs) {
      if (sample.length() > LANGUAGE_SAMPLE_CHARS) break;
      sample.append(p).append('\n');
    }
    String guessed = options.languageGuesser().guess(sample.toString());
    return guessed != null ? guessed : meta.language();
  }

  private String decode(byte[] body, String declaredCharset) {
    byte[] bytes = body == null ? new byte[0] : body;
    int length = Math.min(bytes.length, options.maxBodyBytes());
    // Cut on a character boundary so a cut page still reads as UTF-8.
    while (length < bytes.length && length > 0 && (bytes[length] & 0xC0) == 0x80) length--;
    if (length < bytes.length) bytes = Arrays.copyOf(bytes, length);
    return CharsetDecider.decode(bytes, declaredCharset);
  }

  private static int total(List<String> paragraphs) {
    return paragraphs.stream().mapToInt(String::length).sum();
  }
}
