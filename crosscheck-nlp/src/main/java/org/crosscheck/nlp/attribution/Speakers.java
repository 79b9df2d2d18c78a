package org.crosscheck.nlp.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;

/**
 * Resolves the words naming a speaker to an entity, reading an article front to back: names
 * through their mentions, pronouns to the most recent fitting speaker ("she" to a woman, by
 * honorific or first name, when the text marks it), and definite descriptions
 * ("the blogger") to the entity the text earlier gave that role. Indefinite descriptions
 * ("another Russian military blogger") and groups ("Ukrainian officials") stay unnamed.
 *
 * <p>One instance serves one article: it remembers the speakers it has resolved so far.
 */
final class Speakers {

  /** A resolved speaker: the entity, or none, and whether the words name a group. */
  record Resolved(String entityId, boolean group) {}

  private record Said(int at, String entityId, boolean group, EntityType type) {}

  private final Lexicon lexicon;
  private final List<Mention> mentions;
  private final Map<String, Entity> entities;
  private final QuoteSpans quoted;
  private final List<Said> history = new ArrayList<>();
  private final String text;
  private final List<Annotations.Span> paragraphs;
  /** Each entity's gender as the text marks it: "m", "f", or "" when it does not. */
  private final Map<String, String> genders = new java.util.HashMap<>();

  /** Which offsets lie inside quote marks: mentions there are not the article's own voice. */
  interface QuoteSpans {
    boolean inside(int offset);
  }

  Speakers(Lexicon lexicon, String text, List<Mention> mentions, List<Entity> entities, QuoteSpans quoted) {
    this.lexicon = lexicon;
    this.text = text;
    this.mentions = mentions;
    this.entities = entities.stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
    this.quoted = quoted;
    this.paragraphs = QuoteMarks.paragraphs(text);
  }

  /**
   * Resolves a source description and remembers it for later pronouns.
   *
   * @param words the description's words, as tokens
   * @param start offset of the description
   * @param end offset after it
   * @param apposition whether the description is "Name, role": the head is its first name
   */
  Resolved resolve(List<Tokens.Token> words, int start, int end, boolean apposition) {
    Resolved r = find(words, start, end, apposition);
    EntityType type = r.entityId() == null ? null
        : entities.containsKey(r.entityId()) ? entities.get(r.entityId()).type() : null;
    history.add(new Said(start, r.entityId(), r.group(), type));
    return r;
  }

  private Resolved find(List<Tokens.Token> words, int start, int end, boolean apposition) {
    // "a doctor at Simao Mendes hospital": the place the person works at only places them.
    int placed = placingPreposition(words);
    // "residents who fled to X": the relative clause says what the speakers did; X is not among them.
    if (placed < 0) placed = relativeClause(words);
    if (placed > 0) {
      words = words.subList(0, placed);
      end = words.get(placed - 1).end();
    }
    int until = end;
    String first = words.get(0).lower();
    if (words.size() == 1 && lexicon.is("pronoun-singular", first)) {
      String gender = first.equals("he") ? "m" : first.equals("she") ? "f" : "";
      return new Resolved(lastPerson(start, gender), false);
    }
    if (words.size() == 1 && lexicon.is("pronoun-plural", first)) return new Resolved(lastGroup(start), true);
    if (words.size() == 1 && lexicon.is("pronoun-relative", first)) return new Resolved(nameBefore(start), false);

    List<Mention> inside = mentions.stream()
        .filter(m -> m.start() >= start && m.start() < until
            && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
            && !possessorOfAnother(m, until)).toList();
    if (!inside.isEmpty()) {
      // In apposition the person comes first ("Viktor Trehubov, head of … Joint Forces") or after the
      // role they hold ("Harbour Line's chairman, Tomas Jankus"): either way the person speaks.
      Mention head = apposition
          ? inside.stream().filter(m -> m.type() == EntityType.PERSON).findFirst().orElse(inside.get(0))
          : inside.stream().filter(m -> m.type() == EntityType.PERSON).reduce((a, b) -> b).orElse(inside.get(inside.size() - 1));
      return new Resolved(head.entityId(), false);
    }
    String byName = byName(words);
    if (byName != null) return new Resolved(byName, false);

    String head = words.get(words.size() - 1).lower();
    boolean group = isPlural(head);
    if (lexicon.is("indefinite", first) || group) return new Resolved(null, group);
    return new Resolved(byRole(words, head, start), false);
  }

  /** The index of "who" right after a person's role ("a farmer who reached X"), or -1. */
  private int relativeClause(List<Tokens.Token> words) {
    for (int i = 1; i + 1 < words.size(); i++) {
      if (words.get(i).text().equals("who")) return lexicon.descriptors().contains(words.get(i - 1).lower()) ? i : -1;
    }
    return -1;
  }

  /**
   * The index of "at", "in", "from" or "near" right after a person's role in a description ("a
   * doctor at Simao Mendes hospital", "an official in the Health Ministry", "a trader near the
   * Total depot"), or -1. A spokesman's
   * organisation is not passed over: "a spokesman at the ministry" speaks for it.
   */
  private int placingPreposition(List<Tokens.Token> words) {
    for (int i = 1; i + 1 < words.size(); i++) {
      String w = words.get(i).lower();
      if (!w.equals("at") && !w.equals("in") && !w.equals("from") && !w.equals("near")) continue;
      String role = words.get(i - 1).lower();
      return lexicon.descriptors().contains(role) && !lexicon.is("speaks-for", role) ? i : -1;
    }
    return -1;
  }

  /**
   * Whether a name inside a description only owns the one who speaks: "Sanca's lawyer", "the
   * mutineers' leader" name the lawyer and the leader; the name speaks only through a
   * spokesman of its own ("the Kremlin's spokesman").
   */
  private boolean possessorOfAnother(Mention m, int end) {
    if (m.end() >= end) return false;
    String after = text.substring(m.end(), end);
    Matcher possessive = POSSESSIVE.matcher(after);
    if (!possessive.lookingAt()) return false;
    String role = after.substring(possessive.end()).strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !role.isEmpty() && !lexicon.is("speaks-for", role);
  }

  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?\\s");

  /**
   * The last singular speaker, else the last person named outside quotes, passing over those
   * whose gender the text marks otherwise than the pronoun ("she" after Mr. Trump spoke).
   *
   * @param gender "m" for he, "f" for she, "" when the pronoun marks none
   */
  private String lastPerson(int before, String gender) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Said s = history.get(i);
      if (s.at() < before && !s.group() && s.entityId() != null
          && (s.type() == null || s.type() == EntityType.PERSON) && fits(s.entityId(), gender)) {
        return s.entityId();
      }
    }
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.end() <= before && m.type() == EntityType.PERSON && !quoted.inside(m.start()) && fits(m.entityId(), gender)) {
        return m.entityId();
      }
    }
    return null;
  }

  private boolean fits(String entityId, String gender) {
    if (gender.isEmpty()) return true;
    String known = genders.computeIfAbsent(entityId, this::genderOf);
    return known.isEmpty() || known.equals(gender);
  }

  /** An honorific before one of its mentions ("Mrs. Clinton"), else its first name's usual gender. */
  private String genderOf(String entityId) {
    for (Mention m : mentions) {
      if (!m.entityId().equals(entityId)) continue;
      String before = text.substring(Math.max(0, m.start() - 5), m.start());
      if (before.endsWith("Mr. ") || before.endsWith("Mr ")) return "m";
      if (before.endsWith("Mrs. ") || before.endsWith("Ms. ") || before.endsWith("Mrs ") || before.endsWith("Ms ")
          || before.endsWith("Miss ")) return "f";
    }
    Entity e = entities.get(entityId);
    if (e == null) return "";
    String first = e.name().split("[\\s.]+")[0].toLowerCase(Locale.ROOT);
    return lexicon.firstNames().getOrDefault(first, "");
  }

  /**
   * The group "they" stands for: the last group that spoke, or the last organisation when no
   * people in the plural ("the border troops", "residents") were named since, within this
   * paragraph and the one before. Further back, or after an unnamed group, "they" stays unnamed.
   */
  private String lastGroup(int before) {
    int floor = previousParagraphStart(before);
    for (int i = history.size() - 1; i >= 0; i--) {
      Said s = history.get(i);
      if (s.at() >= before) continue;
      if (s.at() < floor) break;
      if (s.group()) return s.entityId();
      if (s.entityId() != null && s.type() == EntityType.ORGANIZATION) {
        return pluralPeopleBetween(s.at(), before) ? null : s.entityId();
      }
    }
    return null;
  }

  /** The start of the paragraph before the one holding {@code at} (0 in the first two). */
  private int previousParagraphStart(int at) {
    int previous = 0;
    int current = 0;
    for (Annotations.Span p : paragraphs) {
      if (p.start() > at) break;
      previous = current;
      current = p.start();
    }
    return previous;
  }

  /** Whether a plural role noun ("troops", "residents") stands between two offsets, outside quotes. */
  private boolean pluralPeopleBetween(int from, int to) {
    Matcher w = WORD.matcher(text).region(from, to);
    while (w.find()) {
      if (!quoted.inside(w.start()) && isPlural(w.group().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The name just before a relative pronoun ("Trump, who said"). */
  private String nameBefore(int at) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.end() <= at && at - m.end() <= 3 && m.type() != EntityType.LOCATION) return m.entityId();
    }
    return null;
  }

  /** An entity whose name or alias ends with the description's last capitalised word. */
  private String byName(List<Tokens.Token> words) {
    Tokens.Token last = words.get(words.size() - 1);
    if (!last.capitalized()) return null;
    String w = last.text().replaceAll("['’]s$", "");
    for (Entity e : entities.values()) {
      if (e.type() == EntityType.LOCATION) continue;
      if (endsWithWord(e.name(), w) || e.aliases().stream().anyMatch(a -> endsWithWord(a, w))) return e.id();
    }
    return null;
  }

  /**
   * The most recently named entity whose stated role has the description's head noun, on the
   * side the description names if it names one ("the Ukrainian President").
   */
  private String byRole(List<Tokens.Token> words, String head, int before) {
    List<String> sideWords = words.stream().filter(Tokens.Token::capitalized)
        .map(t -> t.lower().replaceAll("['’]s$", "")).toList();
    String best = null;
    int bestAt = -1;
    for (Entity e : entities.values()) {
      if (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC) continue;
      boolean hasRole = e.roles().stream().anyMatch(r -> containsWord(r, head))
          || (e.type() == EntityType.ORGANIZATION && containsWord(e.name(), head));
      if (!hasRole) continue;
      if (e.side() != null && !sideWords.isEmpty() && !sameSide(e.side(), sideWords)) continue;
      int at = lastMentionBefore(e.id(), before);
      if (at > bestAt) {
        bestAt = at;
        best = e.id();
      }
    }
    return best;
  }

  /** Whether a demonym or country in the description fits the side ("Ukrainian" and "Ukraine"). */
  private static boolean sameSide(String side, List<String> words) {
    String s = side.toLowerCase(Locale.ROOT);
    String stem = s.substring(0, Math.min(s.length(), Math.max(4, s.length() - 2)));
    boolean namesAny = false;
    for (String w : words) {
      if (w.length() < 4) continue;
      if (w.startsWith(stem)) return true;
      if (Character.isLetter(w.charAt(0)) && (w.endsWith("ian") || w.endsWith("an") || w.endsWith("ese"))) namesAny = true;
    }
    return !namesAny;
  }

  private int lastMentionBefore(String entityId, int before) {
    int at = -1;
    for (Mention m : mentions) {
      if (m.start() >= before) break;
      if (m.entityId().equals(entityId)) at = m.start();
    }
    return at;
  }

  private boolean isPlural(String head) {
    return lexicon.descriptors().contains(head) && head.endsWith("s") && !head.endsWith("ss")
        && lexicon.descriptors().contains(head.substring(0, head.length() - 1))
        || head.equals("people") || head.equals("authorities") || head.equals("spokespeople");
  }

  private static boolean endsWithWord(String name, String word) {
    String n = name.toLowerCase(Locale.ROOT);
    String w = word.toLowerCase(Locale.ROOT);
    return n.equals(w) || n.endsWith(" " + w);
  }

  private static boolean containsWord(String phrase, String word) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      if (w.equals(word)) return true;
    }
    return false;
  }
}
