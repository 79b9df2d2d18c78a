package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns the bytes of a feed as served into text a strict XML parser accepts, repairing the
 * trivial errors real feeds carry instead of losing the feed over them: leading garbage before
 * the prolog, a wrong declared encoding, control characters, HTML entities XML does not know, a
 * bare {@code &} or {@code <}, and DOCTYPEs (dropped: they only ever declare entities we resolve
 * here, and refusing them keeps external entities out).
 */
final class FeedText {
  private FeedText() {}

  private static final Pattern PROLOG_ENCODING = Pattern.compile(
      "<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
  private static final Pattern HEADER_CHARSET = Pattern.compile(
      "charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROOT = Pattern.compile(
      "<(?:[A-Za-z_][\\w.-]*:)?(?:rss|feed|RDF)\\b");
  private static final Pattern REFERENCE = Pattern.compile(
      "&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));");

  /**
   * Decodes feed bytes. The charset comes from a byte-order mark, else the XML prolog, else the
   * HTTP Content-Type, else UTF-8. Bytes that are not valid UTF-8 under a UTF-8 label are read as
   * windows-1252, and valid non-ASCII UTF-8 under a Latin-1 label is read as UTF-8: those are the
   * two mislabellings feeds show in practice, and neither reading can be right the other way.
   */
  static String decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return lenient(bytes, 3, StandardCharsets.UTF_8);
    if (startsWith(bytes, 0xFE, 0xFF)) return lenient(bytes, 2, StandardCharsets.UTF_16BE);
    if (startsWith(bytes, 0xFF, 0xFE)) return lenient(bytes, 2, StandardCharsets.UTF_16LE);
    Charset declared = declaredCharset(bytes, contentType);
    String utf8 = strictUtf8(bytes);
    if (declared.equals(StandardCharsets.UTF_8)) {
      return utf8 != null ? utf8 : lenient(bytes, 0, Charset.forName("windows-1252"));
    }
    boolean latinLabel = declared.equals(StandardCharsets.ISO_8859_1)
        || declared.equals(StandardCharsets.US_ASCII)
        || declared.name().equalsIgnoreCase("windows-1252");
    if (latinLabel && utf8 != null && !isAscii(bytes)) return utf8;
    return lenient(bytes, 0, declared);
  }

  private static Charset declaredCharset(byte[] bytes, String contentType) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher prolog = PROLOG_ENCODING.matcher(head);
    if (prolog.find()) {
      Charset cs = charsetOrNull(prolog.group(1));
      if (cs != null) return cs;
    }
    if (contentType != null) {
      Matcher header = HEADER_CHARSET.matcher(contentType);
      if (header.find()) {
        Charset cs = charsetOrNull(header.group(1));
        if (cs != null) return cs;
      }
    }
    return StandardCharsets.UTF_8;
  }

  static Charset charsetOrNull(String name) {
    try {
      Charset cs = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
      // A UTF-16 label on bytes without a BOM is a lie told by an ASCII-compatible document.
      return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) return false;
    }
    return true;
  }

  /** Repairs decoded feed text so that well-formed parts parse as XML. */
  static String clean(String text) {
    String s = text.substring(documentStart(text));
    StringBuilder out = new StringBuilder(s.length() + 64);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<' && s.startsWith("<![CDATA[", i)) {
        i = copyThrough(s, i, "]]>", out);
      } else if (c == '<' && s.startsWith("<!--", i)) {
        i = copyThrough(s, i, "-->", out);
      } else if (c == '<' && s.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        i = skipDoctype(s, i);
      } else if (c == '<') {
        boolean markup = i + 1 < s.length() && isMarkupStart(s.charAt(i + 1));
        out.append(markup ? "<" : "&lt;");
        i++;
      } else if (c == '&') {
        i = reference(s, i, out);
      } else {
        i = appendIfLegal(s, i, out);
      }
    }
    return out.toString();
  }

  /**
   * Where the XML starts: the prolog if there is one, else the feed's root element, else the
   * first tag. Servers prepend whitespace, BOM debris or a PHP warning (itself HTML) to feeds.
   */
  private static int documentStart(String s) {
    int prolog = s.indexOf("<?xml");
    if (prolog >= 0) return prolog;
    Matcher root = ROOT.matcher(s);
    if (root.find()) return root.start();
    int tag = s.indexOf('<');
    return Math.max(tag, 0);
  }

  private static boolean isMarkupStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':' || c == '/' || c == '?' || c == '!';
  }

  private static int copyThrough(String s, int from, String end, StringBuilder out) {
    int close = s.indexOf(end, from);
    int stop = close < 0 ? s.length() : close + end.length();
    int i = from;
    while (i < stop) i = appendIfLegal(s, i, out);
    return stop;
  }

  /** Skips a DOCTYPE declaration, internal subset included. */
  private static int skipDoctype(String s, int from) {
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') depth++;
      else if (c == ']') depth--;
      else if (c == '>' && depth <= 0) return i + 1;
    }
    return s.length();
  }

  private static int reference(String s, int at, StringBuilder out) {
    Matcher m = REFERENCE.matcher(s).region(at, Math.min(s.length(), at + 40));
    if (!m.lookingAt()) {
      out.append("&amp;");
      return at + 1;
    }
    if (m.group(3) != null) {
      appendNamed(m.group(3), out);
    } else {
      int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
      // A reference to a character XML forbids is as fatal as the character itself.
      if (isLegalXml(cp)) out.append("&#").append(cp).append(';');
    }
    return m.end();
  }

  private static void appendNamed(String name, StringBuilder out) {
    switch (name) {
      case "amp", "lt", "gt", "quot", "apos" -> out.append('&').append(name).append(';');
      default -> {
        int[] cps = new int[2];
        int n = Entities.isNamedEntity(name) ? Entities.codepointsForName(name, cps) : 0;
        if (n == 0) {
          out.append("&amp;").append(name).append(';');
        } else {
          for (int k = 0; k < n; k++) out.append("&#").append(cps[k]).append(';');
        }
      }
    }
  }

  private static int appendIfLegal(String s, int i, StringBuilder out) {
    int cp = s.codePointAt(i);
    int width = Character.charCount(cp);
    if (isLegalXml(cp)) out.appendCodePoint(cp);
    return i + width;
  }

  private static boolean isLegalXml(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
