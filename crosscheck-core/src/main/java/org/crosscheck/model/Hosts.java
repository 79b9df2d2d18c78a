package org.crosscheck.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The outlet part of a web address, one way for every stage that names outlets by address. */
public final class Hosts {
  private static final List<String> PAGE_VARIANTS = List.of("www.", "m.", "mobile.", "amp.");

  private Hosts() {}

  /**
   * The host of {@code url} in lower case without "www.", "m.", "mobile." or "amp." (one outlet
   * serves all of them), or null when there is no address or it does not parse.
   */
  public static String of(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) return null;
      host = host.toLowerCase(Locale.ROOT);
      for (String prefix : PAGE_VARIANTS) {
        if (host.startsWith(prefix)) return host.substring(prefix.length());
      }
      return host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
