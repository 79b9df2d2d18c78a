package org.crosscheck.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.web.export.ArticleExport;

/**
 * {@code /api/export/articles.{jsonl,csv,md}}: the articles a search selects (same filters as
 * {@code /api/search}; {@code limit} up to {@link #MAX_EXPORT}, default all up to that), streamed.
 */
final class ExportController {
  static final int MAX_EXPORT = 100_000;
  private final DataView data;

  ExportController(DataView data) {
    this.data = data;
  }

  void articles(Context ctx) throws IOException {
    ArticleExport.Format format;
    try {
      format = ArticleExport.Format.of(ctx.pathParam("format"));
    } catch (IllegalArgumentException e) {
      throw ApiError.notFound(e.getMessage());
    }
    SearchQuery q = SearchFilters.query(ctx, data, MAX_EXPORT, MAX_EXPORT);
    ctx.contentType(format.mediaType());
    ctx.header("Content-Disposition", "attachment; filename=\"articles." + format.extension() + "\"");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      ArticleExport.writeAll(data.articles(), q, format, out);
    }
  }
}
