package org.crosscheck.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.Store;
import org.crosscheck.web.ui.Html;

/** Writes articles one after another in one export format. */
public final class ArticleExport {

  /** An export format, with its file extension and media type. */
  public enum Format {
    JSONL("jsonl", "application/x-ndjson; charset=utf-8"),
    CSV("csv", "text/csv; charset=utf-8"),
    MD("md", "text/markdown; charset=utf-8");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }

    public String extension() {
      return extension;
    }

    public String mediaType() {
      return mediaType;
    }

    /** The format with this extension; a clear message naming the known ones otherwise. */
    public static Format of(String extension) {
      for (Format f : values()) if (f.extension.equalsIgnoreCase(extension)) return f;
      throw new IllegalArgumentException("unknown export format '" + extension + "' (known: jsonl, csv, md)");
    }
  }

  static final List<String> CSV_COLUMNS = List.of(
      "id", "published", "source", "language", "title", "url", "canonical_url", "description", "authors", "text");

  private static final int PAGE = 200;
  private final Format format;
  private final Writer out;
  private int written;

  public ArticleExport(Format format, Writer out) throws IOException {
    this.format = format;
    this.out = out;
    if (format == Format.CSV) csvRow(CSV_COLUMNS);
  }

  public void write(Article a) throws IOException {
    switch (format) {
      case JSONL -> out.write(Json.toLine(a) + "\n");
      case CSV -> csvRow(List.of(a.id(), a.published() == null ? "" : a.published().toString(), nz(a.source()),
          nz(a.language()), a.title(), nz(a.url()), nz(a.canonicalUrl()), nz(a.description()),
          String.join("; ", a.authors()), a.text()));
      case MD -> markdown(a);
    }
    written++;
  }

  /** Writes every article {@code q} selects (from its offset, at most its limit), a page at a time. */
  public static int writeAll(Store store, SearchQuery q, Format format, Writer out) throws IOException {
    ArticleExport export = new ArticleExport(format, out);
    int offset = q.offset();
    int left = q.limit();
    while (left > 0) {
      int n = Math.min(PAGE, left);
      var page = store.search(new SearchQuery(q.text(), q.from(), q.to(), q.sources(), q.language(), n, offset, q.ids()));
      for (var hit : page.hits()) export.write(hit.article());
      if (page.hits().size() < n) break;
      offset += n;
      left -= n;
    }
    return export.written();
  }

  public int written() {
    return written;
  }

  /**
   * One document in the seed-003 shape: front matter (title, date, description, link, source —
   * the feed it came through, else the outlet — then outlet, language and id), a closing fence,
   * and one {@code <p>} per paragraph with the text HTML-escaped. Documents in one stream follow
   * each other, each opening with its own fence.
   */
  private void markdown(Article a) throws IOException {
    if (written > 0) out.write("\n");
    out.write("---\n");
    yaml("title", a.title());
    if (a.published() != null) yaml("date", a.published().toString());
    if (a.description() != null) yaml("description", a.description());
    if (a.url() != null || a.canonicalUrl() != null) yaml("link", a.canonicalUrl() != null ? a.canonicalUrl() : a.url());
    if (a.feedUrl() != null || a.source() != null) yaml("source", a.feedUrl() != null ? a.feedUrl() : a.source());
    if (a.source() != null) yaml("outlet", a.source());
    if (a.language() != null) yaml("language", a.language());
    if (!a.authors().isEmpty()) yaml("author", String.join(", ", a.authors()));
    yaml("id", a.id());
    out.write("---\n");
    for (String p : a.paragraphs()) out.write("<p>" + Html.escape(p) + "</p>\n");
  }

  /** A JSON string is a valid YAML double-quoted scalar, escapes included. */
  private void yaml(String key, String value) throws IOException {
    out.write(key + ": " + Json.toLine(value) + "\n");
  }

  private void csvRow(List<String> cells) throws IOException {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) row.append(',');
      row.append(csvCell(cells.get(i)));
    }
    out.write(row.append("\r\n").toString());
  }

  /**
   * RFC 4180 quoting; a cell a spreadsheet would run as a formula (=, +, -, @ first) gets a
   * leading apostrophe, since exported headlines are other people's text.
   */
  static String csvCell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
