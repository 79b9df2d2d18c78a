package org.crosscheck.ingest;

import java.io.IOException;
import org.crosscheck.model.InputFormat;

/**
 * Reads one input of one format and streams the articles it holds to a sink. Bad items inside an
 * input are skipped through the sink; an {@link IOException} means the input as a whole could not
 * be read.
 */
public interface ReportReader {
  InputFormat format();

  void read(InputSource input, ArticleSink sink) throws IOException;
}
