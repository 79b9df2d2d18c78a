package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Inside a block,
 * lines are joined when the block looks hard-wrapped (lines of similar, editor-like length that
 * mostly continue in lower case); otherwise every line is its own paragraph, as in page dumps
 * and news-please's {@code maintext}, which put one paragraph on each line.
 */
final class TextParagraphs {
  private TextParagraphs() {}

  private static final int MIN_WRAPPED_LINE = 40;
  private static final int MAX_WRAPPED_LINE = 100;

  static List<String> split(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : normaliseNewlines(text).split("\\n[ \\t\\u00A0]*\\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\\n")) {
        if (!line.isBlank()) lines.add(line.strip());
      }
      if (lines.isEmpty()) continue;
      if (looksWrapped(lines)) paragraphs.add(String.join(" ", lines));
      else paragraphs.addAll(lines);
    }
    return paragraphs;
  }

  static String normaliseNewlines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean looksWrapped(List<String> lines) {
    if (lines.size() < 2) return false;
    int continuations = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      int length = lines.get(i).length();
      if (length < MIN_WRAPPED_LINE || length > MAX_WRAPPED_LINE) return false;
      if (Character.isLowerCase(lines.get(i + 1).codePointAt(0))) continuations++;
    }
    return continuations * 2 >= lines.size() - 1;
  }
}
