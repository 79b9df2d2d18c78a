package org.crosscheck.claims.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.claims.AnnotatedArticle;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Vocabulary;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;

/**
 * Which stage lost a missed gold claim, so that a round of rule work goes after the largest cause:
 * the gold sentence is not one the annotator split out; no trigger word of the type stands in it;
 * a trigger but no claim; claims of other types only; the right type with no place, another place
 * or another polarity, or one claim where the gold has two (two events at the place). The place's own form is told apart too: named in the sentence and tagged,
 * named but untagged, or not named there at all (a pronoun, "the town", a region).
 */
final class MissReasons {

  private final Vocabulary vocabulary = Vocabulary.standard();
  /** Reason → count, per type. */
  private final Map<ClaimType, Map<String, Integer>> tally = new TreeMap<>();

  /** The stage that lost {@code gold}, given what the extractor found in its article; counted in the tally. */
  String reason(GoldSet.GoldClaim gold, AnnotatedArticle article, List<Claim> predicted) {
    String reason = classify(gold, article, predicted);
    String kind = reason.replaceFirst(":.*", "");
    tally.computeIfAbsent(gold.type(), t -> new TreeMap<>()).merge(kind, 1, Integer::sum);
    return reason;
  }

  private String classify(GoldSet.GoldClaim gold, AnnotatedArticle article, List<Claim> predicted) {
    String text = article.text();
    String goldSentence = ClaimsEvaluation.normalise(gold.sentence());
    List<Annotations.Span> spans = article.annotations().sentences().stream()
        .filter(s -> sameSentence(goldSentence, ClaimsEvaluation.normalise(text.substring(s.start(), s.end())))).toList();
    if (spans.isEmpty()) return "sentence split otherwise";
    String form = placeForm(gold, article, spans);
    List<Claim> here = predicted.stream().filter(c -> sameSentence(goldSentence, ClaimsEvaluation.normalise(c.sentence()))).toList();
    List<Claim> sameType = here.stream().filter(c -> c.type() == gold.type()).toList();
    if (sameType.isEmpty()) {
      if (!here.isEmpty()) {
        return "other type only [" + form + "]: " + here.stream().map(c -> c.type().name()).distinct().collect(Collectors.joining(","));
      }
      return (hasTrigger(gold.type(), text, spans) ? "trigger, no claim" : "no trigger word") + " [" + form + "]";
    }
    List<Claim> samePlace = sameType.stream().filter(c -> samePlace(gold, c)).toList();
    if (samePlace.stream().anyMatch(c -> c.polarity() == gold.polarity())) return "same place and polarity, taken by another gold claim";
    if (!samePlace.isEmpty()) {
      return "other polarity (want " + gold.polarity() + ", got " + samePlace.stream().map(c -> c.polarity().name()).distinct().collect(Collectors.joining(",")) + ")";
    }
    if (gold.place() == null) return "place where gold has none";
    if (sameType.stream().allMatch(c -> c.place() == null)) return "right type, no place [" + form + "]";
    return "right type, other place [" + form + "]: " + sameType.stream().filter(c -> c.place() != null)
        .map(c -> c.place().surface()).distinct().collect(Collectors.joining(", "));
  }

  /** How the gold place stands in its sentence: named and tagged as a place, named but untagged, or not named. */
  private static String placeForm(GoldSet.GoldClaim gold, AnnotatedArticle article, List<Annotations.Span> spans) {
    if (gold.place() == null) return "no place";
    String text = article.text();
    String place = gold.place().toLowerCase(Locale.ROOT);
    for (Annotations.Span s : spans) {
      int at = text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT).indexOf(place);
      if (at < 0) continue;
      int start = s.start() + at;
      for (Mention m : article.mentionsIn(s.start(), s.end())) {
        if (m.type() == EntityType.LOCATION && m.start() < start + place.length() && start < m.end()) return "named, tagged";
      }
      return "named, untagged";
    }
    return "not named";
  }

  private boolean hasTrigger(ClaimType type, String text, List<Annotations.Span> spans) {
    List<String> classes = switch (type) {
      case CONTROL -> List.of("gain", "loss");
      case ATTACK -> List.of("attack", "attacknoun", "repel");
      default -> List.of();
    };
    if (classes.isEmpty()) return true;
    for (Annotations.Span s : spans) {
      for (String cls : classes) if (vocabulary.first(cls, text, s.start(), s.end()).isPresent()) return true;
    }
    return false;
  }

  private static boolean samePlace(GoldSet.GoldClaim g, Claim c) {
    if (g.type() == ClaimType.QUANTITY && g.place() == null) return true; // as the evaluation matches counts
    if (g.place() == null || c.place() == null) return g.place() == null && c.place() == null;
    String surface = c.place().surface() == null ? "" : c.place().surface().toLowerCase(Locale.ROOT);
    return g.place().equalsIgnoreCase(c.place().name()) || g.place().equalsIgnoreCase(surface)
        || surface.startsWith(g.place().toLowerCase(Locale.ROOT) + " ");
  }

  /** The evaluation's sentence match: either sentence holds the other's first 30 characters. */
  private static boolean sameSentence(String gold, String other) {
    return other.contains(gold.substring(0, Math.min(30, gold.length())))
        || gold.contains(other.substring(0, Math.min(30, other.length())));
  }

  /** The tally, one line per type and reason, most frequent first. */
  void print(String halves) {
    System.out.println("== why missed (" + halves + ")");
    tally.forEach((type, reasons) -> {
      int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
      System.out.printf("  %s: %d missed%n", type, total);
      reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(e -> System.out.printf("    %3d  %s%n", e.getValue(), e.getKey()));
    });
  }
}
