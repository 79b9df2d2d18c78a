package org.crosscheck.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Annotations.Span;

/**
 * Finds the stretches of text between double quote marks: straight, curly, low-9, guillemets, and
 * two apostrophes ('' as some archives write a double quote). Single quotes are left alone: they
 * nest inside double ones and double as apostrophes.
 *
 * <p>A quote left open at the end of a paragraph is closed there; when the next paragraph opens
 * with a quote mark, the news convention for a quote running over paragraphs, it is marked as
 * continuing into that one.
 */
final class QuoteMarks {

  /**
   * One quoted stretch.
   *
   * @param start offset of the opening mark
   * @param end offset after the closing mark, or the paragraph end when the quote is left open
   * @param paragraph index of its paragraph
   * @param continues whether it runs on into the next paragraph's opening quote
   */
  record Segment(int start, int end, int paragraph, boolean continues) {
    Span span() {
      return new Span(start, end);
    }
  }

  private QuoteMarks() {}

  /** Paragraphs: stretches between line breaks, with surrounding blanks left out. */
  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && blank(text.charAt(i))) i++;
      if (i >= n) break;
      int end = text.indexOf('\n', i);
      if (end < 0) end = n;
      int e = end;
      while (e > i && blank(text.charAt(e - 1))) e--;
      out.add(new Span(i, e));
      i = end;
    }
    return out;
  }

  static List<Segment> find(String text, List<Span> paragraphs) {
    List<Segment> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Span para = paragraphs.get(p);
      int open = -1;
      char opener = 0;
      // A curly pair inside a straight quote is nested; a lone ” closes the straight one.
      boolean nestedCurly = false;
      for (int i = para.start(); i < para.end(); i++) {
        char c = text.charAt(i);
        boolean twoApostrophes = text.startsWith("''", i);
        if (open < 0 && twoApostrophes) {
          if (i + 2 < para.end() && !Character.isWhitespace(text.charAt(i + 2))) {
            open = i;
            opener = '\'';
          }
          i++;
        } else if (opener == '\'') {
          if (twoApostrophes) {
            out.add(new Segment(open, i + 2, p, false));
            open = -1;
            opener = 0;
            i++;
          }
        } else if (open < 0) {
          if (isOpener(c) && i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1))) {
            open = i;
            opener = c;
          }
        } else if (opener == '"' && c == '“') {
          nestedCurly = true;
        } else if (opener == '"' && c == '”' && nestedCurly) {
          nestedCurly = false;
        } else if (closes(opener, c, text, i, para.end())) {
          out.add(new Segment(open, i + 1, p, false));
          open = -1;
          nestedCurly = false;
        }
      }
      if (open >= 0) {
        boolean continues = p + 1 < paragraphs.size()
            && (isOpener(text.charAt(paragraphs.get(p + 1).start()))
                || text.startsWith("''", paragraphs.get(p + 1).start()));
        out.add(new Segment(open, para.end(), p, continues));
      }
    }
    return out;
  }

  /** A blank, no-break spaces included (some sites pad empty lines with them). */
  static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isOpener(char c) {
    return c == '"' || c == '“' || c == '„' || c == '«';
  }

  /**
   * The mark that closes a quote: a straight quote closes a straight one or a ” that no nested “
   * opened (writers mix the two); a “ closes only a „ quote, or when no letter follows it.
   */
  private static boolean closes(char opener, char c, String text, int i, int end) {
    return switch (opener) {
      case '"' -> c == '"' || c == '”';
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”';
      default -> c == '”' || c == '"'
          || (c == '“' && (i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1))));
    };
  }
}
