package org.crosscheck.stories;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;

/**
 * Finds a wire-agency credit where credits are written: the dateline at the head of the text
 * ("KYIV, Dec 25 (Reuters) -", "Oslo (NPA) —"), a sign-off at its end ("— AP", "(AFP)"), a
 * copyright line, or the byline/outlet naming an agency. Mentions elsewhere in the body
 * ("according to Reuters") are not credits.
 *
 * <p>An unlisted agency is still recognised from the dateline shape when the credit looks like an
 * agency (an abbreviation in capitals, or a name ending in "Press", "News Agency", "Wire" and the like);
 * its full name is taken from a "Full Name (ABBR)" spelled out anywhere in the text.
 */
public final class WireDetector {
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:[\\p{Lu}][\\p{L}.'’ /-]{0,40}?)?(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,30}?){0,2}(?:,\\s*[\\p{L}.]{3,10}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
          + "\\(([^()]{2,40})\\)\\s*[-—–:]");
  private static final Pattern SIGN_OFF = Pattern.compile("(?:^|\\s)(?:[-—–]\\s*|\\()([\\p{L}. -]{2,40}?)\\)?\\s*$");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|copyright)\\s*(?:\\d{4}\\s+)?([\\p{L}. -]{2,40})");
  private static final Pattern AGENCY_ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{Lu}/-]{1,7}");
  private static final Pattern AGENCY_NAME = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}-]+\\s+){1,4}(?:Press(?:\\s+(?:Agency|Association|Service))?|News\\s+(?:Agency|Service)|Newswire|Wire(?:\\s+Service)?)");

  private final WireAgencies agencies;

  public WireDetector(WireAgencies agencies) {
    this.agencies = agencies;
  }

  /** The agency this article credits as its source, if any. */
  public Optional<WireCredit> detect(Article article) {
    String text = article.text();
    List<String> paragraphs = article.paragraphs();
    if (!paragraphs.isEmpty()) {
      Matcher m = DATELINE.matcher(paragraphs.getFirst());
      if (m.find()) {
        Optional<WireCredit> c = credit(m.group(1), m.group().strip(), text, true);
        if (c.isPresent()) return c;
      }
      String last = paragraphs.getLast();
      Matcher s = SIGN_OFF.matcher(last.length() > 200 ? last.substring(last.length() - 200) : last);
      if (s.find()) {
        Optional<WireCredit> c = credit(s.group(1), s.group().strip(), text, false);
        if (c.isPresent()) return c;
      }
      for (String p : List.of(paragraphs.getFirst(), last)) {
        Matcher c = COPYRIGHT.matcher(p);
        while (c.find()) {
          Optional<WireCredit> credit = known(c.group(1).strip(), c.group().strip());
          if (credit.isPresent()) return credit;
        }
      }
    }
    for (String author : article.authors()) {
      String a = author.replaceFirst("(?i)^by\\s+", "").strip();
      Optional<WireCredit> c = known(a, "byline " + author);
      if (c.isPresent()) return c;
    }
    if (article.source() != null) return known(article.source(), "outlet " + article.source());
    return Optional.empty();
  }

  private Optional<WireCredit> credit(String credited, String evidence, String text, boolean generic) {
    String name = credited.strip();
    Optional<WireCredit> k = known(name, evidence);
    if (k.isPresent() || !generic) return k;
    if (AGENCY_ABBREVIATION.matcher(name).matches()) {
      return Optional.of(new WireCredit(name.toLowerCase(Locale.ROOT), spelledOut(name, text), false, evidence));
    }
    if (AGENCY_NAME.matcher(name).matches()) {
      return Optional.of(new WireCredit(name.toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"), name, false, evidence));
    }
    return Optional.empty();
  }

  /** The full name written before "(ABBR)" whose initials make the abbreviation, else the abbreviation. */
  private static String spelledOut(String abbreviation, String text) {
    Matcher m = Pattern.compile("((?:\\p{Lu}[\\p{L}-]+\\s+){1,6})\\(" + Pattern.quote(abbreviation) + "\\)").matcher(text);
    while (m.find()) {
      String[] words = m.group(1).strip().split("\\s+");
      for (int from = 0; from < words.length; from++) {
        StringBuilder initials = new StringBuilder();
        for (int i = from; i < words.length; i++) initials.append(words[i].charAt(0));
        if (initials.toString().equalsIgnoreCase(abbreviation)) {
          return String.join(" ", Arrays.asList(words).subList(from, words.length));
        }
      }
    }
    return abbreviation;
  }

  private Optional<WireCredit> known(String name, String evidence) {
    return agencies.lookup(name).map(a -> new WireCredit(a.id(), a.name(), true, evidence));
  }
}
