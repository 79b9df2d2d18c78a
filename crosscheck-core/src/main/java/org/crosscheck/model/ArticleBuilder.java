package org.crosscheck.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a reader finds about one report, then builds the {@link Article} with its id and
 * content hash derived. Readers fill what their format carries and leave the rest unset.
 */
public final class ArticleBuilder {
  private final InputFormat format;
  private final String origin;
  private String url;
  private String canonicalUrl;
  private String source;
  private String feedUrl;
  private String title = "";
  private String description;
  private final List<String> authors = new ArrayList<>();
  private OffsetDateTime published;
  private OffsetDateTime updated;
  private String dateSource;
  private String language;
  private String section;
  private final List<String> tags = new ArrayList<>();
  private String imageUrl;
  private final List<String> paragraphs = new ArrayList<>();

  public ArticleBuilder(InputFormat format, String origin) {
    this.format = format;
    this.origin = origin;
  }

  public ArticleBuilder url(String v) { url = blankToNull(v); return this; }
  public ArticleBuilder canonicalUrl(String v) { canonicalUrl = blankToNull(v); return this; }
  public ArticleBuilder source(String v) { source = blankToNull(v); return this; }
  public ArticleBuilder feedUrl(String v) { feedUrl = blankToNull(v); return this; }
  public ArticleBuilder title(String v) { title = v == null ? "" : v.strip(); return this; }
  public ArticleBuilder description(String v) { description = blankToNull(v); return this; }
  public ArticleBuilder author(String v) { if (blankToNull(v) != null) authors.add(v.strip()); return this; }
  public ArticleBuilder authors(List<String> v) { v.forEach(this::author); return this; }
  public ArticleBuilder updated(OffsetDateTime v) { updated = v; return this; }
  public ArticleBuilder language(String v) { language = blankToNull(v); return this; }
  public ArticleBuilder section(String v) { section = blankToNull(v); return this; }
  public ArticleBuilder tag(String v) { if (blankToNull(v) != null) tags.add(v.strip()); return this; }
  public ArticleBuilder imageUrl(String v) { imageUrl = blankToNull(v); return this; }
  public ArticleBuilder paragraph(String v) { if (blankToNull(v) != null) paragraphs.add(v.strip()); return this; }
  public ArticleBuilder paragraphs(List<String> v) { v.forEach(this::paragraph); return this; }

  /** Sets the publication time and names where it came from ("feed", "dateline", "json-ld"). */
  public ArticleBuilder published(OffsetDateTime v, String from) {
    published = v;
    dateSource = v == null ? null : from;
    return this;
  }

  public String title() { return title; }
  public String url() { return url; }
  public OffsetDateTime published() { return published; }
  public List<String> paragraphs() { return List.copyOf(paragraphs); }
  public boolean hasText() { return !paragraphs.isEmpty(); }

  public Article build() {
    String id = Ids.of(Article.identityKey(canonicalUrl, url, origin));
    String hash = Ids.sha256Hex(title + "\n" + String.join("\n", paragraphs));
    return new Article(id, url, canonicalUrl, source, feedUrl, title, description, authors,
        published, updated, dateSource, language, section, tags, imageUrl, paragraphs, format,
        origin, hash, null, List.of());
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
