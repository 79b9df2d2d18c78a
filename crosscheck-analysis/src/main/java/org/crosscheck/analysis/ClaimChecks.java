package org.crosscheck.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.CrossChecker;

/**
 * Runs the {@link CrossChecker} over stored claims in one fixed order (report time, article,
 * evidence offset, id), so the same stored claims always give the same assessments, sources and
 * timelines, whatever order the store returns them in.
 */
public final class ClaimChecks {
  private ClaimChecks() {}

  /** Report time (undated last), then article id, evidence offset and claim id. */
  public static final Comparator<Claim> REPORT_ORDER = Comparator
      .comparing((Claim c) -> c.reportTime() == null ? null : c.reportTime().toInstant(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Claim::articleId)
      .thenComparingInt(Claim::evidenceStart)
      .thenComparing(Claim::id);

  /** Event time (a week at its Monday, a month or year at its start), then the report order. */
  public static final Comparator<Claim> EVENT_ORDER = Comparator
      .comparing((Claim c) -> c.eventTime().sortKey()).thenComparing(REPORT_ORDER);

  /**
   * A cross-checker fed {@code claims} in report order, copies folded by {@code representative},
   * each outlet known by the name {@code outletName} gives it now (a bare host by its site's name).
   */
  public static CrossChecker check(List<Claim> claims, UnaryOperator<String> representative, UnaryOperator<String> outletName) {
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(REPORT_ORDER);
    // Claims of one article share its representative; look each article up once, not once per claim.
    Map<String, String> representatives = new HashMap<>();
    CrossChecker checker = new CrossChecker(id -> representatives.computeIfAbsent(id, representative), outletName);
    checker.add(sorted);
    return checker;
  }
}
