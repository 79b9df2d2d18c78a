package org.crosscheck.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Hosts;
import org.crosscheck.resources.DataFiles;

/**
 * Gives each outlet one name however a report reached us. Feeds name themselves with a section
 * ("NPA - World news"), pages by their site name, exports by whatever the exporter wrote, and
 * some inputs only by their web address. Independence counts and facets need one name per
 * outlet, so names are cleaned of section suffixes, and the name seen with a host is learned and
 * given to reports from that host that carry no name of their own.
 *
 * <p>What was learned is kept in a small tab-separated file in the data directory. Hosts never
 * seen with a name fall back to a shipped list of widely cited outlets ({@code known-outlets.tsv}).
 */
public final class OutletNames {
  private static final Pattern SECTION_SEPARATOR = Pattern.compile("\\s+[-|–—:]\\s+|:\\s+");
  private static final int MAX_SECTION_WORDS = 4;

  private static final Map<String, String> KNOWN = known();

  private final Path file;
  /** host → (name → how often seen); sorted maps keep the choice deterministic. */
  private final Map<String, Map<String, Integer>> seen = new TreeMap<>();

  /** Which write of the file was read here ({@code null}: absent), for {@link #refresh}. */
  private Version readAt;

  /**
   * One write of the file: its time alone may not tell two apart (a coarse file-system clock), but
   * each {@link #save} moves a new file into place, with a key of its own where the system gives one.
   */
  private record Version(FileTime modified, Object key, long size) {
    static Version of(Path file) throws IOException {
      if (!Files.exists(file)) return null;
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Version(a.lastModifiedTime(), a.fileKey(), a.size());
    }
  }

  private OutletNames(Path file) {
    this.file = file;
  }

  /** Loads what was learned in {@code file}, if it exists. */
  public static OutletNames load(Path file) throws IOException {
    OutletNames names = new OutletNames(file);
    if (file != null && Files.exists(file)) {
      names.readAt = Version.of(file);
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t");
        if (parts.length == 3) {
          try {
            names.seen.computeIfAbsent(parts[0], h -> new TreeMap<>()).put(parts[1], Integer.parseInt(parts[2]));
          } catch (NumberFormatException ignored) {
            // A damaged line only loses what it taught; the rest still loads.
          }
        }
      }
    }
    return names;
  }

  /** Learns nothing durable; for tests and one-off reads. */
  public static OutletNames inMemory() {
    return new OutletNames(null);
  }

  /** The article with its outlet named as this class names it. */
  public synchronized Article normalize(Article article) {
    String host = Hosts.of(article.canonicalUrl() != null ? article.canonicalUrl() : article.url());
    String given = article.source();
    boolean named = given != null && !given.isBlank() && !given.equalsIgnoreCase(host) && !looksLikeHost(given);
    String name;
    if (named) {
      name = clean(given);
      if (host != null) seen.computeIfAbsent(host, h -> new TreeMap<>()).merge(name, 1, Integer::sum);
    } else {
      name = host == null ? given : learned(host);
    }
    return name == null || name.equals(given) ? article : article.withSource(name);
  }

  /**
   * The name an outlet listed as {@code outlet} goes by now: a bare host ("sulgazette.example",
   * what a report without a name was given before any report of that site named it) takes the
   * name since learned for it or its nearest parent domain; any other name is returned as is.
   * Listings apply this when they read, so stored reports and stories keep their bytes.
   */
  public synchronized String nameOf(String outlet) {
    return outlet == null || !looksLikeHost(outlet) ? outlet : learned(outlet);
  }

  /**
   * The hosts learned to go by {@code name} (case-insensitive), so a filter on an outlet's name
   * also finds what was stored under its bare host before the name was learned.
   */
  public synchronized List<String> hostsCalled(String name) {
    List<String> hosts = new ArrayList<>();
    for (String host : seen.keySet()) if (learned(host).equalsIgnoreCase(name)) hosts.add(host);
    return hosts;
  }

  /**
   * The outlets asked for in a filter, with the bare hosts their reports may be stored under (read
   * before a report of the site taught its name) and the name a host asked for has since been learned as.
   */
  public synchronized List<String> alsoAsStored(List<String> asked) {
    Set<String> all = new LinkedHashSet<>();
    for (String o : asked) {
      all.add(o);
      all.add(nameOf(o));
      all.addAll(hostsCalled(o));
    }
    return List.copyOf(all);
  }

  /**
   * For a long-running reader (the web server): reads the file again when an ingest beside it has
   * saved since, so names learned there apply here too; true when it was read again. A writer must
   * not call it, as it drops what was learned and not yet saved.
   */
  public synchronized boolean refresh() throws IOException {
    if (file == null) return false;
    if (Objects.equals(Version.of(file), readAt)) return false;
    OutletNames fresh = load(file);
    seen.clear();
    seen.putAll(fresh.seen);
    readAt = fresh.readAt;
    return true;
  }

  /** Writes what was learned (atomically: a crash leaves the old file or the new one). */
  public synchronized void save() throws IOException {
    if (file == null) return;
    List<String> lines = new ArrayList<>();
    seen.forEach((host, names) -> names.forEach((name, count) -> lines.add(host + "\t" + name + "\t" + count)));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** "NPA - World news" → "NPA"; "The Courier | Europe" → "The Courier"; other names unchanged. */
  static String clean(String name) {
    String n = name.strip().replaceAll("\\s+", " ");
    var m = SECTION_SEPARATOR.matcher(n);
    if (m.find() && m.start() >= 2) {
      String rest = n.substring(m.end());
      if (rest.split(" ").length <= MAX_SECTION_WORDS) return n.substring(0, m.start());
    }
    return n;
  }

  /**
   * The name most often seen with {@code host}, else its shipped name, else the same for its
   * nearest parent domain ("briefing.courier.example" takes the name pages of "courier.example"
   * give: an outlet's newsletters, live pages and regional editions sit on subdomains of its site),
   * else the host. A name known for the host itself always beats one learned for a parent.
   */
  private String learned(String host) {
    for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
      Map<String, Integer> names = seen.get(h);
      if (names != null && !names.isEmpty()) {
        return names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(host);
      }
      String shipped = KNOWN.get(h);
      if (shipped != null) return shipped;
    }
    return host;
  }

  /** The shipped name of {@code host} or of the nearest parent domain listed ("edition.cnn.com" → CNN), else the host. */
  static String known(String host) {
    for (String h = host; h.indexOf('.') > 0; h = h.substring(h.indexOf('.') + 1)) {
      String name = KNOWN.get(h);
      if (name != null) return name;
    }
    return host;
  }

  private static Map<String, String> known() {
    Map<String, String> names = new TreeMap<>();
    for (String line : DataFiles.lines(OutletNames.class, "known-outlets.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) names.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
    }
    return names;
  }

  private static boolean looksLikeHost(String name) {
    return !name.contains(" ") && name.contains(".") && name.equals(name.toLowerCase(Locale.ROOT));
  }
}
