package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;

/**
 * Reads the role and affiliation the text gives a person, from an apposition after the name
 * ("Viktor Trehubov, head of communications for Ukraine's Joint Forces grouping, said") or a
 * title before it ("the pro-Kremlin war blogger Rybar", "the Russian army's Chief of Staff
 * Valery Gerasimov"), and the side a role names ("Ukraine's", "pro-Kremlin").
 */
final class RoleFinder {

  private static final Pattern AFTER = Pattern.compile(
      "^\\s*,\\s*((?:the |a |an )?[a-z][^,.;:\"“”()]{2,140}?)(?=\\s*[,.;:\"“”(]|\\s+(?:said|says|told|noted|added|wrote|simply|who|which)\\b|$)");
  private static final Set<String> STOP_BEFORE = Set.of("the", "a", "an", "by", "that", "and",
      "with", "from", "to", "said", "says", "told", "as", "when", "while", "for", "on", "in", "at",
      "but", "or", "is", "was", "has", "had", "have", "according", "another", "then", "now", "can", "cannot", "will", "would", "could", "should",
      "must", "may", "might", "tell", "tells", "ask", "asked", "urged", "met", "meet", "called",
      "call", "thanked", "warned", "whom", "who", "its", "his", "her", "their", "our", "my", "your");
  /**
   * Words that may open a title before a name: it must start after one of these or punctuation.
   * A possessive opens one too, but points elsewhere ("Its adviser X"), so it stays out of the role.
   */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "another", "by", "former", "as",
      "its", "his", "her", "their", "our", "my", "your");
  private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "general",
      "chief", "staff", "commander", "spokesman", "spokeswoman", "spokesperson", "secretary",
      "director", "head", "governor", "mayor", "chancellor", "leader", "envoy", "ambassador",
      "officer", "analyst", "blogger", "correspondent", "reporter", "editor", "adviser", "advisor",
      "official", "colonel", "lieutenant", "sergeant", "captain", "admiral", "marshal", "senator");
  /** Words that name a side without naming a country. */
  private static final Map<String, String> METONYMS = Map.of(
      "kremlin", "Russia", "white house", "United States", "pentagon", "United States",
      "downing street", "United Kingdom", "elysee", "France");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  /**
   * Verbs that, right after "Name, ", close an apposition before the name rather than open one
   * after it: "The leader, Colonel Sanca, said in a message that …" gives no role "said in …".
   */
  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells", "added", "noted", "wrote",
      "writes", "warned", "denied", "confirmed", "claimed", "insisted", "stressed", "announced", "reported",
      "accused", "urged", "asked", "explained", "argued", "declared", "replied", "admitted");

  private final Gazetteer gazetteer;

  RoleFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<String> rolesOf(String text, int start, int end, List<Annotations.Span> sentences) {
    Annotations.Span sentence = sentences.stream()
        .filter(s -> s.start() <= start && end <= s.end()).findFirst()
        .orElse(new Annotations.Span(0, text.length()));
    List<String> found = new ArrayList<>();
    Matcher after = AFTER.matcher(text.substring(end, sentence.end()));
    if (after.find() && !SPEECH_VERBS.contains(firstWord(after.group(1)))) found.add(after.group(1).strip());
    String before = before(text.substring(sentence.start(), start));
    if (before != null) found.add(before);
    return found;
  }

  private static String firstWord(String phrase) {
    return phrase.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
  }

  /** The title words right before a name, back to a determiner, verb or punctuation. */
  private static String before(String prefix) {
    String trimmed = prefix.stripTrailing();
    if (trimmed.isEmpty() || !Character.isLetter(trimmed.charAt(trimmed.length() - 1))) return null;
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(trimmed);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) spans.add(new int[] {m.start(), m.end()});
    int from = trimmed.length();
    boolean opened = false;
    int i = spans.size() - 1;
    for (; i >= 0 && words.size() < 7; i--) {
      int[] s = spans.get(i);
      String between = trimmed.substring(s[1], from);
      if (!between.isBlank()) {
        opened = true; // punctuation ends the title
        break;
      }
      String w = trimmed.substring(s[0], s[1]);
      String lower = w.toLowerCase(Locale.ROOT);
      if (STOP_BEFORE.contains(lower)) {
        opened = OPENERS.contains(lower);
        break;
      }
      words.add(0, w);
      from = s[0];
    }
    if (i < 0 && words.size() < 7) opened = true; // the sentence starts with the title
    if (words.isEmpty() || !opened) return null;
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    if (!TITLE_WORDS.contains(last)) return null;
    return String.join(" ", words);
  }

  /** The country a person's roles name, if exactly one is named. */
  Optional<String> sideOf(List<String> roles) {
    Map<String, Integer> sides = new LinkedHashMap<>();
    for (String role : roles) {
      String lower = role.toLowerCase(Locale.ROOT);
      METONYMS.forEach((word, side) -> {
        if (lower.contains(word)) sides.merge(side, 1, Integer::sum);
      });
      Matcher m = WORD.matcher(role);
      while (m.find()) {
        String w = m.group().replaceAll("['’]s?$", "");
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
        country(w).ifPresent(c -> sides.merge(c, 1, Integer::sum));
      }
    }
    return sides.size() == 1 ? Optional.of(sides.keySet().iterator().next()) : Optional.empty();
  }

  /** A country named by a word or its demonym: "Ukraine's", "Ukrainian", "Russian". */
  private Optional<String> country(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    if (word.endsWith("ian")) forms.add(word.substring(0, word.length() - 3) + "e");
    if (word.endsWith("ian")) forms.add(word.substring(0, word.length() - 3) + "y");
    if (word.endsWith("an")) forms.add(word.substring(0, word.length() - 1));
    if (word.endsWith("ese")) forms.add(word.substring(0, word.length() - 3) + "a");
    if (word.endsWith("ish")) forms.add(word.substring(0, word.length() - 3) + "land");
    for (String form : forms) {
      for (GazetteerEntry e : gazetteer.lookup(form)) {
        if (e.isCountry() && e.name().equalsIgnoreCase(form)) return Optional.of(e.name());
      }
    }
    return Optional.empty();
  }
}
