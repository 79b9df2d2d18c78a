package org.crosscheck.nlp.geo;

import java.util.Set;

/** What the words around a place name say about its kind: "Oskil River", "Kharkiv region". */
public final class Toponyms {

  /** The kind of feature a generic word asks for. */
  public enum Kind {
    ANY, ADMIN, WATER, POPULATED
  }

  // Folded like every name, so that "county" is matched as "counti". "Upstate New York" is
  // the state's part away from its city, so it asks for the state as "New York State" does.
  private static final Set<String> ADMIN_WORDS = folded("oblast", "region", "raion", "province",
      "district", "state", "county", "republic", "governorate", "prefecture", "territory", "hromada", "krai",
      "okrug", "zone", "municipality", "woreda", "upstate", "downstate");
  private static final Set<String> WATER_WORDS = folded("river", "lake", "reservoir", "richka",
      "reka", "sea", "bay", "gulf", "canal", "strait");
  private static final Set<String> PLACE_WORDS = folded("city", "town", "village", "settlement");

  /** Words that place a name within a larger one: "North Texas", "Greater London". */
  private static final Set<String> PART_WORDS = folded("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
      "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
      "upper", "lower", "greater", "downtown", "metro", "mid", "inner", "outer");
  /** Words after a name that make it a facility at the place: "Vancouver International Airport". */
  private static final Set<String> FACILITY_WORDS = folded("airport", "international", "station",
      "port", "harbour", "harbor", "area", "metropolitan", "metro", "suburbs", "outskirts");

  /**
   * Head words of organisations' names: "African Union", "Security Council" name the body, not a
   * town called Union or Council, when the tagger reads them as places.
   */
  private static final Set<String> ORGANISATION_HEADS = folded("union", "council", "commission",
      "committee", "league", "front", "party", "assembly", "federation", "alliance", "bank", "forces",
      "army", "ministry", "agency");

  /** Words that make a name a site within a town: a street, a building, a venue. */
  private static final Set<String> SITE_WORDS = folded("street", "avenue", "road",
      "drive", "boulevard", "lane", "square", "plaza", "highway", "parkway", "hospital",
      "clinic", "court", "courthouse", "hall", "tower", "house", "office", "building", "stadium",
      "arena", "palace", "basilica", "cathedral", "church", "chapel", "mosque", "temple", "bridge",
      "park", "wing", "mall", "center", "centre", "library", "museum", "hotel", "school", "college",
      "university", "jail", "prison", "embassy");
  /**
   * Street words shortened, which mark a site only as the last word: inside a name "St" is a saint
   * ("Port St. Lucie", "Bay St. Louis").
   */
  private static final Set<String> SITE_ABBREVIATIONS = folded("st", "ave", "rd", "blvd");

  private Toponyms() {}

  /**
   * Whether a folded name is that of a site within a town: "desire street", "trump tower",
   * "embassy of armenia". Such a name is about a spot in the place the text is about, not about a
   * town elsewhere named like one of its words.
   */
  public static boolean isSite(String folded) {
    String[] words = folded.split(" ");
    if (words.length < 2) return false;
    if (SITE_ABBREVIATIONS.contains(words[words.length - 1])) return true;
    for (int i = 1; i < words.length; i++) {
      if (SITE_WORDS.contains(words[i])) return true;
    }
    return SITE_WORDS.contains(words[0]) && words[1].equals("of");
  }

  /**
   * The place a name is part of, when the name itself is unknown: "north texas" → "texas",
   * "vancouver international airport" → "vancouver"; empty if nothing is stripped.
   */
  public static String core(String folded) {
    String[] words = folded.split(" ");
    int from = 0;
    int to = words.length;
    while (from < to - 1 && PART_WORDS.contains(words[from])) from++;
    while (to > from + 1 && FACILITY_WORDS.contains(words[to - 1])) to--;
    if (from == 0 && to == words.length) return "";
    return String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }

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

  /** Whether a folded word heads organisations' names ("union", "council"). */
  public static boolean isOrganisationHead(String word) {
    return ORGANISATION_HEADS.contains(word);
  }

  /** Whether a folded word is a generic one ("county", "river", "city") or a part word ("north"). */
  public static boolean isGenericWord(String word) {
    return isGeneric(word) || PART_WORDS.contains(word) || FACILITY_WORDS.contains(word);
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
