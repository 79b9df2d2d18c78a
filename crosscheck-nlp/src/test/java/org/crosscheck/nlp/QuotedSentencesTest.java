package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.Annotations.Span;
import org.junit.jupiter.api.Test;

/** Sentences split inside a quotation are one sentence of the report. */
class QuotedSentencesTest {

  /** Splits after every ". " as a tagger would that knows nothing of quotes. */
  private static List<Span> splitAtStops(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        out.add(new Span(start, i + 1));
        start = i + 1;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
      }
    }
    if (start < text.length()) out.add(new Span(start, text.length()));
    return out;
  }

  private static List<String> sentences(String text) {
    return QuotedSentences.join(text, splitAtStops(text)).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void aSentenceEndingInsideAQuoteRunsOnUntilTheQuoteCloses() {
    String text = "The mill burned. \"We saved the looms. The roof is gone,\" the owner said. Rain fell.";
    assertThat(sentences(text)).containsExactly("The mill burned.",
        "\"We saved the looms. The roof is gone,\" the owner said.", "Rain fell.");
    String curly = "“We saved the looms. The roof is gone. We start again,” she said.";
    assertThat(sentences(curly)).containsExactly(curly);
  }

  @Test
  void aQuoteLeftOpenOrClosingInAnotherParagraphJoinsNothing() {
    String open = "\"We saved the looms. The roof is gone.\nWe start again,\" she said.";
    assertThat(sentences(open)).hasSize(3);
    String stray = "He said \"yes. Then he left. Rain fell.";
    assertThat(sentences(stray)).hasSize(3);
  }

  @Test
  void aQuoteTooLongToBeOneSpeechJoinsNothing() {
    String speech = "Words go on. ".repeat(60);
    String text = "\"" + speech.strip() + "\" he said.";
    assertThat(sentences(text)).hasSizeGreaterThan(50);
  }
}
