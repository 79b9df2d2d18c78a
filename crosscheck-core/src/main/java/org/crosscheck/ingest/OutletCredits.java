package org.crosscheck.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.resources.DataFiles;

/**
 * Where a page dump names the outlet that published it in a line of its own: "Source: Harbour
 * Gazette", "Published by The Lakeside Courier", a closing "© 2027 Harbour Gazette. All rights
 * reserved.", or a byline's tail ("By Anna Berg, Harbour Gazette"). Wire credits in a dateline
 * ("BARI (AP) —") are left to the stories stage, which names the agency of such copy.
 */
final class OutletCredits {
  /** Longest outlet name taken, in words: longer is a sentence, not a name. */
  private static final int MAX_WORDS = 6;
  private static final int MAX_CHARS = 60;

  private static final Pattern LABELLED = Pattern.compile(
      "^(?:source|published by|publisher|originally published (?:by|in))\\s*:?\\s+(.+?)\\s*\\.?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT = Pattern.compile("^(?:©|ⓒ|\\(c\\)|copyright\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT_NOISE = Pattern.compile(
      "©|ⓒ|\\([cC]\\)|\\b[Cc]opyright\\b|\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?\\b|[Aa]ll rights reserved\\.?");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.&'’/-]*(?:\\s+(?:of|the|and|&|\\p{Lu}[\\p{L}\\p{N}.&'’/-]*))*");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}(?:/\\p{Lu}{2,6})?");

  private static final Set<String> OUTLET_WORDS = DataFiles.lines(OutletCredits.class, "outlet-words.txt").stream()
      .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());

  private OutletCredits() {}

  /** The outlet a "Source:" or "Published by" line names, if {@code line} is one. */
  static Optional<String> labelled(String line) {
    Matcher m = LABELLED.matcher(line.strip());
    return m.matches() ? name(m.group(1)) : Optional.empty();
  }

  /** The outlet a copyright line names ("© 2027 Harbour Gazette. All rights reserved."), if it is one. */
  static Optional<String> copyright(String line) {
    String s = line.strip();
    if (!COPYRIGHT.matcher(s).find()) return Optional.empty();
    return name(COPYRIGHT_NOISE.matcher(s).replaceAll(" ").replaceAll("[\\s.,;|]+$", "").replaceAll("^[\\s.,;|]+", ""));
  }

  /**
   * Whether the last name in a byline is the outlet, not a second author: it holds a word
   * outlets are named with ("Gazette", "News", "Agency"), opens with "The", or is an acronym
   * ("AFP").
   */
  static boolean outletLike(String name) {
    String n = name.strip();
    if (ACRONYM.matcher(n).matches() || n.startsWith("The ")) return true;
    for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (OUTLET_WORDS.contains(w)) return true;
    return false;
  }

  /** The outlet the last copyright line among {@code lines} names, if any. */
  static Optional<String> copyright(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      Optional<String> o = copyright(lines.get(i));
      if (o.isPresent()) return o;
    }
    return Optional.empty();
  }

  private static Optional<String> name(String candidate) {
    String s = candidate.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > MAX_CHARS || s.split(" ").length > MAX_WORDS || !NAME.matcher(s).matches()) return Optional.empty();
    return Optional.of(s);
  }
}
