package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The known wire agencies and the names and abbreviations they are credited by. */
public final class WireAgencies {
  /** One agency: its id, display name and every name it is credited by. */
  public record Agency(String id, String name, List<String> names) {}

  private final List<Agency> agencies;
  private final Map<String, Agency> exact = new HashMap<>();
  private final Map<String, Agency> folded = new HashMap<>();

  public WireAgencies(List<Agency> agencies) {
    this.agencies = List.copyOf(agencies);
    for (Agency a : this.agencies) {
      for (String n : a.names()) {
        // Short abbreviations only match as written ("AP", not "ap"); longer names in any case.
        if (n.length() <= 4) exact.putIfAbsent(n, a);
        else folded.putIfAbsent(n.toLowerCase(Locale.ROOT), a);
      }
    }
  }

  /** The agencies in {@code wire-agencies.tsv}. */
  public static WireAgencies withDefaults() {
    return parse(Resources.lines("wire-agencies.tsv"));
  }

  /** Parses lines of "id TAB name TAB alias, alias"; a malformed line fails with its text. */
  static WireAgencies parse(List<String> lines) {
    List<Agency> out = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException("wire agency line needs id<TAB>name[<TAB>aliases]: " + line);
      }
      List<String> names = new ArrayList<>();
      names.add(cols[1].strip());
      if (cols.length > 2) {
        for (String alias : cols[2].split(",")) if (!alias.isBlank()) names.add(alias.strip());
      }
      out.add(new Agency(cols[0].strip(), cols[1].strip(), List.copyOf(names)));
    }
    return new WireAgencies(out);
  }

  /** The agency credited as {@code name}, if known. */
  public Optional<Agency> lookup(String name) {
    String n = name.strip();
    Agency a = exact.get(n);
    if (a == null) a = folded.get(n.toLowerCase(Locale.ROOT));
    if (a == null && n.regionMatches(true, 0, "the ", 0, 4)) return lookup(n.substring(4));
    return Optional.ofNullable(a);
  }

  public List<Agency> all() {
    return agencies;
  }
}
