package org.crosscheck.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.resources.DataFiles;

/**
 * Guesses the language of a text from how often each language's function words occur in it, for
 * inputs that do not state their language. News prose is a third or more function words, so a
 * paragraph or two is enough; a short or mixed text gives {@code null} rather than a guess.
 *
 * <p>Ukrainian and Russian share many function words, so Cyrillic texts are also judged by the
 * letters only one of them uses (і ї є ґ against ы э ъ ё). The word lists are in
 * {@code stopwords.txt} beside this class. Thread-safe.
 */
public final class LanguageGuesser {
  private static final String DEFAULT_WORDS = "stopwords.txt";
  /** Below this many words the counts are too small to trust. */
  private static final int MIN_WORDS = 12;
  /** Reading further than this changes no decision and costs time on long texts. */
  private static final int MAX_WORDS = 1000;
  /** Share of words the best language must explain; prose in a listed language is far above. */
  private static final double MIN_SHARE = 0.12;
  /** How far the best must lead the runner-up, so near-ties (es/pt, nl/de) give no guess. */
  private static final double MIN_LEAD = 1.3;

  private static final String UKRAINIAN_LETTERS = "іїєґ";
  private static final String RUSSIAN_LETTERS = "ыэъё";

  /** Language codes in file order; bit i of a word's mask stands for {@code codes.get(i)}. */
  private final List<String> codes;
  private final boolean[] cyrillicList;
  private final Map<String, Integer> languageMask;

  private LanguageGuesser(Map<String, Set<String>> wordsByLanguage) {
    if (wordsByLanguage.size() > 31) throw new IllegalArgumentException("at most 31 languages");
    this.codes = List.copyOf(wordsByLanguage.keySet());
    this.cyrillicList = new boolean[codes.size()];
    Map<String, Integer> masks = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      Set<String> words = wordsByLanguage.get(codes.get(i));
      cyrillicList[i] = words.stream().filter(LanguageGuesser::isCyrillic).count() * 2 > words.size();
      for (String word : words) masks.merge(word, 1 << i, (a, b) -> a | b);
    }
    this.languageMask = Map.copyOf(masks);
  }

  /** The word lists shipped with Crosscheck (en, de, fr, es, it, pt, nl, pl, ru, uk). */
  public static LanguageGuesser defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    static final LanguageGuesser INSTANCE = loadResource();

    private static LanguageGuesser loadResource() {
      try (Reader in = DataFiles.open(LanguageGuesser.class, DEFAULT_WORDS)) {
        return parse(DEFAULT_WORDS, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads word lists in the format of the default file ({@code code: word word ...}).
   *
   * @throws IllegalArgumentException naming a line without a language code
   */
  public static LanguageGuesser parse(String name, Reader text) throws IOException {
    Map<String, Set<String>> words = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(text);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) continue;
      int colon = stripped.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException(name + ":" + number + ": expected 'code: words', got: " + line);
      }
      String code = stripped.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String[] list = stripped.substring(colon + 1).strip().toLowerCase(Locale.ROOT).split("\\s+");
      words.put(code, Set.of(distinct(list)));
    }
    return new LanguageGuesser(words);
  }

  private static String[] distinct(String[] words) {
    return Arrays.stream(words).distinct().toArray(String[]::new);
  }

  /** The languages this guesser can name. */
  public Set<String> languages() {
    return new LinkedHashSet<>(codes);
  }

  /** The ISO 639-1 code of the text's language, or {@code null} when too short or unsure. */
  public String guess(String text) {
    if (text == null) return null;
    int[] hits = new int[codes.size()];
    int words = 0;
    int cyrillicWords = 0;
    int start = -1;
    int i = 0;
    for (; i <= text.length() && words < MAX_WORDS; i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) start = i;
      if (letter || start < 0) continue;
      String word = text.substring(start, i).toLowerCase(Locale.ROOT);
      start = -1;
      words++;
      if (isCyrillic(word)) cyrillicWords++;
      Integer mask = languageMask.get(word);
      if (mask == null) continue;
      for (int l = 0; l < hits.length; l++) {
        if ((mask & (1 << l)) != 0) hits[l]++;
      }
    }
    if (words < MIN_WORDS) return null;
    boolean cyrillic = cyrillicWords * 2 > words;
    Map<String, Integer> candidates = new HashMap<>();
    for (int l = 0; l < hits.length; l++) {
      if (cyrillicList[l] == cyrillic) candidates.put(codes.get(l), hits[l]);
    }
    if (cyrillic) adjustByLetters(text.substring(0, Math.min(i, text.length())), candidates);

    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (var entry : candidates.entrySet()) {
      int count = entry.getValue();
      if (count > bestHits) {
        secondHits = bestHits;
        bestHits = count;
        best = entry.getKey();
      } else if (count > secondHits) {
        secondHits = count;
      }
    }
    if (best == null || bestHits < MIN_SHARE * words) return null;
    if (bestHits < MIN_LEAD * secondHits) return null;
    return best;
  }

  /**
   * The letters are stronger evidence than the shared words, so a text with Ukrainian-only
   * letters and none of Russia's loses its Russian count, and the other way round.
   */
  private static void adjustByLetters(String text, Map<String, Integer> hits) {
    int uk = countOf(text, UKRAINIAN_LETTERS);
    int ru = countOf(text, RUSSIAN_LETTERS);
    if (uk >= 3 && ru * 5 <= uk) hits.computeIfPresent("ru", (k, v) -> 0);
    if (ru >= 3 && uk * 5 <= ru) hits.computeIfPresent("uk", (k, v) -> 0);
  }

  private static int countOf(String text, String letters) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) count++;
    }
    return count;
  }

  private static boolean isCyrillic(String word) {
    return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }
}
