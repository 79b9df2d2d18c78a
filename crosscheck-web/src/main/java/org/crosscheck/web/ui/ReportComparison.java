package org.crosscheck.web.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reports of one story share and what only one of them says: each sentence is marked
 * shared when most of its content words appear together in one sentence of another report, and
 * names (capitalised word runs, or the annotator's entities when given) are split into those
 * several reports name and those only one names.
 */
public final class ReportComparison {
  /** Share of a sentence's content words that one sentence of another report must hold. */
  static final double SHARED_CONTAINMENT = 0.6;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\\p{Lu}\"“‘(\\d])");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}’'-]*)*");
  private static final Set<String> STOP = Set.of("the", "and", "for", "that", "with", "this", "from", "was", "were",
      "are", "has", "have", "had", "its", "their", "his", "her", "but", "not", "been", "said", "says", "will", "would",
      "which", "who", "also", "into", "than", "they", "them", "there", "about", "after", "over", "more", "some");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She",
      "They", "We", "I", "This", "That", "These", "Those", "According", "As", "If", "When", "While", "After", "Before",
      "There", "His", "Her", "Their", "Our", "Its", "For", "By", "From", "With", "Some", "Many", "Only", "Even", "Also");

  /** One report as compared: its sentences per paragraph, each marked shared or not. */
  public record Report(String key, List<List<Sentence>> paragraphs, List<String> onlyHere) {}

  public record Sentence(String text, boolean shared) {}

  /** The result: each report marked up, and the names several reports mention. */
  public record Result(List<Report> reports, List<String> sharedNames) {}

  /** One input: a key (the article id), its paragraphs, and its entity names if annotated (else empty). */
  public record Input(String key, List<String> paragraphs, List<String> names) {}

  public static Result compare(List<Input> inputs) {
    List<List<List<String>>> sentences = new ArrayList<>();
    List<List<Set<String>>> words = new ArrayList<>();
    for (Input in : inputs) {
      List<List<String>> paras = new ArrayList<>();
      List<Set<String>> ws = new ArrayList<>();
      for (String p : in.paragraphs()) {
        List<String> ss = List.of(SENTENCE_END.split(p.strip()));
        paras.add(ss);
        for (String s : ss) ws.add(contentWords(s));
      }
      sentences.add(paras);
      words.add(ws);
    }
    List<Set<String>> names = new ArrayList<>();
    for (Input in : inputs) names.add(in.names().isEmpty() ? capitalisedNames(in.paragraphs()) : keys(in.names()));
    Map<String, Integer> reportsNaming = new LinkedHashMap<>();
    for (Set<String> n : names) for (String k : n) reportsNaming.merge(k, 1, Integer::sum);

    List<Report> reports = new ArrayList<>();
    for (int r = 0; r < inputs.size(); r++) {
      List<List<Sentence>> marked = new ArrayList<>();
      for (List<String> para : sentences.get(r)) {
        List<Sentence> out = new ArrayList<>();
        for (String s : para) out.add(new Sentence(s, sharedElsewhere(contentWords(s), words, r)));
        marked.add(out);
      }
      List<String> only = names.get(r).stream().filter(k -> reportsNaming.get(k) == 1).toList();
      reports.add(new Report(inputs.get(r).key(), marked, only));
    }
    List<String> shared = reportsNaming.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    return new Result(reports, shared);
  }

  private static boolean sharedElsewhere(Set<String> sentence, List<List<Set<String>>> words, int self) {
    if (sentence.size() < 3) return false;
    for (int other = 0; other < words.size(); other++) {
      if (other == self) continue;
      for (Set<String> o : words.get(other)) {
        int common = 0;
        for (String w : sentence) if (o.contains(w)) common++;
        if (common >= SHARED_CONTAINMENT * sentence.size()) return true;
      }
    }
    return false;
  }

  static Set<String> contentWords(String sentence) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
    while (m.find()) if (m.group().length() > 2 && !STOP.contains(m.group())) out.add(m.group());
    return out;
  }

  /** Capitalised runs ("Viktor Trehubov", "General Staff"), without sentence-opening function words. */
  static Set<String> capitalisedNames(List<String> paragraphs) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : paragraphs) {
      Matcher m = NAME.matcher(p);
      while (m.find()) {
        String name = m.group();
        String first = name.split("\\s+")[0];
        if (NOT_NAMES.contains(first)) name = name.substring(first.length()).strip();
        if (name.length() > 2) out.add(name);
      }
    }
    return out;
  }

  private static Set<String> keys(List<String> names) {
    return new LinkedHashSet<>(names);
  }
}
