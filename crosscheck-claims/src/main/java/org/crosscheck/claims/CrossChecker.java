package org.crosscheck.claims;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Groups claims by {@link ClaimKey} and decides each key's {@link Status}; keeps per-place
 * timelines of control claims. Feed it claims as reports arrive: {@link #add} re-assesses the
 * keys the new claims touch.
 *
 * <p>Periods: claims of one type about one place (and side, for attacks and quantities) are
 * sorted by event day and cut into windows wherever two neighbours are more than {@code gapDays}
 * apart or a window would span more than {@code maxSpanDays}. The windows depend only on the set
 * of claims, not on the order they arrive in; a new claim can merge or split its subject's windows.
 *
 * <p>Sides: attack and quantity claims whose actor the text does not name join the side of the
 * only side named for that type and place within {@code gapDays} of them; with none or several
 * named nearby, an attack asserted joins the only attacker its own report names (at any place);
 * else they stay apart, under "?".
 *
 * <p>Independence: a claim's source is its claimant; without one, the outlet it relays
 * ("The Kyiv Post reported"); without that, the outlet itself, after folding reprints and copies
 * onto their original through {@code representative} (e.g. {@code
 * DuplicateDetector::representative}). Claims with the same source count once, however many
 * reports carry them. An outlet is known by the name {@code outletName} gives it now (a site's
 * bare host, stored before any report of the site named it, by the name since learned): a name
 * learned after its claims were judged has their keys judged again at the next {@link #add}.
 * Not thread-safe.
 */
public final class CrossChecker {

  /** What a key is about before its side and period are cut. */
  private record Subject(ClaimType type, String placeId, String placeName, String statement, String counted) {}

  private final UnaryOperator<String> representative;
  private final UnaryOperator<String> outletName;
  /** The name each outlet a claim gives (its report's, or one it relays) went by when its keys were last judged. */
  private final Map<String, String> outletNamedAs = new HashMap<>();
  private final int gapDays;
  private final int maxSpanDays;
  private final Map<Subject, List<Claim>> bySubject = new LinkedHashMap<>();
  private final Map<Subject, List<ClaimKey>> keysOfSubject = new HashMap<>();
  private final Map<String, ClaimKey> keyOfClaim = new HashMap<>();
  private final Map<ClaimKey, List<Claim>> byKey = new LinkedHashMap<>();
  private final Map<ClaimKey, Assessment> assessments = new HashMap<>();
  private final Map<String, String> outletOfArticle = new HashMap<>();
  /** The side each named speaker was given in some claim: a count's source keeps it where another report leaves it out. */
  private final Map<String, String> sideOfEntity = new HashMap<>();
  /**
   * The sides each named person speaks for where some report says it ("Ukraine's army spokesman
   * X"): another report naming the person with no side, or by a title alone, is the same voice,
   * when those sides are one once acronyms fold ("River Defence Front" and "RDF").
   */
  private final Map<String, Set<String>> sidesOfPerson = new HashMap<>();
  /** The subjects each named person ({@link #personKey}) made a claim in: those their side, once learnt, judges again. */
  private final Map<String, Set<Subject>> subjectsOfPerson = new HashMap<>();
  /**
   * The subjects each side name (an actor's or a claimant's, as written) and each named speaker
   * made a claim in: where an acronym or a speaker's side learnt now may change a claim's key,
   * looked up rather than found by reading every claim held, which grew with the stream.
   */
  private final Map<String, Set<Subject>> subjectsOfSide = new HashMap<>();
  private final Map<String, Set<Subject>> subjectsOfSpeaker = new HashMap<>();
  /** The places each report's claims are about, by name and spelling, lower-cased: a speaker so named is a place misread. */
  private final Map<String, Set<String>> placesOfArticle = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  /** The named attacker sides of each report's attack claims: who "the attackers" of that report are, when only one. */
  private final Map<String, Set<String>> attackersOfArticle = new HashMap<>();
  private final Acronyms acronyms = new Acronyms();
  /** Each claim's quoted passages by claim id, read once: every window's judgement and each of its phases asks again. */
  private final Map<String, List<String>> passages = new HashMap<>();

  /**
   * @param representative maps an article id to the article that stands for it (itself when no copy)
   * @param outletName the name an outlet goes by now (e.g. {@code OutletNames::nameOf}); asked again at each {@link #add}
   * @param gapDays the most days between neighbouring claims of one window
   * @param maxSpanDays the most days one window spans
   */
  public CrossChecker(UnaryOperator<String> representative, UnaryOperator<String> outletName, int gapDays, int maxSpanDays) {
    if (gapDays < 0 || maxSpanDays < gapDays) throw new IllegalArgumentException("need 0 <= gapDays <= maxSpanDays");
    this.representative = representative;
    this.outletName = outletName;
    this.gapDays = gapDays;
    this.maxSpanDays = maxSpanDays;
  }

  /** Outlets known by the names their claims give. */
  public CrossChecker(UnaryOperator<String> representative, int gapDays, int maxSpanDays) {
    this(representative, UnaryOperator.identity(), gapDays, maxSpanDays);
  }

  /** Windows of claims at most a week apart, spanning at most a month. */
  public CrossChecker(UnaryOperator<String> representative, UnaryOperator<String> outletName) {
    this(representative, outletName, 7, 31);
  }

  /** Windows of claims at most a week apart, spanning at most a month; outlets known by the names their claims give. */
  public CrossChecker(UnaryOperator<String> representative) {
    this(representative, UnaryOperator.identity());
  }

  /** Every article is its own original. */
  public static CrossChecker withoutDuplicates() {
    return new CrossChecker(UnaryOperator.identity());
  }

  /** The key an added claim is compared under now, if it was added. */
  public Optional<ClaimKey> keyOf(Claim c) {
    return Optional.ofNullable(keyOfClaim.get(c.id()));
  }

  private static Subject subjectOf(Claim c) {
    String placeId = c.place() == null ? "-" : c.place().entityId();
    String placeName = c.place() == null ? "-" : c.place().name();
    return new Subject(c.type(), placeId, placeName, c.type() == ClaimType.ASSERTION ? statementOf(c) : null,
        c.type() == ClaimType.QUANTITY ? Counted.of(c, null).what() : null);
  }

  /** An assertion's sentence as its key compares it: the same words, whatever the case and punctuation. */
  private static String statementOf(Claim c) {
    return c.sentence().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static boolean sided(ClaimType type) {
    return type == ClaimType.ATTACK || type == ClaimType.QUANTITY;
  }

  /**
   * A subject's claims by the side that keys them: {@code null} for types without sides; else the
   * actor's side, or for a claim without one the only side named within {@code gapDays} of it
   * ("?" when none or several are).
   */
  private Map<String, List<Claim>> bySide(Subject subject, List<Claim> claims) {
    Map<String, List<Claim>> out = new LinkedHashMap<>();
    if (!sided(subject.type())) {
      out.put(null, claims);
      return out;
    }
    // Whose people a count counts is read from the count itself, never borrowed from a side named nearby.
    if (subject.type() == ClaimType.QUANTITY) {
      for (Claim c : claims) {
        String whose = whoseCount.computeIfAbsent(c.id() + "|" + c.actorSide(), k -> Counted.of(c, c.actorSide()).whose());
        out.computeIfAbsent(whose, k -> new ArrayList<>()).add(c);
      }
      return out;
    }
    List<Claim> unknown = new ArrayList<>();
    List<Claim> opponents = new ArrayList<>();
    for (Claim c : claims) {
      if (c.actorSide() == null) unknown.add(c);
      else if (GroupNames.opposedTo(c.actorSide()) != null) opponents.add(c);
      else out.computeIfAbsent(c.actorSide(), k -> new ArrayList<>()).add(c);
    }
    // "The terrorists attacked", says the army; "JNIM attacked", says another report of that day:
    // the attackers the army leaves unnamed are the only other side named then, if there is just one.
    Map<String, List<LocalDate>> named = daysBySide(out);
    for (Claim c : opponents) {
      String against = GroupNames.opposedTo(c.actorSide());
      String only = onlySideNear(named, day(c), against, 1);
      out.computeIfAbsent(only != null ? only : c.actorSide(), k -> new ArrayList<>()).add(c);
    }
    named = daysBySide(out);
    for (Claim c : unknown) {
      String only = onlySideNear(named, day(c), null, gapDays);
      if (only == null && c.polarity() != Polarity.DENIED) only = onlyAttackerOfArticle(c.articleId());
      out.computeIfAbsent(only != null ? only : "?", k -> new ArrayList<>()).add(c);
    }
    return out;
  }

  /**
   * The one side a report names as an attacker, anywhere, or {@code null}: "the attackers" of a
   * report telling one group's raid on three villages are that group, where the place alone names
   * no side, or several.
   */
  private String onlyAttackerOfArticle(String articleId) {
    Set<String> sides = attackersOfArticle.get(articleId);
    if (sides == null) return null;
    List<String> one = sides.stream().map(this::foldedSide).distinct().limit(2).toList();
    return one.size() == 1 ? one.get(0) : null;
  }

  /** Each keyed claim's day by side, read once: the looks below compare every claim to place with all of them. */
  private Map<String, List<LocalDate>> daysBySide(Map<String, List<Claim>> bySide) {
    Map<String, List<LocalDate>> days = new LinkedHashMap<>();
    bySide.forEach((side, list) -> days.put(side, list.stream().map(this::day).toList()));
    return days;
  }

  /** The only side other than {@code except} with a claim within {@code days} of {@code at}, or {@code null}. */
  private static String onlySideNear(Map<String, List<LocalDate>> named, LocalDate at, String except, int days) {
    String only = null;
    int near = 0;
    for (Map.Entry<String, List<LocalDate>> e : named.entrySet()) {
      if (e.getKey().equals(except) || e.getValue().stream().noneMatch(d -> close(d, at, days))) continue;
      only = e.getKey();
      near++;
    }
    return near == 1 ? only : null;
  }

  private static boolean close(LocalDate a, LocalDate b, int days) {
    return a == null || b == null ? a == b : Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
  }

  /**
   * Adds claims (ones already seen are ignored) and returns the assessments that changed; keys
   * whose outlets were renamed since they were judged are judged again, even when no claim is new.
   */
  public List<Assessment> add(Collection<Claim> claims) {
    Set<Subject> touched = new LinkedHashSet<>();
    // Subjects touched by what was learnt (a name, an acronym, a side), not only by claims joining them:
    // every window of theirs is judged again; elsewhere a window holding the same claims as before keeps its assessment.
    Set<Subject> restated = new HashSet<>();
    Consumer<Subject> restate = subject -> {
      touched.add(subject);
      restated.add(subject);
    };
    // A site's name learned since (its bare host's report judged before a page named it): the
    // host's claims now count under that name, wherever they were judged.
    Set<String> renamed = renamedOutlets();
    if (!renamed.isEmpty()) {
      bySubject.forEach((subject, held) -> {
        if (held.stream().anyMatch(c -> outletsNamed(c).anyMatch(renamed::contains))) restate.accept(subject);
      });
    }
    Set<String> refolded = new HashSet<>();
    Set<String> sidedSpeakers = new HashSet<>();
    Set<String> sidedPersons = new HashSet<>();
    // A report's claims come in one batch: its places are all known before any of them is judged.
    for (Claim c : claims) if (c.place() != null) placesOf(c).addAll(placeNames(c.place()));
    for (Claim c : claims) {
      if (c.type() == ClaimType.ATTACK && c.actorSide() != null && GroupNames.opposedTo(c.actorSide()) == null) {
        attackersOfArticle.computeIfAbsent(c.articleId(), k -> new LinkedHashSet<>()).add(c.actorSide());
      }
    }
    for (Claim c : claims) {
      if (!seen.add(c.id())) continue;
      String person = personKey(c.claimant());
      if (person != null && c.claimant().side() != null
          && sidesOfPerson.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(c.claimant().side())) {
        sidedPersons.add(person);
      }
      outletOfArticle.putIfAbsent(c.articleId(), c.outlet());
      outletsNamed(c).forEach(this::named);
      if (c.claimant() != null && c.claimant().entityId() != null && c.claimant().side() != null
          && sideOfEntity.putIfAbsent(c.claimant().entityId(), c.claimant().side()) == null) {
        sidedSpeakers.add(c.claimant().entityId());
      }
      refolded.addAll(acronyms.learn(c.sentence()));
      Subject subject = subjectOf(c);
      bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(c);
      if (person != null) subjectsOfPerson.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(subject);
      index(subject, c);
      touched.add(subject);
    }
    // A name newly tied to its acronym may join sides anywhere, in claims added long before: every
    // subject where a claim names that side is judged again (not every subject: in a long stream
    // new acronyms keep coming, and judging everything each time grows with the square of the stream).
    if (!refolded.isEmpty()) {
      Set<Subject> naming = subjectsNaming(refolded);
      bySubject.forEach((subject, held) -> {
        if (naming.contains(subject) && held.stream().anyMatch(c -> namesSide(c, refolded))) restate.accept(subject);
      });
      // Two sides a person was given may now be one, or one no longer: their unsided claims change too.
      sidesOfPerson.forEach((person, sides) -> {
        if (sides.stream().anyMatch(side -> isNamed(side, refolded))) sidedPersons.add(person);
      });
    }
    // A speaker's side learnt now tells whose voice a count given earlier without it was, whatever the order.
    if (!sidedSpeakers.isEmpty()) {
      Set<Subject> spoken = new HashSet<>();
      for (String speaker : sidedSpeakers) spoken.addAll(subjectsOfSpeaker.getOrDefault(speaker, Set.of()));
      // In the order the subjects came, as every other subject judged again.
      bySubject.keySet().forEach(subject -> {
        if (subject.type() == ClaimType.QUANTITY && spoken.contains(subject)) restate.accept(subject);
      });
    }
    // A person's side learnt (or found disputed) now changes every claim they made without it, whatever the order.
    // Looked up, not scanned for: nearly every report names a spokesperson with a side.
    for (String person : sidedPersons) subjectsOfPerson.getOrDefault(person, Set.of()).forEach(restate);
    List<Assessment> changed = new ArrayList<>();
    for (Subject subject : touched) {
      Map<ClaimKey, Assessment> before = new HashMap<>();
      for (ClaimKey old : keysOfSubject.getOrDefault(subject, List.of())) {
        byKey.remove(old);
        before.put(old, assessments.remove(old));
      }
      List<ClaimKey> keys = new ArrayList<>();
      List<Claim> folded = bySubject.get(subject).stream().map(this::folded).toList();
      for (Map.Entry<String, List<Claim>> side : bySide(subject, folded).entrySet()) {
        for (List<Claim> window : windows(side.getValue())) {
          ClaimKey key = new ClaimKey(subject.type(), subject.placeId(), subject.placeName(), side.getKey(), period(window),
              subject.statement(), subject.counted());
          keys.add(key);
          byKey.put(key, window);
          for (Claim c : window) keyOfClaim.put(c.id(), key);
          Assessment was = restated.contains(subject) ? null : before.get(key);
          Assessment a = was != null && sameClaims(was.assertions(), window) ? was : assess(key, window);
          assessments.put(key, a);
          if (a != was) changed.add(a);
        }
      }
      keysOfSubject.put(subject, keys);
    }
    return changed;
  }

  /** Whether two windows hold the same claims in the same order. */
  private static boolean sameClaims(List<Claim> a, List<Claim> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).id().equals(b.get(i).id())) return false;
    }
    return true;
  }

  private void index(Subject subject, Claim c) {
    if (c.actorSide() != null) subjectsOfSide.computeIfAbsent(c.actorSide(), k -> new HashSet<>()).add(subject);
    Party claimant = c.claimant();
    if (claimant == null) return;
    if (claimant.side() != null) subjectsOfSide.computeIfAbsent(claimant.side(), k -> new HashSet<>()).add(subject);
    if (claimant.entityId() != null) subjectsOfSpeaker.computeIfAbsent(claimant.entityId(), k -> new HashSet<>()).add(subject);
  }

  /**
   * The subjects where some claim may name one of {@code names} ({@link #namesSide}): by its sides
   * as written, by the side its speaker was given elsewhere, or by a side its person speaks for.
   * More than that may come back, never fewer; {@link #namesSide} decides.
   */
  private Set<Subject> subjectsNaming(Set<String> names) {
    Set<Subject> out = new HashSet<>();
    subjectsOfSide.forEach((side, subjects) -> {
      if (isNamed(side, names)) out.addAll(subjects);
    });
    subjectsOfSpeaker.forEach((speaker, subjects) -> {
      if (isNamed(sideOfEntity.get(speaker), names)) out.addAll(subjects);
    });
    sidesOfPerson.forEach((person, sides) -> {
      if (sides.stream().anyMatch(side -> isNamed(side, names) || isNamed(foldedSide(side), names))) {
        out.addAll(subjectsOfPerson.getOrDefault(person, Set.of()));
      }
    });
    return out;
  }

  /** Whether the claim's actor or claimant (or the side its claimant was given elsewhere) is one of {@code names} ({@link Acronyms#keyOf}). */
  private boolean namesSide(Claim c, Set<String> names) {
    Party claimant = withPersonSide(c.claimant());
    String claimantSide = claimant == null ? null
        : claimant.side() != null ? claimant.side() : claimant.entityId() == null ? null : sideOfEntity.get(claimant.entityId());
    return isNamed(c.actorSide(), names) || isNamed(claimantSide, names);
  }

  /** Whether a side (or the side it opposes) is one of {@code names} ({@link Acronyms#keyOf}). */
  private static boolean isNamed(String side, Set<String> names) {
    if (side == null) return false;
    String against = GroupNames.opposedTo(side);
    return names.contains(Acronyms.keyOf(against == null ? side : against));
  }

  /**
   * The claim as its key compares it: its actor's and claimant's sides in the one form kept for a
   * name some report introduced with its acronym ("Logone Patriotic Front (FPL)": FPL), its outlet
   * by the name that outlet goes by now.
   */
  public Claim asCompared(Claim c) {
    return folded(c);
  }

  private Claim folded(Claim c) {
    String outlet = named(c.outlet());
    return Objects.equals(outlet, c.outlet()) ? sidesFolded(c) : sidesFolded(c).withOutlet(outlet);
  }

  private Claim sidesFolded(Claim c) {
    Party sided = withPersonSide(c.claimant());
    if (acronyms.isEmpty()) return sided == c.claimant() ? c : c.withParties(c.actor(), sided);
    Party actor = foldSide(c.actor());
    Party claimant = foldSide(sided);
    return actor == c.actor() && claimant == c.claimant() ? c : c.withParties(actor, claimant);
  }

  /** A named person left without a side, given the one side (once acronyms fold) other reports name them with. */
  private Party withPersonSide(Party p) {
    if (p == null || p.side() != null) return p;
    String key = personKey(p);
    Set<String> sides = key == null ? null : sidesOfPerson.get(key);
    if (sides == null) return p;
    List<String> one = sides.stream().map(this::foldedSide).distinct().limit(2).toList();
    return one.size() != 1 ? p : new Party(p.entityId(), p.name(), p.description(), one.get(0));
  }

  /** A named person's identity across reports: the linker's id (a surname) and the full name, or {@code null}. */
  private static String personKey(Party p) {
    return p == null || p.entityId() == null || !p.entityId().startsWith("person:") ? null
        : p.entityId() + '\u0000' + p.name().toLowerCase(Locale.ROOT);
  }

  private Party foldSide(Party p) {
    if (p == null || p.side() == null) return p;
    String side = foldedSide(p.side());
    return side.equals(p.side()) ? p : new Party(p.entityId(), p.name(), p.description(), side);
  }

  /**
   * A side's name as keys compare it: the one form kept for a name some report introduced with its
   * acronym ("Arakan Army" and "AA" are one side once a report wrote "Arakan Army (AA)"), and any
   * group's opponents under that form. What an evaluation compares sides by, so that it counts as
   * one side what the keys count as one.
   */
  public String sideAsCompared(String side) {
    return side == null ? null : foldedSide(side);
  }

  private String foldedSide(String side) {
    String against = GroupNames.opposedTo(side);
    return against == null ? acronyms.fold(side) : GroupNames.opponentsOf(acronyms.fold(against));
  }

  /**
   * Claims of one day as their reports came out, then by outlet and place in the text: which claim
   * a judgement names first (the first source, the denial's answer, the concession) must not hang
   * on claim ids, hashes of where a report was read from (a file's path), which move with the files.
   */
  private static final Comparator<Claim> IN_PUBLISHED_ORDER = Comparator
      .comparing((Claim c) -> c.reportTime() == null ? null : c.reportTime().toInstant(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Claim::outlet, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparingInt(Claim::evidenceStart)
      .thenComparingInt(Claim::evidenceEnd)
      .thenComparing(Claim::polarity)
      .thenComparing(Claim::effect)
      .thenComparing(Claim::articleId)
      .thenComparing(Claim::id);

  /** The subject's claims cut into windows by event day; undated claims form one window of their own. */
  private List<List<Claim>> windows(List<Claim> claims) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing((Claim c) -> day(c), Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(IN_PUBLISHED_ORDER));
    List<List<Claim>> out = new ArrayList<>();
    List<Claim> current = null;
    LocalDate first = null;
    LocalDate last = null;
    for (Claim c : sorted) {
      LocalDate d = day(c);
      boolean fits = current != null && (d == null ? last == null
          : last != null && ChronoUnit.DAYS.between(last, d) <= gapDays && ChronoUnit.DAYS.between(first, d) <= maxSpanDays);
      if (!fits) {
        current = new ArrayList<>();
        out.add(current);
        first = d;
      }
      current.add(c);
      last = d;
    }
    return out;
  }

  /** Each claim's event day by claim id, read once: windows, sides and turns ask for it again at every judgement. */
  private final Map<String, LocalDate> days = new HashMap<>();

  private LocalDate day(Claim c) {
    LocalDate d = days.get(c.id());
    if (d == null && !days.containsKey(c.id())) {
      d = c.eventTime().day(c.reportTime());
      days.put(c.id(), d);
    }
    return d;
  }

  private String period(List<Claim> window) {
    LocalDate first = day(window.get(0));
    LocalDate last = day(window.get(window.size() - 1));
    return first == null ? "undated" : first.equals(last) ? first.toString() : first + ".." + last;
  }

  public Optional<Assessment> assessment(ClaimKey key) {
    return Optional.ofNullable(assessments.get(key));
  }

  /** Every assessment, in the order keys were first seen. */
  public List<Assessment> assessments() {
    return byKey.keySet().stream().map(assessments::get).toList();
  }

  /** The control claims about a place (entity id, or name/spelling), by event time then report time. */
  public List<TimelineEntry> timeline(String place) {
    String wanted = place.toLowerCase(Locale.ROOT);
    List<TimelineEntry> out = new ArrayList<>();
    byKey.forEach((key, claims) -> {
      if (key.type() != ClaimType.CONTROL) return;
      for (Claim c : claims) {
        if (!c.place().entityId().equalsIgnoreCase(place) && !c.place().name().toLowerCase(Locale.ROOT).equals(wanted)
            && (c.place().surface() == null || !c.place().surface().toLowerCase(Locale.ROOT).equals(wanted))) continue;
        out.add(new TimelineEntry(c.eventTime(), c, assessments.get(key).status()));
      }
    });
    out.sort(Comparator.comparing((TimelineEntry e) -> e.eventTime().sortKey())
        .thenComparing(e -> e.claim().reportTime() == null ? "" : e.claim().reportTime().toInstant().toString()));
    return out;
  }

  /**
   * The source a claim counts as for independence, among claims published by {@code outlets}
   * (normalised names): its {@linkplain #voiceOf voice}, except that a party's voices (its ministry,
   * its generals, its spokesman's post relayed by three outlets) are one origin, its side:
   * agreement among them corroborates nothing.
   */
  private String sourceOf(Claim c, Set<String> outlets) {
    String voice = voiceOf(c, outlets);
    Party p = c.claimant();
    boolean party = p != null && p.side() != null && GroupNames.opposedTo(p.side()) == null;
    return party && !voice.startsWith("outlet:") ? "side:" + p.side() : voice;
  }

  private Set<String> placesOf(Claim c) {
    return placesOfArticle.computeIfAbsent(c.articleId(), k -> new HashSet<>());
  }

  private static List<String> placeNames(PlaceRef place) {
    return Stream.of(place.name(), place.surface()).filter(Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * Whether a claimant is a place its report's claims are about, read as a speaker (the town of
   * "the garrison of the town engaged the raiders", taken for who said it): places do not speak,
   * the report does.
   * A capital standing for its government is given that side, and speaks.
   */
  private boolean placeReadAsSpeaker(Claim c) {
    Party p = c.claimant();
    return p.side() == null && placesOfArticle.getOrDefault(c.articleId(), Set.of()).contains(p.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Who speaks in a claim: a claimant that is one of {@code outlets}, by name or by the head of its
   * name ("the General Staff" said, in a report on the "General Staff of the Armies, Chad"
   * statement), is that outlet, whose own statement counts once however many reports quote it;
   * else the claimant, or the outlet it relays, or the report's own outlet.
   */
  private String voiceOf(Claim c, Set<String> outlets) {
    if (c.claimant() != null && !placeReadAsSpeaker(c)) {
      Party p = c.claimant();
      String publisher = publisher(normalise(p.name()), outlets);
      // "Central Asia Wire (CAW) reported": an outlet named with its acronym is still that outlet.
      if (publisher == null) publisher = publisher(withoutAcronym(p.name()), outlets);
      if (publisher != null) return "outlet:" + publisher;
      return p.entityId() != null ? p.entityId() : "described:" + normalise(p.name());
    }
    for (int i = 1; i < c.citations().size(); i++) {
      CitationHop hop = c.citations().get(i);
      if (hop.kind() == CitationHop.Kind.OUTLET) return "outlet:" + normalise(named(hop.name()));
    }
    return "outlet:" + outletOf(c);
  }

  /** The only outlet the name names, whole or as its head ("ministry" of "ministry of internal affairs"), or {@code null}. */
  private static String publisher(String name, Set<String> outlets) {
    if (outlets.contains(name)) return name;
    String found = null;
    for (String outlet : outlets) {
      if (!outlet.startsWith(name + " of ") && !outlet.startsWith(name + ", ") && !outlet.startsWith(name + " (")) continue;
      if (found != null) return null;
      found = outlet;
    }
    return found;
  }

  /** Whether a claim's source is another outlet than its own report's, one of {@code asserting}. */
  private boolean relays(Claim c, String source, Set<String> asserting) {
    if (!source.startsWith("outlet:")) return false;
    String relayed = source.substring("outlet:".length());
    return asserting.contains(relayed) && !relayed.equals(outletOf(c));
  }

  private String outletOf(Claim c) {
    return normalise(named(reportOutlet(c)));
  }

  /** The outlet of the report that stands for the claim's (its original, for a copy), as stored. */
  private String reportOutlet(Claim c) {
    return outletOfArticle.getOrDefault(representative.apply(c.articleId()), c.outlet());
  }

  /** Every outlet a claim names as stored: its report's, its original's and those it relays. */
  private Stream<String> outletsNamed(Claim c) {
    return Stream.concat(Stream.of(c.outlet(), reportOutlet(c)),
        c.citations().stream().filter(h -> h.kind() == CitationHop.Kind.OUTLET).map(CitationHop::name))
        .filter(Objects::nonNull);
  }

  /** The name an outlet goes by in judgements until {@link #renamedOutlets} sees it renamed. */
  private String named(String outlet) {
    return outlet == null ? null : outletNamedAs.computeIfAbsent(outlet, outletName);
  }

  /** The outlets whose name changed since their claims were judged, taking the new names. */
  private Set<String> renamedOutlets() {
    Set<String> renamed = new HashSet<>();
    outletNamedAs.replaceAll((outlet, was) -> {
      String now = outletName.apply(outlet);
      if (!now.equals(was)) renamed.add(outlet);
      return now;
    });
    return renamed;
  }

  /** The normalised names of the outlets whose reports (their originals, for copies) hold the claims. */
  private Set<String> outletsOf(List<Claim> claims) {
    Set<String> out = new HashSet<>();
    for (Claim c : claims) out.add(outletOf(c));
    return out;
  }

  /** An acronym given in brackets after a name: "Central Asia Wire (CAW)". */
  private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\([\\p{Lu}\\p{N}.&-]{2,}\\)\\s*$");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b");

  /** Whose people each count counts, by claim and side: asked again at every assessment of its key. */
  private final Map<String, String> whoseCount = new HashMap<>();
  /** Names already normalised: a few outlets and speakers are asked for at every assessment. */
  private final Map<String, String> normalised = new HashMap<>();

  /** Names normalised with the acronym after them dropped ({@link #ACRONYM_AFTER}), asked for at every judgement. */
  private final Map<String, String> withoutAcronym = new HashMap<>();

  private String withoutAcronym(String name) {
    return withoutAcronym.computeIfAbsent(name, n -> normalise(ACRONYM_AFTER.matcher(n).replaceFirst("")));
  }

  private String normalise(String name) {
    return normalised.computeIfAbsent(name, n -> {
      String lower = LEADING_ARTICLE.matcher(n.toLowerCase(Locale.ROOT)).replaceFirst("");
      return POSSESSIVE.matcher(lower).replaceAll("").strip();
    });
  }

  /**
   * The source each claim counts as ({@link #sourceOf}), reports relaying one statement folded onto
   * one source: claims of one polarity quoting the same words ({@link Quotations}) come from one
   * upstream statement however each report names its claimant ("the group", "the Logone Patriotic
   * Front", its spokesman), unless those claimants stand on two different sides.
   */
  private Map<Claim, String> sources(List<Claim> claims) {
    Set<String> outlets = outletsOf(claims);
    Map<Claim, String> own = new LinkedHashMap<>();
    Map<String, Claim> firstQuoting = new HashMap<>();
    Map<String, String> relayOf = new HashMap<>();
    for (Claim c : claims) {
      String source = sourceOf(c, outlets);
      own.put(c, source);
      for (String passage : passages.computeIfAbsent(c.id(), id -> Quotations.passages(c.sentence()))) {
        // A denial may quote the very words it denies: a relay is of the same stance.
        Claim earlier = firstQuoting.putIfAbsent(c.polarity() + "|" + passage, c);
        if (earlier == null) continue;
        if (earlier.claimantSide() != null && c.claimantSide() != null && !sameSide(earlier.claimantSide(), c.claimantSide())) continue;
        String root = root(relayOf, own.get(earlier));
        String mine = root(relayOf, source);
        if (!root.equals(mine)) relayOf.put(mine, root);
      }
    }
    Map<Claim, String> out = new LinkedHashMap<>();
    own.forEach((c, source) -> out.put(c, root(relayOf, source)));
    return out;
  }

  /** The source {@code source} relays, following the chain to the first. */
  private static String root(Map<String, String> relayOf, String source) {
    String s = source;
    while (relayOf.containsKey(s)) s = relayOf.get(s);
    return s;
  }

  /**
   * The key's assessment, and for a control key whose status changed as its claims were made, the
   * phases it went through ({@link #phases}). A control key's status is that of its last turn
   * ({@link #turns}): a town conceded and then claimed back is judged on the claims about taking it back.
   */
  private Assessment assess(ClaimKey key, List<Claim> claims) {
    if (key.type() != ClaimType.CONTROL) return judge(key, claims);
    List<Turn> turns = turns(claims);
    List<Assessment.Phase> phases = phases(key, claims, turns);
    if (turns.isEmpty()) return judge(key, claims).withPhases(phases);
    Turn last = turns.get(turns.size() - 1);
    Assessment now = judge(key, claims.stream().filter(c -> turnOf(c, turns) == last).toList());
    return new Assessment(key, claims, now.status(), now.independentSources(), now.sources(),
        "%s (a new turn: %s claimed again from %s, after its loss was conceded on %s)".formatted(now.reasoning(), last.side(),
            last.from(), last.conceded()), phases);
  }

  /**
   * A turn of control after the first: from the day {@code side}, whose loss was conceded on
   * {@code conceded} (of events from {@code lost} on), is said to hold the place again.
   */
  private record Turn(String side, LocalDate conceded, LocalDate lost, LocalDate from) {}

  /**
   * The later turns of control in a window, in order: a side's loss conceded, then that side said
   * to take the place back, of a day after the loss, in a report after the concession ("the army
   * retook the port", two days after the minister admitted the withdrawal). A side that lost a
   * post and "still holds the rest of the village" has taken nothing back: no new turn. What is
   * claimed and denied about taking it back is a new question; the dispute before the concession,
   * and the concession itself, do not decide it.
   */
  private List<Turn> turns(List<Claim> claims) {
    List<Turn> out = new ArrayList<>();
    LocalDate since = null;
    while (true) {
      LocalDate after = since;
      Claim concession = claims.stream()
          .filter(c -> c.polarity() == Polarity.CONCEDED && conceder(c) != null && stated(c) != null && day(c) != null)
          .filter(c -> after == null || !stated(c).isBefore(after))
          .min(Comparator.comparing(this::stated)).orElse(null);
      if (concession == null) return out;
      String side = conceder(concession);
      LocalDate conceded = stated(concession);
      LocalDate lost = day(concession);
      LocalDate regained = claims.stream()
          .filter(c -> c.polarity() == Polarity.ASSERTED && c.effect() == Effect.GAIN && side.equals(c.actorSide()))
          .filter(c -> CheckWords.RETAKE.matcher(c.sentence()).find())
          .filter(c -> stated(c) != null && stated(c).isAfter(conceded) && day(c) != null && day(c).isAfter(lost))
          .map(this::stated).min(Comparator.naturalOrder()).orElse(null);
      if (regained == null) return out;
      out.add(new Turn(side, conceded, lost, regained));
      since = regained;
    }
  }

  /**
   * The turn a claim belongs to: the last one begun by the day it was made, if it tells of events
   * since that turn's loss; else the first turn ({@code null}).
   */
  private Turn turnOf(Claim c, List<Turn> turns) {
    LocalDate said = stated(c);
    Turn found = null;
    for (Turn t : turns) {
      if (said == null || said.isBefore(t.from())) break;
      if (day(c) == null || !day(c).isBefore(t.lost())) found = t;
    }
    return found;
  }

  /**
   * The statuses the claims gave the key day by day as they were made (each claim on the day its
   * report came out, else its event day), a run of days with one status one phase; none when the
   * status never changed. "The militia says it took the town; the ministry denies it; two days
   * later the ministry concedes" is contested, then conceded: the concession's date is when it
   * was said, whatever day it says the town was lost. From the day a new turn begins ({@link
   * #turns}), only that turn's claims are judged, and its first day starts a phase.
   */
  private List<Assessment.Phase> phases(ClaimKey key, List<Claim> claims, List<Turn> turns) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Claim c : claims) if (stated(c) != null) days.add(stated(c));
    if (days.size() < 2) return List.of();
    List<Assessment.Phase> out = new ArrayList<>();
    Turn previous = null;
    for (LocalDate d : days) {
      Turn turn = null;
      for (Turn t : turns) if (!t.from().isAfter(d)) turn = t;
      Turn current = turn;
      List<Claim> known = claims.stream()
          .filter(c -> stated(c) == null || !stated(c).isAfter(d))
          .filter(c -> turnOf(c, turns) == current).toList();
      if (known.isEmpty()) continue;
      Assessment then = judge(key, known);
      Assessment.Phase last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.status() == then.status() && turn == previous) {
        out.set(out.size() - 1, new Assessment.Phase(last.status(), last.from(), d, then.reasoning()));
      } else {
        out.add(new Assessment.Phase(then.status(), d, d, then.reasoning()));
      }
      previous = turn;
    }
    return out.size() < 2 ? List.of() : out;
  }

  /** The day a claim was made public: its report's day, else the day of the event. */
  private LocalDate stated(Claim c) {
    return c.reportTime() != null ? c.reportTime().toLocalDate() : day(c);
  }

  private Assessment judge(ClaimKey key, List<Claim> claims) {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<Claim, String> sourceOf = sources(claims);
    Set<String> asserting = outletsOf(claims.stream().filter(c -> c.polarity() != Polarity.DENIED).toList());
    for (Claim c : claims) {
      if (c.polarity() == Polarity.DENIED) continue;
      String source = sourceOf.get(c);
      // A report relaying an outlet whose own report is among these claims adds nothing: that
      // report's claims already count, under the sources it names.
      if (relays(c, source, asserting)) continue;
      // "No group has claimed the attack" tells who did not speak; it is nobody's word.
      if (Speakers.nobody(c.claimant())) continue;
      sources.putIfAbsent(source, c.claimant() != null && !placeReadAsSpeaker(c) ? name(c.claimant()) : sourceLabel(c));
    }
    // Every claim "no one has claimed it" or a relay of another: the first report's own word stands.
    // A key of denials alone that dispute nothing ("denies the attack was beaten back" tells the
    // attack happened) has the denier's report as its one source.
    if (sources.isEmpty()) claims.stream().filter(c -> c.polarity() != Polarity.DENIED).findFirst().or(() -> claims.stream().findFirst())
        .ifPresent(c -> sources.put("outlet:" + outletOf(c), sourceLabel(c)));
    List<String> sourceNames = List.copyOf(sources.values());
    int independent = sources.size();

    // A side conceding it lost a place settles who holds it; a side giving its own dead (a
    // quantity "conceded") settles no question of how many.
    Optional<Claim> concession = key.type() != ClaimType.CONTROL ? Optional.empty()
        : claims.stream().filter(c -> c.polarity() == Polarity.CONCEDED).findFirst();
    String conflict = conflict(key, claims, sourceOf);
    if (concession.isPresent() && conflict != null && capturedThenLeft(concession.get(), claims)) {
      Claim c = concession.get();
      return new Assessment(key, claims, Status.CONTESTED, independent, sourceNames,
          "%s; %s, in %s, %s its side has since left".formatted(conflict, concederNamed(c), named(c.outlet()), Speakers.says(c.claimant())));
    }
    if (concession.isPresent()) {
      // A concession outweighs a dispute, but the analyst still needs to see the dispute it settles.
      Claim c = concession.get();
      return new Assessment(key, claims, Status.CONCEDED, independent, sourceNames,
          "a loss conceded by its own side%s: %s, in %s%s".formatted(c.part() == null ? "" : " (" + c.part() + ")",
              concederNamed(c), named(c.outlet()), conflict == null ? "" : "; also disputed: " + conflict));
    }
    if (conflict != null) return new Assessment(key, claims, Status.CONTESTED, independent, sourceNames, conflict);
    if (key.type() == ClaimType.QUANTITY) return judgeCount(key, claims, sourceOf, asserting, sourceNames);
    if (independent >= 2) {
      return new Assessment(key, claims, Status.CORROBORATED, independent, sourceNames,
          "%d independent sources agree: %s".formatted(independent, String.join("; ", sourceNames)));
    }
    long reports = claims.stream().map(Claim::articleId).distinct().count();
    return new Assessment(key, claims, Status.SINGLE_SOURCE, independent, sourceNames,
        "one source (%s) in %d report(s)".formatted(sourceNames.get(0), reports));
  }

  /**
   * A count key's status from its figures: each source's last figure, a side's voices one source (a side raising its toll as
   * days pass revises its own word, and contradicts nobody); contested when sources of two different
   * sides give figures that cannot both hold; corroborated when two independent sources give
   * figures that can ("about 30" and 31, "more than 40" and 45); else single-source. Sources of
   * unknown sides that differ contest nothing, but the reasoning shows their figures.
   */
  private Assessment judgeCount(ClaimKey key, List<Claim> claims, Map<Claim, String> sourceOf, Set<String> asserting,
      List<String> sourceNames) {
    Map<String, Claim> last = new LinkedHashMap<>();
    Comparator<Claim> order = Comparator.comparing(this::stated, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(this::day, Comparator.nullsFirst(Comparator.naturalOrder()));
    for (Claim c : claims) {
      String source = sourceOf.get(c);
      if (c.polarity() == Polarity.DENIED || c.quantity() == null || relays(c, source, asserting)) continue;
      // A side's voices are one origin here too, also where a report leaves a known speaker's side unsaid.
      String side = countSide(c);
      last.merge(side != null ? "side:" + side : source, c, (a, b) -> order.compare(b, a) >= 0 ? b : a);
    }
    List<Claim> figures = List.copyOf(last.values());
    int independent = figures.size();
    for (int i = 0; i < figures.size(); i++) {
      for (int j = i + 1; j < figures.size(); j++) {
        Claim a = figures.get(i);
        Claim b = figures.get(j);
        String sideA = countSide(a);
        String sideB = countSide(b);
        if (sideA == null || sideB == null || !opposed(sideA, sideB) || Counted.agree(a.quantity(), b.quantity())) continue;
        return new Assessment(key, claims, Status.CONTESTED, independent, sourceNames, "%s (%s) %s %s; %s (%s) %s %s".formatted(
            name(a.claimant()), sideA, Speakers.says(a.claimant()), figure(a.quantity()),
            name(b.claimant()), sideB, Speakers.says(b.claimant()), figure(b.quantity())));
      }
    }
    List<Claim> agreeing = mostAgreeing(figures);
    List<Claim> others = figures.stream().filter(c -> !agreeing.contains(c)).toList();
    String rest = others.isEmpty() ? "" : "; other figures: " + figuresOf(others);
    if (agreeing.size() >= 2) {
      return new Assessment(key, claims, Status.CORROBORATED, independent, sourceNames,
          "%d independent sources agree: %s%s".formatted(agreeing.size(), figuresOf(agreeing), rest));
    }
    if (figures.size() >= 2) {
      return new Assessment(key, claims, Status.SINGLE_SOURCE, independent, sourceNames,
          "no two sources give one figure, and none of them is known to speak for another side: " + figuresOf(figures));
    }
    long reports = claims.stream().map(Claim::articleId).distinct().count();
    return new Assessment(key, claims, Status.SINGLE_SOURCE, independent, sourceNames,
        "one source (%s) in %d report(s)".formatted(figures.isEmpty() ? sourceNames.get(0) : figuresOf(figures), reports));
  }

  /**
   * The largest set of figures one number fits, the first such set: from each figure, the others
   * whose ranges still share a value with all taken so far ("more than 40" takes 45, and then no
   * longer 1,000).
   */
  private static List<Claim> mostAgreeing(List<Claim> figures) {
    List<Claim> best = List.of();
    for (Claim anchor : figures) {
      double[] common = Counted.range(anchor.quantity());
      Set<Claim> with = new HashSet<>(List.of(anchor));
      for (Claim c : figures) {
        double[] r = Counted.range(c.quantity());
        double low = Math.max(common[0], r[0]);
        double high = Math.min(common[1], r[1]);
        if (c == anchor || low > high) continue;
        common = new double[] {low, high};
        with.add(c);
      }
      if (with.size() > best.size()) best = figures.stream().filter(with::contains).toList();
    }
    return best;
  }

  /** The side a count's source speaks for: its claimant's, else the side its name was given in another claim. */
  private String countSide(Claim c) {
    Party p = c.claimant();
    if (p == null) return null;
    String side = p.side() != null ? p.side() : p.entityId() == null ? null : sideOfEntity.get(p.entityId());
    return side == null ? null : acronyms.fold(side);
  }

  /** "31 (Osman Hassan Robleh); more than 40 (Hamadou Kamil Dini)". */
  private String figuresOf(List<Claim> figures) {
    return String.join("; ", figures.stream().map(c -> figure(c.quantity()) + " (" + name(c.claimant()) + ")").toList());
  }

  /** A count as its words give it: "more than 40", "about 3,800", "24-96" for "several dozen". */
  private static String figure(Quantity q) {
    String value = q.low() == q.high() ? grouped(q.low()) : grouped(q.low()) + "-" + grouped(q.high());
    return q.approximation() == null || q.low() != q.high() ? value : q.approximation() + " " + value;
  }

  /** A whole number with commas between thousands ("3,800"), as {@code %,d} writes it; a formatter per figure was a tenth of the cross-check's time. */
  private static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder sb = new StringBuilder(n < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) sb.append(',');
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  /**
   * Whether a concession only says that its side left a place its source claims to have taken
   * while another denies it ever did ("we took the bazaar ... our fighters withdrew in good order";
   * "the town never left our control"): the dispute is about the capture, which that withdrawal
   * does not settle. Another voice of the side admitting the loss (bloggers, after the generals
   * claimed the city) does settle it.
   */
  private boolean capturedThenLeft(Claim concession, List<Claim> claims) {
    String side = conceder(concession);
    if (side == null || GroupNames.opposedTo(side) != null) return false;
    Set<String> outlets = outletsOf(claims);
    String voice = voiceOf(concession, outlets);
    boolean claimed = false;
    boolean denied = false;
    for (Claim c : claims) {
      if (c.effect() != Effect.GAIN) continue;
      if (c.polarity() == Polarity.ASSERTED && side.equals(c.actorSide()) && voiceOf(c, outlets).equals(voice)) claimed = true;
      if (c.polarity() != Polarity.DENIED) continue;
      Claim answered = c.actorSide() == null ? answered(c, claims) : c;
      if (answered != null && side.equals(answered.actorSide())) denied = true;
    }
    return claimed && denied;
  }

  /** The side a concession speaks for: the side of who lost, else of who says so. */
  private static String conceder(Claim concession) {
    return concession.actorSide() != null ? concession.actorSide() : concession.claimantSide();
  }

  /** Who conceded, with the side that lost ("Gaston Ngakosso (Congo)"); a side the text leaves unsaid is left out. */
  private String concederNamed(Claim concession) {
    String side = conceder(concession);
    return side == null ? name(concession.claimant()) : name(concession.claimant()) + " (" + side + ")";
  }

  /**
   * Why sides disagree, or {@code null}: one denies what another asserts, one side's gain is
   * stated as its loss, or two sides each hold the place. Claims whose actor is unknown do not
   * disagree with each other (one side's gain is the other's loss), except through a denial: a
   * denial naming no actor answers the claim it contradicts ({@link #answered}) and takes its side.
   */
  private String conflict(ClaimKey key, List<Claim> claims, Map<Claim, String> sources) {
    Map<String, List<Claim>> holds = new LinkedHashMap<>();
    Map<String, List<Claim>> doesNotHold = new LinkedHashMap<>();
    Set<Claim> answering = new HashSet<>();
    Set<String> outlets = outletsOf(claims);
    for (Claim c : claims) {
      if (deniesOnlyTheRepulse(c)) continue;
      String side = c.actorSide() != null ? c.actorSide() : "?";
      boolean positive = positive(key, c);
      if (c.polarity() == Polarity.DENIED && c.actorSide() == null) {
        Claim answered = answered(c, claims);
        if (answered == null) continue;
        side = answered.actorSide() == null ? "?" : answered.actorSide();
        positive = !positive(key, answered);
        answering.add(c);
      }
      (positive ? holds : doesNotHold).computeIfAbsent(side, k -> new ArrayList<>()).add(c);
    }
    // A dispute between named sides tells the analyst more than one about a side the text leaves unsaid.
    for (Map.Entry<String, List<Claim>> e : unknownSideLast(holds)) {
      for (Map.Entry<String, List<Claim>> against : unknownSideLast(doesNotHold)) {
        if (!sameSide(e.getKey(), against.getKey())) continue;
        if (e.getKey().equals("?") && e.getValue().stream().noneMatch(answering::contains)
            && against.getValue().stream().noneMatch(answering::contains)) continue;
        if (publisherDeniesItsOwnClaim(e.getValue(), against.getValue(), outlets)) continue;
        String side = e.getKey();
        Party asserts = spokesman(e.getValue(), answering, c -> side.equals(c.claimantSide())).claimant();
        Party denies = spokesman(against.getValue(), answering, c -> c.claimantSide() != null && !side.equals(c.claimantSide())).claimant();
        return "%s %s %s%s; %s %s not%s".formatted(name(asserts), Speakers.says(asserts), describe(key, side),
            sourceCount(e.getValue(), sources), name(denies), Speakers.says(denies), sourceCount(against.getValue(), sources));
      }
    }
    if (key.type() == ClaimType.CONTROL) {
      List<String> known = holds.keySet().stream().filter(s -> !s.equals("?")).toList();
      for (int i = 0; i < known.size(); i++) {
        for (int j = i + 1; j < known.size(); j++) {
          if (!opposed(known.get(i), known.get(j))) continue;
          List<Claim> first = holds.get(known.get(i));
          List<Claim> second = holds.get(known.get(j));
          Party one = first.get(0).claimant();
          Party other = second.get(0).claimant();
          return "%s %s %s holds it%s; %s %s %s does%s".formatted(name(one), Speakers.says(one), known.get(i),
              sourceCount(first, sources), name(other), Speakers.says(other), known.get(j), sourceCount(second, sources));
        }
      }
    }
    return unansweredDenial(claims, sources);
  }

  /**
   * Whether every claim against a position is a report's own publisher, named in its release ("the
   * General Command categorically denies the allegations ..."), whose release also takes that
   * position for the same side in its own lines: a publisher rebutting others' allegations, its
   * denial handed the side its release asserts, does not dispute its own release. Other named speakers
   * are left alone: a denial handed to one of them is as often another's voice misread.
   */
  private boolean publisherDeniesItsOwnClaim(List<Claim> holding, List<Claim> against, Set<String> outlets) {
    for (Claim c : against) {
      String voice = voiceOf(c, outlets);
      // Unsided, the denial answers the enemy's claim ("rejects the enemy's propaganda that its militias entered").
      if (c.claimant() == null || c.actorSide() == null || !voice.equals("outlet:" + outletOf(c))) return false;
      boolean ownRelease = holding.stream().anyMatch(h -> h.articleId().equals(c.articleId())
          && Objects.equals(h.actorSide(), c.actorSide())
          && voiceOf(h, outlets).equals(voice) && !h.sentence().equals(c.sentence()));
      if (!ownRelease) return false;
    }
    return true;
  }

  private static List<Map.Entry<String, List<Claim>>> unknownSideLast(Map<String, List<Claim>> bySide) {
    return bySide.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().equals("?"))).toList();
  }

  /**
   * A denial answering a claim none of these reports carries ("Cambodia rejects the accusation
   * that its forces fired rockets"): someone made that claim, so the key is disputed, as the
   * denial's words say. Only when no other source asserts anything here, which it might answer.
   */
  private String unansweredDenial(List<Claim> claims, Map<Claim, String> sources) {
    Set<String> outlets = outletsOf(claims);
    for (Claim denial : claims) {
      if (denial.polarity() != Polarity.DENIED || deniesOnlyTheRepulse(denial)) continue;
      if (publisherDeniesItsOwnClaim(claims.stream().filter(c -> c.polarity() == Polarity.ASSERTED
          && c.effect() == denial.effect() && Objects.equals(c.actorSide(), denial.actorSide())).toList(),
          List.of(denial), outlets)) continue;
      String source = sources.get(denial);
      boolean othersAssert = claims.stream()
          .anyMatch(c -> c.polarity() != Polarity.DENIED && !sources.get(c).equals(source));
      if (!othersAssert) return "%s denied a claim made elsewhere, which these reports do not carry".formatted(name(denial.claimant()));
    }
    return null;
  }

  /**
   * The claim that speaks for a position: a denial answering a claim before one that only shares
   * its unknown side, then one whose claimant stands where the position does ({@code fits}: the
   * side that holds the place, or one denying it), then the first.
   */
  private static Claim spokesman(List<Claim> position, Set<Claim> answering, java.util.function.Predicate<Claim> fits) {
    return position.stream().filter(answering::contains).findFirst()
        .or(() -> position.stream().filter(fits).findFirst()).orElse(position.get(0));
  }

  /** " (N independent sources)" when more than one source takes the position. */
  private static String sourceCount(List<Claim> position, Map<Claim, String> sources) {
    long n = position.stream().map(sources::get).distinct().count();
    return n > 1 ? " (" + n + " independent sources)" : "";
  }

  /**
   * Whether a denial is of an attack's failing, not of the attack: "nobody repelled them", "it
   * rejected reports that the attackers were driven off" take for granted that the attack was made.
   * The attackers' own side denying a repulsed attack ("denied that any crossing had been
   * attempted") denies the attack.
   */
  private static boolean deniesOnlyTheRepulse(Claim c) {
    return c.type() == ClaimType.ATTACK && c.polarity() == Polarity.DENIED && c.effect() == Effect.LOSS
        && (c.claimantSide() == null || !c.claimantSide().equals(c.actorSide()));
  }

  /** Whether a claim says its actor's side holds (controls, or attacked) the key's place. */
  private static boolean positive(ClaimKey key, Claim c) {
    boolean positive = key.type() != ClaimType.CONTROL || c.effect() != Effect.LOSS;
    return c.polarity() == Polarity.DENIED ? !positive : positive;
  }

  /**
   * The claim a denial naming no actor answers: the first claim of the key from another source that
   * is not itself a denial and that the denial contradicts, one naming its actor's side before one
   * that does not; {@code null} if none. A place "not lost" contradicts a side's gain only when that
   * side is unknown or is not the denier's own (a side holding on agrees with its own gain).
   */
  Claim answered(Claim denial, List<Claim> claims) {
    Set<String> outlets = outletsOf(claims);
    String source = sourceOf(denial, outlets);
    Claim unsided = null;
    for (Claim c : claims) {
      if (c.polarity() == Polarity.DENIED || sourceOf(c, outlets).equals(source)) continue;
      boolean holdingOn = c.type() == ClaimType.CONTROL && denial.effect() == Effect.LOSS && c.effect() != Effect.LOSS;
      if (holdingOn && c.actorSide() != null && (denial.claimantSide() == null || denial.claimantSide().equals(c.actorSide()))) continue;
      if (c.actorSide() != null) return c;
      if (unsided == null) unsided = c;
    }
    return unsided;
  }

  /**
   * Whether two claims' sides may be the same: equal, or one is "opponents of S" (what a speaker
   * of S calls "the terrorists") and the other a named side that is not S.
   */
  private static boolean sameSide(String a, String b) {
    if (a.equals(b)) return true;
    String againstA = GroupNames.opposedTo(a);
    String againstB = GroupNames.opposedTo(b);
    if (againstA != null && againstB != null) return false;
    if (againstA != null) return !b.equals("?") && !b.equals(againstA);
    if (againstB != null) return !a.equals("?") && !a.equals(againstB);
    return false;
  }

  /** Whether two known sides are surely different: named and unequal, or one the other's opponents. */
  private static boolean opposed(String a, String b) {
    // A formation ("the Rapid Intervention Battalion retook it") fights for some side, maybe the other's.
    if (CheckWords.isFormation(a) || CheckWords.isFormation(b)) return false;
    String againstA = GroupNames.opposedTo(a);
    String againstB = GroupNames.opposedTo(b);
    if (againstA != null) return b.equals(againstA);
    if (againstB != null) return a.equals(againstB);
    return !a.equals(b);
  }

  private static String describe(ClaimKey key, String side) {
    return switch (key.type()) {
      case CONTROL -> side + " holds " + key.placeName();
      case ATTACK -> side + " attacked near " + key.placeName();
      default -> key.type().name().toLowerCase(Locale.ROOT) + " about " + key.placeName();
    };
  }

  /** Speakers' names as reasoning shows them, by name as given: every judgement of a key writes them again. */
  private final Map<String, String> shownNames = new HashMap<>();

  private String name(Party p) {
    return p == null ? Speakers.name(null) : shownNames.computeIfAbsent(p.name(), n -> Speakers.name(p));
  }

  private String sourceLabel(Claim c) {
    for (int i = c.citations().size() - 1; i >= 1; i--) {
      if (c.citations().get(i).kind() == CitationHop.Kind.OUTLET) return named(c.citations().get(i).name());
    }
    return named(c.outlet());
  }
}
