package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.resources.DataFiles;
import org.jsoup.nodes.Element;

/**
 * The word lists extraction judges elements and paragraphs by, read from the data files beside
 * this class so they can be tuned without touching code.
 *
 * @param boilerplateWords class/id name parts that mark page furniture (menus, share bars, ads)
 * @param strongBoilerplateWords the subset that wins even against a content word in the same name
 * @param contentWords class/id name parts that mark article text
 * @param boilerplatePhrases patterns for paragraphs that are captions, sign-up or privacy notices
 * @param paywallPhrases patterns for subscribe prompts that, with little text, mark a paywall stub
 */
public record ExtractionVocabulary(
    Set<String> boilerplateWords,
    Set<String> strongBoilerplateWords,
    Set<String> contentWords,
    List<Pattern> boilerplatePhrases,
    List<Pattern> paywallPhrases) {

  /** How an element's class and id names lean. */
  public enum Hint { BOILERPLATE, STRONG_BOILERPLATE, CONTENT, NONE }

  public ExtractionVocabulary {
    boilerplateWords = Set.copyOf(boilerplateWords);
    strongBoilerplateWords = Set.copyOf(strongBoilerplateWords);
    contentWords = Set.copyOf(contentWords);
    boilerplatePhrases = List.copyOf(boilerplatePhrases);
    paywallPhrases = List.copyOf(paywallPhrases);
  }

  private static final class Defaults {
    static final ExtractionVocabulary INSTANCE = load();
  }

  /** The lists shipped in the jar. */
  public static ExtractionVocabulary defaults() {
    return Defaults.INSTANCE;
  }

  private static ExtractionVocabulary load() {
    Set<String> weak = new HashSet<>();
    Set<String> strong = new HashSet<>();
    for (String word : lines("boilerplate-hints.txt")) {
      if (word.startsWith("!")) {
        strong.add(word.substring(1));
        weak.add(word.substring(1));
      } else {
        weak.add(word);
      }
    }
    return new ExtractionVocabulary(weak, strong, Set.copyOf(lines("content-hints.txt")),
        patterns("boilerplate-phrases.txt"), patterns("paywall-phrases.txt"));
  }

  /** Classifies an element by the parts of its class and id names. Strong boilerplate wins. */
  public Hint hint(Element element) {
    String names = element.className() + " " + element.id();
    if (names.isBlank()) return Hint.NONE;
    boolean boilerplate = false;
    boolean content = false;
    for (String part : nameParts(names)) {
      if (strongBoilerplateWords.contains(part) || startsWithStrongWord(part)) return Hint.STRONG_BOILERPLATE;
      boilerplate |= boilerplateWords.contains(part);
      content |= contentWords.contains(part);
    }
    if (content) return Hint.CONTENT;
    return boilerplate ? Hint.BOILERPLATE : Hint.NONE;
  }

  /**
   * Compound names without separators ("relatedposts", "sharebuttons") start with the word that
   * matters. Only words of six letters or more count, so "comment" does not catch "commentary"
   * (a leading word must be followed by something other than "ary").
   */
  private boolean startsWithStrongWord(String part) {
    if (part.length() < 8) return false;
    for (String word : strongBoilerplateWords) {
      if (word.length() >= 6 && part.startsWith(word) && !part.startsWith(word + "ary")) return true;
    }
    return false;
  }

  /** True when a short paragraph is a caption, credit, sign-up, privacy or share line. */
  public boolean isBoilerplatePhrase(String paragraph) {
    if (paragraph.length() > 300) return false;
    for (Pattern p : boilerplatePhrases) {
      if (p.matcher(paragraph).find()) return true;
    }
    return false;
  }

  public boolean isPaywallPrompt(String text) {
    for (Pattern p : paywallPhrases) {
      if (p.matcher(text).find()) return true;
    }
    return false;
  }

  /** "post-shareBar main_text" gives post, share, bar, main, text. */
  static List<String> nameParts(String names) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      boolean split = !Character.isLetterOrDigit(c)
          || (Character.isUpperCase(c) && Character.isLowerCase(previous));
      if (split && !part.isEmpty()) {
        parts.add(part.toString().toLowerCase(Locale.ROOT));
        part.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) part.append(c);
      previous = c;
    }
    if (!part.isEmpty()) parts.add(part.toString().toLowerCase(Locale.ROOT));
    return parts;
  }

  private static List<Pattern> patterns(String resource) {
    return lines(resource).stream()
        .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE))
        .toList();
  }

  private static List<String> lines(String resource) {
    return DataFiles.lines(ExtractionVocabulary.class, resource);
  }

}
