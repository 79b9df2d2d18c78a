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
 */
public record Lexicon(
    List<Cue> cues,
    Set<String> cueModifiers,
    Set<String> descriptors,
    Set<String> outlets,
    Set<String> events,
    Set<String> reports,
    Map<String, Set<String>> grammar) {

  /** How a cue finds its source. */
  public enum CueKind {
    SUBJECT,
    TELL,
    SOURCE_AFTER
  }

  /**
   * One attributing form, as words.
   *
   * @param nounToo whether the form is also a plural noun ("reports", "claims")
   */
  public record Cue(List<String> words, CueKind kind, boolean nounToo) {}

  public Lexicon {
    cues = cues.stream().sorted(Comparator.comparingInt((Cue c) -> -c.words().size())).toList();
    cueModifiers = Set.copyOf(cueModifiers);
    descriptors = Set.copyOf(descriptors);
    outlets = Set.copyOf(outlets);
    events = Set.copyOf(events);
    reports = Set.copyOf(reports);
    grammar = Map.copyOf(grammar);
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
    Map<String, Set<String>> grammar = new HashMap<>();
    for (String line : lines("grammar.txt")) {
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2) throw new IllegalStateException("grammar.txt: expected 'role word': " + line);
      grammar.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
    }
    return new Lexicon(cues, Set.copyOf(lines("cue-modifiers.txt")), Set.copyOf(lines("descriptors.txt")),
        Set.copyOf(lines("outlets.txt")), Set.copyOf(lines("events.txt")), Set.copyOf(lines("reports.txt")),
        grammar);
  }

  /** Whether a word (any case) has this grammatical role. */
  boolean is(String role, String word) {
    return grammar.getOrDefault(role, Set.of()).contains(word.toLowerCase(Locale.ROOT));
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
