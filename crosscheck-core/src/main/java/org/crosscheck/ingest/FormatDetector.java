package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.crosscheck.model.InputFormat;

/**
 * Decides what an input is from its first bytes, so a {@code .txt} holding HTML or a feed saved
 * without extension is still read right. The file name and a server's content type only break
 * ties the content leaves open. Inputs no reader can use (empty, binary, compressed non-WARC,
 * XML that is no feed) are reported with a reason instead of being handed to a reader that
 * would fail on them. Thread-safe.
 */
public final class FormatDetector {
  /** How much of an input is read to decide. */
  public static final int HEAD_BYTES = 8192;

  /** More control characters than this share of the head means binary data. */
  private static final double MAX_CONTROL_SHARE = 0.02;
  /** More unmappable characters than this share means no charset we know fits. */
  private static final double MAX_REPLACEMENT_SHARE = 0.02;

  private static final Pattern FRONT_MATTER = Pattern.compile(
      "\\A---[ \\t]*\\r?\\n(?:[ \\t]*(?:#.*)?\\r?\\n)*[ \\t]*(?:[\\w\"'-][\\w .\"'-]*:|---)");
  /** The first markup after prologs, comments and doctype: its name is the root element. */
  private static final Pattern LEADING_MARKUP = Pattern.compile(
      "\\A(?:\\s+|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z][\\w:.-]*)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_DOCTYPE = Pattern.compile("<!doctype\\s+html|<html[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG = Pattern.compile(
      "<(?:head|body|title|meta|div|p|article|section|header|main|span|a|h[1-6]|script|style|link|table|br)[\\s>/]",
      Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json = new ObjectMapper();

  /**
   * What an input is, or why it cannot be read.
   *
   * @param format the format, or {@code null} when the input is unreadable
   * @param reason the evidence for the format, or why the input cannot be read
   */
  public record Detection(InputFormat format, String reason) {
    public static Detection of(InputFormat format, String evidence) {
      return new Detection(format, evidence);
    }

    public static Detection unreadable(String reason) {
      return new Detection(null, reason);
    }

    public boolean readable() {
      return format != null;
    }
  }

  /** Reads the head of {@code input} and decides. */
  public Detection detect(InputSource input) throws IOException {
    byte[] head;
    try (InputStream in = input.open()) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return detect(input.name(), input.contentType(), head);
  }

  /**
   * Decides from the head of an input.
   *
   * @param name the file name or URL, for the extension tie-breaker
   * @param contentType a server's declared media type, or {@code null}
   * @param head the first bytes (up to {@link #HEAD_BYTES}; more are ignored)
   */
  public Detection detect(String name, String contentType, byte[] head) {
    int length = Math.min(head.length, HEAD_BYTES);
    if (length == 0) return Detection.unreadable("empty file");
    if (isGzip(head, length)) return detectGzip(head, length);
    // Before the binary checks: an uncompressed WARC may carry an image record within its head.
    if (isWarc(new String(head, 0, Math.min(length, 64), StandardCharsets.ISO_8859_1).stripLeading())) {
      return Detection.of(InputFormat.WARC, "WARC record header");
    }
    String magic = binaryMagic(head, length);
    if (magic != null) return Detection.unreadable(magic + ", not a news format Crosscheck reads");

    TextDecoder.Decoded decoded = TextDecoder.decode(head, length, length == HEAD_BYTES);
    String text = decoded.text();
    if (text.isBlank()) return Detection.unreadable("contains only white space");
    String binary = binaryReason(text);
    if (binary != null) return Detection.unreadable(binary);
    return detectText(text, extension(name), contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
  }

  private Detection detectText(String text, String ext, String contentType) {
    String lead = text.stripLeading();
    if (isWarc(lead)) return Detection.of(InputFormat.WARC, "WARC record header");
    if (FRONT_MATTER.matcher(text).lookingAt()) return Detection.of(InputFormat.MARKDOWN, "YAML front matter");
    if (lead.startsWith("<")) return detectMarkup(lead, ext, contentType);
    if (HTML_DOCTYPE.matcher(text).find()) return Detection.of(InputFormat.HTML, "HTML doctype or <html> element");
    if (lead.startsWith("{")) {
      Detection jsonl = detectJsonLines(lead, ext);
      if (jsonl != null) return jsonl;
    }
    if (lead.startsWith("[") && (ext.equals("json") || looksLikeJsonArray(lead))) {
      return Detection.unreadable("a JSON array; write one article object per line (JSON Lines) instead");
    }
    if (ext.equals("md") || ext.equals("markdown")) return Detection.of(InputFormat.MARKDOWN, "plain text with a Markdown file name");
    return Detection.of(InputFormat.TEXT, "plain text");
  }

  private Detection detectMarkup(String lead, String ext, String contentType) {
    Matcher m = LEADING_MARKUP.matcher(lead);
    String root = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    switch (root) {
      case "rss", "feed", "rdf:rdf" -> { return Detection.of(InputFormat.FEED, "<" + m.group(1) + "> root element"); }
      case "html" -> { return Detection.of(InputFormat.HTML, "<html> root element"); }
      default -> { }
    }
    if (HTML_DOCTYPE.matcher(lead).find() || HTML_TAG.matcher(lead).find()) {
      return Detection.of(InputFormat.HTML, "HTML elements");
    }
    if (ext.equals("rss") || ext.equals("atom") || contentType.contains("rss") || contentType.contains("atom")) {
      return Detection.of(InputFormat.FEED, "markup with a feed name or content type");
    }
    if (lead.startsWith("<?xml") || contentType.contains("xml")) {
      String what = root.isEmpty() ? "XML without a root element" : "XML with root <" + m.group(1) + ">";
      return Detection.unreadable(what + " is neither an RSS/Atom feed nor an HTML page");
    }
    if (ext.startsWith("htm") || contentType.contains("html")) {
      return Detection.of(InputFormat.HTML, "markup with an HTML name or content type");
    }
    return Detection.of(InputFormat.TEXT, "plain text starting with '<'");
  }

  /** JSONL when the complete lines of the head are JSON objects; null to fall through to text. */
  private Detection detectJsonLines(String lead, String ext) {
    String[] lines = lead.split("\\r?\\n", -1);
    int checked = 0;
    // The last line of the head may be cut short, so only lines followed by a newline count.
    for (int i = 0; i < lines.length - 1 && checked < 5; i++) {
      if (lines[i].isBlank()) continue;
      if (!isJsonObject(lines[i])) {
        return ext.equals("jsonl") || ext.equals("ndjson")
            ? Detection.of(InputFormat.JSONL, "JSON Lines file name; line " + (i + 1) + " is not a JSON object")
            : null;
      }
      checked++;
    }
    if (checked > 0) return Detection.of(InputFormat.JSONL, "lines holding JSON objects");
    // One line longer than the head: an object's opening is all there is to go on.
    if (lead.matches("(?s)\\{\\s*\"[^\"]{1,100}\"\\s*:.*")) return Detection.of(InputFormat.JSONL, "a long JSON object");
    return ext.equals("jsonl") || ext.equals("ndjson") ? Detection.of(InputFormat.JSONL, "JSON Lines file name") : null;
  }

  private boolean isJsonObject(String line) {
    try {
      JsonNode node = json.readTree(line);
      return node != null && node.isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean looksLikeJsonArray(String lead) {
    return lead.matches("(?s)\\[\\s*[{\\[\"].*");
  }

  private static boolean isWarc(String lead) {
    return lead.startsWith("WARC/1.") || lead.startsWith("WARC/0.");
  }

  private static boolean isGzip(byte[] head, int length) {
    return length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** Inflates what the head holds: 8 KB compressed is far more than a WARC header needs. */
  private Detection detectGzip(byte[] head, int length) {
    byte[] inner = new byte[HEAD_BYTES];
    int n = 0;
    String failure = null;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, length))) {
      int r;
      while (n < inner.length && (r = in.read(inner, n, inner.length - n)) > 0) n += r;
    } catch (IOException e) {
      // The head ends mid-stream by design; only a failure before any output matters.
      failure = e.getMessage();
    }
    if (n == 0) {
      return Detection.unreadable("gzip data is corrupt or truncated" + (failure == null ? "" : ": " + failure));
    }
    String start = new String(inner, 0, Math.min(n, 16), StandardCharsets.ISO_8859_1);
    if (start.startsWith("WARC/")) return Detection.of(InputFormat.WARC, "gzip-compressed WARC record header");
    return Detection.unreadable("gzip-compressed data that is not WARC; decompress it first");
  }

  private static String binaryMagic(byte[] head, int length) {
    String start = new String(head, 0, Math.min(length, 8), StandardCharsets.ISO_8859_1);
    if (start.startsWith("%PDF-")) return "a PDF document";
    if (start.startsWith("PK\u0003\u0004")) return "a ZIP archive (or an office document)";
    if (start.startsWith("\u0089PNG")) return "a PNG image";
    if (start.startsWith("\u00FF\u00D8\u00FF")) return "a JPEG image";
    if (start.startsWith("GIF8")) return "a GIF image";
    if (start.startsWith("BZh")) return "bzip2-compressed data";
    if (start.startsWith("\u00FD7zXZ")) return "xz-compressed data";
    return null;
  }

  /** Why decoded text is really binary data, or null when it is text. Readers use it too. */
  static String binaryReason(String text) {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) return "binary content (NUL bytes), not text";
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || (c >= 0x80 && c < 0xA0)) control++;
    }
    if (control > text.length() * MAX_CONTROL_SHARE) {
      return "binary content (" + (100 * control / text.length()) + "% control characters), not text";
    }
    if (TextDecoder.replacementCount(text) > text.length() * MAX_REPLACEMENT_SHARE) {
      return "not text in UTF-8, UTF-16, windows-1251 or windows-1252: too many undefined bytes";
    }
    return null;
  }

  /** The lower-case extension of the last path segment ("txt"), ignoring a URL's query. */
  static String extension(String name) {
    if (name == null) return "";
    String path = name.replaceFirst("[?#].*$", "");
    String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = last.lastIndexOf('.');
    return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
