package org.crosscheck.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.model.Article;

/**
 * Features from the text alone: content terms (headline counted {@code titleWeight} times) and, as
 * a stand-in for an entity annotator, capitalised names. A name is a run of capitalised words
 * inside a sentence ("Warren Jeffs", "Oskil River"); the run and each of its words count, so
 * "Jeffs" alone still matches "Warren Jeffs". A capitalised word opening a sentence counts only
 * when the text also capitalises it mid-sentence. Lines written mostly in capitals or title case
 * (section labels, title-case headlines) give no names; a headline in sentence case does, as it
 * names who the report is about. Days and months are not names. Numbers of two or more digits
 * ("2008", "9-14", "5.2", "81st") and weekdays (not one opening a name: "Friday Ekpo") are kept
 * apart, clock times left out: look-alike events share words but rarely their figures or their
 * day. No places: a geoparser adds those.
 */
public final class TextFeatureExtractor implements FeatureExtractor {
  /** A figure not glued to letters: "1,000", "5.2", "9-14", "81st"; not "G8" or "mp3". */
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)*(?:-\\d+)*(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])");

  /**
   * Days and months are capitalised but name no one: every report dated on a Sunday would share a
   * "name" with every other, which blurs who a story is about.
   */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** A weekday as a text names it ("on Sunday", "Thursday's quake"). */
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

  /** The capitalised word right after a weekday: a name goes on ("Friday Ekpo", "the Sunday Times"), a date may ("Tuesday March 3"). */
  private static final Pattern NEXT_CAPITALISED = Pattern.compile(" (\\p{Lu}\\p{L}*)");

  /** "11:06", "2: 30", "5:59:13": times of day, as wire stamps and datelines write them. */
  private static final Pattern CLOCK_TIME = Pattern.compile("(?<![\\p{N}.,])\\d{1,2}\\s?:\\s?\\d{2}(?:\\s?:\\s?\\d{2})?(?!\\p{N})");

  /** A figure and the lower-case word right after it: "4.6 magnitude", "a 4.6-magnitude quake", "12 people". */
  private static final Pattern FIGURE_THEN_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.,-])(\\d+(?:[.,]\\d+)*)(?:\\s*-\\s*|\\s+)(\\p{Ll}{3,})");

  /** A lower-case word and the figure right after it: "magnitude 4.4", "magnitude-5.2", "killed 12". */
  private static final Pattern WORD_THEN_FIGURE = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}{3,})(?:\\s*-\\s*|\\s+)(\\d+(?:[.,]\\d+)*)(?![\\p{L}\\p{N}]|[.,]\\d|-\\d)");

  /** Words that stand before or after a figure without saying what it measures ("at least 12", "every 500"). */
  private static final Set<String> QUANTIFIERS = Set.of("least", "around", "nearly", "almost", "roughly", "approximately", "some",
      "per", "every", "another", "only", "just", "top", "past", "next", "last", "first", "including", "total", "estimated",
      "reported", "said", "saying", "than", "over", "under", "about", "more", "less", "fewer");

  private final Tokenizer tokenizer;
  private final double titleWeight;
  private final Function<String, String> languageOf;

  /**
   * @param languageOf the language a text is written in (ISO 639-1), or {@code null} when unsure:
   *     what tells the clusterer a report is in another language than its story
   */
  public TextFeatureExtractor(Tokenizer tokenizer, double titleWeight, Function<String, String> languageOf) {
    this.tokenizer = tokenizer;
    this.titleWeight = titleWeight;
    this.languageOf = languageOf;
  }

  /**
   * English tokens and stop words, the language guessed from the text as the analysis guesses it
   * (a declared language is not trusted: pages often declare their site's).
   */
  public static TextFeatureExtractor english() {
    return new TextFeatureExtractor(Tokenizer.english(), 2.0, LanguageGuesser.defaults()::guess);
  }

  @Override
  public ArticleFeatures extract(Article a) {
    Map<String, Double> terms = new HashMap<>();
    for (String t : tokenizer.terms(a.title())) terms.merge(t, titleWeight, Double::sum);
    if (a.description() != null) for (String t : tokenizer.terms(a.description())) terms.merge(t, 1.0, Double::sum);
    String body = a.text();
    for (String t : tokenizer.terms(body)) terms.merge(t, 1.0, Double::sum);
    String nameText = a.description() == null ? body : a.description() + "\n" + body;
    Instant time = a.published() != null ? a.published().toInstant() : null;
    Map<String, Double> numbers = numbers(a.title());
    numbers(nameText).forEach((k, c) -> numbers.merge(k, c, Double::sum));
    measures(a.title() + "\n" + nameText).forEach((k, c) -> numbers.merge(k, c, Double::sum));
    return new ArticleFeatures(a.id(), a.title(), Outlets.named(a), time, terms, names(a.title() + "\n" + nameText), Map.of(), numbers,
        languageOf.apply(body));
  }

  /**
   * The entity key this extractor gives a name as typed ("Oskil River" gives "oskil river"), so a
   * person can filter stories by the names they hold.
   */
  public static String nameKey(String name) {
    StringBuilder key = new StringBuilder();
    for (String w : name.strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
      if (w.isEmpty()) continue;
      if (key.length() > 0) key.append(' ');
      key.append(Tokenizer.stem(w));
    }
    return key.toString();
  }

  /**
   * The story's name keys ({@link Story#topEntities()}, folded for matching: "hawa ahmed guelleh",
   * "défense") as the texts write them ("Hawa Ahmed Guelleh", "Défense"): for each key, the spelling
   * the texts use most for a capitalised run or word giving that key, the first seen on a tie. Keys
   * no text gives are left out, and so is a one-word key the texts also write in lower case: a common
   * word capitalised only where it opens a sentence (the Ukrainian "Вони", "they"), in a language
   * whose stopwords the tokenizer does not know. For listing a story none of whose reports was analysed.
   */
  public List<String> namesAsWritten(List<String> keys, List<String> texts) {
    Set<String> wanted = new HashSet<>(keys);
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    Set<String> writtenLower = new HashSet<>();
    for (String text : texts) {
      for (String line : text.split("\\n+")) {
        List<String> run = new ArrayList<>();
        int[] lastEnd = {-1};
        tokenizer.forEachWord(line, (word, start, end) -> {
          boolean adjacent = lastEnd[0] >= 0 && isSpaceOnly(line, lastEnd[0], start);
          String lower = word.toLowerCase(Locale.ROOT);
          if (Character.isLowerCase(word.charAt(0))) writtenLower.add(nameKey(word));
          boolean name = Character.isUpperCase(word.charAt(0)) && word.length() > 1 && !tokenizer.isStopword(lower)
              && !CALENDAR.contains(lower);
          if (!(name && (adjacent || run.isEmpty()))) spell(run, wanted, spellings);
          if (name) run.add(word);
          lastEnd[0] = end;
        });
        spell(run, wanted, spellings);
      }
    }
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      Map<String, Integer> counts = spellings.get(key);
      if (counts == null || writtenLower.contains(key)) continue;
      String best = null;
      for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
      out.add(best);
    }
    return out;
  }

  /** Counts the spelling of a run of capitalised words, of each of its words and of each part of it a key wants. */
  private static void spell(List<String> run, Set<String> wanted, Map<String, Map<String, Integer>> spellings) {
    for (int from = 0; from < run.size(); from++) {
      for (int to = from + 1; to <= run.size(); to++) {
        String written = String.join(" ", run.subList(from, to));
        String key = nameKey(written);
        if (wanted.contains(key)) spellings.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(written, 1, Integer::sum);
      }
    }
    run.clear();
  }

  /**
   * Counts of the figures in {@code text}: thousands separators dropped, one-digit numbers and
   * clock times skipped (every report has a time stamp; it tells nothing of the event); and of
   * the weekdays it names, under {@link ArticleFeatures#WEEKDAY}: look-alike events rarely fall
   * on the same day.
   */
  static Map<String, Double> numbers(String text) {
    Map<String, Double> out = new HashMap<>();
    Matcher m = NUMBER.matcher(CLOCK_TIME.matcher(text).replaceAll(" "));
    while (m.find()) {
      String key = m.group().replace(",", "");
      if (key.length() > 1) out.merge(key, 1.0, Double::sum);
    }
    Matcher day = WEEKDAY.matcher(text);
    while (day.find()) {
      if (!nameGoesOn(text, day.end())) out.merge(ArticleFeatures.WEEKDAY + day.group().toLowerCase(Locale.ROOT), 1.0, Double::sum);
    }
    return out;
  }

  /**
   * Counts of the figures {@code text} states with the word that tells what they measure, under
   * {@link ArticleFeatures#MEASURE} ("measure:magnitude=4.4" from "magnitude 4.4" and from "a 4.4
   * magnitude quake", "measure:killed=12" from "killed 12", plurals folded): two look-alike events
   * state the same measure with other values. One-digit figures count here ("killed 3"); years and
   * clock times do not, nor stop words and quantifiers ("in 2008", "at least 40").
   */
  Map<String, Double> measures(String text) {
    String plain = CLOCK_TIME.matcher(text).replaceAll(" ");
    Map<String, Double> out = new HashMap<>();
    Matcher after = FIGURE_THEN_WORD.matcher(plain);
    while (after.find()) addMeasure(after.group(2), after.group(1), out);
    Matcher before = WORD_THEN_FIGURE.matcher(plain);
    while (before.find()) addMeasure(before.group(1), before.group(2), out);
    return out;
  }

  private void addMeasure(String word, String figure, Map<String, Double> out) {
    String value = figure.replace(",", "");
    if (tokenizer.isStopword(word) || QUANTIFIERS.contains(word) || CALENDAR.contains(word) || looksLikeYear(value)) return;
    out.merge(ArticleFeatures.MEASURE + Tokenizer.stem(word) + "=" + value, 1.0, Double::sum);
  }

  private static boolean looksLikeYear(String value) {
    return value.length() == 4 && (value.startsWith("18") || value.startsWith("19") || value.startsWith("20"));
  }

  /** Whether a capitalised word other than a month or a day follows {@code at}. */
  private static boolean nameGoesOn(String text, int at) {
    Matcher next = NEXT_CAPITALISED.matcher(text).region(at, text.length());
    return next.lookingAt() && !CALENDAR.contains(next.group(1).toLowerCase(Locale.ROOT));
  }

  /** Capitalised-name counts, as described on the class. */
  Map<String, Double> names(String text) {
    List<List<String>> runs = new ArrayList<>();
    List<String> openers = new ArrayList<>();
    Set<String> midSentence = new HashSet<>();
    for (String line : text.split("\\n+")) {
      if (isHeadlineCase(line)) continue;
      for (String sentence : line.split("(?<=[.!?:;\"”])\\s+(?=[\\p{Lu}\"“‘'(])")) collectRuns(sentence, runs, openers, midSentence);
    }
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      List<String> run = runs.get(i);
      String opener = openers.get(i);
      if (opener != null && !midSentence.contains(opener)) run = run.subList(1, run.size());
      if (run.isEmpty()) continue;
      if (run.size() > 1) out.merge(String.join(" ", run), 1.0, Double::sum);
      for (String w : run) out.merge(w, 1.0, Double::sum);
    }
    return out;
  }

  private void collectRuns(String sentence, List<List<String>> runs, List<String> openers, Set<String> midSentence) {
    List<String> run = new ArrayList<>();
    boolean[] runAtStart = {false};
    int[] position = {0};
    int[] lastEnd = {-1};
    tokenizer.forEachWord(sentence, (word, start, end) -> {
      boolean adjacent = lastEnd[0] >= 0 && isSpaceOnly(sentence, lastEnd[0], start);
      boolean capital = Character.isUpperCase(word.charAt(0)) && word.length() > 1;
      String lower = word.toLowerCase(Locale.ROOT);
      boolean name = capital && !tokenizer.isStopword(lower) && !isShouting(word) && !CALENDAR.contains(lower);
      if (!(name && (adjacent || run.isEmpty()))) flush(run, runAtStart[0], runs, openers);
      if (name) {
        if (run.isEmpty()) runAtStart[0] = position[0] == 0;
        run.add(Tokenizer.stem(lower));
        if (position[0] > 0) midSentence.add(Tokenizer.stem(lower));
      }
      position[0]++;
      lastEnd[0] = end;
    });
    flush(run, runAtStart[0], runs, openers);
  }

  private static void flush(List<String> run, boolean atStart, List<List<String>> runs, List<String> openers) {
    if (run.isEmpty()) return;
    runs.add(List.copyOf(run));
    openers.add(atStart ? run.getFirst() : null);
    run.clear();
  }

  private static boolean isSpaceOnly(String s, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
    return true;
  }

  /** Long words in capitals are emphasis or headline text, not names; short ones are acronyms. */
  private static boolean isShouting(String word) {
    return word.length() > 5 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private boolean isHeadlineCase(String line) {
    int words = 0;
    int capitals = 0;
    for (String w : line.split("\\s+")) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
      words++;
      if (Character.isUpperCase(w.charAt(0)) || tokenizer.isStopword(w.toLowerCase(Locale.ROOT))) capitals++;
    }
    return words >= 3 && capitals >= words * 0.85;
  }
}
