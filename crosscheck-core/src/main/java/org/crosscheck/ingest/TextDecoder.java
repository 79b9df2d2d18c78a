package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into characters without being told the charset.
 *
 * <ol>
 *   <li>A byte-order mark wins (UTF-8, UTF-16 LE/BE); UTF-16 without a mark is recognised by its
 *       zero bytes at every other position.
 *   <li>Bytes that are valid UTF-8 are UTF-8: other charsets almost never produce valid UTF-8
 *       by accident once they use any byte above 127.
 *   <li>Otherwise the text is single-byte. News in this project's languages comes in
 *       windows-1251 (Cyrillic) or windows-1252 (Western European). In Cyrillic text nearly
 *       every byte above 127 is a letter next to another such letter; in Western text it is an
 *       accented letter between ASCII letters. Whichever pattern dominates picks the charset.
 * </ol>
 *
 * Decoding never fails: a byte the chosen charset does not define becomes U+FFFD.
 */
public final class TextDecoder {
  private TextDecoder() {}

  static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decoded text and how its charset was chosen.
   *
   * @param how "byte-order mark", "valid UTF-8", ... for messages and debugging
   */
  public record Decoded(String text, Charset charset, String how) {}

  /** Decodes a whole input. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, bytes.length, false);
  }

  /**
   * Decodes the first {@code length} bytes of {@code bytes}.
   *
   * @param truncated the bytes are the head of a longer input, so a multi-byte UTF-8 sequence
   *     may be cut at the end without the text being invalid
   */
  public static Decoded decode(byte[] bytes, int length, boolean truncated) {
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(decodeLenient(bytes, 3, length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, "byte-order mark");
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return new Decoded(decodeLenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, "byte-order mark");
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return new Decoded(decodeLenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, "byte-order mark");
    }
    Charset utf16 = utf16WithoutMark(bytes, length);
    if (utf16 != null) {
      return new Decoded(decodeLenient(bytes, 0, length, utf16), utf16, "zero bytes at alternate positions");
    }
    String utf8 = decodeStrictUtf8(bytes, length, truncated);
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8, "valid UTF-8");
    Charset single = guessSingleByte(bytes, length);
    String how = single == WINDOWS_1251
        ? "not UTF-8; bytes above 127 run together like Cyrillic letters"
        : "not UTF-8; bytes above 127 sit between ASCII letters like accented Latin letters";
    return new Decoded(decodeLenient(bytes, 0, length, single), single, how);
  }

  /** How many characters of {@code text} the decoder could not map (U+FFFD). */
  static int replacementCount(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') count++;
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

  private static Charset utf16WithoutMark(byte[] bytes, int length) {
    int pairs = Math.min(length, 1024) / 2;
    if (pairs < 4) return null;
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      if (bytes[i] == 0) evenZeros++;
      if (bytes[i + 1] == 0) oddZeros++;
    }
    // ASCII-range text in UTF-16 has a zero in every pair on one side and almost none on the other.
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return StandardCharsets.UTF_16LE;
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return StandardCharsets.UTF_16BE;
    return null;
  }

  private static String decodeStrictUtf8(byte[] bytes, int length, boolean truncated) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      // A head cut inside a multi-byte sequence: only the last three bytes may be incomplete.
      boolean cutAtEnd = truncated && result.isMalformed() && length - in.position() <= 3
          && isUtf8SequenceStart(bytes[in.position()]);
      if (!cutAtEnd) return null;
    }
    out.flip();
    return out.toString();
  }

  private static boolean isUtf8SequenceStart(byte b) {
    return (b & 0xE0) == 0xC0 || (b & 0xF0) == 0xE0 || (b & 0xF8) == 0xF0;
  }

  private static Charset guessSingleByte(byte[] bytes, int length) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) continue;
      int prev = i > 0 ? bytes[i - 1] & 0xFF : ' ';
      int next = i + 1 < length ? bytes[i + 1] & 0xFF : ' ';
      if (b >= 0xC0 && (prev >= 0xC0 || next >= 0xC0)) cyrillic++;
      else if (isAsciiLetter(prev) || isAsciiLetter(next)) latin++;
    }
    return cyrillic > latin ? WINDOWS_1251 : WINDOWS_1252;
  }

  private static boolean isAsciiLetter(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
  }

  private static String decodeLenient(byte[] bytes, int offset, int length, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, offset, Math.max(0, length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
  }
}
