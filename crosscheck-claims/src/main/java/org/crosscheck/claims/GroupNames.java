package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Armed groups the text names itself, whatever the entity tagger made of them: a capitalised name
 * or acronym heading a group noun ("Fano fighters", "ISWAP terrorists", "M23 rebels"), an acronym
 * standing as the subject right before a verb ("the SDF captured"), and generic opponents ("the
 * terrorists", "the insurgents"), which are the other side of whoever names them. A long form the
 * text abbreviates ("Rapid Support Forces (RSF)") is read as its acronym, so both spellings are one side.
 */
final class GroupNames {

  /** A group named in a text: its side, and whether it is only "whoever opposes the speaker". */
  record Found(int start, int end, String words, String side, boolean opponent) {}

  /**
   * A capitalised word of a name. Its letters are taken possessively: whatever follows a word in these patterns opens
   * with a space, a comma, a look-ahead that no letter could satisfy or the pattern's end, so giving letters back never
   * helps a match; trying each shorter word in turn after every failed name cost a quarter of the search of a whole report.
   */
  private static final String WORD = "(?:(?:al|el|ad|as|an)-)?\\p{Lu}[\\p{L}\\p{N}'’-]*+|\\p{N}+\\p{Lu}[\\p{Lu}\\p{N}]*+";
  private static final String NAME = "(?:" + WORD + ")(?:\\s+(?:(?:of|al|el|de|del|da|du|des)\\s+)?(?:" + WORD + ")){0,4}";
  private static final String ACRONYM = "\\p{Lu}[\\p{Lu}\\p{N}-]{1,7}";
  private static final Pattern IS_ACRONYM = Pattern.compile("(?=.*\\p{Lu}.*\\p{Lu}|.*\\p{N})" + ACRONYM);
  /** Up to three lower-case words (auxiliaries, adverbs) between a subject and its verb. */
  private static final Pattern TO_VERB = Pattern.compile("(?:\\s+(?:\\p{Ll}[\\p{Ll}'’-]*))*\\s*");
  private static final Pattern STANDALONE = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + ACRONYM + ")(?:\\s+\\((" + ACRONYM + ")\\))?");

  /**
   * A group that speaks of "its fighters" is an armed group whatever its name ("The Barisan
   * Revolusi Nasional (BRN) says its fighters attacked", "the CCMSR, a rebel group ..., said its
   * fighters had taken"): states call their own people troops or soldiers, not fighters. Only a
   * name with "the" before it or an acronym: a person ("X said its fighters" of his faction) has neither.
   */
  private final Pattern hasFighters;

  /**
   * A name the text itself introduces as an armed group: "a group calling itself the X (XF)", "an
   * outfit known as X", "an armed group, the X," (not "a monitoring group, the X", nor "a militia, Reuters reported"), "militants of the X", "the X, the outfit that has claimed the attack", "X (XF) claimed
   * responsibility". Whatever the tagger made of it, generic words ("the attackers") may then stand for it.
   */
  private final Pattern introduced;
  /** The words every form of {@link #introduced} holds but a claim of responsibility ("claimed"). */
  private final PhraseFinder introducedCue;

  /** How far back a chain of "the group" may reach for the name it stands for. */
  private static final int MAX_PARAGRAPHS_BACK = 3;

  private static final Pattern FROM_WORD = Pattern.compile("(?i)\\bfrom\\b");
  // Compiled once: every group name found is read through these.
  private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private final Vocabulary vocabulary;
  private final Sides sides;
  private final Pattern headed;
  /** A group's people before "of" or "from" its name: "fighters of the X", "terrorists of the so-called X", "remnants of the X Group". */
  private final Pattern membersOf;
  /** A group's head noun ending a name or right after it ("the X Front", "the X clan"): "from" names a group only with one. */
  private final Pattern memberHeadEnd;
  private final Pattern memberHeadNext;
  private final Pattern opponent;
  private final Pattern speaksFor;
  /** "the group's", "the militants": a paragraph speaking of a group it does not name. */
  private final Pattern refersBack;
  /** Generic nouns that name a side of their own ({@code nounsides.tsv}): "bandits", "pirates". */
  private final java.util.Map<String, Pattern> nounSides = new java.util.LinkedHashMap<>();
  private final ThreadLocal<NamedIn> lastWhole = new ThreadLocal<>();

  GroupNames(Vocabulary vocabulary, Sides sides) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    String noun = "(?iu:" + vocabulary.union("groupnoun").pattern() + ")";
    this.headed = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?\\s+(?:" + noun + "\\s+)*" + noun + "(?![\\p{L}])");
    this.membersOf = Pattern.compile("(?iu:\\b" + vocabulary.union("groupmember").pattern() + "\\s+(?:of|from)\\s+(?:the\\s+)?(?:so-called\\s+)?"
        + "(?:" + vocabulary.regexAsWritten("armedword") + "\\s+" + vocabulary.regexAsWritten("groupword") + "\\s+)?)"
        + "(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?(?![\\p{L}\\p{N}])");
    String head = vocabulary.union("memberhead").pattern();
    this.memberHeadEnd = Pattern.compile("(?iu)(?:^|\\s)(?:" + head + ")$");
    this.memberHeadNext = Pattern.compile("(?iu)^\\s+(?:" + head + ")(?![\\p{L}])");
    String speaker = "(?iu:" + vocabulary.union("spokesnoun").pattern() + ")";
    this.speaksFor = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?\\s+" + speaker + "(?![\\p{L}])");
    this.refersBack = Pattern.compile("(?<![\\p{L}])(?:the|this|that)\\s+(?:" + vocabulary.union("groupanaphor").pattern() + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.opponent = Pattern.compile("(?:\\b(?:the|these|those)\\s+)?(" + vocabulary.union("opponent").pattern() + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String says = vocabulary.regexAsWritten("groupsays");
    this.hasFighters = Pattern.compile("(?:(?<![\\p{L}])[Tt]he\\s+(" + NAME + ")|(?<![\\p{L}\\p{N}-])(" + ACRONYM + "))"
        + "(?:\\s+\\((" + ACRONYM + ")\\))?(?:\\s*,[^,.;]{1,120},)?\\s+(?:(?:also|again|later|now|has|have|had)\\s+)?"
        + says + "\\b[^.;:,]{0,60}?\\b(?:its)\\s+(?:own\\s+)?" + vocabulary.regexAsWritten("ownfighter") + "\\b");
    String groupWord = vocabulary.regexAsWritten("groupword");
    String groupAlone = vocabulary.regexAsWritten("groupalone");
    String armed = vocabulary.regexAsWritten("armedword");
    // "claimed responsibility", "claimed the attack" as a deed: not "claimed the attack lasted three hours",
    // where whoever speaks only says what the attack was.
    String claimedIt = "\\s+(?:has\\s+|had\\s+)?claimed\\s+(?:responsibility|the\\s+" + vocabulary.regexAsWritten("claimeddeed")
        + "(?=\\s*(?:[.,;:)]|$)|\\s+(?:\\p{Lu}|\\p{N}|" + vocabulary.regexAsWritten("deedtail") + "\\b)))";
    this.introduced = Pattern.compile(
        "(?:\\b" + groupWord + "\\s+calling\\s+itself|\\b(?:" + armed + "\\s+" + groupWord + "|" + groupAlone + ")(?:\\s+called|\\s+known\\s+as|\\s+named|,(?=\\s+the\\s))"
        + "|\\b" + vocabulary.regexAsWritten("memberof") + "\\s+of)\\s+(?:the\\s+)?(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?"
        + "|(?:(?<![\\p{L}])[Tt]he\\s+)?(?<![\\p{L}\\p{N}-])(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?"
        + "(?:,\\s+(?:a|an|the)\\s+(?:(?:[\\p{L}-]+\\s+){0,2}" + armed + "\\s+" + groupWord + "|" + groupAlone + ")\\b(?!\\s+of\\b)|" + claimedIt + ")");
    this.introducedCue = vocabulary.finder("groupword", "groupalone", "memberof");
    this.claimer = Pattern.compile("(?<![\\p{L}\\p{N}-])(" + NAME + ")(?:\\s+\\((" + ACRONYM + ")\\))?(?:\\s*,[^,.;]{1,80},?)?" + claimedIt);
    for (String line : Vocabulary.lines("nounsides.tsv")) {
      String[] f = line.split("\t");
      nounSides.put(f[0], Pattern.compile("(?<![\\p{L}])(?:" + f[1] + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  /**
   * The side generic opponents stand for in the writer's own voice: the one armed group the report
   * names, else the side their noun names ("bandits"), else, for a noun naming none ("gunmen"),
   * the one such side the report names; {@code null} when nothing or several fit.
   */
  String writersOpponent(String words, String text) {
    String only = onlyGroup(text);
    if (only != null) return only;
    String own = nounSide(words);
    if (own != null) return own;
    String found = null;
    for (java.util.Map.Entry<String, Pattern> e : nounSides.entrySet()) {
      if (!e.getValue().matcher(text).find()) continue;
      if (found != null) return null;
      found = e.getKey();
    }
    return found;
  }

  /**
   * Whose people a count of generic opponents counts ("17 militants were killed", "31 attackers"):
   * the armed group named last before it (its paragraph, or those before it that go on speaking of
   * it), else the one group the report names besides the speaker's, else the one that claimed the
   * attack ({@link #claimedBy}); {@code null} for any other
   * noun, when nothing fits, or when the only candidate is the speaker's own side.
   *
   * @param unit the counted noun as written
   * @param speaker the side of the count's source, or {@code null}
   */
  String countedOpponents(String unit, String text, int at, String speaker) {
    if (unit == null) return null;
    String word = unit.toLowerCase(java.util.Locale.ROOT);
    // One noun in either number: "one insurgent", "a gunman" count as the plural does.
    String plural = word.endsWith("s") ? word : word.endsWith("man") ? word.substring(0, word.length() - 3) + "men" : word + "s";
    if (!vocabulary.isExactly("opponent", word) && !vocabulary.isExactly("opponent", plural)) return null;
    String last = lastGroup(text, at);
    if (last != null && !last.equals(speaker)) return last;
    String only = onlyGroupBut(text, speaker);
    if (only == null || only.equals(speaker)) only = claimedBy(text, at);
    return only != null && !only.equals(speaker) ? only : null;
  }

  /** The side a generic noun names by itself ("armed bandits" → bandits), or {@code null}. */
  String nounSide(String words) {
    for (java.util.Map.Entry<String, Pattern> e : nounSides.entrySet()) {
      if (e.getValue().matcher(words).find()) return e.getKey();
    }
    return null;
  }

  /** Groups named in {@code text[from, to)}, in text order; a standalone acronym only as the subject of {@code to}. */
  List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    Matcher m = withCue(headed, vocabulary.finder("groupnoun"), text, from, to);
    while (m.find()) {
      String name = stripLeading(m.group(1));
      // "Kyiv's forces": a possessive names whose forces they are (a place, a state), not a group.
      if (name == null || sides.sideOf(name) != null || POSSESSIVE.matcher(name).matches()) continue;
      // "Air Force fighter jets": a branch of a state's forces named alone is the state's, read as a force, not a group.
      if (vocabulary.isExactly("statebody", name.toLowerCase(java.util.Locale.ROOT))) continue;
      String side = m.group(2) != null ? m.group(2) : canonical(text, name);
      out.add(new Found(m.start(1), m.end(), text.substring(m.start(1), m.end()), side, false));
    }
    // "Fighters of the X attacked", "armed elements of the terrorist group X": the name after the group's people is its side.
    Matcher p = withCue(membersOf, vocabulary.finder("groupmember"), text, from, to);
    while (p.find()) {
      String name = stripLeading(p.group(1));
      if (name == null || sides.sideOf(name) != null || vocabulary.isExactly("statebody", name.toLowerCase(java.util.Locale.ROOT))) continue;
      if (out.stream().anyMatch(f -> f.start() <= p.start(1) && p.start(1) < f.end())) continue;
      // "Gunmen from X", "militants from the X area": "from" tells where people came from, unless a group's noun
      // heads the name ("fighters from the X Front", "fighters from the X clan").
      if (FROM_WORD.matcher(text).region(p.start(), p.start(1)).find() && !memberHeadEnd.matcher(name).find()
          && !memberHeadNext.matcher(text).region(p.end(), to).lookingAt()) continue;
      String side = p.group(2) != null ? p.group(2) : canonical(text, name);
      out.add(new Found(p.start(1), p.end(), text.substring(p.start(1), p.end()), side, false));
    }
    Matcher a = STANDALONE.matcher(text).region(from, to);
    while (a.find()) {
      if (!IS_ACRONYM.matcher(a.group(1)).matches() || sides.sideOf(a.group(1)) != null) continue;
      if (!TO_VERB.matcher(text).region(a.end(), to).matches()) continue;
      if (out.stream().anyMatch(f -> f.start() <= a.start() && a.start() < f.end())) continue;
      String side = a.group(2) != null ? a.group(2) : a.group(1);
      out.add(new Found(a.start(), a.end(), a.group(), side, false));
    }
    Matcher o = withCue(opponent, vocabulary.finder("opponent"), text, from, to);
    while (o.find()) {
      if (namedBefore(text, o.start(1)) || out.stream().anyMatch(f -> f.start() <= o.start(1) && o.start(1) < f.end())) continue;
      out.add(new Found(o.start(), o.end(), o.group(), null, true));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * The one armed group the whole text names by name ("the M23 rebel group ... the rebels"), or
   * {@code null} when it names none or several: generic words may then stand for it.
   */
  String onlyGroup(String text) {
    return onlyGroupBut(text, null);
  }

  /** Where the names of the group {@code side} in {@code text[from, to)} end ({@link #namedInWhole}, so as cheap for each claim). */
  java.util.stream.IntStream nameEnds(String text, String side, int from, int to) {
    return namedInWhole(text).stream().filter(f -> f.side().equals(side) && f.start() >= from && f.start() < to).mapToInt(Found::end);
  }

  /** As {@link #onlyGroup}, leaving out the side {@code own} (a speaker's, whose opponents are wanted). */
  String onlyGroupBut(String text, String own) {
    String only = null;
    for (Found f : namedInWhole(text)) {
      if (f.side().equals(own)) continue;
      if (only != null && !only.equals(f.side())) return null;
      only = f.side();
    }
    return only;
  }

  /**
   * The armed group named last before {@code at} in its paragraph, by a name the text or {@code
   * groups.tsv} gives, or {@code null}: "the group", "the rebel alliance" stand for it ("Islamic
   * State said on Tuesday ... the group said"). A paragraph that names no group before it goes on
   * from the one before when it names no side at all or itself speaks of "the group" (the same
   * chain of reference), up to {@value #MAX_PARAGRAPHS_BACK} paragraphs back; one that names
   * another side and does not (a round-up's next item) does not.
   */
  String lastGroup(String text, int at) {
    int to = at;
    int start = paragraphStart(text, at);
    for (int back = 0; ; back++) {
      List<Found> before = named(text, start, to);
      if (!before.isEmpty()) return before.get(before.size() - 1).side();
      boolean goesOn = sides.find(text, start, to).isEmpty() || refersBack.matcher(text).region(start, to).find();
      if (!goesOn || start == 0 || back == MAX_PARAGRAPHS_BACK) return null;
      to = start;
      start = paragraphStart(text, start);
    }
  }

  /** Where the paragraph holding the text just before {@code at} starts: after the blank line before it. */
  private static int paragraphStart(String text, int at) {
    return Math.max(0, text.lastIndexOf("\n\n", Math.max(0, at - 1)));
  }

  /**
   * The groups {@link #named} in the whole text, kept for the text last asked about on this thread:
   * every generic count and opponent of a report asks for them again, and a report's text does not
   * change while it is read.
   */
  private List<Found> namedInWhole(String text) {
    NamedIn known = lastWhole.get();
    if (known != null && known.text() == text) return known.found();
    List<Found> found = List.copyOf(named(text, 0, text.length()));
    lastWhole.set(new NamedIn(text, found));
    return found;
  }

  private record NamedIn(String text, List<Found> found) {}

  /** Groups named by name in {@code text[from, to)}, in text order: the tagger-free ones {@link #find} reads, listed ones, and those the text shows are armed ("said its fighters", "a group calling itself X"). */
  private List<Found> named(String text, int from, int to) {
    List<Found> out = new ArrayList<>(find(text, from, to).stream().filter(f -> !f.opponent() && f.side() != null).toList());
    for (Sides.SideHit h : sides.find(text, from, to)) {
      if (sides.isListedGroup(h.side())) out.add(new Found(h.start(), h.end(), text.substring(h.start(), h.end()), h.side(), false));
    }
    Matcher f = withCue(hasFighters, vocabulary.finder("ownfighter"), text, from, to);
    while (f.find()) {
      int g = f.group(1) != null ? 1 : 2;
      String name = stripLeading(f.group(g));
      if (name == null || sides.sideOf(name) != null || vocabulary.contains("statenoun", name)) continue;
      if (g == 2 && !IS_ACRONYM.matcher(name).matches()) continue;
      String side = f.group(3) != null ? f.group(3) : canonical(text, name);
      int start = f.start(g);
      if (out.stream().noneMatch(o -> o.start() <= start && start < o.end())) out.add(new Found(start, f.end(g), name, side, false));
    }
    // "X claimed responsibility" holds none of the cue's words.
    int claimedAt = text.indexOf("claimed", from);
    Matcher i = claimedAt >= 0 && claimedAt < to ? introduced.matcher(text).region(from, to)
        : withCue(introduced, introducedCue, text, from, to);
    while (i.find()) {
      int g = i.group(1) != null ? 1 : 3;
      if (g == 3 && heldBy(text, i.end())) continue;
      String name = stripLeading(i.group(g));
      if (name == null || sides.sideOf(name) != null || vocabulary.contains("statenoun", name)) continue;
      String side = i.group(g + 1) != null ? i.group(g + 1) : canonical(text, name);
      int start = i.start(g);
      if (out.stream().noneMatch(o -> o.start() <= start && start < o.end())) out.add(new Found(start, i.end(g), name, side, false));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  /**
   * A search of {@code text[from, to)} with {@code pattern}, or of nothing when the text holds no
   * phrase of {@code cue}, which every match of the pattern holds: the word lists are found far
   * faster than these long patterns are searched, and most texts hold none of their words.
   */
  private static Matcher withCue(Pattern pattern, PhraseFinder cue, String text, int from, int to) {
    return cue.any(text, from, to) ? pattern.matcher(text).region(from, to) : pattern.matcher("");
  }

  /** "Ali Maiga, a militia leader,": a role after the group noun makes the name before it a person's. */
  private boolean heldBy(String text, int at) {
    int k = at;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
    int from = k;
    return k > at && vocabulary.first("person", text, from, Math.min(text.length(), from + 30)).filter(h -> h.start() == from).isPresent();
  }

  /** "The X (XF) claimed the attack", "X, the outfit that has claimed the attack": who owns an attack whose attackers go unnamed. */
  private final Pattern claimer;

  /**
   * The group a report says claimed an attack, for attackers it leaves unnamed ("suspected
   * militants", "the attackers", "Monday's attack"): the one group claiming in the paragraph of
   * {@code at}, else, where that paragraph names no side (a round-up's other items do), the one
   * group claiming anywhere in the report; {@code null} when none or several do.
   */
  String claimedBy(String text, int at) {
    // Asked for each attack and generic attacker; most reports say nothing was claimed.
    if (!text.contains("claimed")) return null;
    int start = paragraphStart(text, at);
    int end = text.indexOf("\n\n", at);
    if (end < 0) end = text.length();
    String here = oneClaimer(text, start, end);
    if (here != null || !sides.find(text, start, end).isEmpty() || !named(text, start, end).isEmpty()) return here;
    return oneClaimer(text, 0, text.length());
  }

  private String oneClaimer(String text, int from, int to) {
    String only = null;
    Matcher m = claimer.matcher(text).region(from, to);
    while (m.find()) {
      String name = stripLeading(m.group(1));
      if (name == null || sides.sideOf(name) != null || vocabulary.contains("statenoun", name)) continue;
      String side = m.group(2) != null ? m.group(2) : canonical(text, name);
      if (only != null && !only.equals(side)) return null;
      only = side;
    }
    return only;
  }

  /**
   * The group a role speaks for ("RSF spokesman", "a Fano commander" → RSF, Fano), or {@code null}
   * when the role names none or names a country (which {@link Sides} reads).
   */
  String speaksFor(String role) {
    Matcher m = speaksFor.matcher(role);
    while (m.find()) {
      String name = stripLeading(m.group(1));
      if (name == null || sides.sideOf(name) != null) continue;
      return m.group(2) != null ? m.group(2) : name;
    }
    return null;
  }

  /**
   * The state a body stands for when its name, or the long form the text gives its acronym, is a
   * state's name and a state body's words: "Puntland Maritime Police Force (PMPF)" and "PMPF" are
   * Puntland's, "Haitian National Police" Haiti's; {@code null} for any other name.
   */
  String stateOf(String text, String name) {
    String full = name;
    if (IS_ACRONYM.matcher(name).matches()) {
      full = Acronyms.spelledOut(text, name);
      if (full == null) return null;
    }
    full = full.replaceFirst("^(?:The|the)\\s+", "");
    List<Sides.SideHit> hits = sides.find(full, 0, full.length());
    if (hits.isEmpty() || hits.get(0).start() != 0 || !sides.isCountry(hits.get(0).side())) return null;
    return vocabulary.contains("statebody", full.substring(hits.get(0).end())) ? hits.get(0).side() : null;
  }

  /** The side of generic opponents named by someone of {@code side}. */
  static String opponentsOf(String side) {
    return "opponents of " + side;
  }

  /** The side {@code side} is the opponent of, or {@code null} when it is a named side. */
  static String opposedTo(String side) {
    return side != null && side.startsWith("opponents of ") ? side.substring("opponents of ".length()) : null;
  }

  /** Drops leading capitalised words that name no group ("The", "Government"); null when nothing is left. */
  private String stripLeading(String name) {
    String[] words = WHITESPACE.split(name);
    int k = 0;
    while (k < words.length && vocabulary.contains("notname", words[k])) k++;
    if (k == words.length) return null;
    return String.join(" ", Arrays.copyOfRange(words, k, words.length));
  }

  /**
   * "Rapid Support Forces" is "RSF" where the text writes "Rapid Support Forces (RSF)", or where it
   * uses "RSF" alone and those are the name's capitals: one group, one side, however it is spelled.
   */
  static String canonical(String text, String name) {
    if (IS_ACRONYM.matcher(name).matches()) return name;
    Matcher m = Pattern.compile(Pattern.quote(name) + "(?:\\s+\\p{L}+){0,2}\\s+\\((" + ACRONYM + ")\\)").matcher(text);
    if (m.find()) return m.group(1);
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
      initials.append(w.charAt(0));
    }
    if (initials.length() < 2 || initials.length() == name.replaceAll("[^\\p{L}]", "").length()) return name;
    Matcher used = Pattern.compile("(?<![\\p{L}\\p{N}])" + initials + "(?![\\p{L}\\p{N}])").matcher(text);
    return used.find() ? initials.toString() : name;
  }

  /** "ISWAP terrorists", "Fano fighters": a generic noun headed by a name is that group, read by {@link #headed}. */
  private boolean namedBefore(String text, int at) {
    int k = at - 1;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    if (k < 0 || !Character.isLetterOrDigit(text.charAt(k))) return false;
    int start = k;
    while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) start--;
    // "The rebels", "Suspected militants" opening a sentence: a capitalised article or modifier names nothing.
    String word = text.substring(start, k + 1);
    return Character.isUpperCase(text.charAt(start)) && !vocabulary.contains("notname", word);
  }
}
