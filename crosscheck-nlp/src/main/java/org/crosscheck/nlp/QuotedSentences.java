package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Annotations.Span;

/**
 * Joins sentences the tagger split inside a quotation: in {@code "We hold the port. The flag
 * flies over it," he said.} the first full stop ends a sentence of the speaker's, not of the
 * report, and splitting there leaves a sentence that opens on a stray quote mark and a second
 * one without its speaker. A sentence ending inside an open quotation runs on to the sentence in
 * which the quotation closes, when it closes within the same paragraph and {@link #MAX_QUOTE}
 * characters; a quotation left open (a long quote running over paragraphs, or a stray mark)
 * changes nothing.
 */
final class QuotedSentences {

  /** The longest quotation whose sentences are joined: a few sentences of speech. */
  static final int MAX_QUOTE = 700;

  private QuotedSentences() {}

  /** The sentences with those ending inside a closed quotation joined to the ones after them. */
  static List<Span> join(String text, List<Span> sentences) {
    List<Span> quotes = quotations(text);
    if (quotes.isEmpty() || sentences.size() < 2) return sentences;
    List<Span> out = new ArrayList<>(sentences.size());
    int q = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      int start = s.start();
      int end = s.end();
      while (i + 1 < sentences.size()) {
        while (q < quotes.size() && quotes.get(q).end() <= end) q++;
        if (q >= quotes.size()) break;
        Span quote = quotes.get(q);
        Span next = sentences.get(i + 1);
        if (!(quote.start() < end && next.start() < quote.end())) break;
        end = next.end();
        i++;
      }
      out.add(new Span(start, end));
    }
    return out;
  }

  /**
   * The closed double quotations of each line, of at most {@link #MAX_QUOTE} characters, as
   * {@code [opening mark, after the closing mark)}. A mark opens a quotation only when a
   * non-blank follows it; a straight mark closes a straight or curly one, as writers mix them.
   */
  static List<Span> quotations(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (open < 0) {
        if ((c == '"' || c == '“' || c == '„' || c == '«') && i + 1 < text.length()
            && !Character.isWhitespace(text.charAt(i + 1))) {
          open = i;
          opener = c;
        }
      } else if (closes(opener, c)) {
        if (i + 1 - open <= MAX_QUOTE) out.add(new Span(open, i + 1));
        open = -1;
      }
    }
    return out;
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '«' -> c == '»';
      case '„' -> c == '“' || c == '”';
      default -> c == '"' || c == '”';
    };
  }
}
