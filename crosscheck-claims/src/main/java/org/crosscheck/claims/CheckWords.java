package org.crosscheck.claims;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words the cross-check reads when it compares claims, from {@code crosscheck.tsv}. */
final class CheckWords {

  private static final Map<String, Pattern> CLASSES = Vocabulary.patterns("crosscheck.tsv");

  /** What befell counted people ("killed", "wounded", ...), each by the words that say it, in file order. */
  static final Map<String, Pattern> FATES = withPrefix("fate:");
  private static final Map<String, Pattern> WIDENINGS = withPrefix("widen:");
  /** Words of taking a place back. */
  static final Pattern RETAKE = required("retake");
  private static final Pattern FORMATION = required("formation");
  static final Pattern KILLED = required("fate:killed");
  static final Pattern WOUNDED = required("fate:wounded");

  private CheckWords() {}

  /** Whether a side is named for a unit of some force ("54th Mechanised Brigade"): its last word is a unit noun. */
  static boolean isFormation(String side) {
    Matcher m = FORMATION.matcher(side);
    while (m.find()) {
      if (m.end() == side.length()) return true;
    }
    return false;
  }

  /** The widening a qualifier ("about", "more than") gives a figure, or {@code null}. */
  static String widening(String qualifier) {
    for (Map.Entry<String, Pattern> w : WIDENINGS.entrySet()) {
      if (w.getValue().matcher(qualifier).matches()) return w.getKey();
    }
    return null;
  }

  /** A class the code relies on: a data file without it fails at load, naming what is missing. */
  private static Pattern required(String cls) {
    Pattern p = CLASSES.get(cls);
    if (p == null) throw new IllegalStateException("crosscheck.tsv: no word class '" + cls + "'");
    return p;
  }

  private static Map<String, Pattern> withPrefix(String prefix) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    CLASSES.forEach((cls, p) -> {
      if (cls.startsWith(prefix)) out.put(cls.substring(prefix.length()), p);
    });
    return Collections.unmodifiableMap(out);
  }
}
