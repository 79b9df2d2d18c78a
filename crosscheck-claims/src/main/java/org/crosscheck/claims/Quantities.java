package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counted amounts: "about 27,000 residents", "several dozen soldiers", "up to 55
 * servicemen", "a population of about 60,000", "forces ... number only several dozen". Counted
 * nouns and approximations come from {@code quantities.tsv}.
 */
final class Quantities {

  /** One amount found, with the words between number and noun that may name a side. */
  record Found(int start, int end, Quantity quantity, String sideWords) {}

  /** Where the clause holding an amount ends: a comma, semicolon, colon or a following amount's "and". */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:]|\\s(?:and|while|but)\\s");
  /** ", Corporal Juan Pérez, ", ", Juan Pérez, 24, ": a name in apposition, capitalised words between two commas. */
  private static final Pattern APPOSED_NAME = Pattern.compile(",\\s*(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,4}\\p{Lu}[\\p{L}.'-]*(?:,\\s*\\d{1,3})?\\s*,");
  /** "Border and Coast": an "and" between two capitalised words, inside a name. */
  private static final Pattern NAME_AND = Pattern.compile("(?<=\\b\\p{Lu}[\\p{L}'-]{0,20})\\s+and\\s+\\p{Lu}");

  /** "her three children", "his two brothers": a count one person owns describes that person. */
  private static final Pattern PERSON_OWNS = Pattern.compile("(?i)\\b(?:her|his|my)\\s+$");

  /** A number word of tens and units written with a hyphen: "Twenty-one", "sixty-four". */
  private static final String COMPOUND = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-‐](?:one|two|three|four|five|six|seven|eight|nine)(?![\\p{L}-])";
  /** Words that go on a clause after a count or its noun, and open no noun: a joint, a preposition, a time word. */
  private static final String CLAUSE_GOES_ON = "and|or|but|while|in|on|at|during|since|when|after|before|including|among"
      + "|as|near|across|from|with|by|over|overnight|yesterday|of|this|last|earlier|later|inside|outside";
  /**
   * What may follow a count that has no noun of its own: the end of its clause, a joint, or a
   * preposition, never a word that could be its noun ("killed 3 km away" is no count).
   */
  private static final String NO_NOUN = "(?=\\s*(?:[,.;:](?!\\d)|[!?)\"”]|$)|\\s+(?:" + CLAUSE_GOES_ON + ")\\b)";
  /** "of our", "of its", "of their": the people after it are the side's own. */
  private static final Pattern OWN_OF = Pattern.compile("(?i)\\bof\\s+(?:our|its|their)\\b");
  /** A word and the spaces after it. */
  private static final Pattern WORD_AND_SPACE = Pattern.compile("[\\p{L}\\p{N},-]+\\s+");
  /** Up to one word and a space before a later counted noun. */
  private static final List<Pattern> LATER_NOUN = List.of(Pattern.compile("\\s+"), Pattern.compile("\\s+[\\p{L}-]+\\s+"));
  /** A verb telling what befell the counted ("killing", "wounded", "died"), not a fate noun ("prisoners"). */
  private static final Pattern FATE_VERB = Pattern.compile("(?i).*(?:ed|ing|died)");
  /** A participle right after a bare figure: "and 6 arrested". */
  private static final Pattern PARTICIPLE_NEXT = Pattern.compile("(?i)\\p{L}*(?:ed|ing)\\b");
  /** A measure between a number and its noun: "5 km of soldiers' positions", "three years of fighters' rule" count no one. */
  private static final Pattern MEASURE = Pattern.compile("(?i)\\b(?:years?|km|kilometres?|miles|percent|hours?|days?|weeks?|months?)\\b");
  /**
   * "up from 12 last year", "a year earlier": another year's figure is background, not the event's
   * count. A year written out ("in 2026") may be the report's own, so it says nothing here.
   */
  private static final Pattern OTHER_YEAR = Pattern.compile("(?i)\\b(?:(?:last|previous|past)\\s+year|year\\s+(?:earlier|before|ago))\\b");
  /** "[one of] the dead was 17": the dead are many, so a figure one of them "was" is an age, not their count. */
  private static final Pattern ONE_OF_THE_DEAD = Pattern.compile("(?i)dead\\b.*\\b(?:is|was)\\W*");
  /** "whose number is 214": a number owned is a label. */
  private static final Pattern WHOSE = Pattern.compile("(?i)\\bwhose\\s+$");
  /** "of the 9 villages" after a bare figure: a part of something counted, with its noun a few words on. */
  private static final Pattern PART_OF_THE = Pattern.compile("(?i)\\s+of\\s+(?:the|its|their|our|these|those|his|her)\\s+(?:[\\p{L}\\p{N},-]+\\s+){0,2}?");
  /** The words one of which every toll holds: "toll", "figure", "number", "tally", "losses", "dead", or "up/down from". */
  private static final List<String> TOLL_WORDS = List.of("toll", "figure", "number", "tally", "losses", "dead", "from");
  /** Quote marks, left out of the words between a count and its noun. */
  private static final Pattern QUOTES = Pattern.compile("[\"“”]");
  /** A word of the few after a count, quotes aside. */
  private static final Pattern NOUN_WORD = Pattern.compile("\\p{L}[\\p{L}’'-]*");
  /** Words after a count that end the search for its noun: "two of the", "three and", "five or six". */
  private static final Pattern STOP_BETWEEN = Pattern.compile("of|and|or|to|in|on|at|for|from|by|with|were|was|had|have|has|are|is");
  /** What may follow the last word of a counted noun phrase: a mark, the end, or a word that opens no noun. */
  private static final Pattern NOUN_PHRASE_END = Pattern.compile("(?i)\\s*(?:[^\\p{L}\\s]|$)|\\s+(?:" + CLAUSE_GOES_ON + "|who|whom|that|which"
      + "|were|was|are|is|had|have|has|to|for|along|around|into|the|a|an|there|here|then|today|tonight|again|also|too)\\b");
  /** A word between a number and its noun: letters, and digits only beside a letter ("AK-47", "105mm"). */
  private static final String BETWEEN_WORD = "(?=[\\p{L}\\p{N}’'.-]*\\p{L})[\\p{L}\\p{N}’'.-]++(?<!\\.)";

  private final Vocabulary vocabulary;
  private final Pattern counted;
  /** A month name: a number next to one is a day of a date ("March 11"), never a count. */
  private final Pattern month;
  /** A speech verb between a number and a noun makes the number its subject: "One said soldiers ...". */
  private final Pattern speech;
  private final Pattern population;
  private final Pattern numbering;
  /** A count whose noun is left out, read from what befell it: "and 14 were apprehended", "three others were wounded". */
  private final Pattern elliptical;
  /** A count with no noun right after what befell it: "killing two villagers and wounding five", "killed 19." */
  private final Pattern afterFate;
  /** A count with no noun before what befell it, with no "were": "14 bandits were killed and 6 arrested". */
  private final Pattern bareFate;
  /** A part of a count told before it: "nine were wounded, three of them seriously", "11 civilians, among them two". */
  private final Pattern partOf;
  /** "including three", "among them two": a part of the count before. */
  private final Pattern partIncluded;
  /** A count a toll, figure or number is put at, or up or down from: "raising the toll to 23", "up from seven". */
  private final Pattern toll;
  /** A digit, or a word that can start an amount. */
  private final Pattern mayCount;
  /**
   * A part of people named after "of": a side's own ("one of its soldiers", "six of our heroes") or any
   * ("more than 60 of the attackers", "two of the 14 guards"); the counted noun is the one after "of".
   */
  private final Pattern ownPart;
  /** A plural group noun: "two rebel factions" counts factions, not rebels. */
  private final Pattern groupNoun;
  /** A count and up to three words after it, where a kind of person or vehicle the counted nouns lack may stand: "killed 13 miners". */
  private final Pattern countedWords;
  /** What befell people told right after their noun: "were kidnapped", "had been killed", "wounded". */
  private final Pattern fateNext;

  Quantities(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    String approx = vocabulary.approximations().pattern();
    String amount = "(?:(" + approx + ")\\s+)?(" + alternation(vocabulary.vagueAmounts().keySet()) + "|\\d{1,3}(?:,\\d{3})+|\\d+|"
        + COMPOUND + "|" + alternation(vocabulary.numberWords().keySet()) + ")";
    // "no one was injured" counts nobody.
    // "At 03:30 rangers entered": the minutes of a time count nobody.
    // Words between number and noun may be a model ("11 AK-47 rifles", "two 120mm mortars") but never
    // "and"/"or", which join a second count ("five women and three children"); a quote may close
    // the figure ("\"more than 40\" soldiers").
    // A noun in quotes is still the noun: 21 "terrorists".
    counted = Pattern.compile("(?<![\\p{L}\\p{N}:-])(?<!\\bno\\s)" + amount + "[\"”]?((?:\\s+(?!(?:of|and|or)\\b)" + BETWEEN_WORD + "){0,3}?)\\s+[\"“]?("
        + vocabulary.units().pattern() + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    population = Pattern.compile("population\\s+of\\s+" + amount, Pattern.CASE_INSENSITIVE);
    mayCount = Pattern.compile("\\d|(?<![\\p{L}])(?:" + alternation(vocabulary.vagueAmounts().keySet()) + "|"
        + alternation(vocabulary.numberWords().keySet()) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    String fates = String.join("|", vocabulary.fates().values().stream().map(Pattern::pattern).toList());
    elliptical = Pattern.compile("(?<![\\p{L}\\p{N}-])(?<!\\bno\\s)" + amount + "((?:\\s+others?)?(?:\\s+of\\s+them)?)"
        + "\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?=" + fates + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    afterFate = Pattern.compile("(?<![\\p{L}])(" + fates + ")\\s+(?:of\\s+)?" + amount + "((?:\\s+(?:others?|more))?)" + NO_NOUN,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    bareFate = Pattern.compile("(?<=\\band\\s|,\\s)" + amount + "((?:\\s+(?:others?|more))?)\\s+(?=(?:" + fates + ")" + NO_NOUN + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    partOf = Pattern.compile("(?<![\\p{L}\\p{N}-])" + amount + "\\s+of\\s+(?:them|whom)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    partIncluded = Pattern.compile("\\b(?:including|among\\s+them|among\\s+whom)\\s+" + amount + "[\"”]?" + NO_NOUN,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    toll = Pattern.compile("(?:\\b(?:toll|figure|number|tally|losses|dead)\\b[^,.;:!?]{0,50}?\\b(?:at|to|as|of|is|was)|\\b(?:up|down)\\s+from)\\s+[\"“]?"
        + amount + "[\"”]?" + NO_NOUN.replace("|of|", "|"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    ownPart = Pattern.compile("(?<![\\p{L}\\p{N}-])" + amount + "(\\s+of\\s+(?:our|its|their|the|these|those|his|her|your)\\s+(?:own\\s+)?(?:\\d[\\d,]*\\s+)?(?:[\\p{L}’'-]+\\s+)?)("
        + vocabulary.units().pattern() + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    numbering = Pattern.compile("\\bnumber(?:s|ed)?\\s+(?:now\\s+)?" + amount, Pattern.CASE_INSENSITIVE);
    // Month names as written, capitalised: "may" and "march" are words too.
    month = Pattern.compile("(?:" + vocabulary.union("month").pattern() + ")\\.?\\s+$");
    speech = Pattern.compile("\\b(?:" + vocabulary.regex("speech") + ")\\b");
    countedWords = Pattern.compile("(?<![\\p{L}\\p{N}:-])(?<!\\bno\\s)" + amount + "[\"”]?((?:\\s+[\"“]?[\\p{L}][\\p{L}’'-]*[\"”]?){1,3})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    fateNext = Pattern.compile("\\s+(?:(?:were|was|are|is|had\\s+been|have\\s+been|has\\s+been)\\s+)?(?:\\p{Ll}+ly\\s+)?(" + fates + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    groupNoun = Pattern.compile("\\s+(?:" + vocabulary.regexAsWritten("groupword") + ")(?:s|es)\\b", Pattern.CASE_INSENSITIVE);
  }

  List<Found> find(String text, int from, int to) {
    List<Found> out = new ArrayList<>();
    if (!holdsAmount(text, from, to)) return out;
    // Each form below needs a word of its own: a counted noun, a fate, "of them", a toll. Most
    // sentences holding a figure (a date's, a time's) hold none of some, and a word list is looked up
    // far faster than these long patterns are searched at every word.
    boolean nouns = vocabulary.unitFinder().any(text, from, to);
    boolean fates = vocabulary.fateFinder().any(text, from, to);
    String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
    Matcher m = search(counted, nouns, text, from, to);
    while (m.find()) {
      if (m.end() < to && text.charAt(m.end()) == '-') continue;
      String between = m.group(3).strip();
      if (MEASURE.matcher(between).find()) continue;
      if (notACount(text, from, m.start(), between)) continue;
      String unit = m.group(4);
      int unitStart = m.start(4);
      int end = m.end();
      Quantity figure = quantity(m.group(1), m.group(2), "", unit, null);
      if (figure != null && figure.low() > 1 && singular(unit)) {
        // A singular noun after a plural figure modifies a later noun: "three rebel bases", "six coast
        // guard officers" count the bases and the officers; "two drone strikes" counts no drones.
        Matcher noun = null;
        for (Pattern gap : LATER_NOUN) {
          Matcher later = gap.matcher(text).region(m.end(), to);
          noun = later.lookingAt() ? vocabulary.units().matcher(text).region(later.end(), to) : null;
          if (noun != null && noun.lookingAt()) break;
          noun = null;
        }
        if (noun != null) {
          unit = noun.group();
          unitStart = noun.start();
          end = noun.end();
        } else if ("equipment".equals(categoryOf(unit)) || groupNoun.matcher(text).region(m.end(), to).lookingAt()) {
          continue;
        }
      }
      Quantity q = quantity(m.group(1), m.group(2), text.substring(m.start(), unitStart - 1).strip(), unit,
          fate(text, from, to, m.start(), end, categoryOf(unit)));
      // "several houses were damaged": places with no figure give nothing to check.
      if (q != null && "sites".equals(q.category()) && q.approximation() != null && vocabulary.vagueAmounts().containsKey(q.approximation())) continue;
      if (q != null) out.add(new Found(m.start(), end, q, between.isEmpty() ? null : between));
    }
    // People the lists lack are counted only with a fate, vehicles wherever they stand.
    if (fates || vocabulary.finder("vehiclekind").any(text, from, to)) out.addAll(kindsTheListsLack(text, from, to, out));
    // The elliptical form needs "were", "was" or "been" after its figure, which most sentences holding a figure lack.
    Matcher e = search(elliptical, fates && (lower.contains("were") || lower.contains("was") || lower.contains("been")), text, from, to);
    while (e.find()) {
      int start = e.start();
      if (overlaps(out, start)) continue;
      String category = fateAt(text, e.end(), to);
      Quantity q = quantity(e.group(1), e.group(2), text.substring(start, e.end(3)).strip(), null, category);
      if (q != null) out.add(new Found(start, e.end(3), q, null));
    }
    Matcher own = search(ownPart, nouns, text, from, to);
    while (own.find()) {
      int start = own.start();
      if (overlaps(out, start)) continue;
      String unit = own.group(4);
      String kind = categoryOf(unit);
      // Only a side's people are its own part here: "one of its checkpoints" is no count of losses.
      if (!"troops".equals(kind) && !"people".equals(kind)) continue;
      // "one of the elders": one picked out of people not one's own is no count.
      if (own.group(2).equalsIgnoreCase("one") && !OWN_OF.matcher(own.group(3)).find()) continue;
      // "two of our crew were hurt": whatever the noun, a fate makes them casualties.
      String category = fate(text, from, to, start, own.end(), "troops");
      Quantity q = quantity(own.group(1), own.group(2), text.substring(start, own.end(3)).strip(), unit,
          "troops".equals(category) ? kind : category);
      if (q == null) continue;
      // "3 of the 8 guards": the whole the part is taken from is no count of what befell them.
      out.removeIf(f -> f.start() > start && f.start() < own.end());
      out.add(new Found(start, own.end(), q, null));
    }
    // What befell the counted, told with the fate word and no noun: the verb before the figure
    // ("wounding five") or a bare participle after it ("and 6 arrested"); the verb must be one
    // ("killed", "capturing"), not a fate noun ("prisoners").
    Matcher a = search(afterFate, fates, text, from, to);
    while (a.find()) {
      int start = a.start(2) < 0 ? a.start(3) : a.start(2);
      if (!FATE_VERB.matcher(a.group(1)).matches() || overlaps(out, start) || oneOf(text, a, 3) || partOfThings(text, a.end(4), to)) continue;
      String category = fateAt(text, a.start(1), to);
      Quantity q = quantity(a.group(2), a.group(3), text.substring(start, a.end(4)).strip(), null, category);
      if (q != null) out.add(new Found(start, a.end(4), q, null));
    }
    Matcher b = search(bareFate, fates, text, from, to);
    while (b.find()) {
      int start = b.start();
      if (overlaps(out, start)) continue;
      String category = fateAt(text, b.end(), to);
      Quantity q = quantity(b.group(1), b.group(2), text.substring(start, b.end(3)).strip(), null, category);
      if (q != null && category != null && PARTICIPLE_NEXT.matcher(text).region(b.end(), to).lookingAt()) {
        out.add(new Found(start, b.end(3), q, null));
      }
    }
    // A part of a count already told is a count of its own ("nine police officers were wounded,
    // three of them seriously"): it counts what that count counts.
    for (Pattern form : List.of(partOf, partIncluded)) {
      boolean cued = form == partOf ? lower.contains("them") || lower.contains("whom") : lower.contains("including") || lower.contains("among");
      Matcher part = search(form, cued, text, from, to);
      while (part.find()) {
        int start = part.start(1) < 0 ? part.start(2) : part.start(1);
        if (overlaps(out, start) || oneOf(text, part, 2)) continue;
        Found whole = latestBefore(out, start);
        String unit = whole == null ? null : whole.quantity().unit();
        String category = whole == null ? null : whole.quantity().category();
        if (whole == null && form == partOf) {
          // "Our marines, twelve of them": the noun named before.
          Matcher before = vocabulary.units().matcher(text).region(from, start);
          while (before.find()) unit = before.group();
          if (unit != null) category = fate(text, from, to, start, part.end(), categoryOf(unit));
        }
        if (category == null) continue;
        int end = form == partOf ? part.end() : part.end(2);
        Quantity q = quantity(part.group(1), part.group(2), text.substring(start, end).strip(), unit, category);
        if (q != null) out.add(new Found(start, end, q, null));
      }
    }
    // What a toll, a figure or the dead are put at: a count of what the toll counts, the dead when it names nothing else.
    Matcher t = search(toll, TOLL_WORDS.stream().anyMatch(lower::contains), text, from, to);
    while (t.find()) {
      int start = t.start(1) < 0 ? t.start(2) : t.start(1);
      if (overlaps(out, start) || notAToll(text, from, to, t.start(), start, t.end(2))) continue;
      Found whole = latestBefore(out, start);
      // A toll and the dead count casualties whatever was counted before ("burned 4 trucks and the toll rose to 31").
      boolean ofDead = text.regionMatches(true, t.start(), "toll", 0, 4) || text.regionMatches(true, t.start(), "dead", 0, 4);
      if (ofDead && whole != null && !"casualties".equals(whole.quantity().category())) whole = null;
      Quantity q = quantity(t.group(1), t.group(2), text.substring(start, t.end(2)).strip(),
          whole == null ? null : whole.quantity().unit(), whole == null ? "casualties" : whole.quantity().category());
      if (q != null) out.add(new Found(start, t.end(2), q, null));
    }
    Matcher p = search(population, lower.contains("population"), text, from, to);
    while (p.find()) {
      Quantity q = quantity(p.group(1), p.group(2), text.substring(p.start(1) < 0 ? p.start(2) : p.start(1), p.end()), "population", "people");
      if (q != null) out.add(new Found(p.start(), p.end(), q, null));
    }
    Matcher n = search(numbering, lower.contains("number"), text, from, to);
    while (n.find()) {
      Matcher unitBefore = vocabulary.units().matcher(text).region(from, n.start());
      String unit = null;
      while (unitBefore.find()) unit = unitBefore.group();
      if (unit == null) continue;
      Quantity q = quantity(n.group(1), n.group(2), text.substring(n.start(1) < 0 ? n.start(2) : n.start(1), n.end()), unit,
          vocabulary.unitCategory(unit));
      if (q != null) out.add(new Found(n.start(), n.end(), q, null));
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /**
   * Counts of a kind of person or vehicle the counted nouns do not list (WordNet's: "miners", "inmates",
   * "tractors"). People are read only with what befell them told right before ("killed 13 miners") or
   * right after ("two drivers were kidnapped"): a person counted with no fate ("two witnesses said") is
   * no claim. Vehicles are equipment wherever counted, as the listed ones are.
   */
  private List<Found> kindsTheListsLack(String text, int from, int to, List<Found> found) {
    List<Found> out = new ArrayList<>();
    Matcher m = countedWords.matcher(text).region(from, to);
    while (m.find()) {
      if (overlaps(found, m.start()) || notACount(text, from, m.start(), "")) continue;
      Matcher word = NOUN_WORD.matcher(m.group(3));
      while (word.find()) {
        String noun = word.group().toLowerCase(Locale.ROOT);
        if (STOP_BETWEEN.matcher(noun).matches() || MEASURE.matcher(noun).matches() || vocabulary.unitCategory(noun) != null) break;
        int end = m.start(3) + word.end();
        // "two lorry drivers": a vehicle that is no count's noun may describe a later one.
        Found vehicles = vocabulary.isVehicle(noun) ? vehicles(text, m, word, end, to) : null;
        if (vehicles != null) {
          out.add(vehicles);
          break;
        }
        if (!vocabulary.isPerson(noun)) continue;
        if (end < to && "\"”".indexOf(text.charAt(end)) >= 0) end++;
        Matcher next = fateNext.matcher(text).region(end, to);
        boolean fateAfter = next.lookingAt();
        // "three Pakistani posts": a person's noun before another noun only describes it.
        if (!fateAfter && !NOUN_PHRASE_END.matcher(text).region(end, to).lookingAt()) continue;
        String category = fateAfter ? fateAt(text, next.start(1), to) : fateBefore(text, from, m.start());
        if (category == null) break;
        String between = QUOTES.matcher(text.substring(m.end(2), m.start(3) + word.start())).replaceAll("").strip();
        Quantity q = quantity(m.group(1), m.group(2), text.substring(m.start(), m.start(3) + word.start()).strip(), word.group(), category);
        if (q != null) out.add(new Found(m.start(), end, q, between.isEmpty() ? null : between));
        break;
      }
    }
    return out;
  }

  /** Vehicles counted ("burned two tractors"), unless a plural figure stands before a singular noun ("three tractor drivers"). */
  private Found vehicles(String text, Matcher m, Matcher word, int end, int to) {
    if (!NOUN_PHRASE_END.matcher(text).region(end, to).lookingAt()) return null;
    Quantity q = quantity(m.group(1), m.group(2), text.substring(m.start(), m.start(3) + word.start()).strip(), word.group(), "equipment");
    if (q == null || q.low() > 1 && !word.group().endsWith("s")) return null;
    return new Found(m.start(), end, q, null);
  }

  /** The category of a fate word that ends right before {@code start} ("killing", "abducted"), else null. */
  private String fateBefore(String text, int from, int start) {
    String before = text.substring(Math.max(from, start - 25), start);
    for (Map.Entry<String, Pattern> f : vocabulary.fates().entrySet()) {
      Matcher m = f.getValue().matcher(before);
      while (m.find()) {
        if (before.substring(m.end()).isBlank()) return f.getKey();
      }
    }
    return null;
  }

  /** A cheap first look: whether {@code text[from, to)} holds a digit or a word that can start an amount. */
  private boolean holdsAmount(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return vocabulary.amountWordFinder().any(text, from, to);
  }

  /** A search of {@code text[from, to)} with {@code form}, or of nothing when the sentence lacks the words the form needs. */
  private static Matcher search(Pattern form, boolean cued, String text, int from, int to) {
    return cued ? form.matcher(text).region(from, to) : form.matcher("");
  }

  /**
   * "captured 4 of the 9 villages": a bare figure that is a part of something no counted noun of ours
   * names; "killed 3 of the 8 guards" and "of them" stay counts.
   */
  private boolean partOfThings(String text, int at, int to) {
    Matcher of = PART_OF_THE.matcher(text).region(at, to);
    if (!of.lookingAt()) return false;
    for (int end = of.end(); ; ) {
      if (vocabulary.units().matcher(text).region(end, to).lookingAt()) return false;
      Matcher word = WORD_AND_SPACE.matcher(text).region(end, to);
      if (!word.lookingAt() || word.end() - of.end() > 40) return true;
      end = word.end();
    }
  }

  /** A figure the toll pattern read that counts nothing now: one of the dead's age, a label ("whose number"), another year's figure. */
  private static boolean notAToll(String text, int from, int to, int tollStart, int figureStart, int figureEnd) {
    String lead = text.substring(tollStart, figureStart);
    if (ONE_OF_THE_DEAD.matcher(lead).matches() || WHOSE.matcher(text).region(Math.max(from, tollStart - 8), tollStart).find()) return true;
    Matcher clause = CLAUSE_END.matcher(text).region(figureEnd, to);
    return OTHER_YEAR.matcher(lead).find() || OTHER_YEAR.matcher(text).region(figureEnd, clause.find() ? clause.start() : to).find();
  }

  /** Whether a counted noun is the singular of another listed one ("truck" beside "trucks", "gunman" beside "gunmen"). */
  private boolean singular(String unit) {
    String u = unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return vocabulary.unitCategory(u + "s") != null || u.endsWith("man") && vocabulary.unitCategory(u.substring(0, u.length() - 3) + "men") != null;
  }

  /** "one of them", "one of the sheikhs": one picked out of many, not a count. */
  private static boolean oneOf(String text, Matcher m, int amountGroup) {
    return m.group(amountGroup).equalsIgnoreCase("one") && text.startsWith(" of ", m.end(amountGroup));
  }

  private static boolean overlaps(List<Found> found, int start) {
    return found.stream().anyMatch(f -> f.start() <= start && start < f.end());
  }

  /** The count found last before {@code start}, the whole a part or a toll may count; else null. */
  private static Found latestBefore(List<Found> found, int start) {
    Found latest = null;
    for (Found f : found) if (f.end() <= start && (latest == null || f.end() > latest.end())) latest = f;
    return latest;
  }

  /** The category of a counted noun, however its words are spaced. */
  private String categoryOf(String unit) {
    return vocabulary.unitCategory(unit.replaceAll("\\s+", " "));
  }

  /** A day after its month, a number that is the subject of a speech verb, a person's own family. */
  private boolean notACount(String text, int from, int start, String between) {
    String before = text.substring(Math.max(from, start - 12), start);
    return month.matcher(before).find() || PERSON_OWNS.matcher(before).find() || speech.matcher(between).find();
  }

  /**
   * The category of counted people from what befell them: a fate word later in the amount's clause
   * ("seven soldiers from the brigade were killed", "taken 80 soldiers prisoner") or right before
   * it ("killed 37 soldiers"); other counts keep their noun's category.
   */
  private String fate(String text, int from, int to, int start, int end, String category) {
    if (!"troops".equals(category)) return category;
    Matcher clause = CLAUSE_END.matcher(text).region(end, to);
    int after = to;
    while (clause.find()) {
      // "six soldiers and 43 rebels were killed": counts joined by "and" share what befell them.
      if (clause.group().strip().equals("and") && mayCount.matcher(text).region(clause.end(), to).lookingAt()) continue;
      if (withinClause(text, clause, to)) continue;
      after = clause.start();
      break;
    }
    // The first fate told after the count is its own ("12 soldiers were captured and 3 rebels were killed").
    String first = null;
    int firstAt = after;
    for (Map.Entry<String, Pattern> f : vocabulary.fates().entrySet()) {
      Matcher m = f.getValue().matcher(text).region(end, firstAt);
      if (m.find()) {
        first = f.getKey();
        firstAt = m.start();
      }
    }
    if (first != null) return first;
    String before = fateBefore(text, from, start);
    return before != null ? before : category;
  }

  /**
   * Whether a break the clause pattern found leaves the counted people's clause going on: a name set off by commas
   * ("one soldier, Corporal Juan Pérez, was killed"; the matcher is moved past it), an "and" inside a name ("two members of
   * the Border and Coast Guard were hurt") or joining two fates of the same people ("two officers were shot and wounded").
   */
  private boolean withinClause(String text, Matcher clause, int to) {
    if (clause.group().strip().equals("and")) {
      return fateAt(text, clause.end(), to) != null || NAME_AND.matcher(text).region(clause.start(), to).useTransparentBounds(true).lookingAt();
    }
    Matcher apposed = APPOSED_NAME.matcher(text).region(clause.start(), to);
    if (!apposed.lookingAt()) return false;
    clause.region(apposed.end(), to);
    return true;
  }

  /** The category of the fate word starting at {@code at}. */
  private String fateAt(String text, int at, int to) {
    for (Map.Entry<String, Pattern> f : vocabulary.fates().entrySet()) {
      if (f.getValue().matcher(text).region(at, to).lookingAt()) return f.getKey();
    }
    return null;
  }

  private Quantity quantity(String approx, String amount, String words, String unit, String category) {
    String a = amount.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    long[] range = vocabulary.vagueAmounts().get(a);
    long low;
    long high;
    if (range != null) {
      low = range[0];
      high = range[1];
    } else if (Character.isDigit(a.charAt(0))) {
      low = high = Long.parseLong(a.replace(",", ""));
      // A bare year ("in 2022 troops ...") is not a count.
      if (approx == null && a.length() == 4 && !a.contains(",") && low >= 1900 && low <= 2100) return null;
    } else {
      Long v = vocabulary.numberWord(a);
      String[] parts = a.split("[-‐]");
      // "twenty-one": the tens and the units added.
      if (v == null && parts.length == 2 && vocabulary.numberWord(parts[0]) != null && vocabulary.numberWord(parts[1]) != null) {
        v = vocabulary.numberWord(parts[0]) + vocabulary.numberWord(parts[1]);
      }
      if (v == null) return null;
      low = high = v;
    }
    // "only several dozen": the vague amount is the approximation; "only" just stresses it.
    String approximation = range != null ? a : approx != null ? approx.toLowerCase(Locale.ROOT) : null;
    return new Quantity(words, low, high, approximation, unit, category);
  }

  private static String alternation(java.util.Collection<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return String.join("|", sorted.stream().map(x -> Pattern.quote(x).replace(" ", "\\E\\s+\\Q")).toList());
  }
}
