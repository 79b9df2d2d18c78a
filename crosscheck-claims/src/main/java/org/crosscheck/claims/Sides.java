package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Entity;

/**
 * Reads the side a phrase names from country names, demonyms, seats of power and armed forces
 * known by their own name ({@code countries.tsv}, {@code metonyms.tsv}, {@code armedforces.tsv}):
 * "Russian troops" → Russia, "Tajik border guards" → Tajikistan, "the Kremlin" → Russia, "IDF
 * troops" → Israel. Every country is listed alike, and so are states that are no GeoNames country
 * ({@code defactostates.tsv}: "Transnistrian units"). Armed groups known by name ({@code
 * groups.tsv}) are sides too, each under one name however it is spelled: "Houthi forces" and "the
 * Houthis" are one side.
 */
public final class Sides {

  /** A word or phrase that names a side. */
  public record SideHit(int start, int end, String side) {}

  /**
   * A role that is a clause the tagger took for a description: "who studies the Russian armed
   * forces", "have claimed that ...", "the Russian command moved reserves" (after "According to X,").
   */
  private static final Pattern CLAUSE_ROLE = Pattern.compile(
      "^(?:who|whom|whose|which|that|have|has|had|is|was|are|were)\\b|(?<![\\p{L}'’])(?!(?:the|a|an|of|and|for|in|its|their)\\b)\\p{Ll}+\\s+\\p{Ll}+ed\\b");

  private static final Pattern LONGER_NAME = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
  /** A possessive ending: "Russia's" names the side "Russia" does. */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private final Map<String, String> byForm = new HashMap<>();
  private final Map<String, String> byIso = new HashMap<>();
  /** {@code byIso}'s values, asked of every side hit. */
  private final Set<String> geoNamesCountries = new HashSet<>();
  /** A form two countries share ("Congolese"), to the other countries it may name; the first listed is its default. */
  private final Map<String, List<String>> otherCountries = new HashMap<>();
  /** The countries themselves ({@code byIso}'s values): whether a side is one is asked per candidate. */
  private final Set<String> countrySides = new HashSet<>();
  /** Forms of listed groups in several words: one that runs on into a longer capitalised name is part of that other name. */
  private final Set<String> groupForms = new HashSet<>();
  private final Set<String> groupSides = new HashSet<>();
  /** Names of states' armed forces that name no country ("Tatmadaw", "FARDC"), lower case. */
  private final Set<String> armedForceForms = new HashSet<>();
  private final PhraseFinder forms;

  private Sides(List<String> countries, List<String> states, List<String> metonyms, List<String> armedForces, List<String> groups) {
    List<String> all = new ArrayList<>();
    for (String line : countries) {
      String[] f = line.split("\t");
      byIso.put(f[0], f[1]);
      geoNamesCountries.add(f[1]);
      countrySides.add(f[1]);
      add(all, f[1], f[1]);
      if (f.length > 2) for (String form : f[2].split(",")) addCountryForm(all, form.strip(), f[1]);
    }
    for (String line : states) {
      String[] f = line.split("\t");
      countrySides.add(f[0]);
      for (String form : f[1].split(",")) add(all, form.strip(), f[0]);
    }
    for (String line : metonyms) {
      String[] f = line.split("\t");
      add(all, f[0], f[1]);
    }
    for (String line : armedForces) {
      String[] f = line.split("\t");
      add(all, f[0], f[1]);
      armedForceForms.add(f[0].toLowerCase(Locale.ROOT));
    }
    for (String line : groups) {
      String[] f = line.split("\t");
      groupSides.add(f[0]);
      for (String form : f[1].split(",")) {
        add(all, form.strip(), f[0]);
        if (form.strip().contains(" ")) groupForms.add(form.strip().toLowerCase(Locale.ROOT));
      }
    }
    // A possessive may follow: "Ukraine's", "Russia’s".
    forms = PhraseFinder.namesAsWritten(
        names -> Pattern.compile("(?<![\\p{L}])" + PhraseAlternation.of(names, Pattern::quote, false) + "(?:['’]s)?(?![\\p{L}])"), all);
  }

  private void addCountryForm(List<String> all, String form, String country) {
    String had = byForm.get(form.toLowerCase(Locale.ROOT));
    if (had == null) add(all, form, country);
    else if (!had.equals(country)) otherCountries.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(country);
  }

  /**
   * {@code side} as the report's own countries read it: a form two countries share names the one
   * the report is about ("the Congolese army" in a report whose places are in the Republic of the
   * Congo is that republic's, not the DR Congo's, which the form names by default).
   *
   * @param words the words that gave the side
   * @param countries the ISO codes of the countries of the report's places
   */
  public String inReportCountries(String side, String words, Set<String> countries) {
    if (side == null || words == null || otherCountries.isEmpty()) return side;
    for (SideHit h : find(words, 0, words.length())) {
      if (!side.equals(h.side())) continue;
      List<String> others = otherCountries.get(withoutPossessive(words.substring(h.start(), h.end())).toLowerCase(Locale.ROOT));
      if (others == null || countries.stream().anyMatch(iso -> side.equals(byIso.get(iso)))) continue;
      List<String> named = others.stream().filter(o -> countries.stream().anyMatch(iso -> o.equals(byIso.get(iso)))).toList();
      if (named.size() == 1) return named.get(0);
    }
    return side;
  }

  private void add(List<String> all, String form, String country) {
    if (form.isEmpty()) return;
    byForm.put(form.toLowerCase(Locale.ROOT), country);
    all.add(form);
  }

  /** Sides from the shipped data files. */
  public static Sides standard() {
    return new Sides(Vocabulary.lines("countries.tsv"), Vocabulary.lines("defactostates.tsv"), Vocabulary.lines("metonyms.tsv"),
        Vocabulary.lines("armedforces.tsv"), Vocabulary.lines("groups.tsv"));
  }

  /** Every side-naming word in {@code text[from, to)}, in order. Case-sensitive: names are capitalised. */
  public List<SideHit> find(String text, int from, int to) {
    List<SideHit> hits = new ArrayList<>();
    for (Vocabulary.Hit h : forms.find(text, Math.max(0, from), Math.min(text.length(), to))) {
      String found = text.substring(h.start(), h.end());
      String word = withoutPossessive(found);
      // "Islamic State Sahel Province": a group's name running on into a longer name is part of that other name.
      if (groupForms.contains(word.toLowerCase(Locale.ROOT)) && found.equals(word) && LONGER_NAME.matcher(text).region(h.end(), text.length()).lookingAt()) continue;
      hits.add(new SideHit(h.start(), h.end(), byForm.get(word.toLowerCase(Locale.ROOT))));
    }
    return hits;
  }

  private static String withoutPossessive(String form) {
    return POSSESSIVE.matcher(form).replaceFirst("");
  }

  /** The side one word or phrase names ("Ukrainian", "Kremlin"), or {@code null}. */
  public String sideOf(String words) {
    List<SideHit> hits = find(words, 0, words.length());
    return hits.size() == 1 ? hits.get(0).side() : null;
  }

  /**
   * The side a name is one of the listed forms of, whole ("DR Congo", "Côte d'Ivoire", "Houthi"):
   * the name the extractor gives that side; {@code null} when the name is no form or more than one
   * ("Chadian rebels" is not Chad's side, only a phrase naming Chad).
   */
  public String named(String name) {
    if (name == null) return null;
    String bare = name.strip();
    List<SideHit> hits = find(bare, 0, bare.length());
    return hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() == bare.length() ? hits.get(0).side() : null;
  }

  /** Whether a role describes who someone is, not what they did or said. */
  public static boolean describes(String role) {
    return !CLAUSE_ROLE.matcher(role).find();
  }

  /**
   * The side the tagger gave an entity, unless only roles that are clauses name it ("According
   * to Trehubov, the Russian command moved ..." makes no Russian of him).
   */
  public String ofEntity(Entity e) {
    if (e == null || e.side() == null) return null;
    boolean named = false;
    for (String role : e.roles()) {
      if (find(role, 0, role.length()).stream().noneMatch(h -> e.side().equals(h.side()))) continue;
      if (describes(role)) return e.side();
      named = true;
    }
    return named ? null : e.side();
  }

  /** Whether a name holds a state's armed forces' own name ("Tatmadaw True News Information Team", "FARDC 22nd military region"). */
  public boolean namesArmedForce(String name) {
    return find(name, 0, name.length()).stream()
        .anyMatch(h -> armedForceForms.contains(withoutPossessive(name.substring(h.start(), h.end())).toLowerCase(Locale.ROOT)));
  }

  /** Whether a side is one a listed group's name gives ({@code groups.tsv}): its name is already the one it is known by. */
  public boolean isListedGroup(String side) {
    return side != null && groupSides.contains(side);
  }

  /** Whether a side is a country (a state), not an armed group or a faction. */
  public boolean isCountry(String side) {
    return side != null && countrySides.contains(side);
  }

  /** Whether a side is a GeoNames country, not a state of {@code defactostates.tsv} (whose places GeoNames puts in another country). */
  public boolean isGeoNamesCountry(String side) {
    return side != null && geoNamesCountries.contains(side);
  }

  /** The country name for an ISO 3166-1 alpha-2 code, or {@code null}. */
  public String country(String iso2) {
    return iso2 == null ? null : byIso.get(iso2);
  }
}
