package org.crosscheck.ingest;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.InputFormat;

/**
 * The reader for each input format, and the {@link ReaderChooser} that picks one by content.
 * Every reader that meets HTML shares the one extractor passed in.
 */
public final class Readers implements ReaderChooser {
  private final Map<InputFormat, ReportReader> byFormat = new EnumMap<>(InputFormat.class);
  private final FormatDetector detector = new FormatDetector();

  private Readers(Iterable<ReportReader> readers) {
    for (ReportReader r : readers) byFormat.put(r.format(), r);
  }

  /** The standard readers for every format. */
  public static Readers standard(PageExtractor extractor) {
    return new Readers(java.util.List.of(
        new TextDumpReader(),
        new MarkdownReader(),
        new HtmlReader(extractor),
        new FeedReader(extractor),
        new JsonLinesReader(extractor),
        new WarcReader(extractor)));
  }

  public ReportReader forFormat(InputFormat format) {
    ReportReader reader = byFormat.get(format);
    if (reader == null) throw new IllegalStateException("no reader for " + format);
    return reader;
  }

  @Override
  public ReportReader choose(InputSource input) throws IOException {
    FormatDetector.Detection detection = detector.detect(input);
    if (!detection.readable()) throw new UnreadableInputException(detection.reason());
    return forFormat(detection.format());
  }
}
