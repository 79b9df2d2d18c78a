package org.crosscheck.nlp.geo;

import java.util.Set;

/** What the words around a place name say about its kind: "Oskil River", "Kharkiv region". */
public final class Toponyms {

  /** The kind of feature a generic word asks for. */
  public enum Kind {
    ANY, ADMIN, WATER, POPULATED
  }

  // Folded like every name, so that "county" is matched as "counti".
  private static final Set<String> ADMIN_WORDS = folded("oblast", "region", "raion", "province",
      "district", "state", "county", "governorate", "prefecture", "territory", "hromada", "krai",
      "okrug");
  private static final Set<String> WATER_WORDS = folded("river", "lake", "reservoir", "richka",
      "reka", "sea", "bay", "gulf", "canal", "strait");
  private static final Set<String> PLACE_WORDS = folded("city", "town", "village", "settlement");

  private Toponyms() {}

  /** A folded name without a leading or trailing generic word ("oskol river" → "oskol"). */
  public static String stripGeneric(String folded) {
    int space = folded.lastIndexOf(' ');
    if (space > 0 && isGeneric(folded.substring(space + 1))) return folded.substring(0, space);
    int first = folded.indexOf(' ');
    if (first > 0 && isGeneric(folded.substring(0, first))) {
      String rest = folded.substring(first + 1);
      return rest.startsWith("of ") ? rest.substring(3) : rest;
    }
    return "";
  }

  /** The kind a folded name's generic word asks for, or ANY. */
  public static Kind kindOf(String folded) {
    int space = folded.lastIndexOf(' ');
    String last = space > 0 ? folded.substring(space + 1) : "";
    int firstSpace = folded.indexOf(' ');
    String first = firstSpace > 0 ? folded.substring(0, firstSpace) : "";
    for (String w : new String[] {last, first}) {
      if (ADMIN_WORDS.contains(w)) return Kind.ADMIN;
      if (WATER_WORDS.contains(w)) return Kind.WATER;
      if (PLACE_WORDS.contains(w)) return Kind.POPULATED;
    }
    return Kind.ANY;
  }

  private static Set<String> folded(String... words) {
    return java.util.Arrays.stream(words).map(Names::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static boolean isGeneric(String word) {
    return ADMIN_WORDS.contains(word) || WATER_WORDS.contains(word) || PLACE_WORDS.contains(word);
  }

  /** Whether an entry is of the kind asked for. */
  public static boolean fits(GazetteerEntry e, Kind kind) {
    return switch (kind) {
      case ANY -> true;
      case ADMIN -> e.featureClass() == 'A' || e.featureClass() == 'L';
      case WATER -> e.featureClass() == 'H';
      case POPULATED -> e.featureClass() == 'P';
    };
  }
}
