package org.crosscheck.stories;

import java.util.Locale;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.model.Hosts;

/** Who reports an article, as stories list their outlets and the cross-check counts sources. */
public final class Outlets {
  private Outlets() {}

  /**
   * The article's source as the input names it, else the host it was read from, else the known
   * wire agency its dateline, sign-off, copyright line or byline credits ("BARI, Italy (AP) —": a
   * text dump of wire copy is that agency's report, so two such dumps are one source); empty when
   * none of these says.
   */
  public static Optional<String> reportedBy(Article a) {
    if (a.source() != null && !a.source().isBlank()) return Optional.of(a.source());
    for (String url : new String[] {a.canonicalUrl(), a.url()}) {
      String host = Hosts.of(url);
      if (host != null) return Optional.of(host);
    }
    return Wires.DETECTOR.detect(a).filter(WireCredit::known).map(WireCredit::agencyName);
  }

  /**
   * The outlet as listings show it: {@link #reportedBy}, else "unknown outlet" with the file's
   * name, so that two such reports are still told apart (and counted apart as sources).
   */
  public static String named(Article a) {
    return reportedBy(a).orElseGet(() -> {
      String origin = a.origin();
      return "unknown outlet (" + origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1) + ")";
    });
  }

  /**
   * Whether {@code host} ("www.lisbonherald.example") is the site of the outlet called {@code name}
   * ("Lisbon Herald", "The Lisbon Herald"): the host's first label past "www." spells the name's
   * letters and digits.
   */
  public static boolean isSiteOf(String host, String name) {
    if (host.equals(name) || host.chars().anyMatch(Character::isWhitespace) || host.indexOf('.') < 0) return false;
    String site = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d*\\.", "");
    String label = site.substring(0, site.indexOf('.')).replaceAll("[^\\p{L}\\p{N}]", "");
    String spelled = name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]", "");
    return label.length() >= 3 && (label.equals(spelled) || label.equals("the" + spelled));
  }

  /** The shipped wire agencies, read once on first use. */
  private static final class Wires {
    static final WireDetector DETECTOR = new WireDetector(WireAgencies.withDefaults());
  }
}
