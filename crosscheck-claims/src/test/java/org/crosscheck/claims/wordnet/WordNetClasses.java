package org.crosscheck.claims.wordnet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Generates the word classes of {@code wordnet.tsv} from WordNet 3.1: for each class, the named
 * senses with their synonyms and every hyponym below them, less the hand-reviewed stop lemmas
 * (senses that are not violent or military) and forms, each lemma in every inflected form (regular rules,
 * WordNet's exception lists for irregular ones). A verb's base and -s forms are left out when they
 * are also a noun ("shells", "storm"): as nouns they claim nothing. The roots and stop lists are in
 * {@code roots.tsv} beside this class. Rerun after changing them:
 *
 * <pre>WordNetClasses crosscheck-claims/src/main/resources/org/crosscheck/claims/wordnet.tsv</pre>
 */
public final class WordNetClasses {

  private static final int PER_LINE = 16;

  private final Dictionary wordnet;
  private final Map<POS, Map<String, Set<String>>> irregular = new HashMap<>();

  public WordNetClasses(Dictionary wordnet) throws JWNLException {
    this.wordnet = wordnet;
    for (POS pos : List.of(POS.VERB, POS.NOUN)) {
      Map<String, Set<String>> forms = new HashMap<>();
      for (Iterator<Exc> it = wordnet.getExceptionIterator(pos); it.hasNext(); ) {
        Exc exc = it.next();
        for (String base : exc.getExceptions()) forms.computeIfAbsent(base, k -> new TreeSet<>()).add(exc.getLemma());
      }
      irregular.put(pos, forms);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: WordNetClasses OUTPUT.tsv");
      System.exit(2);
    }
    Files.writeString(Path.of(args[0]), new WordNetClasses(Dictionary.getDefaultResourceInstance()).generate(roots()), StandardCharsets.UTF_8);
  }

  /** The lines of {@code roots.tsv}. */
  public static List<String> roots() throws IOException {
    try (var in = WordNetClasses.class.getResourceAsStream("roots.tsv")) {
      if (in == null) throw new IOException("roots.tsv not found beside WordNetClasses");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The data file for the given roots: a header, then "class<TAB>phrase|phrase..." lines. */
  public String generate(List<String> rootLines) throws JWNLException {
    Map<String, Set<String>> lemmas = new LinkedHashMap<>();
    Map<String, POS> posOf = new LinkedHashMap<>();
    Map<String, Set<String>> stops = new HashMap<>();
    for (String line : rootLines) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length != 4) throw new IllegalArgumentException("roots.tsv: want class, pos, roots|stop, items: '" + line + "'");
      POS pos = POS.getPOSForLabel(f[1]);
      String cls = f[0];
      if (posOf.containsKey(cls) && posOf.get(cls) != pos) throw new IllegalArgumentException("roots.tsv: class " + cls + " mixes parts of speech");
      posOf.put(cls, pos);
      Set<String> into = f[2].equals("stop") ? stops.computeIfAbsent(cls, k -> new TreeSet<>()) : lemmas.computeIfAbsent(cls, k -> new TreeSet<>());
      for (String item : f[3].split("\\|")) {
        if (f[2].equals("stop")) into.add(item);
        else tree(senseSynset(item, pos), into);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Generated from WordNet 3.1 by WordNetClasses (crosscheck-claims/src/test/java/org/crosscheck/claims/wordnet);\n")
        .append("# do not edit: change roots.tsv beside it and rerun. Each class holds the named senses of roots.tsv,\n")
        .append("# their synonyms and hyponyms, less its hand-reviewed stop lemmas, in every inflected form.\n")
        .append("# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See NOTICE for its licence.\n");
    for (Map.Entry<String, Set<String>> e : lemmas.entrySet()) {
      String cls = e.getKey();
      Set<String> forms = new TreeSet<>();
      Set<String> stop = stops.getOrDefault(cls, Set.of());
      for (String lemma : e.getValue()) {
        if (stop.contains(lemma) || !lemma.matches("[a-z][a-z' -]*")) continue;
        forms.addAll(posOf.get(cls) == POS.VERB ? verbForms(lemma) : nounForms(lemma));
      }
      forms.removeAll(stop);
      List<String> all = new ArrayList<>(forms);
      for (int i = 0; i < all.size(); i += PER_LINE) {
        out.append(cls).append('\t').append(String.join("|", all.subList(i, Math.min(all.size(), i + PER_LINE)))).append('\n');
      }
    }
    return out.toString();
  }

  private Synset senseSynset(String senseKey, POS pos) throws JWNLException {
    Word w = wordnet.getWordBySenseKey(senseKey);
    if (w == null || w.getPOS() != pos) throw new IllegalArgumentException("roots.tsv: no " + pos.getLabel() + " sense " + senseKey);
    return w.getSynset();
  }

  private static void tree(Synset synset, Set<String> into) throws JWNLException {
    for (Word w : synset.getWords()) into.add(w.getLemma().toLowerCase(Locale.ROOT));
    for (Pointer p : synset.getPointers(PointerType.HYPONYM)) tree(p.getTargetSynset(), into);
  }

  /**
   * Past, participle and -ing forms; the base and -s forms too where they are no noun. A verb of
   * several words inflects its first ("gunned down", "opened fire"), one made of a noun its last
   * ("machine gunned").
   */
  Set<String> verbForms(String lemma) throws JWNLException {
    int space = lemma.indexOf(' ');
    boolean ofNoun = space > 0 && wordnet.getIndexWord(POS.NOUN, lemma) != null;
    String head = space < 0 || ofNoun ? lemma : lemma.substring(0, space);
    String tail = space < 0 || ofNoun ? "" : lemma.substring(space);
    if (ofNoun) {
      int cut = head.lastIndexOf(' ') + 1;
      Set<String> forms = new TreeSet<>();
      for (String f : verbForms(head.substring(cut))) forms.add(head.substring(0, cut) + f);
      return forms;
    }
    Set<String> heads = new LinkedHashSet<>();
    Set<String> irregularForms = irregular.get(POS.VERB).getOrDefault(head, Set.of());
    boolean irregularPast = irregularForms.stream().anyMatch(f -> !f.endsWith("ing") && !f.endsWith("s"));
    heads.addAll(irregularForms);
    if (!irregularPast) heads.addAll(regularPast(head));
    if (irregularForms.stream().noneMatch(f -> f.endsWith("ing"))) heads.addAll(regularIng(head));
    for (String plain : List.of(head, thirdPerson(head))) {
      if (wordnet.lookupIndexWord(POS.NOUN, plain + tail) == null) heads.add(plain);
    }
    Set<String> forms = new TreeSet<>();
    for (String h : heads) forms.add(h + tail);
    return forms;
  }

  /** The lemma and its plural (the last word inflected). */
  Set<String> nounForms(String lemma) {
    int space = lemma.lastIndexOf(' ');
    String lead = space < 0 ? "" : lemma.substring(0, space + 1);
    String last = lemma.substring(space + 1);
    Set<String> forms = new TreeSet<>();
    forms.add(lemma);
    Set<String> plurals = irregular.get(POS.NOUN).getOrDefault(last, Set.of());
    if (plurals.isEmpty()) forms.add(lead + sibilantS(last));
    else plurals.forEach(p -> forms.add(lead + p));
    return forms;
  }

  private static List<String> regularPast(String v) {
    if (v.endsWith("e")) return List.of(v + "d");
    if (v.matches(".*[^aeiou]y")) return List.of(v.substring(0, v.length() - 1) + "ied");
    if (doubles(v)) return List.of(v + last(v) + "ed");
    if (v.matches(".*[^aeiou][aeiou]l") && syllables(v) > 1) return List.of(v + "ed", v + "led");
    return List.of(v + "ed");
  }

  private static List<String> regularIng(String v) {
    if (v.endsWith("ie")) return List.of(v.substring(0, v.length() - 2) + "ying");
    if (v.endsWith("e") && !v.endsWith("ee")) return List.of(v.substring(0, v.length() - 1) + "ing");
    if (doubles(v)) return List.of(v + last(v) + "ing");
    if (v.matches(".*[^aeiou][aeiou]l") && syllables(v) > 1) return List.of(v + "ing", v + "ling");
    return List.of(v + "ing");
  }

  private static String thirdPerson(String v) {
    return v.matches(".*[^aeiou]y") ? v.substring(0, v.length() - 1) + "ies" : sibilantS(v);
  }

  private static String sibilantS(String w) {
    if (w.matches(".*[^aeiou]y")) return w.substring(0, w.length() - 1) + "ies";
    return w.matches(".*(s|x|z|ch|sh)") ? w + "es" : w + "s";
  }

  /** A one-syllable verb ending consonant-vowel-consonant doubles its last letter ("shot" aside). */
  private static boolean doubles(String v) {
    return syllables(v) == 1 && v.matches(".*[^aeiou][aeiou][bdgklmnprt]");
  }

  private static String last(String v) {
    return v.substring(v.length() - 1);
  }

  private static int syllables(String w) {
    return w.replaceAll("e$", "").split("[aeiouy]+", -1).length - 1;
  }
}
