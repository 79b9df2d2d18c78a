package org.crosscheck.nlp.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the attributor reads by. All words are lower case; a multi-word entry is its
 * words joined by single spaces.
 *
 * @param cues attributing words, longest first
 * @param cueModifiers words that may sit between a source and its cue and belong to the cue
 * @param descriptors role nouns that can name a speaker
 * @param outlets words that make a name an outlet's
 * @param events nouns for occasions of speech
 * @param reports nouns for documents
 * @param grammar closed-class words by role (see grammar.txt)
 * @param firstNames first names and the gender they mark, "m" or "f" (see first-names.txt)
 */
public record Lexicon(
    List<Cue> cues,
    Set<String> cueModifiers,
    Set<String> descriptors,
    Set<String> outlets,
    Set<String> events,
    Set<String> reports,
    Map<String, Set<String>> grammar,
    Map<String, String> firstNames) {

  /** How a cue finds its source. */
  public enum CueKind {
    SUBJECT,
    TELL,
    SOURCE_AFTER
  }

  /** What a cue verb reports, strongest first (see verbs.txt). */
  public enum CueClass {
    SPEECH,
    STANCE,
    BELIEF,
    INTENTION,
    EVIDENCE,
    /** Perception ("see", "know"): attributes only with a person or group as subject. */
    WEAK
  }

  /**
   * One attributing form, as words.
   *
   * @param nounToo whether the form is also a plural noun ("reports", "claims")
   * @param cueClass what the form reports
   */
  public record Cue(List<String> words, CueKind kind, boolean nounToo, CueClass cueClass) {
    public Cue(List<String> words, CueKind kind, boolean nounToo) {
      this(words, kind, nounToo, CueClass.SPEECH);
    }
  }

  public Lexicon {
    cues = cues.stream().sorted(Comparator.comparingInt((Cue c) -> -c.words().size())).toList();
    cueModifiers = Set.copyOf(cueModifiers);
    descriptors = Set.copyOf(descriptors);
    outlets = Set.copyOf(outlets);
    events = Set.copyOf(events);
    reports = Set.copyOf(reports);
    grammar = Map.copyOf(grammar);
    firstNames = Map.copyOf(firstNames);
  }

  /** The lists shipped beside this class. */
  public static Lexicon defaults() {
    List<Cue> cues = new ArrayList<>();
    for (String line : lines("cues.txt")) {
      CueKind kind = CueKind.SUBJECT;
      boolean nounToo = false;
      int bracket = line.indexOf('[');
      String form = bracket < 0 ? line : line.substring(0, bracket).strip();
      for (int b = bracket; b >= 0; b = line.indexOf('[', b + 1)) {
        String tag = line.substring(b + 1, line.indexOf(']', b)).strip();
        switch (tag) {
          case "tell" -> kind = CueKind.TELL;
          case "source-after" -> kind = CueKind.SOURCE_AFTER;
          case "noun-too" -> nounToo = true;
          default -> throw new IllegalStateException("cues.txt: unknown tag [" + tag + "] in: " + line);
        }
      }
      cues.add(new Cue(List.of(form.split(" ")), kind, nounToo));
    }
    cues = withVerbs(cues, lines("verbs.txt"));
    Map<String, Set<String>> grammar = new HashMap<>();
    for (String line : lines("grammar.txt")) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) throw new IllegalStateException("grammar.txt: expected 'role word': " + line);
      grammar.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
    }
    Map<String, String> firstNames = new HashMap<>();
    for (String line : lines("first-names.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2 || !(parts[1].equals("m") || parts[1].equals("f"))) {
        throw new IllegalStateException("first-names.txt: expected 'name m|f': " + line);
      }
      firstNames.put(parts[0], parts[1]);
    }
    return new Lexicon(cues, Set.copyOf(lines("cue-modifiers.txt")), Set.copyOf(lines("descriptors.txt")),
        Set.copyOf(lines("outlets.txt")), Set.copyOf(lines("events.txt")), Set.copyOf(lines("reports.txt")),
        grammar, firstNames);
  }

  /**
   * The cues of cues.txt, given the class verbs.txt states for them, and the inflected forms of
   * the verbs.txt lemmas that cues.txt does not list.
   */
  static List<Cue> withVerbs(List<Cue> cues, List<String> verbLines) {
    Map<String, CueClass> classOf = new HashMap<>();
    Map<String, Boolean> nounOf = new HashMap<>();
    for (String line : verbLines) {
      String[] f = line.split("\\s+");
      if (f.length < 2) throw new IllegalStateException("verbs.txt: expected 'lemma [past] class [noun-too]': " + line);
      boolean nounToo = f[f.length - 1].equals("noun-too");
      int classAt = nounToo ? f.length - 2 : f.length - 1;
      CueClass cueClass = CueClass.valueOf(f[classAt].toUpperCase(Locale.ROOT));
      String lemma = f[0];
      String past = classAt == 2 ? f[1] : regularPast(lemma);
      // Present forms may be nouns; past and -ing forms are taken as verbs.
      for (String form : List.of(lemma, thirdPerson(lemma))) {
        classOf.putIfAbsent(form, cueClass);
        nounOf.putIfAbsent(form, nounToo);
      }
      for (String form : List.of(past, presentParticiple(lemma, past))) {
        classOf.putIfAbsent(form, cueClass);
        nounOf.putIfAbsent(form, false);
      }
    }
    List<Cue> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Cue c : cues) {
      String form = String.join(" ", c.words());
      listed.add(form);
      out.add(new Cue(c.words(), c.kind(), c.nounToo(), classOf.getOrDefault(form, CueClass.SPEECH)));
    }
    classOf.forEach((form, cueClass) -> {
      if (!listed.contains(form)) out.add(new Cue(List.of(form), CueKind.SUBJECT, nounOf.get(form), cueClass));
    });
    return out;
  }

  static String thirdPerson(String lemma) {
    if (lemma.matches(".*(s|x|z|ch|sh|o)")) return lemma + "es";
    if (lemma.matches(".*[^aeiou]y")) return lemma.substring(0, lemma.length() - 1) + "ies";
    return lemma + "s";
  }

  static String regularPast(String lemma) {
    if (lemma.endsWith("e")) return lemma + "d";
    if (lemma.matches(".*[^aeiou]y")) return lemma.substring(0, lemma.length() - 1) + "ied";
    return lemma + "ed";
  }

  /** "saying", "arguing", "admitting" (from the given past "admitted"), "seeing". */
  static String presentParticiple(String lemma, String past) {
    int n = lemma.length();
    if (past.equals(lemma + lemma.charAt(n - 1) + "ed")) return lemma + lemma.charAt(n - 1) + "ing";
    if (lemma.endsWith("ie")) return lemma.substring(0, n - 2) + "ying";
    if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye") && !lemma.endsWith("oe")) {
      return lemma.substring(0, n - 1) + "ing";
    }
    return lemma + "ing";
  }

  /** The words with this grammatical role, lower case. */
  Set<String> words(String role) {
    return grammar.getOrDefault(role, Set.of());
  }

  /** Whether a word (any case) has this grammatical role. */
  boolean is(String role, String word) {
    Set<String> words = grammar.getOrDefault(role, Set.of());
    return words.contains(word) || words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> lines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) out.add(t.toLowerCase(Locale.ROOT));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
