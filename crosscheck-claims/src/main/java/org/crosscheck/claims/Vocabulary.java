package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.resources.DataFiles;

/**
 * The words claims are read with, from the data files: trigger phrases by class ({@code
 * lexicon.tsv}), speech verbs ({@code speech.tsv}), claim nouns ({@code claimnouns.tsv}), unit and
 * weapon nouns ({@code unitnouns.tsv}), the words that make an unknown name a place or not ({@code
 * placewords.tsv}), state institutions and forces ({@code statenouns.tsv}), attack, repel, gain and
 * loss words generated from WordNet ({@code wordnet.tsv}), counted nouns and
 * approximations ({@code quantities.tsv}). Phrases match as whole
 * words, case-insensitively, longest first; a word of a phrase may stand in scare quotes (the
 * “liberation” of).
 */
public final class Vocabulary {

  /** A phrase found in a text. */
  public record Hit(int start, int end, String phrase) {}

  /** Finite auxiliaries: no source's description runs on through one. */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would");
  /** Words before a name that say where a described source sits ("the ministry in Lakeside"). */
  private static final Set<String> LOCATING_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside");

  private final Map<String, PhraseFinder> classes = new HashMap<>();
  private final Map<String, List<String>> phrasesOf = new HashMap<>();
  private final Map<String, String> unitCategory = new HashMap<>();
  private final Map<String, Long> numberWords = new HashMap<>();
  private final Map<String, long[]> vague = new LinkedHashMap<>();
  private final Pattern units;
  private final PhraseFinder unitFinder;
  private final Map<String, Pattern> fates = new LinkedHashMap<>();
  private final PhraseFinder fateFinder;
  private final PhraseFinder amountWordFinder;
  private final Set<String> persons;
  private final Set<String> vehicles;
  private final Pattern approx;
  /** "an entire wave of", "a number of": a counting noun, with a word before it, and "of", opening a described source. */
  private final Pattern quantityHead;

  private Vocabulary(Map<String, List<String>> lexicon, Map<String, List<String>> quantities) {
    lexicon.forEach((cls, phrases) -> {
      classes.put(cls, PhraseFinder.wordsInAnyCase(Vocabulary::alternation, phrases));
      phrasesOf.put(cls, List.copyOf(phrases));
    });
    persons = Set.copyOf(lexicon.getOrDefault("personkind", List.of()));
    vehicles = Set.copyOf(lexicon.getOrDefault("vehiclekind", List.of()));
    List<String> allUnits = new ArrayList<>();
    for (String line : quantities.getOrDefault("unit", List.of())) {
      String[] parts = line.split("\t", 2);
      for (String noun : parts[1].split("\\|")) {
        unitCategory.put(noun.toLowerCase(Locale.ROOT), parts[0]);
        allUnits.add(noun);
      }
    }
    units = alternation(allUnits);
    unitFinder = PhraseFinder.wordsInAnyCase(Vocabulary::alternation, allUnits);
    List<String> allFates = new ArrayList<>();
    for (String line : quantities.getOrDefault("fate", List.of())) {
      String[] parts = line.split("\t", 2);
      List<String> words = List.of(parts[1].split("\\|"));
      fates.put(parts[0], alternation(words));
      allFates.addAll(words);
    }
    fateFinder = PhraseFinder.wordsInAnyCase(Vocabulary::alternation, allFates);
    quantityHead = Pattern.compile("(?:\\p{Ll}+\\s+)?" + regex("quantityhead") + "\\s+of\\s+");
    approx = alternation(quantities.getOrDefault("approx", List.of()).stream()
        .flatMap(l -> List.of(l.split("\\|")).stream()).toList());
    for (String line : quantities.getOrDefault("number", List.of())) {
      for (String pair : line.split("\\|")) {
        String[] kv = pair.split("=");
        numberWords.put(kv[0], Long.parseLong(kv[1]));
      }
    }
    for (String line : quantities.getOrDefault("vague", List.of())) {
      for (String pair : line.split("\\|")) {
        String[] kv = pair.split("=");
        String[] range = kv[1].split("\\.\\.");
        vague.put(kv[0], new long[] {Long.parseLong(range[0]), Long.parseLong(range[1])});
      }
    }
    List<String> amountWords = new ArrayList<>(numberWords.keySet());
    amountWords.addAll(vague.keySet());
    amountWordFinder = PhraseFinder.wordsInAnyCase(Vocabulary::alternation, amountWords);
  }

  /** The files of phrase classes shipped with the module, all in the lexicon's format. */
  private static final List<String> CLASS_FILES = List.of("lexicon.tsv", "speech.tsv", "claimnouns.tsv", "unitnouns.tsv",
      "placewords.tsv", "statenouns.tsv", "wordnet.tsv");

  /** The vocabulary shipped with the module. */
  public static Vocabulary standard() {
    Map<String, List<String>> lexicon = new LinkedHashMap<>();
    for (String file : CLASS_FILES) {
      read(file, false).forEach((cls, phrases) -> lexicon.computeIfAbsent(cls, k -> new ArrayList<>()).addAll(phrases));
    }
    return new Vocabulary(lexicon, read("quantities.tsv", true));
  }

  /** Every phrase of a class in {@code text[from, to)}, in text order. */
  public List<Hit> find(String cls, String text, int from, int to) {
    return finder(cls).find(text, from, to);
  }

  /** The first phrase of a class in {@code text[from, to)}. */
  public Optional<Hit> first(String cls, String text, int from, int to) {
    return finder(cls).first(text, Math.max(0, from), Math.min(text.length(), to));
  }

  /** The phrases of several classes, to look for any of them at once. */
  PhraseFinder finder(String... names) {
    if (names.length == 1) {
      PhraseFinder f = classes.get(names[0]);
      if (f == null) throw new IllegalArgumentException("no vocabulary class '" + names[0] + "'");
      return f;
    }
    List<String> all = gathered(names);
    return PhraseFinder.wordsInAnyCase(Vocabulary::alternation, all);
  }

  /** One pattern for the phrases of several classes, whole words in any case. */
  public Pattern union(String... names) {
    return alternation(gathered(names));
  }

  /** The phrases of several classes, in class order. */
  private List<String> gathered(String... names) {
    List<String> all = new ArrayList<>();
    for (String cls : names) all.addAll(phrases(cls));
    return all;
  }

  /** The phrases of several classes as a regular expression to build into a larger one; it matches in any case. */
  public String regex(String... names) {
    return "(?iu:" + union(names).pattern() + ")";
  }

  /**
   * The phrases of several classes as a regular expression matching them as written, case included
   * (their spaces and "*" read as {@link #regex} reads them), to build into a larger case-sensitive
   * one; it adds no word boundaries.
   */
  public String regexAsWritten(String... names) {
    return PhraseAlternation.of(gathered(names), Vocabulary::phraseRegex, false);
  }

  /** Whether {@code word} is, exactly as written (case included), one of the class's phrases. */
  public boolean isExactly(String cls, String word) {
    List<String> p = phrasesOf.get(cls);
    if (p == null) throw new IllegalArgumentException("no vocabulary class '" + cls + "'");
    return p.contains(word);
  }

  /** Whether a lower-case noun names a kind of person (WordNet's, {@code wordnet.tsv}): "miners", "inmates". */
  public boolean isPerson(String noun) {
    return persons.contains(noun);
  }

  /** Whether a lower-case noun names a kind of vehicle or vessel (WordNet's, {@code wordnet.tsv}): "tractors", "canoes". */
  public boolean isVehicle(String noun) {
    return vehicles.contains(noun);
  }

  /** The phrases of a class as written in its file. */
  public List<String> phrases(String cls) {
    List<String> p = phrasesOf.get(cls);
    if (p == null) throw new IllegalArgumentException("no vocabulary class '" + cls + "'");
    return List.copyOf(p);
  }

  /** Whether {@code text} holds a phrase of the class. */
  public boolean contains(String cls, String text) {
    return first(cls, text, 0, text.length()).isPresent();
  }

  /** " who reached X" after a source's noun; lower case only, so that the acronym ("senior WHO officials") stays in the source. */
  private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?<=\\p{L})\\s+who\\s.*$");
  /**
   * A joint a speaker was read with ("and the rebels"), lower case only: a sentence's opening "But" is kept, since without
   * it the name search below would cut "two residents of X" down to the place X.
   */
  private static final Pattern LEADING_JOINT = Pattern.compile("^(?:and|but|while|whereas|or)\\s+");
  // Compiled once: described sources are read for every attributed sentence.
  private static final Pattern LEADING_DETERMINER = Pattern.compile("(?i)^(the|a|an|his|her|its|their|our|my|your)\\s+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.]+$");
  private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s$");

  /**
   * A described source as a listing should name it: from its first capitalised word when it has
   * one, without a leading article, and without the words a clause left after its noun
   * ("Ukraine's military vehemently" → "Ukraine's military").
   */
  public String describedSource(String words) {
    // "His generals said": a possessive pronoun names no one here ("his" may be anyone), so the source is the generals.
    // "the ministry said, and the rebels say": the joint the speaker was read with is no part of its name.
    String bare = LEADING_DETERMINER.matcher(LEADING_JOINT.matcher(words.strip()).replaceFirst("")).replaceFirst("");
    // "a farmer who reached Lakeside": the relative clause tells what the source did, and a name in it is no source.
    bare = RELATIVE_CLAUSE.matcher(bare).replaceFirst("");
    // "an entire wave of messages": the wave counts the messages, it says nothing; who speaks is what it gathers.
    Matcher gathered = quantityHead.matcher(bare);
    if (gathered.lookingAt() && gathered.end() < bare.length()) bare = bare.substring(gathered.end());
    List<String> kept = new ArrayList<>(List.of(WHITESPACE.split(bare)));
    // "a history Ukrainian officials say ...": the clause before a named source is not part of it.
    // A day or month is no name ("the defence ministry on Friday") unless a name goes on ("the Sunday Herald").
    int named = 0;
    while (named < kept.size() && (!Character.isUpperCase(kept.get(named).charAt(0)) || dateWordAlone(kept, named))) named++;
    // "the defence ministry in Lakeside": a name after a preposition says where the source sits.
    if (named > 0 && named < kept.size() && !LOCATING_PREPOSITIONS.contains(kept.get(named - 1).toLowerCase(Locale.ROOT))) {
      kept.subList(0, named).clear();
    }
    // "bloggers have in recent days": a description ends before its verb's auxiliary.
    for (int i = 1; i < kept.size(); i++) {
      if (AUXILIARIES.contains(kept.get(i).toLowerCase(Locale.ROOT))) {
        kept.subList(i, kept.size()).clear();
        break;
      }
    }
    while (kept.size() > 1) {
      String last = TRAILING_PUNCTUATION.matcher(kept.get(kept.size() - 1)).replaceAll("");
      // "the General Staff on Friday": a day or month after a preposition dates the act, it names no one.
      if (kept.size() > 2 && contains("dayname", last) && contains("sourcetail", kept.get(kept.size() - 2))) {
        kept.remove(kept.size() - 1);
        continue;
      }
      boolean adverb = last.length() > 4 && last.endsWith("ly") && last.equals(last.toLowerCase(Locale.ROOT)) && !contains("lynoun", last);
      if (!adverb && !contains("sourcetail", last)) break;
      kept.remove(kept.size() - 1);
    }
    // "Ukraine's recapture": a possessive left alone names its owner.
    if (kept.size() == 1) kept.set(0, POSSESSIVE_S.matcher(kept.get(0)).replaceFirst(""));
    return String.join(" ", kept);
  }
  private boolean dateWordAlone(List<String> words, int i) {
    boolean nameGoesOn = i + 1 < words.size() && Character.isUpperCase(words.get(i + 1).charAt(0));
    return !nameGoesOn && contains("dayname", TRAILING_PUNCTUATION.matcher(words.get(i)).replaceAll(""));
  }


  Pattern units() {
    return units;
  }

  /** The counted nouns of {@link #units()}, to look for fast. */
  PhraseFinder unitFinder() {
    return unitFinder;
  }

  Pattern approximations() {
    return approx;
  }

  /** What may befall counted people, by the category it puts them in (casualties, prisoners). */
  Map<String, Pattern> fates() {
    return fates;
  }

  /** The words of every fate, to look for fast. */
  PhraseFinder fateFinder() {
    return fateFinder;
  }

  String unitCategory(String noun) {
    return unitCategory.get(noun.toLowerCase(Locale.ROOT));
  }

  Long numberWord(String word) {
    return numberWords.get(word.toLowerCase(Locale.ROOT));
  }

  /** The number words and vague amounts, to look for fast. */
  PhraseFinder amountWordFinder() {
    return amountWordFinder;
  }

  Map<String, long[]> vagueAmounts() {
    return vague;
  }

  Map<String, Long> numberWords() {
    return numberWords;
  }

  /** A phrase as a regular expression: its spaces any white space (a quote may stand beside one), "*" any one word. */
  private static String phraseRegex(String phrase) {
    return Pattern.quote(phrase).replace(" ", "\\E[\"“”‘]?\\s+[\"“”‘]?\\Q").replace("*", "\\E[\\p{L}'’-]+\\Q");
  }

  private static Pattern alternation(List<String> phrases) {
    String words = PhraseAlternation.of(phrases, Vocabulary::phraseRegex, true);
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The phrase classes of a data file in the lexicon's format, each as one pattern (whole words, any case), in file order. */
  static Map<String, Pattern> patterns(String resource) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    read(resource, false).forEach((cls, phrases) -> out.put(cls, alternation(phrases)));
    return out;
  }

  /** Reads "class<TAB>a|b|c" lines; with {@code keepTail} the rest of the line is kept whole. */
  private static Map<String, List<String>> read(String resource, boolean keepTail) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\t", 2);
      if (parts.length < 2) throw new IllegalStateException(resource + ": bad line '" + line + "'");
      List<String> list = out.computeIfAbsent(parts[0], k -> new ArrayList<>());
      if (keepTail) list.add(parts[1]);
      else list.addAll(List.of(parts[1].split("\\|")));
    }
    return out;
  }

  /** The non-comment, non-blank lines of a data file next to this class. */
  static List<String> lines(String resource) {
    return DataFiles.lines(Vocabulary.class, resource);
  }
}
