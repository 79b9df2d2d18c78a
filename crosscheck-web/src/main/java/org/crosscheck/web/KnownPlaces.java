package org.crosscheck.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.EntityProfile;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.Lookup;
import org.crosscheck.nlp.EntityType;

/**
 * Whether a place typed on the command line or in a page address is one the stored reports name, and if not, the
 * names it may have meant: an empty answer about a place nobody reported must not read as "no
 * claims about it".
 */
public final class KnownPlaces {
  /** How many places to compare a typed name with: every place a store of ordinary size holds. */
  private static final int SCANNED = 20_000;
  private static final int SUGGESTED = 3;

  private KnownPlaces() {}

  /**
   * Null when an analysed report names {@code place} as a place; else a one-line reason naming
   * it, with the closest place names the store holds.
   */
  public static String unknown(AnalysisStore store, String place) throws IOException {
    Optional<EntityProfile> found = store.entity(place);
    if (found.isPresent() && found.get().entity().type() == EntityType.LOCATION) return null;
    String reason = found.isPresent()
        ? place + " is " + typeName(found.get().entity().type()) + " in the analysed reports, not a place"
        : "no analysed report names a place called " + place;
    List<String> close = closest(place, store.entities(new EntityQuery(EntityType.LOCATION, SCANNED)));
    return close.isEmpty() ? reason + " (list them: crosscheck places)" : reason + "; did you mean " + String.join(", ", close) + "?";
  }

  /**
   * The names of up to three places whose name or alias is within a few edits of the typed one
   * (about one in four letters), or begins with it, nearest first, then most reported.
   */
  public static List<String> closest(String typed, List<EntitySummary> places) {
    String key = Lookup.key(typed);
    if (key.isEmpty()) return List.of();
    record Near(EntitySummary place, int distance) {}
    return places.stream()
        .filter(p -> p.type() == EntityType.LOCATION)
        .map(p -> new Near(p, distance(key, p)))
        .filter(n -> n.distance() <= Math.max(1, key.length() / 4))
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(n -> -n.place().articles()))
        .map(n -> n.place().name())
        .distinct() // a town and its region share a name: suggest it once
        .limit(SUGGESTED)
        .toList();
  }

  private static int distance(String key, EntitySummary place) {
    int best = Integer.MAX_VALUE;
    for (String name : names(place)) {
      String k = Lookup.key(name);
      if (k.isEmpty()) continue;
      // "Bish" for Bishkek: a beginning of four letters or more counts as one edit.
      int d = key.length() >= 4 && k.startsWith(key) ? 1 : levenshtein(key, k);
      best = Math.min(best, d);
    }
    return best;
  }

  private static List<String> names(EntitySummary place) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(place.name()), place.aliases().stream()).toList();
  }

  private static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String typeName(EntityType type) {
    return switch (type) {
      case PERSON -> "a person";
      case ORGANIZATION -> "an organisation";
      default -> "a name";
    };
  }
}
