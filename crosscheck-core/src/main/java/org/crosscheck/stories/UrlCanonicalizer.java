package org.crosscheck.stories;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds the many addresses of one page into one: https, lowercase host without {@code www.},
 * {@code m.}, {@code mobile.} or {@code amp.}, no AMP path or parameter, no tracking parameters,
 * remaining parameters sorted, no fragment, no trailing slash (except the bare root, "/").
 *
 * <p>Anything that is not an absolute http(s) URL comes back stripped but otherwise unchanged, so
 * a bad address never stops a run; it simply matches nothing else.
 */
public final class UrlCanonicalizer {
  private static final Set<String> HOST_PREFIXES = Set.of("www.", "m.", "mobile.", "amp.");

  private final Set<String> trackingNames;
  private final List<String> trackingPrefixes;

  /** @param trackingParameters parameter names to drop, case-insensitive; "name*" drops a prefix */
  public UrlCanonicalizer(List<String> trackingParameters) {
    trackingNames = trackingParameters.stream().filter(p -> !p.endsWith("*"))
        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    trackingPrefixes = trackingParameters.stream().filter(p -> p.endsWith("*"))
        .map(p -> p.substring(0, p.length() - 1).toLowerCase(Locale.ROOT)).toList();
  }

  /** With the tracking parameters listed in {@code tracking-parameters.txt}. */
  public static UrlCanonicalizer withDefaults() {
    return new UrlCanonicalizer(Resources.lines("tracking-parameters.txt"));
  }

  /** The canonical form of {@code url}; {@code null} for null or blank input. */
  public String canonicalize(String url) {
    if (url == null || url.isBlank()) return null;
    String trimmed = url.strip();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      return trimmed;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null || uri.getHost() == null) {
      return trimmed;
    }
    StringBuilder out = new StringBuilder("https://").append(host(uri.getHost()));
    int port = uri.getPort();
    if (port != -1 && port != 80 && port != 443) out.append(':').append(port);
    out.append(path(uri.getRawPath()));
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) out.append('?').append(query);
    return out.toString();
  }

  private static String host(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String prefix : HOST_PREFIXES) {
        // Keep at least a registrable-looking name: "m.co" stays.
        if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
          h = h.substring(prefix.length());
          stripped = true;
        }
      }
    }
    return h;
  }

  private static String path(String rawPath) {
    String p = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
    if (p.endsWith("/amp")) p = p.substring(0, p.length() - 4);
    else if (p.endsWith(".amp")) p = p.substring(0, p.length() - 4);
    else if (p.endsWith(".amp.html")) p = p.substring(0, p.length() - 9) + ".html";
    if (p.startsWith("/amp/")) p = p.substring(4);
    while (p.length() > 1 && p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p.isEmpty() ? "/" : p;
  }

  private String query(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return "";
    List<String[]> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (isTracking(name) || isAmp(name, value)) continue;
      kept.add(new String[] {name, value, pair});
    }
    kept.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    return kept.stream().map(p -> p[2]).collect(Collectors.joining("&"));
  }

  private boolean isTracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (trackingNames.contains(n)) return true;
    for (String prefix : trackingPrefixes) if (n.startsWith(prefix)) return true;
    return false;
  }

  private static boolean isAmp(String name, String value) {
    return name.equalsIgnoreCase("amp") || value.equalsIgnoreCase("amp");
  }
}
