package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.crosscheck.extract.DateStrings;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.extract.Page;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;

/**
 * Reads JSON Lines: one article object per line, in the fields described in {@code docs/jsonl.md}
 * (Crosscheck's own names, and news-please's so its dumps load as they are).
 *
 * <p>The file is streamed line by line, so memory stays bounded whatever its size; a line longer
 * than the cap is skipped without being held. Each bad line (malformed JSON, no body, a page the
 * extractor rejects) is skipped with its {@code file:LINE} location and the rest is read.
 */
public final class JsonLinesReader implements ReportReader {
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
  /** A line buffer grown past this for one long line is given back afterwards. */
  private static final int KEPT_BUFFER_BYTES = 1024 * 1024;

  private final PageExtractor extractor;
  private final LanguageGuesser languages;
  private final ZoneId dateZone;
  private final int maxLineBytes;
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * @param extractor turns an {@code html} field into text and metadata
   * @param dateZone the zone for dates written without one
   * @param maxLineBytes longer lines are skipped
   */
  public JsonLinesReader(PageExtractor extractor, LanguageGuesser languages, ZoneId dateZone, int maxLineBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.languages = languages;
    this.dateZone = dateZone;
    this.maxLineBytes = maxLineBytes;
  }

  /** Zone-less dates in UTC, lines up to 16 MB, the shipped word lists. */
  public JsonLinesReader(PageExtractor extractor) {
    this(extractor, LanguageGuesser.defaults(), ZoneOffset.UTC, DEFAULT_MAX_LINE_BYTES);
  }

  @Override
  public InputFormat format() {
    return InputFormat.JSONL;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    Lines lines = new Lines(input, sink);
    try (InputStream in = input.open()) {
      byte[] chunk = new byte[64 * 1024];
      int n;
      while ((n = in.read(chunk)) > 0) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] == '\n') {
            lines.append(chunk, from, i - from);
            lines.end();
            from = i + 1;
          }
        }
        lines.append(chunk, from, n - from);
      }
    }
    lines.finish();
  }

  /** The line being collected and what has been seen so far. */
  private final class Lines {
    private final InputSource input;
    private final ArticleSink sink;
    private ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean tooLong;
    private boolean pending;
    private int number;
    private boolean anyContent;

    Lines(InputSource input, ArticleSink sink) {
      this.input = input;
      this.sink = sink;
    }

    void append(byte[] bytes, int from, int length) {
      if (length == 0) return;
      pending = true;
      if (tooLong || line.size() + length > maxLineBytes) {
        tooLong = true;
        return;
      }
      line.write(bytes, from, length);
    }

    void end() {
      number++;
      String location = input.name() + ":" + number;
      if (tooLong) {
        anyContent = true;
        sink.skip(location, "line longer than " + InputBytes.megabytes(maxLineBytes) + "; not read");
      } else {
        byte[] bytes = trimmed(line.toByteArray(), number == 1);
        if (!isBlank(bytes)) {
          anyContent = true;
          readLine(bytes, location, input.fetchedAt(), sink);
        }
      }
      tooLong = false;
      pending = false;
      line = line.size() > KEPT_BUFFER_BYTES ? new ByteArrayOutputStream() : line;
      line.reset();
    }

    /** A last line without a newline is still a line (a truncated file ends that way). */
    void finish() {
      if (pending) end();
      if (!anyContent) sink.skip(input.name(), "empty: no JSON lines in the file");
    }
  }

  private void readLine(byte[] bytes, String location, Instant fetchedAt, ArticleSink sink) {
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (JsonProcessingException e) {
      sink.skip(location, "malformed JSON: " + firstLine(e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      sink.skip(location, "unreadable line: " + e.getMessage());
      return;
    }
    if (node == null || !node.isObject()) {
      sink.skip(location, "not a JSON object (one article object per line expected)");
      return;
    }
    String reason = fill(node, location, fetchedAt, sink);
    if (reason != null) sink.skip(location, reason);
  }

  /** Builds and accepts the article; returns why not when the line holds none. */
  private String fill(JsonNode o, String location, Instant fetchedAt, ArticleSink sink) {
    ArticleBuilder article = new ArticleBuilder(InputFormat.JSONL, location);
    String url = text(o, "url");
    String language = text(o, "language");
    List<String> paragraphs = strings(o.get("paragraphs"));
    String text = text(o, "text", "maintext");
    String html = text(o, "html");
    if (paragraphs.isEmpty() && text != null) paragraphs = TextParagraphs.split(text);
    if (paragraphs.isEmpty() && html != null) {
      Extraction extraction = extractor.extract(new Page(html.getBytes(StandardCharsets.UTF_8), "UTF-8", url, fetchedAt));
      if (!extraction.isArticle()) return "html holds no article: " + extraction.notArticleReason();
      if (extraction.paragraphs().isEmpty()) return "html has no paragraphs after extraction";
      extraction.fillInto(article);
      if (language == null) language = extraction.language();
    } else {
      article.paragraphs(paragraphs);
    }
    if (!article.hasText()) return "no body: give \"paragraphs\", \"text\" (or \"maintext\") or \"html\"";

    article.url(url);
    setIfPresent(text(o, "canonical_url"), article::canonicalUrl);
    setIfPresent(text(o, "source", "source_domain"), article::source);
    setIfPresent(text(o, "feed_url"), article::feedUrl);
    setIfPresent(text(o, "title", "title_page", "title_rss"), article::title);
    setIfPresent(text(o, "description"), article::description);
    List<String> authors = strings(o.has("authors") ? o.get("authors") : o.get("author"));
    if (!authors.isEmpty()) article.authors(authors);
    OffsetDateTime published = date(o, "published", "date_publish");
    if (published != null) article.published(published, "jsonl");
    OffsetDateTime updated = date(o, "updated", "date_modify");
    if (updated != null) article.updated(updated);
    setIfPresent(text(o, "section"), article::section);
    strings(o.get("tags")).forEach(article::tag);
    setIfPresent(text(o, "image", "image_url"), article::imageUrl);
    if (article.title().isEmpty()) article.title(TextDumpReader.titleFrom(article.paragraphs().get(0)));
    article.language(language != null ? MarkdownReader.languageCode(language)
        : languages.guess(String.join("\n", article.paragraphs())));
    sink.accept(article.build());
    return null;
  }

  private static void setIfPresent(String value, Consumer<String> setter) {
    if (value != null) setter.accept(value);
  }

  /** The first of {@code keys} holding a non-blank scalar, as text. */
  private static String text(JsonNode o, String... keys) {
    for (String key : keys) {
      JsonNode v = o.get(key);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) return v.asText();
    }
    return null;
  }

  /** An array of scalars, or a comma-separated string, as a list of non-blank strings. */
  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) return out;
    if (v.isArray()) {
      for (JsonNode item : v) {
        if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) out.add(item.asText().strip());
      }
    } else if (v.isTextual()) {
      for (String part : v.asText().split(",")) {
        if (!part.isBlank()) out.add(part.strip());
      }
    }
    return out;
  }

  /** A date written as text DateStrings reads, or as epoch seconds or milliseconds. */
  private OffsetDateTime date(JsonNode o, String... keys) {
    for (String key : keys) {
      JsonNode v = o.get(key);
      if (v == null || v.isNull()) continue;
      if (v.isIntegralNumber()) {
        long n = v.longValue();
        Instant at = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return at.atOffset(ZoneOffset.UTC);
      }
      if (v.isTextual()) {
        OffsetDateTime parsed = DateStrings.parse(v.asText(), dateZone).orElse(null);
        if (parsed != null) return parsed;
      }
    }
    return null;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }

  /** The line without a trailing CR, and without a UTF-8 byte-order mark on the first line. */
  private static byte[] trimmed(byte[] bytes, boolean first) {
    int start = first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end);
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.strip().split("\\R", 2)[0];
  }
}
