package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A place's timeline as an analyst reads it: the control claims grouped by the question they
 * answer (one claim key: the place in one period), each question with its status and reasoning,
 * and the same claim carried word for word by several reports (wire copy, reprints) shown once
 * with the reports that repeat it.
 */
public final class PlaceTimeline {

  private PlaceTimeline() {}

  /**
   * One period's question and its claims.
   *
   * @param assessment the cross-check of the period's key; {@code null} when the claims were not assessed
   * @param lines the claims in time order, copies folded
   */
  public record Question(Assessment assessment, List<Line> lines) {
    public Question {
      lines = List.copyOf(lines);
    }

    /**
     * The period as a reader names it: the claims' own date when they all give the same one
     * ("2022", "2025-11"), else the window of days the cross-check compared them in.
     */
    public String period() {
      List<String> dates = lines.stream().map(l -> l.entry().eventTime().value()).distinct().toList();
      if (dates.size() == 1) return dates.get(0);
      return assessment == null ? "undated" : assessment.key().period();
    }

    /** How many claims the question holds, copies included. */
    public int claimCount() {
      return lines.stream().mapToInt(l -> 1 + l.copies().size()).sum();
    }
  }

  /**
   * A claim and the later reports that carry the same claim in the same words.
   *
   * @param entry the first report's claim
   * @param copies the same claim in other reports, by report time
   */
  public record Line(TimelineEntry entry, List<Claim> copies) {
    public Line {
      copies = List.copyOf(copies);
    }
  }

  /**
   * Groups timeline entries (already in time order) by the assessment whose key holds their claim,
   * questions in the order their first claim appears.
   */
  public static List<Question> of(List<TimelineEntry> entries, List<Assessment> assessments) {
    Map<String, Assessment> byClaim = assessmentOfEach(entries, assessments);
    Map<ClaimKey, List<TimelineEntry>> byQuestion = new LinkedHashMap<>(); // null: claims no assessment holds
    Map<ClaimKey, Assessment> assessmentOf = new HashMap<>();
    for (TimelineEntry e : entries) {
      Assessment a = byClaim.get(e.claim().id());
      ClaimKey question = a == null ? null : a.key();
      byQuestion.computeIfAbsent(question, k -> new ArrayList<>()).add(e);
      assessmentOf.putIfAbsent(question, a);
    }
    List<Question> out = new ArrayList<>();
    byQuestion.forEach((question, list) -> out.add(new Question(assessmentOf.get(question), fold(list))));
    return out;
  }

  /**
   * The assessment that answers each entry's claim, by claim id: the one whose key holds it, and for
   * a denial kept apart from its key, the one of the claim it denies. Entries none answers are left out.
   */
  public static Map<String, Assessment> assessmentOfEach(List<TimelineEntry> entries, List<Assessment> assessments) {
    Map<String, Assessment> byClaim = new HashMap<>();
    for (Assessment a : assessments) for (Claim c : a.assertions()) byClaim.put(c.id(), a);
    Map<String, Assessment> out = new HashMap<>();
    for (TimelineEntry e : entries) {
      Assessment a = byClaim.get(e.claim().id());
      if (a == null && e.claim().deniesClaimId() != null) a = byClaim.get(e.claim().deniesClaimId());
      if (a != null) out.put(e.claim().id(), a);
    }
    return out;
  }

  private record Wording(Polarity polarity, Effect effect, String side, String part, String claimant, String when,
      String sentence) {}

  private static List<Line> fold(List<TimelineEntry> entries) {
    Map<Wording, TimelineEntry> first = new LinkedHashMap<>();
    Map<Wording, List<Claim>> copies = new HashMap<>();
    for (TimelineEntry e : entries) {
      Wording w = wording(e.claim());
      if (first.putIfAbsent(w, e) != null) copies.computeIfAbsent(w, k -> new ArrayList<>()).add(e.claim());
    }
    List<Line> out = new ArrayList<>();
    first.forEach((w, e) -> out.add(new Line(e, copies.getOrDefault(w, List.of()))));
    return out;
  }

  private static Wording wording(Claim c) {
    String claimant = c.claimant() == null ? null : Objects.toString(c.claimant().name(), c.claimant().description());
    return new Wording(c.polarity(), c.effect(), c.actorSide(), c.part(), claimant, c.eventTime().value(),
        normalise(c.sentence()));
  }

  /** Letters and digits only, lower case: copies differ in quote marks, dashes and spacing. */
  private static String normalise(String sentence) {
    return sentence == null ? "" : sentence.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
