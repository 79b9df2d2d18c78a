package org.crosscheck.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes: a byte-order mark wins, then the charset the server
 * declared, then the page's own {@code <meta charset>}. Declarations lie often enough that a
 * claim of UTF-8 is checked against the bytes (invalid UTF-8 falls back to windows-1251 for
 * Cyrillic-looking bytes, else windows-1252, the superset browsers use for Latin-1), and a claim of a single-byte charset on bytes that are
 * valid multi-byte UTF-8 is read as UTF-8.
 */
final class CharsetDecider {
  private CharsetDecider() {}

  /**
   * The charset chosen and why, e.g. "meta charset utf-8 contradicted by the bytes". With
   * {@code mixed}, the page is UTF-8 with stray single-byte characters pasted in (a CMS joining
   * sources): each valid UTF-8 sequence is read as UTF-8 and each stray byte as windows-1252.
   */
  record Decision(Charset charset, String reason, boolean mixed) {
    Decision(Charset charset, String reason) {
      this(charset, reason, false);
    }
  }

  /** Decodes the page as decided, without its byte-order mark. */
  static String decode(byte[] body) {
    return decode(body, null);
  }

  static String decode(byte[] body, String declared) {
    Decision d = decide(body, declared);
    if (d.mixed()) return decodeMixed(body);
    int skip = bomLength(body);
    return new String(body, skip, body.length - skip, d.charset());
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Pattern CYRILLIC_LANG = Pattern.compile(
      "<html[^>]+lang\\s*=\\s*[\"']?(ru|uk|be|bg|sr|mk)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild go further. */
  private static final int META_SCAN_BYTES = 4096;

  static Decision decide(byte[] body, String declared) {
    Charset bom = bom(body);
    if (bom != null) return new Decision(bom, "byte-order mark");
    Charset http = lookup(declared);
    if (http != null) return checked(body, http, "HTTP charset");
    Charset meta = lookup(metaCharset(body));
    if (meta != null) return checked(body, meta, "meta charset");
    if (isUtf8(body)) return new Decision(StandardCharsets.UTF_8, "valid UTF-8, none declared");
    if (mostlyUtf8(body)) return new Decision(StandardCharsets.UTF_8, "mostly UTF-8, none declared; stray bytes as windows-1252", true);
    Charset guess = singleByteGuess(body);
    return new Decision(guess, "not UTF-8, none declared; read as " + guess.name());
  }

  static int bomLength(byte[] body) {
    Charset bom = bom(body);
    if (bom == null) return 0;
    return bom == StandardCharsets.UTF_8 ? 3 : 2;
  }

  private static Decision checked(byte[] body, Charset claimed, String source) {
    String name = claimed.name().toLowerCase(Locale.ROOT);
    if (claimed == StandardCharsets.UTF_8 || name.equals("utf-8")) {
      if (isUtf8(body)) return new Decision(StandardCharsets.UTF_8, source);
      if (mostlyUtf8(body)) return new Decision(StandardCharsets.UTF_8, source + " UTF-8 with stray windows-1252 bytes", true);
      Charset fallback = singleByteGuess(body);
      return new Decision(fallback, source + " UTF-8 contradicted by the bytes; read as " + fallback.name());
    }
    boolean singleByte = name.startsWith("iso-8859") || name.startsWith("windows-125")
        || name.equals("us-ascii");
    if (singleByte && hasMultiByteUtf8(body) && isUtf8(body)) {
      return new Decision(StandardCharsets.UTF_8, source + " " + name + " contradicted by UTF-8 bytes");
    }
    return new Decision(claimed, source);
  }

  /**
   * Picks the single-byte charset for bytes that are not UTF-8. Cyrillic text in windows-1251 is
   * mostly bytes 0xC0–0xFF (the letters), while Western text in windows-1252 uses them only for
   * accented letters among ASCII ones; a page that says it is Cyrillic (lang="ru"/"uk"/...) tips
   * the balance.
   */
  private static Charset singleByteGuess(byte[] body) {
    long ascii = 0;
    long high = 0;
    for (byte b : body) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ascii++;
      else if (c >= 0xC0) high++;
    }
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    boolean saysCyrillic = CYRILLIC_LANG.matcher(head).find();
    double highShare = ascii + high == 0 ? 0 : (double) high / (ascii + high);
    return highShare > (saysCyrillic ? 0.1 : 0.3) ? WINDOWS_1251 : WINDOWS_1252;
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  private static String metaCharset(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : null;
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) return null;
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Browsers read these labels as windows-1252, and pages count on it.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Strict UTF-8 check without decoding: no overlongs, no surrogates, nothing above U+10FFFF. */
  static boolean isUtf8(byte[] b) {
    for (int i = 0; i < b.length; ) {
      int n = sequenceLength(b, i);
      if (n < 0) return false;
      i += n;
    }
    return true;
  }

  /** More well-formed multi-byte UTF-8 sequences than stray bytes: UTF-8 with pasted-in single-byte text. */
  private static boolean mostlyUtf8(byte[] b) {
    int multiByte = 0;
    int stray = 0;
    for (int i = 0; i < b.length; ) {
      int n = sequenceLength(b, i);
      if (n < 0) {
        stray++;
        i++;
      } else {
        if (n > 1) multiByte++;
        i += n;
      }
    }
    return multiByte > stray;
  }

  private static String decodeMixed(byte[] b) {
    StringBuilder out = new StringBuilder(b.length);
    int start = bomLength(b);
    for (int i = start; i < b.length; ) {
      int n = sequenceLength(b, i);
      if (n < 0) {
        out.append(new String(b, i, 1, WINDOWS_1252));
        i++;
      } else {
        out.append(new String(b, i, n, StandardCharsets.UTF_8));
        i += n;
      }
    }
    return out.toString();
  }

  /** Length of the well-formed UTF-8 sequence starting at {@code i}, or -1. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xff;
    if (c < 0x80) return 1;
    int extra;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      extra = 1;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      extra = 2;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      extra = 3;
      min = 0x10000;
    } else {
      return -1;
    }
    if (i + extra >= b.length) return -1;
    int cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; k++) {
      int cc = b[i + k] & 0xff;
      if ((cc & 0xC0) != 0x80) return -1;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    return extra + 1;
  }

  private static boolean hasMultiByteUtf8(byte[] body) {
    for (byte b : body) {
      if (b < 0) return true;
    }
    return false;
  }
}
