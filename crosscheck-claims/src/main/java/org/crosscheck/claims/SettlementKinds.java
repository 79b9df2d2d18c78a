package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;

/**
 * The kind of settlement a report says a place is when it brings it in: "the river hamlet of X", "X, a farming
 * village in the municipality of Y", "X town". Reporters keep to that noun when they refer back ("the hamlet",
 * "the village"), so a place brought in as a village is what "the village" means even when a town was named
 * since, and a place named only inside another's introduction ("in the municipality of Y") just locates it.
 * The kinds fall in two sizes ({@code lexicon.tsv}: smallsettlement, largesettlement); a town and a city are one
 * size, as reporters use them for one place, and so are a village and a hamlet.
 */
final class SettlementKinds {
  /** A place brought in with its kind's noun; {@code locatorsEnd} closes the phrase that says where it lies. */
  record Introduction(PlaceFallback.Found found, String noun, int locatorsEnd) {
    Mention place() {
      return found.mention();
    }
  }

  private final Vocabulary vocabulary;
  /** "the village of", "a small river hamlet of": the kind before a name, which need not be tagged. */
  private final Pattern kindOf;
  /** ", a farming village", ", the district town": an apposition after the name. */
  private final Pattern appositionAfter;
  /** " village", " town" right after the name: "X village". */
  private final Pattern nounAfter;
  /** Where an apposition's locating words end: its clause's punctuation. */
  private static final Pattern APPOSITION_END = Pattern.compile("[,;:.()\"“”—–\\n]");

  SettlementKinds(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    String kinds = vocabulary.regexAsWritten("smallsettlement", "largesettlement");
    this.kindOf = Pattern.compile("\\b(?:[Tt]he|[Aa]n?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(" + kinds + ")\\s+of\\s+(?:the\\s+)?(?=\\p{Lu})");
    // ", the town of Y": Y is brought in, not the name before the comma.
    this.appositionAfter = Pattern.compile(",\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(" + kinds + ")(?![\\p{L}’'])(?!\\s+of\\b)");
    this.nounAfter = Pattern.compile("\\s+(" + kinds + ")(?![\\p{L}’'-])");
  }

  /** Every place the article brings in with a settlement noun, in text order. */
  List<Introduction> introductions(AnnotatedArticle article, PlaceFallback fallback, Set<String> countries) {
    String text = article.text();
    List<Introduction> out = new ArrayList<>();
    Matcher of = kindOf.matcher(text);
    while (of.find()) {
      PlaceFallback.Found f = fallback.placeOfNoun(article, of.end(), text.length(), countries);
      if (f != null) out.add(new Introduction(f, of.group(1), f.mention().end()));
    }
    for (Mention m : article.annotations().mentions()) {
      if (m.type() != EntityType.LOCATION) continue;
      Matcher after = appositionAfter.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
      if (after.lookingAt()) {
        Matcher end = APPOSITION_END.matcher(text).region(after.end(), text.length());
        out.add(new Introduction(PlaceFallback.tagged(article, m), after.group(1), end.find() ? end.start() : text.length()));
        continue;
      }
      Matcher noun = nounAfter.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 20));
      if (noun.lookingAt()) out.add(new Introduction(PlaceFallback.tagged(article, m), noun.group(1), m.end()));
    }
    out.sort(Comparator.comparingInt(i -> i.place().start()));
    return out;
  }

  /** The size of settlement a noun names, or {@code null} when it names none. */
  String size(String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    if (vocabulary.isExactly("smallsettlement", n)) return "smallsettlement";
    if (vocabulary.isExactly("largesettlement", n)) return "largesettlement";
    return null;
  }

  /**
   * The place "the {@code noun}" at {@code at} stands for instead of {@code antecedent}, when the report brought that
   * one in as another size of settlement ("the town of Y ... the hamlet") or named it only to locate a place of the
   * noun's size ("X, a village in Y municipality ... the village"): the place brought in last before {@code at} as
   * one of that size; else {@code null}, and the antecedent stands.
   */
  PlaceFallback.Found sameKind(List<Introduction> introductions, String noun, int at, Mention antecedent) {
    String size = size(noun);
    if (size == null) return null;
    boolean introduced = false;
    boolean fits = false;
    boolean locates = false;
    for (Introduction i : introductions) {
      if (i.place().start() >= at) break;
      if (samePlace(i.place(), antecedent)) {
        introduced = true;
        fits |= size.equals(size(i.noun()));
      } else if (size.equals(size(i.noun())) && i.place().end() <= antecedent.start() && antecedent.start() < i.locatorsEnd()) {
        locates = true;
      }
    }
    if (!(introduced && !fits || locates)) return null;
    PlaceFallback.Found best = null;
    for (Introduction i : introductions) {
      if (i.place().start() >= at) break;
      if (size.equals(size(i.noun())) && !samePlace(i.place(), antecedent)) best = i.found();
    }
    return best;
  }

  private static boolean samePlace(Mention a, Mention b) {
    return a.entityId() != null && a.entityId().equals(b.entityId()) || a.text().equals(b.text());
  }
}
