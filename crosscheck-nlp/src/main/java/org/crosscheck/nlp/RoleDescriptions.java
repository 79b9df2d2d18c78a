package org.crosscheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role descriptions standing for a person's name — "the Russian President", "the Kremlin
 * leader", "Ukraine's prime minister" — from a data file of role phrases ({@code
 * role-phrases.tsv}), and picks the person of the article they mean.
 *
 * <p>A description means the one person whose stated role contains the phrase's role word and
 * whose side matches; failing that, when the description names a side, the person named last
 * before it within a few sentences, if nothing they are said to be contradicts it ("the Russian President visited" after "a blow to
 * Vladimir Putin"). Nothing here names a person: who holds a role comes from the article.
 */
final class RoleDescriptions {

  /** A role phrase: what to look for, the role word it asks for, the side it names itself. */
  record Phrase(String text, String role, String side) {}

  /** A description found in a text, with the side its words name (or null). */
  record Found(int start, int end, String text, Phrase phrase, String side) {}

  /** A person as the linker knows them: id, stated roles, side, where they are named. */
  record Person(String id, List<String> roles, String side, List<Integer> starts) {}

  /** How far back (characters) a description may reach for the person named last. */
  private static final int REACH = 700;

  private final List<Phrase> phrases;
  private final Pattern pattern;
  private final RoleFinder roles;

  RoleDescriptions(List<Phrase> phrases, RoleFinder roles) {
    this.phrases = phrases.stream().sorted(Comparator.comparingInt((Phrase p) -> -p.text().length())).toList();
    this.roles = roles;
    String alternatives = String.join("|", this.phrases.stream()
        .map(p -> Pattern.quote(p.text()).replace(" ", "\\E\\s+\\Q")).toList());
    // "the" + an optional side word ("Russian", "Ukraine's", "U.S.") + the phrase, not followed by
    // a capitalised word: "the Russian President Vladimir Putin" is a title, read by RoleFinder.
    this.pattern = Pattern.compile("\\b(?:[Tt]he|[A-Z][\\p{L}.]*['’]s)\\s+(?:(?<side>[A-Z][\\p{L}.]*(?:['’]s)?)\\s+)??"
        + "(?<phrase>(?i:" + alternatives + "))\\b(?!\\s+[A-Z])");
  }

  static RoleDescriptions load(RoleFinder roles) {
    try (InputStream in = RoleDescriptions.class.getResourceAsStream("role-phrases.tsv")) {
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Phrase> phrases = new ArrayList<>();
      for (String line : reader.lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        phrases.add(new Phrase(f[0].strip(), f[1].strip(), f.length > 2 && !f[2].isBlank() ? f[2].strip() : null));
      }
      return new RoleDescriptions(phrases, roles);
    } catch (IOException e) {
      throw new UncheckedIOException("role-phrases.tsv in the class path is unreadable", e);
    }
  }

  /** Every description in a text, in text order. */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String said = m.group("phrase").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      Phrase phrase = phrases.stream().filter(p -> p.text().equals(said)).findFirst().orElseThrow();
      String side = phrase.side();
      // The owner of "Ukraine's prime minister" is the side, like "the Ukrainian prime minister".
      String owner = m.group(0).substring(0, m.start("phrase") - m.start()).strip();
      for (String word : owner.split("\\s+")) {
        Optional<String> s = roles.sideOf(List.of(word));
        if (s.isPresent()) side = s.get();
      }
      out.add(new Found(m.start(), m.end(), m.group(), phrase, side));
    }
    return out;
  }

  /** The id of the person a description means, if one can be told. */
  Optional<String> personFor(Found d, List<Person> people) {
    List<Person> stated = people.stream().filter(p -> holds(p, d.phrase().role())
        && (d.side() == null || d.side().equals(p.side()))).toList();
    if (stated.size() == 1) return Optional.of(stated.get(0).id());
    // Without a side, "the president" may be anyone's: only a stated role tells.
    if (!stated.isEmpty() || d.side() == null) return Optional.empty();
    Person last = null;
    int lastAt = -1;
    for (Person p : people) {
      for (int at : p.starts()) {
        if (at < d.start() && at > lastAt && d.start() - at <= REACH) {
          last = p;
          lastAt = at;
        }
      }
    }
    if (last == null) return Optional.empty();
    boolean contradicts = (d.side() != null && last.side() != null && !d.side().equals(last.side()))
        || !last.roles().isEmpty();
    return contradicts ? Optional.empty() : Optional.of(last.id());
  }

  private static boolean holds(Person p, String role) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(role) + "\\b", Pattern.CASE_INSENSITIVE);
    return p.roles().stream().anyMatch(r -> word.matcher(r).find());
  }
}
