package org.crosscheck.extract;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the paragraphs inside an article container that are not article text: link lists
 * (related stories, tag clouds), what {@link TextBoilerplate} calls furniture (captions, sign-up,
 * privacy and cookie notices, share and read-more lines) plus the HTML-only phrases of
 * {@link ExtractionVocabulary}, bare datelines, section labels, bylines ("By …", or an author's name and a place) and a repeat of the headline. Lists,
 * block quotes and subheadings that read as text stay.
 */
final class ParagraphFilter {
  private static final Pattern SECTION_LABEL = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d&'’ -]{1,30}");
  private static final Pattern BYLINE = Pattern.compile("(?i)^(by|written by|words by|reporting by)\\s+\\S.{0,60}$");
  private static final Set<String> TERMINAL = Set.of(".", "!", "?", "\"", "”", "’", ":", ")", "…", "。");

  private static final Pattern DATE_WORDS = Pattern.compile(
      "(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|rsday|urday)?|am|pm|a|p|m|"
      + "updated|published|posted|modified|last|on|at|utc|gmt|[a-z]{1,2}t|[a-z]{3,4}t|st|nd|rd|th|of");

  private static final int FURNITURE_MAX_CHARS = 320;
  private static final int PLAIN_TEXT_CHARS = 150;
  private static final int BYLINE_MAX_CHARS = 80;

  private final ExtractionVocabulary vocabulary;
  private final TextBoilerplate textBoilerplate;
  private final ZoneId zone;

  ParagraphFilter(ExtractorOptions options) {
    this.vocabulary = options.vocabulary();
    this.textBoilerplate = options.textBoilerplate();
    this.zone = options.defaultZone();
  }

  List<String> filter(List<Paragraphs.Block> blocks, String title, List<String> authors) {
    String normalTitle = normal(title);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Paragraphs.Block b = blocks.get(i);
      if (keep(b, normalTitle, i, blocks) && !isNamedByline(b.text(), authors)) kept.add(b.text());
    }
    return kept;
  }

  private boolean keep(Paragraphs.Block b, String normalTitle, int index, List<Paragraphs.Block> blocks) {
    String text = b.text();
    int len = text.length();
    // Links woven through a long stretch of plain text (inline pop-ups, glossary links) do not make it a link list.
    boolean muchPlainText = len - b.linkChars() >= PLAIN_TEXT_CHARS;
    if (b.linkDensity() > 0.5 && !muchPlainText && !(b.quote() && len > 100)) return false;
    if (b.listItem() && b.linkDensity() > 0.3 && len < 120) return false;
    if (normalTitle != null && Math.abs(len - normalTitle.length()) < 20 && normal(text).equals(normalTitle)) return false;
    // Furniture lines are short; the classifier's regexes need not run over every long paragraph.
    if (len <= FURNITURE_MAX_CHARS && (textBoilerplate.isBoilerplate(text) || vocabulary.isBoilerplatePhrase(text)
        || vocabulary.isPaywallPrompt(text))) {
      return false;
    }
    if (len <= 80 && isDateline(text)) return false;
    if (len <= 32 && SECTION_LABEL.matcher(text).matches() && !b.heading()) return false;
    if (len <= 70 && BYLINE.matcher(text).matches()) return false;
    if (b.heading() && !followedByText(index, blocks)) return false;
    return len >= 15 || b.heading() || b.listItem() || endsLikeSentence(text);
  }

  /** "Yousif Ahmed — Al-Fula": an author's name and a place or role, not a sentence. */
  private static boolean isNamedByline(String text, List<String> authors) {
    if (text.length() > BYLINE_MAX_CHARS || endsLikeSentence(text)) return false;
    for (String author : authors) {
      if (!author.isBlank() && text.startsWith(author)) return true;
    }
    return false;
  }

  /** A subheading belongs to the article only when body text follows it. */
  private static boolean followedByText(int index, List<Paragraphs.Block> blocks) {
    for (int j = index + 1; j < Math.min(blocks.size(), index + 3); j++) {
      Paragraphs.Block next = blocks.get(j);
      if (!next.heading() && next.text().length() > 60 && next.linkDensity() < 0.5) return true;
    }
    return false;
  }

  /** A line that is a date and little else: "09:21, Thu, Dec 25, 2025 Updated: 09:23, Thu, Dec 25, 2025". */
  private boolean isDateline(String text) {
    List<DateCandidate> found = new ArrayList<>();
    MetadataReader.dateline(text, found, zone);
    if (found.isEmpty()) return false;
    int otherWords = 0;
    for (String word : text.split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !DATE_WORDS.matcher(word).matches() && DateStrings.month(word) == null) otherWords++;
    }
    return otherWords <= 1;
  }

  private static boolean endsLikeSentence(String text) {
    return TERMINAL.contains(text.substring(text.length() - 1));
  }

  private static String normal(String s) {
    if (s == null) return null;
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
