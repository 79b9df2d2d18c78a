package org.crosscheck.claims;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a count counts, as a quantity key compares it: what befell whom ("killed", "wounded",
 * "captured"), or which thing ("armoured vehicle"), and whose ("Djibouti" for a side's soldiers,
 * "civilian", or the noun as written when the text names no side: "rebel"). Two counts are of one
 * thing only when both agree; "31 rebels killed" and "14 soldiers killed" are two questions.
 *
 * @param what what befell the counted, or the thing counted
 * @param whose the counted people's side, else their noun in the singular, else "?"
 */
record Counted(String what, String whose) {

  /** Where the clause holding a count ends: a stop, or a next count ("and nine attackers"). */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?]|\\s(?:and|but|while)\\s+(?:\\d|one|two|three|four|five|six|"
      + "seven|eight|nine|ten|dozens|hundreds|several)", Pattern.CASE_INSENSITIVE);
  /** Nouns that are only a fate, not whom it befell ("31 dead"). */
  private static final Set<String> FATE_NOUNS = Set.of("casualties", "dead", "killed", "wounded", "injured", "deaths", "bodies");

  /** What {@code c}'s quantity counts; {@code side} is the side the key compares it under (its actor's), or {@code null}. */
  static Counted of(Claim c, String side) {
    Quantity q = c.quantity();
    if (q == null) return new Counted("?", side == null ? "?" : side);
    String category = q.category() == null ? "" : q.category();
    String unit = q.unit() == null ? null : q.unit().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String what = switch (category) {
      case "attacks" -> "attacks";
      case "equipment", "sites" -> unit == null ? category : singular(unit);
      case "prisoners" -> "captured";
      default -> fate(c.sentence(), q, unit, category);
    };
    if (side != null) return new Counted(what, side);
    if (category.equals("people")) return new Counted(what, what.equals("people") || what.equals("displaced") ? "-" : "civilian");
    if (category.equals("equipment") || category.equals("sites") || category.equals("attacks")) return new Counted(what, "-");
    return new Counted(what, whoseNoun(q, unit));
  }

  /** What befell the counted: from its noun ("37 wounded"), else the first fate word in its clause; else its category. */
  private static String fate(String sentence, Quantity q, String unit, String category) {
    if (unit != null && FATE_NOUNS.contains(unit)) {
      if (CheckWords.WOUNDED.matcher(unit).find()) return "wounded";
      if (CheckWords.KILLED.matcher(unit).find()) return "killed";
    }
    // Whole words: "12" is not the end of "2012", nor "two" the start of "twofold".
    String lower = sentence.toLowerCase(Locale.ROOT);
    int at = PhraseFinder.wholeWord(lower, q.text().toLowerCase(Locale.ROOT), 0, lower.length(), 0);
    String clause = "";
    if (at >= 0) {
      int from = at + q.text().length();
      Matcher end = CLAUSE_END.matcher(sentence).region(from, sentence.length());
      clause = sentence.substring(from, end.find() ? end.start() : sentence.length());
    }
    String first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Map.Entry<String, Pattern> f : CheckWords.FATES.entrySet()) {
      Matcher m = f.getValue().matcher(clause);
      if (m.find() && m.start() < firstAt) {
        first = f.getKey();
        firstAt = m.start();
      }
    }
    if (first != null) return first;
    return switch (category) {
      case "casualties" -> "casualties";
      case "troops" -> "strength";
      default -> "people";
    };
  }

  /** The counted noun in the singular ("rebel"), or for a count named by its fate ("two gendarmes killed") the noun before it. */
  private static String whoseNoun(Quantity q, String unit) {
    if (unit != null && !FATE_NOUNS.contains(unit)) return singular(unit);
    String[] words = q.text().toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 1; i < words.length; i++) {
      if (words[i].matches("\\p{L}{3,}s")) return singular(words[i]);
    }
    return "?";
  }

  private static String singular(String noun) {
    if (noun.endsWith("men")) return noun.substring(0, noun.length() - 3) + "man";
    if (noun.endsWith("ies")) return noun.substring(0, noun.length() - 3) + "y";
    if (noun.endsWith("s") && !noun.endsWith("ss")) return noun.substring(0, noun.length() - 1);
    return noun;
  }

  /**
   * The values a count's words allow: its figure, widened by its qualifier (classes in
   * {@code crosscheck.tsv}): "about 30" is 26 to 34 (within 15%), "nearly 30" 26 to 30, "at least
   * 40" 40 and up, "more than 40" 41 and up, "up to 40" 0 to 40, "fewer than 40" 0 to 39; a vague
   * amount ("several dozen") keeps the range read for it.
   */
  static double[] range(Quantity q) {
    double low = q.low();
    double high = q.high();
    String widening = q.approximation() == null ? null : CheckWords.widening(q.approximation());
    if (low != high || widening == null) return new double[] {low, high};
    return switch (widening) {
      case "about" -> new double[] {low * 0.85, high * 1.15};
      case "below" -> new double[] {low * 0.85, high};
      case "from" -> new double[] {low, Double.POSITIVE_INFINITY};
      case "above" -> new double[] {low + 1, Double.POSITIVE_INFINITY};
      case "upto" -> new double[] {0, high};
      case "under" -> new double[] {0, high - 1};
      default -> new double[] {low, high};
    };
  }

  /** Whether two counts can be the same number: their ranges overlap. */
  static boolean agree(Quantity a, Quantity b) {
    double[] x = range(a);
    double[] y = range(b);
    return x[0] <= y[1] && y[0] <= x[1];
  }
}
