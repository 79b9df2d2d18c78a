package org.crosscheck.ingest;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.DateStrings;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.extract.TextBoilerplate;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;

/**
 * Reads a plain-text dump of one web page: what a browser's "save as text" or a scraper's text
 * output gives, with the page furniture still mixed in.
 *
 * <p>The layout it expects, every part optional but the body:
 *
 * <pre>
 * Headline                      (a short line with no closing full stop)
 * Standfirst sentence.          (the summary under the headline)
 * By Jane Doe                   (a byline)
 * 09:21, Thu, Dec 25, 2025 Updated: 09:23, Thu, Dec 25, 2025
 * UKRAINE                       (a short ALL-CAPS line after the dateline: the section)
 * Body paragraphs, with captions, newsletter boxes, tag headings (KUPYANSK) mixed in.
 * </pre>
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>Title.</b> Two header paragraphs above the dateline are headline and standfirst. With
 *       one, a headline-like line is the title; a sentence is the standfirst (the description),
 *       and, since the page gave no headline, the title is derived from the standfirst's first
 *       sentence without its closing full stop. With no dateline the first paragraph is the title
 *       when headline-like; otherwise the title is derived from it and it stays in the body (it
 *       may be the lead paragraph, and losing report text is worse than a repeated sentence).
 *   <li><b>Wire copy.</b> With no date line, a wire dateline with a full date at the head of the
 *       body ("MOMBASA, Kenya, March 3, 2026 (AFP) -") dates the report; one without a year does
 *       not, since a year guessed wrong misplaces the report worse than no date.
 *   <li><b>Zone.</b> A dateline without a zone is read in the zone passed to the constructor; the
 *       default is UTC, because a text dump carries no hint of the outlet's zone and UTC is at
 *       most a few hours off for the European outlets this project reads first.
 *   <li><b>Furniture.</b> Paragraphs {@link TextBoilerplate} recognises are dropped; short ALL-CAPS
 *       lines in the body are tag headings; longer ALL-CAPS lines are promotions of other
 *       articles and dropped. A standfirst repeated as the first body sentence stays in the body.
 *   <li><b>Outlet.</b> A "Source:" or "Published by" line at the head or foot of the dump, else
 *       a byline ending in an outlet's name ("By Anna Berg, Harbour Gazette"), else a closing
 *       copyright line names the outlet ({@link OutletCredits}); otherwise the dump names none
 *       and listings show its file name.
 *   <li><b>Charset.</b> As {@link TextDecoder} decides.
 * </ul>
 */
public final class TextDumpReader implements ReportReader {
  /** A page dump larger than this is not one page. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  /** How far down the dateline may sit (headline, standfirst, byline, and some slack). */
  private static final int DATELINE_WITHIN = 6;
  /** How far from the end a closing credit ("© 2027 Harbour Gazette", "Source: …") may sit. */
  private static final int CREDIT_WITHIN = 4;
  private static final int MAX_HEADLINE_WORDS = 25;
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_LABEL_CHARS = 40;
  private static final int MAX_DERIVED_TITLE = 160;

  private static final Pattern UPDATED_MARK = Pattern.compile(
      "\\b(?:last\\s+)?(?:updated|modified|edited)\\b\\s*(?:on|at)?\\s*:?", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLISHED_MARK = Pattern.compile(
      "^\\s*(?:first\\s+)?(?:published|posted|created)\\b\\s*(?:on|at)?\\s*:?", Pattern.CASE_INSENSITIVE);
  /** Words a dateline may hold besides month names: weekdays, labels, am/pm and zones. */
  private static final Set<String> DATELINE_WORDS = Set.of(
      "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
      "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a", "p", "m", "on", "at", "of",
      "published", "posted", "updated", "modified", "edited", "last", "first", "st", "nd", "rd", "th",
      "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt",
      "pst", "pdt", "et", "z");
  private static final Pattern BYLINE = Pattern.compile(
      "^(?:[Bb]y|BY|[Ww]ritten by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:(?:\\s+|\\s*,\\s*|\\s+and\\s+)\\p{Lu}[\\p{L}.'’-]*){0,7})\\s*$");
  /** A wire dateline opening the body with a full date: "MOMBASA, Kenya, March 3, 2026 (AFP) -". */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "^\\p{Lu}[^()\\n]{1,80}?,\\s*(\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
          + "|\\d{4}-\\d{2}-\\d{2})\\s*\\([^()]{2,40}\\)\\s*[-—–:]");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");

  private final ZoneId datelineZone;
  private final TextBoilerplate boilerplate;
  private final LanguageGuesser languages;
  private final long maxBytes;

  public TextDumpReader(ZoneId datelineZone, TextBoilerplate boilerplate, LanguageGuesser languages, long maxBytes) {
    this.datelineZone = datelineZone;
    this.boilerplate = boilerplate;
    this.languages = languages;
    this.maxBytes = maxBytes;
  }

  /** Datelines without a zone in UTC, the shipped rules and word lists, 16 MB at most. */
  public TextDumpReader() {
    this(ZoneOffset.UTC, TextBoilerplate.defaults(), LanguageGuesser.defaults(), DEFAULT_MAX_BYTES);
  }

  @Override
  public InputFormat format() {
    return InputFormat.TEXT;
  }

  @Override
  public void read(InputSource input, ArticleSink sink) throws IOException {
    byte[] bytes = InputBytes.readAtMost(input, maxBytes);
    if (bytes == null) {
      sink.skip(input.name(), "larger than " + InputBytes.megabytes(maxBytes) + ", too large for one page dump");
      return;
    }
    String text = TextDecoder.decode(bytes).text();
    String binary = FormatDetector.binaryReason(text);
    if (binary != null) {
      sink.skip(input.name(), binary);
      return;
    }
    List<String> paragraphs = new ArrayList<>(TextParagraphs.split(text));
    if (paragraphs.isEmpty()) {
      sink.skip(input.name(), "empty: no text in the file");
      return;
    }
    ArticleBuilder article = new ArticleBuilder(InputFormat.TEXT, input.name());
    // Set from the weakest credit to the strongest, each overriding the one before: a closing
    // copyright line, a byline's outlet (read with the header), a "Source:" line.
    String labelled = takeOutletLine(paragraphs);
    OutletCredits.copyright(paragraphs.subList(Math.max(0, paragraphs.size() - CREDIT_WITHIN), paragraphs.size()))
        .ifPresent(article::source);
    List<String> body = readHeader(paragraphs, article);
    if (labelled != null) article.source(labelled);
    if (article.published() == null) dateFromWireDateline(body, article);
    readBody(body, article);
    if (!article.hasText()) {
      sink.skip(input.name(), "no body text: only a headline, dateline or page furniture");
      return;
    }
    article.language(languages.guess(String.join("\n", article.paragraphs())));
    sink.accept(article.build());
  }

  /** Fills title, description, dates, section and authors; returns the paragraphs left for the body. */
  private List<String> readHeader(List<String> paragraphs, ArticleBuilder article) {
    int datelineAt = -1;
    Dateline dateline = null;
    for (int i = 0; i < Math.min(DATELINE_WITHIN, paragraphs.size()) && dateline == null; i++) {
      dateline = parseDateline(paragraphs.get(i));
      if (dateline != null) datelineAt = i;
    }
    if (dateline == null) return readHeaderWithoutDateline(paragraphs, article);

    article.published(dateline.published(), "dateline");
    article.updated(dateline.updated());
    String section = null;
    List<String> header = new ArrayList<>();
    for (String p : paragraphs.subList(0, datelineAt)) {
      if (takeByline(p, article)) continue;
      if (section == null && isLabel(p)) section = p;
      else header.add(p);
    }
    int bodyStart = datelineAt + 1;
    for (; bodyStart < paragraphs.size(); bodyStart++) {
      String p = paragraphs.get(bodyStart);
      if (takeByline(p, article)) continue;
      if (section != null || !isLabel(p)) break;
      section = p;
    }
    article.section(section);
    List<String> body = new ArrayList<>();
    switch (header.size()) {
      case 0 -> { }
      case 1 -> {
        String only = header.get(0);
        if (isHeadlineLike(only)) {
          article.title(only);
        } else {
          article.description(only);
          article.title(titleFrom(only));
        }
      }
      default -> {
        article.title(header.get(0));
        article.description(header.get(1));
        body.addAll(header.subList(2, header.size()));
      }
    }
    body.addAll(paragraphs.subList(bodyStart, paragraphs.size()));
    if (article.title().isEmpty()) article.title(titleFrom(firstReportParagraph(body)));
    return body;
  }

  private List<String> readHeaderWithoutDateline(List<String> paragraphs, ArticleBuilder article) {
    String first = paragraphs.get(0);
    if (paragraphs.size() > 1 && isHeadlineLike(first)) {
      article.title(first);
      int bodyStart = 1;
      while (bodyStart < paragraphs.size() - 1 && takeByline(paragraphs.get(bodyStart), article)) bodyStart++;
      return paragraphs.subList(bodyStart, paragraphs.size());
    }
    article.title(titleFrom(firstReportParagraph(paragraphs)));
    return paragraphs;
  }

  /** Wire copy dates itself in the body's first line when the page showed no date line. */
  private void dateFromWireDateline(List<String> body, ArticleBuilder article) {
    for (String p : body.subList(0, Math.min(2, body.size()))) {
      Matcher m = WIRE_DATELINE.matcher(p);
      if (!m.find()) continue;
      DateStrings.parse(m.group(1), datelineZone).ifPresent(d -> article.published(d, "dateline"));
      return;
    }
  }

  private String firstReportParagraph(List<String> paragraphs) {
    for (String p : paragraphs) {
      if (!boilerplate.isBoilerplate(p) && !isAllCaps(p)) return p;
    }
    return "";
  }

  private void readBody(List<String> paragraphs, ArticleBuilder article) {
    List<String> tags = new ArrayList<>();
    for (String p : paragraphs) {
      if (boilerplate.isBoilerplate(p)) continue;
      if (isAllCaps(p)) {
        // Short: a tag heading; long: a shouted link to another article.
        if (isLabel(p) && !tags.contains(p)) tags.add(p);
        continue;
      }
      article.paragraph(p);
    }
    tags.forEach(article::tag);
  }

  private static boolean takeByline(String p, ArticleBuilder article) {
    Matcher m = BYLINE.matcher(p.strip());
    if (!m.matches()) return false;
    String names = m.group(1);
    // "By Anna Berg, Harbour Gazette": the last comma part may be the outlet, not an author.
    int comma = names.lastIndexOf(',');
    if (comma > 0 && OutletCredits.outletLike(names.substring(comma + 1))) {
      article.source(names.substring(comma + 1).strip());
      names = names.substring(0, comma);
    }
    for (String name : names.split("\\s*,\\s*|\\s+and\\s+")) article.author(name);
    return true;
  }

  /**
   * Removes a "Source: …" or "Published by …" line from the head or the foot of the dump (page
   * furniture, not report text) and returns the outlet it names, or null.
   */
  private static String takeOutletLine(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size() && paragraphs.size() > 1; i++) {
      if (i >= DATELINE_WITHIN && i < paragraphs.size() - CREDIT_WITHIN) continue;
      String outlet = OutletCredits.labelled(paragraphs.get(i)).orElse(null);
      if (outlet != null) {
        paragraphs.remove(i);
        return outlet;
      }
    }
    return null;
  }

  /** A dateline: one short line of dates, optionally "Updated: <date>", and nothing else. */
  private Dateline parseDateline(String p) {
    if (p.length() > 160 || hasOtherWords(p)) return null;
    Matcher updatedMark = UPDATED_MARK.matcher(p);
    String publishedPart = p;
    String updatedPart = null;
    if (updatedMark.find()) {
      publishedPart = p.substring(0, updatedMark.start());
      updatedPart = p.substring(updatedMark.end());
    }
    publishedPart = PUBLISHED_MARK.matcher(publishedPart).replaceFirst("").replaceAll("[\\s|,•·-]+$", "");
    OffsetDateTime published = DateStrings.parse(publishedPart, datelineZone).orElse(null);
    OffsetDateTime updated = updatedPart == null ? null : DateStrings.parse(updatedPart, datelineZone).orElse(null);
    if (published == null && updated == null) return null;
    // "Updated: <date>" alone says when the page changed, not when it first appeared.
    return new Dateline(published == null ? updated : published, published == null ? null : updated);
  }

  private record Dateline(OffsetDateTime published, OffsetDateTime updated) {}

  private static boolean hasOtherWords(String p) {
    int others = 0;
    for (String word : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty() || DATELINE_WORDS.contains(word) || DateStrings.month(word) != null) continue;
      others++;
    }
    return others > 0;
  }

  private static boolean isHeadlineLike(String p) {
    String s = p.strip();
    return !s.endsWith(".") && s.split("\\s+").length <= MAX_HEADLINE_WORDS;
  }

  /** The first sentence, without a closing full stop, cut at a word if very long. */
  static String titleFrom(String paragraph) {
    String sentence = SENTENCE_END.split(paragraph.strip(), 2)[0].strip();
    if (sentence.endsWith(".") && !sentence.endsWith("..")) sentence = sentence.substring(0, sentence.length() - 1);
    if (sentence.length() <= MAX_DERIVED_TITLE) return sentence;
    int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE);
    return sentence.substring(0, cut > 0 ? cut : MAX_DERIVED_TITLE) + "…";
  }

  private static boolean isLabel(String p) {
    return isAllCaps(p) && p.length() <= MAX_LABEL_CHARS && !p.endsWith(".")
        && p.strip().split("\\s+").length <= MAX_LABEL_WORDS;
  }

  /** At least two letters, none lower case. */
  static boolean isAllCaps(String p) {
    int letters = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }
}
