package org.crosscheck.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.geo.Names;

/**
 * The keys a name is looked up under: the folded spelling (Zelensky, Zelenskyy and Zelenskiy
 * meet), and for an entity also the folded tail of its id ({@code person:zelenski} answers to
 * "Zelensky" alone). Both stored values and typed queries go through {@link #key}.
 */
public final class Lookup {
  private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("^(?:the|a|an) (?=.)");

  private Lookup() {}

  /** The folded key of a typed or stored name, without a leading article; empty if nothing is left. */
  public static String key(String name) {
    if (name == null) return "";
    return ARTICLE.matcher(Names.fold(name)).replaceFirst("");
  }

  /** Every key an entity answers to. */
  public static Set<String> keys(Entity e) {
    Set<String> keys = new LinkedHashSet<>();
    add(keys, e.name());
    e.aliases().forEach(a -> add(keys, a));
    int colon = e.id().indexOf(':');
    if (colon > 0 && !e.id().startsWith("geonames:") && !e.id().startsWith("place:")) add(keys, e.id().substring(colon + 1).replace('-', ' '));
    return keys;
  }

  private static void add(Set<String> keys, String name) {
    String k = key(name);
    if (!k.isEmpty()) keys.add(k);
  }
}
