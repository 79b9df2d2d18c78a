package org.crosscheck.nlp.geo;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.resources.DataFiles;

/**
 * Resolves the place names of one text to gazetteer entries, choosing among namesakes by what
 * else the text names.
 *
 * <p>Each distinct name starts from a prior (feature kind, population, how many names the feature
 * is known by, whether it is the preferred name), then two rounds add context from the other
 * names' current choices: lying in a country or region the text names, and lying near the other
 * places, weighted by how often each is named; and, for towns and counties, lying near any reading
 * of the other names, so that two names that are each ambiguous pick the namesakes that lie
 * together. So "Petropavlivka" next to Kupyansk becomes the village in Kharkiv oblast, and "Paris"
 * beside "Henry County" the town in Tennessee. The outlet's town and country-code domain, when
 * given, count as more context. Stateless; safe to share between threads.
 */
public final class PlaceResolver {

  /** A place name found in a text, with its character span. */
  public record Toponym(int start, int end, String surface) {}

  /** A toponym with the entry chosen for it. */
  public record Resolution(Toponym toponym, GazetteerEntry entry) {}

  private static final int MAX_CANDIDATES = 60;
  private static final long BIG_CITY = 1_000_000;
  private static final double REGIONAL = 2;
  private static final int ROUNDS = 2;
  /** What each other name that could lie next to a candidate adds, and the most all of them add. */
  private static final double POSSIBLE = 2;
  private static final double POSSIBLE_CAP = 6;
  /** What stands between a place and the area qualifying it: "Paris, Tenn.", "Gori (Georgia)". */
  private static final Pattern QUALIFIER_GAP = Pattern.compile(",\\s*|\\s*\\(\\s*");
  /** What a qualifying area adds to a candidate lying in it. */
  private static final double QUALIFIED = 8;

  private final Gazetteer gazetteer;
  private final Map<String, String> outletTowns;
  private static final long OUTLET_TOWN = 100_000;
  /** The outlet's town counts as a name the text repeats this often. */
  private static final int OUTLET_WEIGHT = 4;
  /**
   * What lying in the outlet's country adds beyond the capped country vote: a local paper's
   * "Nelson" is its own province's town, not a first-level region abroad that outranks towns.
   */
  private static final double OUTLET_COUNTRY = 4;

  public PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    Map<String, String> towns = new HashMap<>();
    gazetteer.forEach((e, names) -> {
      if (e.featureClass() != 'P' || e.population() < OUTLET_TOWN) return;
      String key = Names.fold(e.name());
      String squashed = key.replace(" ", "");
      if (squashed.length() >= 5) towns.putIfAbsent(squashed, key);
    });
    this.outletTowns = Map.copyOf(towns);
  }

  /**
   * The town an outlet's host name carries, folded ("dallasnews.com" → "dallas", "onlineathens.com"
   * → "athens"), or null: local papers are named after their town, and their stories are mostly
   * about places near it. Only towns of 100,000 people or more, with names of five letters or more.
   */
  public String outletTown(String url) {
    String host = host(url);
    if (host == null) return null;
    int dot = host.lastIndexOf('.');
    String name = (dot > 0 ? host.substring(0, dot) : host).replaceAll("[^a-z]", "");
    String best = null;
    for (int from = 0; from < name.length(); from++) {
      for (int to = name.length(); to - from >= 5 && (best == null || to - from > best.replace(" ", "").length()); to--) {
        String town = outletTowns.get(name.substring(from, to));
        if (town != null) {
          best = town;
          break;
        }
      }
    }
    return best;
  }

  /** The lower-case host of a web address, or null when it has none. */
  private static String host(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * What an article's address says about where its outlet is: the town its host name carries
   * ({@link #outletTown}) and the country of its country-code domain ("lfpress.ca" → CA, ".co.uk"
   * → GB), either possibly null.
   */
  public record Outlet(String town, String country) {}

  /** Domains that are country codes but are mostly bought for their letters. */
  private static final Set<String> VANITY_DOMAINS = Set.of("tv", "io", "co", "me",
      "fm", "ly", "ai", "cc", "ws", "to", "am", "la", "gg", "eu");

  /** The outlet an article's address points to; both parts null when it says nothing. */
  public Outlet outlet(String url) {
    String host = host(url);
    String tld = host == null ? "" : host.substring(host.lastIndexOf('.') + 1);
    String country = tld.length() == 2 && !VANITY_DOMAINS.contains(tld) ? (tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT)) : null;
    return new Outlet(outletTown(url), country);
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The resolution of every toponym that the gazetteer knows, in input order. */
  public List<Resolution> resolve(List<Toponym> toponyms) {
    return resolve(toponyms, null);
  }

  /**
   * Like {@link #resolve(List)}, reading the text the toponyms' spans point into for names that
   * qualify one another: in "Paris, Tenn." or "Athens, Greece" the second names the area the first
   * lies in, which outweighs any prior.
   */
  public List<Resolution> resolve(List<Toponym> toponyms, String text) {
    return resolve(toponyms, text, null);
  }

  /**
   * Like {@link #resolve(List, String, String)}, with the outlet's country (from its domain) as one
   * more vote for namesakes in it, as much as the outlet's town.
   */
  public List<Resolution> resolve(List<Toponym> toponyms, String text, Outlet outlet) {
    String outletTown = outlet == null ? null : outlet.town();
    String outletCountry = outlet == null ? null : outlet.country();
    // Names that fall back to the same known place ("Dublin", "Dublin Center Drive") are one
    // group: otherwise a place named in many shapes would vote for its own reading many times.
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, Group> byLookup = new HashMap<>();
    for (Toponym t : toponyms) {
      String key = Names.fold(t.surface());
      if (key.isEmpty()) continue;
      groups.computeIfAbsent(key, k -> group(k, byLookup)).count++;
    }
    if (outletTown != null && !groups.isEmpty()) groups.computeIfAbsent(outletTown, k -> group(k, byLookup)).count += OUTLET_WEIGHT;
    groups.forEach((key, g) -> {
      if (!Toponyms.isSite(key) && !byAWordOfIt(key, g) || (g.key.equals(key) && !g.candidates.isEmpty())) g.placeNamed = true;
    });
    if (text != null) {
      for (int i = 0; i + 1 < toponyms.size(); i++) {
        Toponym place = toponyms.get(i);
        Toponym area = toponyms.get(i + 1);
        if (!gapMatches(text, place, area, QUALIFIER_GAP) || (inList(text, toponyms, i + 1) && !abbreviated(area))) continue;
        Group inner = groups.get(Names.fold(place.surface()));
        Group outer = groups.get(Names.fold(area.surface()));
        if (inner != null && outer != null && inner != outer) {
          inner.within.add(outer);
          outer.holds.add(inner);
        }
      }
    }
    List<Group> live = groups.values().stream().distinct().filter(g -> !g.candidates.isEmpty()).toList();
    chooseAll(live, g -> best(g, null, live));
    for (int round = 0; round < ROUNDS; round++) {
      Context context = Context.of(live, outletCountry);
      chooseAll(live, g -> best(g, context, live));
    }
    if (text != null) {
      for (Toponym t : toponyms) {
        Group g = groups.get(Names.fold(t.surface()));
        if (g != null) g.kindEvidence += kindEvidence(text, t);
      }
    }
    chooseAll(live, g -> townOrRegion(g, live));
    GazetteerEntry anchor = anchor(live);
    List<Resolution> out = new ArrayList<>();
    for (Toponym t : toponyms) {
      Group g = groups.get(Names.fold(t.surface()));
      if (g == null) continue;
      GazetteerEntry chosen = g.choice;
      // A site named after the area it lies in ("Science Museum of Virginia") keeps the area.
      boolean area = chosen != null && (chosen.isCountry() || chosen.isAdmin1());
      if (!g.placeNamed && anchor != null && !area && (chosen == null || !nearOthers(chosen, g, live))) chosen = anchor;
      else if (anchor == null && chosen != null && byAWordOfIt(Names.fold(t.surface()), g) && outsideNamedCountries(chosen, live)) chosen = null;
      if (chosen != null && g.namesakesOnly && aloneInItsCountry(chosen, g, live)) chosen = null;
      if (chosen != null) out.add(new Resolution(t, chosen));
    }
    return out;
  }

  /**
   * Sets every group's choice at once, each decided from the choices as they stood before, so no
   * group's choice depends on which groups came before it.
   */
  private static void chooseAll(List<Group> live, Function<Group, GazetteerEntry> decide) {
    List<GazetteerEntry> next = live.stream().map(decide).toList();
    for (int i = 0; i < live.size(); i++) live.get(i).choice = next.get(i);
  }

  /** The words of each kind in place-kind-words.tsv, as a regular-expression alternation. */
  private static final Map<String, String> KIND_WORDS = kindWords("place-kind-words.tsv");
  /** Words before a name that make it a town: "the port of X", "the town of X". */
  private static final Pattern TOWN_BEFORE = Pattern.compile("(?i)\\b(?:" + KIND_WORDS.get("town-of") + ")\\s+of\\s+$");
  /** Words after a name that make it a town: "X's harbour", "X port", ", the main town on". */
  private static final Pattern TOWN_AFTER = Pattern.compile(
      "(?i)^(?:['’]s\\s+(?:" + KIND_WORDS.get("town-possessed") + ")\\b"
          + "|\\s+(?:" + KIND_WORDS.get("town-after") + ")\\b"
          + "|,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:" + KIND_WORDS.get("town-apposition") + ")\\b)");
  /** Words before a name that make it a region: "the region of X", "the province of X". */
  private static final Pattern REGION_BEFORE = Pattern.compile("(?i)\\b(?:" + KIND_WORDS.get("region-of") + ")\\s+of\\s+$");

  /** Reads lines "kind TAB word|word|..." into each kind's words as an alternation, in the file's order. */
  private static Map<String, String> kindWords(String resource) {
    Map<String, String> byKind = new HashMap<>();
    for (String line : DataFiles.lines(PlaceResolver.class, resource)) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException(resource + ": expected 'kind TAB word|word': " + line);
      byKind.put(f[0], Arrays.stream(f[1].split("\\|")).map(String::strip).map(Pattern::quote).collect(Collectors.joining("|")));
    }
    for (String kind : List.of("town-of", "town-possessed", "town-after", "town-apposition", "region-of")) {
      if (!byKind.containsKey(kind)) throw new IllegalStateException(resource + ": no words of kind " + kind);
    }
    return Map.copyOf(byKind);
  }

  /** What the words around one mention say: +1 a town, -1 a region, 0 nothing. */
  private static int kindEvidence(String text, Toponym t) {
    if (t.end() > text.length()) return 0;
    String before = text.substring(Math.max(0, t.start() - 24), t.start());
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 40));
    if (REGION_BEFORE.matcher(before).find()) return -1;
    return TOWN_BEFORE.matcher(before).find() || TOWN_AFTER.matcher(after).find() ? 1 : 0;
  }

  /**
   * The choice between a first-level region and the town of the same name inside it (Obock the
   * region, Obock its seat): the town when the text puts the name where a town goes ("the port of
   * X", "X's harbour", "X town") or says nothing either way, the region when it says "the region of
   * X" or names it in full ("the X region", "X County") more often. Left to the scores, the choice would swing with whatever else each report names, and one
   * place would be read two ways across reports about it. Any other choice stands.
   */
  private static GazetteerEntry townOrRegion(Group g, List<Group> live) {
    GazetteerEntry chosen = g.choice;
    if (chosen.featureClass() != 'P' && !chosen.isAdmin1()) return chosen;
    GazetteerEntry town = null;
    GazetteerEntry region = null;
    for (Scored s : g.candidates) {
      GazetteerEntry e = s.entry;
      if (!Names.fold(e.name()).equals(g.key)) continue;
      if (e.isAdmin1() && region == null) region = e;
      else if (e.featureClass() == 'P' && town == null) town = e;
    }
    if (town == null || region == null || !contains(region, town) || (chosen != town && chosen != region)) return chosen;
    // The text's own fuller names say which it is about: "the Ménaka region", "Mandera County".
    int evidence = g.kindEvidence;
    for (Group o : live) {
      if (o == g) continue;
      if (o.choice.id() == region.id()) evidence -= o.count;
      else if (o.choice.id() == town.id()) evidence += o.count;
    }
    return evidence < 0 ? region : town;
  }

  /**
   * Whether a name the gazetteer does not know was found only through one of its words, not its
   * core ("Bairro Militar", "Osvaldo Vieira International Airport" found as "bairro", "vieira"):
   * like a site, it is a spot in the town the text is about more likely than the word's namesake.
   */
  private static boolean byAWordOfIt(String key, Group g) {
    return !g.key.equals(key) && !g.key.equals(Toponyms.core(key));
  }

  /**
   * Whether a place lies outside every country the text names, when it names some: a namesake
   * found by one word of a longer name, with no town to put that name in instead, is then no
   * reading of it.
   */
  private static boolean outsideNamedCountries(GazetteerEntry e, List<Group> live) {
    boolean any = false;
    for (Group g : live) {
      if (!g.placeNamed || !g.choice.isCountry()) continue;
      if (g.choice.country().equals(e.country())) return false;
      any = true;
    }
    return any;
  }

  /**
   * Whether no other place the text names lies in an entry's country, when it names some. The
   * shipped gazetteer holds towns, hardly any rivers or lakes: a "Lai River" in a report about
   * Papua New Guinea finds only the town Laï in Chad, which is no reading of it; along the
   * "Dnipro River" in a report about Ukraine the town Dnipro is near enough to be one.
   */
  private static boolean aloneInItsCountry(GazetteerEntry e, Group self, List<Group> live) {
    boolean others = false;
    for (Group g : live) {
      if (g == self || !g.placeNamed || g.choice == null) continue;
      if (Objects.equals(g.choice.country(), e.country())) return false;
      others = true;
    }
    return others;
  }

  /** How near another named place a site's namesake town must lie to be taken for the site's town. */
  private static final double SITE_TOWN_KM = 50;

  /**
   * The town the text is most about: the most named town, the outlet's counting as named often.
   * A street or building whose own name is unknown lies there, more likely than in a town
   * elsewhere named like one of its words ("Desire Street", "Trump Tower", "City Hall"). A
   * namesake abroad that is no reading of its own name is no anchor for the others either.
   */
  private static GazetteerEntry anchor(List<Group> live) {
    Group best = null;
    for (Group g : live) {
      if (!g.placeNamed || g.choice.featureClass() != 'P' || (g.namesakesOnly && aloneInItsCountry(g.choice, g, live))) continue;
      if (best == null || g.count > best.count) best = g;
    }
    return best == null ? null : best.choice;
  }

  /** Whether an entry lies near the town or county another named place was resolved to. */
  private static boolean nearOthers(GazetteerEntry e, Group self, List<Group> live) {
    for (Group g : live) {
      GazetteerEntry o = g.choice;
      if (g == self || !g.placeNamed || o.isCountry() || o.isAdmin1() || o.featureCode().equals("CONT") || o.featureClass() == 'H') continue;
      if (e.distanceKm(o) <= SITE_TOWN_KM) return true;
    }
    return false;
  }

  private static boolean gapMatches(String text, Toponym before, Toponym after, Pattern gap) {
    return after.start() >= before.end() && after.start() <= text.length()
        && gap.matcher(text.substring(before.end(), after.start())).matches();
  }

  /**
   * Whether the name at {@code i} is followed by one more item of a list, "Washington, New York
   * and Boston", rather than by a place it qualifies: then the comma before it parted two items,
   * not a place and its area. "Paris, Tenn., and Athens, Ga." is a list of qualified places.
   */
  private static boolean inList(String text, List<Toponym> toponyms, int i) {
    if (i + 1 >= toponyms.size() || !gapMatches(text, toponyms.get(i), toponyms.get(i + 1), LIST_GAP)) return false;
    return i + 2 >= toponyms.size() || !gapMatches(text, toponyms.get(i + 1), toponyms.get(i + 2), QUALIFIER_GAP);
  }

  /**
   * Whether a name is an abbreviation with its dot ("Tenn.", "W.Va."): a list names places in
   * full, so "Paris, Tenn., and Springfield" is Paris in Tennessee, then Springfield.
   */
  private static boolean abbreviated(Toponym t) {
    return t.surface().endsWith(".");
  }

  /** What stands between two items of a list of places. */
  private static final Pattern LIST_GAP = Pattern.compile(",\\s*|,?\\s+(?:and|or)\\s+");

  private Group group(String key, Map<String, Group> byLookup) {
    Lookup found = candidates(key);
    return byLookup.computeIfAbsent(found.key(), k -> new Group(k, found.candidates(), found.namesakesOnly()));
  }

  /**
   * The candidates for a name, under the key they were found by (the name, or the known part of
   * it), and whether they are only namesakes: of another kind than the name asks for (towns called
   * like the river a "Lai River" names), or places known by the name only as another of theirs.
   */
  private record Lookup(String key, List<Scored> candidates, boolean namesakesOnly) {}

  private Lookup candidates(String key) {
    Toponyms.Kind kind = Toponyms.kindOf(key);
    String bare = Toponyms.stripGeneric(key);
    Map<Long, Scored> found = new LinkedHashMap<>();
    // A building's or street's name ("White House") is English words; a town known by it only as
    // an alternate name has it as a translation of its own (Casablanca), not as its name.
    boolean site = Toponyms.isSite(key);
    for (GazetteerEntry e : gazetteer.lookupFolded(key)) {
      if (!site || ownName(e, key)) found.put(e.id(), new Scored(e, prior(e, key, 1.0)));
    }
    if (!bare.isEmpty()) {
      for (GazetteerEntry e : gazetteer.lookupFolded(bare)) {
        if (!site || ownName(e, bare)) found.putIfAbsent(e.id(), new Scored(e, prior(e, bare, 0.0)));
      }
    }
    String foundBy = key;
    if (found.isEmpty()) {
      // An unknown "North Texas" or "Vancouver International Airport" is about the place it names.
      String core = Toponyms.core(key);
      if (!core.isEmpty()) {
        for (GazetteerEntry e : gazetteer.lookupFolded(core)) found.put(e.id(), new Scored(e, prior(e, core, 0.0)));
        if (!found.isEmpty()) foundBy = core;
      }
    }
    if (found.isEmpty()) {
      // "Paris Walmart", "DFL-Minneapolis", "Henderson County Jail": the longest known run of words.
      String part = knownPart(key);
      if (part != null) {
        for (GazetteerEntry e : gazetteer.lookupFolded(part)) found.put(e.id(), new Scored(e, prior(e, part, 0.0)));
        foundBy = part;
      }
    }
    List<Scored> all = new ArrayList<>(found.values());
    boolean kindFound = all.stream().anyMatch(s -> Toponyms.fits(s.entry, kind));
    if (kind != Toponyms.Kind.ANY && kindFound) {
      all.removeIf(s -> !Toponyms.fits(s.entry, kind));
    }
    all = cityOverRegion(all);
    all.sort(Comparator.comparingDouble((Scored s) -> -s.prior));
    // "Munsey" is among Muncie's other names: a town known by the name only that way, and not a big
    // city with an English name of its own ("Canton"), is a namesake too.
    String name = foundBy;
    boolean byOtherNamesOnly = !all.isEmpty() && all.stream().noneMatch(s -> shortForOwnName(s.entry, name)
        || s.entry.population() >= BIG_CITY || s.entry.isCountry() || s.entry.isAdmin1());
    boolean namesakesOnly = (kind == Toponyms.Kind.WATER && !kindFound) || byOtherNamesOnly;
    return new Lookup(foundBy, all.size() > MAX_CANDIDATES ? List.copyOf(all.subList(0, MAX_CANDIDATES)) : all, namesakesOnly);
  }

  /** Whether a folded key is an entry's preferred name, with or without its generic word. */
  private static boolean ownName(GazetteerEntry e, String key) {
    String name = Names.fold(e.name());
    return name.equals(key) || Toponyms.stripGeneric(name).equals(key);
  }

  /** Abbreviations a name is often written with, folded, and the words they stand for. */
  private static final Map<String, String> NAME_ABBREVIATIONS = Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

  /**
   * Whether a folded key is an entry's own name, or its start ("Clacton" for Clacton-on-Sea), or
   * its own name with an abbreviation ("Mt Vernon", "St Michael").
   */
  private static boolean shortForOwnName(GazetteerEntry e, String key) {
    String bare = Toponyms.stripGeneric(key);
    if (ownName(e, key) || (!bare.isEmpty() && ownName(e, bare))) return true;
    String name = Names.fold(e.name());
    if (name.startsWith(key + " ") || name.startsWith(key + "-")) return true;
    String[] words = key.split(" ");
    for (int i = 0; i < words.length; i++) words[i] = NAME_ABBREVIATIONS.getOrDefault(words[i], words[i]);
    return name.equals(String.join(" ", words));
  }

  /**
   * A region named after its big city ("New York", "Alexandria", "São Paulo"): news naming it
   * bare mostly means the city, so the city takes the region's prior and a little more.
   */
  private static List<Scored> cityOverRegion(List<Scored> all) {
    List<Scored> out = new ArrayList<>(all.size());
    for (Scored s : all) {
      double prior = s.prior;
      if (s.entry.featureClass() == 'P' && s.entry.population() >= BIG_CITY) {
        for (Scored r : all) {
          if (r.entry.isAdmin1() && r.entry.admin1Key().equals(s.entry.admin1Key())) prior = Math.max(prior, r.prior + 0.5);
        }
      }
      out.add(prior == s.prior ? s : new Scored(s.entry, prior));
    }
    return out;
  }

  /** The longest run of whole words, shorter than the name, that the gazetteer knows; earliest first. */
  private String knownPart(String key) {
    String[] words = key.split(" ");
    for (int len = words.length - 1; len >= 1; len--) {
      for (int from = 0; from + len <= words.length; from++) {
        String part = String.join(" ", Arrays.asList(words).subList(from, from + len));
        // "South Central" alone is a direction, not the place a longer name is about.
        if (part.length() < 4 || Arrays.stream(part.split(" ")).allMatch(Toponyms::isGenericWord)) continue;
        // "African Union": the last word heads an organisation's name, it is no town of that name.
        if (len == 1 && from == words.length - 1 && Toponyms.isOrganisationHead(part)) continue;
        if (!gazetteer.lookupFolded(part).isEmpty()) return part;
      }
    }
    return null;
  }

  private static double prior(GazetteerEntry e, String key, double fullNameBonus) {
    double kind = switch (e.featureCode()) {
      case "PCLI", "PCL", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR" -> 9;
      // "Africa" is a town's old name too (Mahdia), but in news it is the continent.
      case "CONT" -> 12;
      case "ADM1", "ADM1H" -> 6.5;
      case "PPLC" -> 6;
      // A seat of power named in news ("Kremlin", "White House") is the seat, not a town named like it.
      case "BLDG" -> 6;
      case "PPLA" -> 4;
      // In news a bare "Atlantic" or "Pacific" is the ocean, not the town named after it.
      case "OCN" -> 9;
      case "SEA", "GULF", "STRT" -> 5;
      case "RGN", "RGNE" -> 3.5;
      case "PPLA2", "ADM2" -> 2.5;
      case "STM", "LK", "RSV", "ISL", "ISLS", "PEN", "MTS" -> 1.5;
      case "PPLA3", "ADM3" -> 1;
      default -> 0;
    };
    double named = Names.fold(e.name()).equals(key) ? 1.0 : 0;
    return kind + 0.8 * Math.log10(e.population() + 1) + 0.6 * Math.log(e.nameCount())
        + named + fullNameBonus * 0.5;
  }

  private GazetteerEntry best(Group g, Context context, List<Group> all) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Scored s : g.candidates) {
      double score = s.prior + qualified(s.entry, g) + (context == null ? 0 : context.support(s.entry, g, all));
      if (score > bestScore) {
        bestScore = score;
        best = s.entry;
      }
    }
    return best;
  }

  /** What the names qualifying a group, or qualified by it, say for one of its candidates. */
  private static double qualified(GazetteerEntry e, Group g) {
    double bonus = 0;
    for (Group outer : g.within) {
      if (outer.candidates.stream().anyMatch(a -> contains(a.entry, e))) bonus += QUALIFIED;
    }
    for (Group inner : g.holds) {
      if (inner.candidates.stream().anyMatch(p -> contains(e, p.entry))) bonus += QUALIFIED / 2;
    }
    return Math.min(QUALIFIED, bonus);
  }

  /** Whether a country or first-level region holds a place. */
  private static boolean contains(GazetteerEntry area, GazetteerEntry place) {
    if (area.id() == place.id() || !area.country().equals(place.country())) return false;
    if (area.isCountry()) return true;
    return area.isAdmin1() && area.admin1().equals(place.admin1());
  }

  private static final class Group {
    final String key;
    final List<Scored> candidates;
    final List<Group> within = new ArrayList<>();
    final List<Group> holds = new ArrayList<>();
    int count;
    GazetteerEntry choice;
    /**
     * Whether some name in the text is this place's own, rather than a site ("Collins Avenue",
     * "Trump Tower") known only by a word of it, which may be a namesake town far away.
     */
    boolean placeNamed;
    /** What the words around its mentions say of its kind: above 0 a town, below a region. */
    int kindEvidence;
    /** Whether the name is a country's or first-level region's own ("Mexico", "New York"). */
    final boolean namesArea;
    /**
     * Whether the candidates are only namesakes: towns named like the river or lake the name asks
     * for, or places that have the name only among their other names.
     */
    final boolean namesakesOnly;

    /** The group's town and county readings by the region they lie in, for {@link Context#possible}. */
    final Map<String, List<GazetteerEntry>> localByRegion = new HashMap<>();

    Group(String key, List<Scored> candidates, boolean namesakesOnly) {
      this.key = key;
      this.candidates = candidates;
      this.namesakesOnly = namesakesOnly;
      boolean area = false;
      for (Scored s : candidates) {
        GazetteerEntry e = s.entry;
        area |= (e.isCountry() || e.isAdmin1()) && Names.fold(e.name()).equals(key);
        if (e.isCountry() || e.isAdmin1() || e.featureCode().equals("CONT") || e.featureClass() == 'H') continue;
        localByRegion.computeIfAbsent(e.admin1Key(), k -> new ArrayList<>(2)).add(e);
      }
      this.namesArea = area;
    }

    double weight() {
      return 1 + Math.log(count);
    }
  }

  private record Scored(GazetteerEntry entry, double prior) {}

  /** What the current choices say: which countries and regions the text is about. */
  private record Context(Map<String, Double> countries, Map<String, Double> regions, String outletCountry) {

    static Context of(List<Group> groups, String outletCountry) {
      Map<String, Double> countries = new HashMap<>();
      if (outletCountry != null) countries.put(outletCountry, 1 + Math.log(OUTLET_WEIGHT));
      Map<String, Double> regions = new HashMap<>();
      for (Group g : groups) {
        GazetteerEntry c = g.choice;
        countries.merge(c.country(), g.weight(), Double::sum);
        if (!c.isCountry()) regions.merge(c.admin1Key(), g.weight() * (c.isAdmin1() ? 2 : 1), Double::sum);
      }
      return new Context(countries, regions, outletCountry);
    }

    double support(GazetteerEntry e, Group self, List<Group> all) {
      double own = self.choice != null && self.choice.country().equals(e.country()) ? self.weight() : 0;
      double inCountry = countries.getOrDefault(e.country(), 0.0) - own;
      double score = Math.min(3, 1.5 * inCountry) + (e.country().equals(outletCountry) ? OUTLET_COUNTRY : 0);
      if (!e.isCountry()) {
        double ownRegion = self.choice != null && self.choice.admin1Key().equals(e.admin1Key())
            ? self.weight() * (self.choice.isAdmin1() ? 2 : 1) : 0;
        double inRegion = regions.getOrDefault(e.admin1Key(), 0.0) - ownRegion;
        score += Math.min(3.5, 1.2 * inRegion);
      }
      if (e.isCountry() || e.isAdmin1()) {
        // An area gains from the places named inside it as a town gains from its neighbours.
        double inside = 0;
        for (Group other : all) {
          GazetteerEntry o = other.choice;
          if (other == self || o.isCountry() || !o.country().equals(e.country())) continue;
          if (e.isAdmin1() && !o.admin1Key().equals(e.admin1Key())) continue;
          inside += other.weight() * 2;
        }
        return score + Math.min(8, inside);
      }
      double near = 0;
      double region = 0;
      boolean ownName = Names.fold(e.name()).equals(self.key);
      for (Group other : all) {
        GazetteerEntry o = other.choice;
        // A town that a country's or region's name is only an alternate for, named in full
        // elsewhere ("Mexico City" beside "Mexico"), is not its own neighbour.
        if (other == self || (o.id() == e.id() && self.namesArea && !ownName)) continue;
        // Within a few hundred kilometres of the other places, countries included: Gaza next to Israel.
        if (!o.featureCode().equals("CONT")) region += other.weight() * Math.exp(-e.distanceKm(o) / 300);
        if (o.isCountry() || o.isAdmin1() || o.featureCode().equals("CONT")) continue;
        double d = e.distanceKm(o);
        // A river's point is one spot on a long line: it says little about what lies near it.
        double weight = other.weight() * (o.featureClass() == 'H' ? 0.3 : 1);
        if (e.featureClass() == 'H') d = Math.max(0, d - 100);
        near += weight * 2.5 * Math.exp(-Math.max(0, d - 10) / 60);
      }
      return score + Math.min(8, near) + Math.min(REGIONAL, region) + possible(e, self, all);
    }

    /**
     * What the other names could say for a town or county, whatever they are read as now: "Paris"
     * and "Henry County" together are Paris, Tennessee, and Henry County around it, though each
     * alone would be read otherwise. Only readings in the same region are looked at, so this costs
     * little however many namesakes a name has.
     */
    static double possible(GazetteerEntry e, Group self, List<Group> all) {
      // A river's point is one spot on a long line.
      if (e.featureClass() == 'H') return 0;
      double sum = 0;
      for (Group other : all) {
        if (other == self) continue;
        List<GazetteerEntry> same = other.localByRegion.get(e.admin1Key());
        if (same == null) continue;
        double best = 0;
        for (GazetteerEntry o : same) {
          if (o.id() != e.id()) best = Math.max(best, Math.exp(-Math.max(0, e.distanceKm(o) - 15) / 40));
        }
        sum += other.weight() * best;
      }
      return Math.min(POSSIBLE_CAP, POSSIBLE * sum);
    }
  }
}
