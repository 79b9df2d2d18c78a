package org.crosscheck.stories;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a headline to what identifies the report: section prefixes ("Opinion | ", "Analysis: ")
 * and outlet suffixes (" - Fox News", " | Reuters") go, then case and punctuation.
 */
public final class HeadlineNormalizer {
  private static final Pattern PREFIX = Pattern.compile(
      "^(?i:opinion|analysis|editorial|exclusive|breaking(?: news)?|watch|video|live|updated?|explainer"
          + "|commentary|review|factbox|fact check|in pictures|photos|update \\d+)\\s*[|:–—-]\\s*");
  private static final Pattern BAR_SUFFIX = Pattern.compile("\\s+[|]\\s+[^|]{1,60}$");
  private static final Pattern DASH_SUFFIX = Pattern.compile("\\s+[-–—]\\s+([^-–—]{1,60})$");
  private static final Pattern MEDIA_WORD = Pattern.compile(
      "(?i)\\b(news|times|post|press|journal|herald|guardian|tribune|telegraph|daily|online|tv|radio|"
          + "gazette|express|mail|independent|review|today|chronicle|observer|standard|agency|"
          + "bbc|cnn|reuters|ap|afp|nbc|abc|cbs|fox|npr)\\b|\\.(com|org|net|co\\.uk)\\b");

  /** The normalised headline: lowercase words joined by single spaces. */
  public String normalize(String headline, String outlet) {
    if (headline == null) return "";
    String h = headline.strip();
    String before;
    do {
      before = h;
      h = PREFIX.matcher(h).replaceFirst("");
      h = BAR_SUFFIX.matcher(h).replaceFirst("");
      var dash = DASH_SUFFIX.matcher(h);
      if (dash.find() && isOutletName(dash.group(1), outlet)) h = h.substring(0, dash.start());
    } while (!h.equals(before) && !h.isEmpty());
    return h.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean isOutletName(String tail, String outlet) {
    String t = tail.strip();
    if (outlet != null && t.equalsIgnoreCase(outlet.strip())) return true;
    return t.split("\\s+").length <= 4 && MEDIA_WORD.matcher(t).find();
  }
}
