package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.DateStrings;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.extract.TextBoilerplate;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.Hosts;
import org.crosscheck.model.InputFormat;
import org.jsoup.parser.Parser;

/**
 * Reads one report written as Markdown or HTML under a YAML front matter block, the shape static
 * site generators and feed-to-file tools write (and Crosscheck's own Markdown export).
 *
 * <p>Front matter keys read (lower case; the first present wins):
 *
 * <ul>
 *   <li>{@code title}/{@code headline}; {@code description}/{@code summary}/{@code excerpt}
 *   <li>{@code date}/{@code published}/{@code pubdate}/{@code publishdate}/{@code date_published},
 *       read by {@link DateStrings} in the configured zone (UTC by default) when it has none;
 *       {@code updated}/{@code lastmod}/{@code modified}/{@code date_modified}
 *   <li>{@code link}/{@code url}/{@code permalink} (the URL); {@code canonical}/{@code canonical_url}
 *   <li>{@code source}: a URL is the feed the report came through, other text the outlet;
 *       {@code source_name}/{@code outlet}/{@code publisher}/{@code site_name} name the outlet,
 *       else the outlet is the link's host without "www."
 *   <li>{@code image}/{@code cover}/{@code featured_image}/{@code image_url}
 *   <li>{@code author}/{@code authors} (text, list of text, or list of maps with {@code name})
 *   <li>{@code tags}/{@code categories}/{@code keywords} (list or comma-separated); {@code section}
 *   <li>{@code lang}/{@code language} ("en-GB" is kept as "en"); otherwise guessed from the text
 *   <li>{@code draft: true} skips the file: a draft is not a published report
 * </ul>
 *
 * <p>Values have HTML entities decoded ({@code &apos;}), as feed-to-file tools copy them raw.
 *
 * <p>The body is HTML when most of its blocks start with a tag, else Markdown; both paths are in
 * {@link MarkdownBody}. Without front matter the first {@code # heading} is the title.
 */
public final class MarkdownReader implements ReportReader {
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  private static final Pattern FENCE = Pattern.compile("^(?:---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);
  private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*\\n");

  private final ZoneId dateZone;
  private final MarkdownBody bodies;
  private final LanguageGuesser languages;
  private final long maxBytes;
  private final YAMLMapper yaml = new YAMLMapper();

  public MarkdownReader(ZoneId dateZone, TextBoilerplate boilerplate, LanguageGuesser languages, long maxBytes) {
    this.dateZone = dateZone;
    this.bodies = new MarkdownBody(boilerplate);
    this.languages = languages;
    this.maxBytes = maxBytes;
  }

  /** Zone-less dates in UTC, the shipped rules and word lists, 16 MB at most. */
  public MarkdownReader() {
    this(ZoneOffset.UTC, TextBoilerplate.defaults(), LanguageGuesser.defaults(), DEFAULT_MAX_BYTES);
  }

  @Override
  public InputFormat format() {
    return InputFormat.MARKDOWN;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    String name = input.name();
    byte[] bytes = InputBytes.readAtMost(input, maxBytes);
    if (bytes == null) {
      sink.skip(name, "larger than " + InputBytes.megabytes(maxBytes) + ", too large for one report");
      return;
    }
    String text = TextParagraphs.normaliseNewlines(TextDecoder.decode(bytes).text());
    if (text.isBlank()) {
      sink.skip(name, "empty: no text in the file");
      return;
    }
    String binary = FormatDetector.binaryReason(text);
    if (binary != null) {
      sink.skip(name, binary);
      return;
    }
    ArticleBuilder article = new ArticleBuilder(InputFormat.MARKDOWN, name);
    String body = text;
    boolean hasTitle = false;
    String language = null;
    if (OPENING.matcher(text).lookingAt()) {
      int start = text.indexOf('\n') + 1;
      Matcher close = FENCE.matcher(text);
      if (!close.find(start)) {
        sink.skip(name, "front matter opened by '---' on line 1 is never closed by a '---' line");
        return;
      }
      JsonNode meta;
      try {
        meta = yaml.readTree(text.substring(start, close.start()));
      } catch (JsonProcessingException e) {
        sink.skip(name, "malformed front matter" + yamlLine(e) + ": " + yamlProblem(e.getOriginalMessage()));
        return;
      }
      if (meta != null && !meta.isMissingNode() && !meta.isNull() && !meta.isObject()) {
        sink.skip(name, "front matter is not a map of 'key: value' lines");
        return;
      }
      Map<String, JsonNode> fields = lowerCaseKeys(meta);
      if (isTrue(fields.get("draft"))) {
        sink.skip(name, "draft: true in front matter; a draft is not a published report");
        return;
      }
      readFrontMatter(fields, article);
      language = languageCode(text(fields, "lang", "language", "locale"));
      hasTitle = !article.title().isEmpty();
      body = text.substring(Math.min(text.length(), close.end() + 1));
    }
    MarkdownBody.Result result = bodies.read(body, hasTitle ? article.title() : null);
    if (!hasTitle) article.title(result.title() != null ? result.title() : TextDumpReader.titleFrom(first(result.paragraphs())));
    article.paragraphs(result.paragraphs());
    if (!article.hasText()) {
      sink.skip(name, "no body text after the front matter");
      return;
    }
    article.language(language != null ? language : languages.guess(String.join("\n", article.paragraphs())));
    sink.accept(article.build());
  }

  private void readFrontMatter(Map<String, JsonNode> f, ArticleBuilder article) {
    article.title(text(f, "title", "headline"));
    article.description(text(f, "description", "summary", "excerpt", "subtitle"));
    String link = text(f, "link", "url", "permalink");
    article.url(link);
    article.canonicalUrl(text(f, "canonical", "canonical_url", "canonicalurl"));
    String source = text(f, "source");
    String outlet = text(f, "source_name", "outlet", "publisher", "site_name");
    if (source != null && isUrl(source)) article.feedUrl(source);
    else if (outlet == null) outlet = source;
    article.source(outlet != null ? outlet : Hosts.of(link));
    article.imageUrl(text(f, "image", "cover", "featured_image", "image_url", "thumbnail"));
    article.authors(texts(f, "authors", "author", "byline", "creator"));
    texts(f, "tags", "categories", "keywords").forEach(article::tag);
    article.section(text(f, "section"));
    String date = text(f, "date", "published", "pubdate", "publishdate", "date_published");
    if (date != null) article.published(DateStrings.parse(date, dateZone).orElse(null), "front-matter");
    String updated = text(f, "updated", "lastmod", "modified", "date_modified", "last_modified");
    if (updated != null) article.updated(DateStrings.parse(updated, dateZone).orElse(null));
  }

  /** "en-GB", "en_GB" and "EN" are all "en". */
  static String languageCode(String value) {
    if (value == null) return null;
    String code = value.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  static boolean isUrl(String value) {
    return value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8);
  }

  private static Map<String, JsonNode> lowerCaseKeys(JsonNode meta) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    if (meta == null || !meta.isObject()) return fields;
    for (Map.Entry<String, JsonNode> e : meta.properties()) {
      fields.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    return fields;
  }

  private static boolean isTrue(JsonNode node) {
    if (node == null) return false;
    if (node.isBoolean()) return node.booleanValue();
    String v = node.asText("").strip().toLowerCase(Locale.ROOT);
    return v.equals("true") || v.equals("yes");
  }

  /** The first key holding a scalar, entity-decoded and stripped; null when none does. */
  private static String text(Map<String, JsonNode> f, String... keys) {
    for (String key : keys) {
      JsonNode node = f.get(key);
      if (node == null) continue;
      if (node.isObject()) node = node.has("url") ? node.get("url") : node.get("src");
      if (node != null && node.isValueNode()) {
        String v = Parser.unescapeEntities(node.asText(), false).strip();
        if (!v.isEmpty()) return v;
      }
    }
    return null;
  }

  /** The first key holding a list (or comma-separated text) of names. */
  private static List<String> texts(Map<String, JsonNode> f, String... keys) {
    List<String> values = new ArrayList<>();
    for (String key : keys) {
      JsonNode node = f.get(key);
      if (node == null) continue;
      if (node.isArray()) {
        for (JsonNode item : node) {
          JsonNode value = item.isObject() ? item.get("name") : item;
          if (value != null && value.isValueNode()) values.add(Parser.unescapeEntities(value.asText(), false).strip());
        }
      } else if (node.isObject() && node.get("name") != null) {
        values.add(node.get("name").asText().strip());
      } else if (node.isValueNode()) {
        for (String part : node.asText().split(",")) values.add(Parser.unescapeEntities(part, false).strip());
      }
      values.removeIf(String::isEmpty);
      if (!values.isEmpty()) return values;
    }
    return values;
  }

  /** " at line N" of the file (the front matter starts on line 2), or "" when unknown. */
  private static String yamlLine(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? "" : " at line " + (at.getLineNr() + 1);
  }

  /** SnakeYAML's context and problem lines ("while scanning a quoted scalar; found unexpected end of stream"). */
  private static String yamlProblem(String message) {
    if (message == null) return "unreadable YAML";
    StringJoiner parts = new StringJoiner("; ");
    for (String line : message.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) parts.add(line.strip());
    }
    return parts.length() == 0 ? "unreadable YAML" : parts.toString();
  }

  private static String first(List<String> paragraphs) {
    return paragraphs.isEmpty() ? "" : paragraphs.get(0);
  }
}
