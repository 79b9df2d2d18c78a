package org.crosscheck.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to decode a page's bytes: a byte-order mark wins, then the charset the server
 * declared, then the page's own {@code <meta charset>}. Declarations lie often enough that a
 * claim of UTF-8 is checked against the bytes (invalid UTF-8 falls back to windows-1252, the
 * superset browsers use for Latin-1), and a claim of a single-byte charset on bytes that are
 * valid multi-byte UTF-8 is read as UTF-8.
 */
final class CharsetDecider {
  private CharsetDecider() {}

  /** The charset chosen and why, e.g. "meta charset utf-8 contradicted by the bytes". */
  record Decision(Charset charset, String reason) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
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
    return isUtf8(body) ? new Decision(StandardCharsets.UTF_8, "valid UTF-8, none declared")
        : new Decision(WINDOWS_1252, "not UTF-8, none declared");
  }

  static int bomLength(byte[] body) {
    Charset bom = bom(body);
    if (bom == null) return 0;
    return bom == StandardCharsets.UTF_8 ? 3 : 2;
  }

  private static Decision checked(byte[] body, Charset claimed, String source) {
    String name = claimed.name().toLowerCase(Locale.ROOT);
    if (claimed == StandardCharsets.UTF_8 || name.equals("utf-8")) {
      return isUtf8(body) ? new Decision(StandardCharsets.UTF_8, source)
          : new Decision(WINDOWS_1252, source + " UTF-8 contradicted by the bytes");
    }
    boolean singleByte = name.startsWith("iso-8859") || name.startsWith("windows-125")
        || name.equals("us-ascii");
    if (singleByte && hasMultiByteUtf8(body) && isUtf8(body)) {
      return new Decision(StandardCharsets.UTF_8, source + " " + name + " contradicted by UTF-8 bytes");
    }
    return new Decision(claimed, source);
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

  private static boolean isUtf8(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasMultiByteUtf8(byte[] body) {
    for (byte b : body) {
      if (b < 0) return true;
    }
    return false;
  }
}
