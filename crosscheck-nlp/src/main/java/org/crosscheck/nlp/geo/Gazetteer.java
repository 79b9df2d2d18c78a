package org.crosscheck.nlp.geo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An in-memory gazetteer: GeoNames features looked up by any of their names, folded with {@link
 * Names#fold}.
 *
 * <p>Stored in a format of our own, a gzipped tab-separated file (see {@link #write}), which loads
 * in about a second for the whole world's towns of 500 people or more. Immutable once built, so
 * safe to share between threads.
 */
public final class Gazetteer {

  /** First line of a gazetteer file; a reader refuses anything else. */
  public static final String MAGIC = "#crosscheck-gazetteer\t1";

  /** The default gazetteer shipped with Crosscheck, as a class-path resource. */
  public static final String DEFAULT_RESOURCE = "/org/crosscheck/nlp/geo/world-cities500.gaz.gz";

  private static final int[] NONE = new int[0];

  private final List<GazetteerEntry> entries;
  private final List<String> attribution;
  private final Map<String, int[]> byName;
  private final Map<Long, Integer> byId;
  private final Map<String, GazetteerEntry> admin1s;
  private final Map<String, GazetteerEntry> countries;
  // Kept so that the gazetteer can be written back out.
  private final List<List<String>> alternates;

  private Gazetteer(List<GazetteerEntry> entries, List<List<String>> names, List<String> attribution) {
    this.entries = List.copyOf(entries);
    this.attribution = List.copyOf(attribution);
    this.alternates = List.copyOf(names);
    Map<String, int[]> index = new HashMap<>(entries.size() * 3);
    Map<Long, Integer> ids = new HashMap<>(entries.size() * 2);
    Map<String, GazetteerEntry> regions = new HashMap<>();
    Map<String, GazetteerEntry> states = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      ids.put(e.id(), i);
      if (e.isAdmin1()) regions.merge(e.admin1Key(), e, (a, b) -> a);
      if (e.isCountry()) states.merge(e.country(), e, (a, b) -> a.population() >= b.population() ? a : b);
      for (String key : keys(e.name(), names.get(i))) {
        int[] old = index.getOrDefault(key, NONE);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = i;
        index.put(key, grown);
      }
    }
    this.byName = index;
    this.byId = ids;
    this.admin1s = regions;
    this.countries = states;
  }

  private static Set<String> keys(String name, List<String> alternates) {
    Set<String> keys = new LinkedHashSet<>();
    for (String n : concat(name, alternates)) {
      String key = Names.fold(n);
      if (key.isEmpty()) continue;
      keys.add(key);
      String bare = Toponyms.stripGeneric(key);
      if (!bare.isEmpty()) keys.add(bare);
    }
    return keys;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Every entry known by {@code name} (in any spelling that folds alike), in file order. */
  public List<GazetteerEntry> lookup(String name) {
    return lookupFolded(Names.fold(name));
  }

  /** Every entry under an already folded key. */
  public List<GazetteerEntry> lookupFolded(String key) {
    int[] hits = byName.getOrDefault(key, NONE);
    List<GazetteerEntry> out = new ArrayList<>(hits.length);
    for (int i : hits) out.add(entries.get(i));
    return out;
  }

  /** The entry with this GeoNames id. */
  public Optional<GazetteerEntry> byId(long id) {
    Integer i = byId.get(id);
    return i == null ? Optional.empty() : Optional.of(entries.get(i));
  }

  /** The first-level admin division an entry lies in, if the gazetteer has it. */
  public Optional<GazetteerEntry> admin1Of(GazetteerEntry e) {
    if (e.admin1().isEmpty() || e.admin1().equals("00")) return Optional.empty();
    return Optional.ofNullable(admin1s.get(e.admin1Key()));
  }

  /** The country an entry lies in, if the gazetteer has it. */
  public Optional<GazetteerEntry> countryOf(GazetteerEntry e) {
    return Optional.ofNullable(countries.get(e.country()));
  }

  /** Visits every entry with its alternate names, in file order. */
  public void forEach(java.util.function.BiConsumer<GazetteerEntry, List<String>> visitor) {
    for (int i = 0; i < entries.size(); i++) visitor.accept(entries.get(i), alternates.get(i));
  }

  public int size() {
    return entries.size();
  }

  /** Credit lines for the data the gazetteer was built from. */
  public List<String> attribution() {
    return attribution;
  }

  /** Loads the gazetteer shipped in the class path. */
  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("default gazetteer missing: " + DEFAULT_RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read default gazetteer " + DEFAULT_RESOURCE, e);
    }
  }

  /** Loads a gazetteer file written by {@link #write}. */
  public static Gazetteer read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads the gzipped format from a stream. */
  public static Gazetteer read(InputStream raw) throws IOException {
    var reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    String first = reader.readLine();
    if (!MAGIC.equals(first)) throw new IllegalArgumentException("not a crosscheck gazetteer file");
    Builder builder = new Builder();
    String line;
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#")) {
        builder.attribution(line.substring(1).strip());
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 11) throw new IllegalArgumentException("line " + lineNo + ": expected 11 fields");
      var entry = new GazetteerEntry(Long.parseLong(f[0]), f[1], Double.parseDouble(f[2]),
          Double.parseDouble(f[3]), f[4].charAt(0), f[5], f[6], f[7], Long.parseLong(f[8]),
          Integer.parseInt(f[9]));
      builder.add(entry, f[10].isEmpty() ? List.of() : Arrays.asList(f[10].split("\\|")));
    }
    return builder.build();
  }

  /**
   * Writes the gazetteer: a magic line, {@code #} attribution lines, then one feature a line:
   * id, name, lat, lon, feature class, feature code, country, admin1, population, name count,
   * alternate names separated by {@code |}.
   */
  public void write(OutputStream raw) throws IOException {
    var out = new BufferedWriter(
        new OutputStreamWriter(new GZIPOutputStream(raw, 1 << 16), StandardCharsets.UTF_8));
    out.write(MAGIC);
    out.write('\n');
    for (String a : attribution) out.write("# " + a + "\n");
    for (int i = 0; i < entries.size(); i++) {
      GazetteerEntry e = entries.get(i);
      out.write(e.id() + "\t" + e.name() + "\t" + round(e.lat()) + "\t" + round(e.lon()) + "\t"
          + e.featureClass() + "\t" + e.featureCode() + "\t" + e.country() + "\t" + e.admin1()
          + "\t" + e.population() + "\t" + e.nameCount() + "\t" + String.join("|", alternates.get(i))
          + "\n");
    }
    out.close();
  }

  private static String round(double degrees) {
    return Double.toString(Math.round(degrees * 1e5) / 1e5);
  }

  /** Collects entries, then builds the index once. */
  public static final class Builder {
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final List<List<String>> names = new ArrayList<>();
    private final List<String> attribution = new ArrayList<>();

    public Builder add(GazetteerEntry entry, List<String> alternateNames) {
      entries.add(entry);
      names.add(List.copyOf(alternateNames));
      return this;
    }

    public Builder attribution(String line) {
      if (!attribution.contains(line)) attribution.add(line);
      return this;
    }

    public Gazetteer build() {
      return new Gazetteer(entries, names, attribution);
    }
  }
}
