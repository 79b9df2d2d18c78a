package org.crosscheck.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and punctuation marks of a text with their offsets: enough for reading cues and source
 * descriptions, and much cheaper than running CoreNLP's tokenizer a second time.
 */
final class Tokens {

  /**
   * One word ("Ukraine’s", "pro-Kremlin", "40km") or one punctuation mark.
   *
   * @param lower the text in lower case, made once: the attributor looks words up many times
   */
  record Token(int start, int end, String text, String lower) {
    Token(int start, int end, String text) {
      this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean capitalized() {
      return Character.isUpperCase(text.charAt(0));
    }

    /** A possessive name ("Ukraine’s"). */
    boolean possessive() {
      return text.endsWith("'s") || text.endsWith("’s") || text.endsWith("s'") || text.endsWith("s’");
    }
  }

  /**
   * A word may end in a possessive apostrophe after s ("Sanders’ aides"); figures joined by a
   * slash are one ("9/11 widow", "24/7"). No-break and other Unicode spaces separate tokens as
   * plain ones do.
   */
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+|(?<=\\p{N})/\\p{N}+)*(?:(?<=s)['’](?![\\p{L}\\p{N}]))?|[^\\s\\p{Z}\\u200B\\uFEFF]");

  /**
   * Dashes other than the em dash that set off a speaker or an aside as it does: the quotation
   * dash (U+2015, "“…” ― Ana Ruiz"), the figure dash and the two- and three-em dashes.
   */
  private static final String EM_DASH_LIKE = "\u2015\u2012\u2E3A\u2E3B";

  private Tokens() {}

  /** The text's tokens; dashes that work as an em dash read as one ({@code text} "—", offsets their own). */
  static List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      out.add(new Token(m.start(), m.end(), t.length() == 1 && EM_DASH_LIKE.indexOf(t.charAt(0)) >= 0 ? "—" : t));
    }
    return out;
  }

  /**
   * Whether the full stop at {@code i} closes an abbreviation or an initial ("Mr.", "Sen.", "J.")
   * rather than a sentence.
   */
  static boolean abbreviationDot(List<Token> tokens, int i) {
    if (i == 0 || !tokens.get(i).text().equals(".")) return false;
    Token before = tokens.get(i - 1);
    String w = before.text();
    boolean mixedCase = w.length() == 1 || !w.equals(w.toUpperCase(Locale.ROOT));
    return before.end() == tokens.get(i).start() && before.capitalized() && w.length() <= 3 && mixedCase;
  }
}
