package org.crosscheck.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;

/**
 * The claim filters {@code /api/claims}, its GeoJSON and the claims page share: {@code place, type,
 * claimant, status} (the key's cross-check status), {@code polarity} (the claim's own stance),
 * {@code from, to, limit}, checked where the request arrives (400 with the reason).
 */
public final class ClaimFilters {
  private ClaimFilters() {}

  public static ClaimQuery query(Context ctx, int defaultLimit, int maxLimit) {
    LocalDate from = day(ctx, "from");
    LocalDate to = day(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badRequest("from must not be after to (got from=" + from + ", to=" + to + ")");
    }
    return new ClaimQuery(SearchParams.blankToNull(ctx.queryParam("place")), enumParam(ctx, "type", ClaimType.class),
        SearchParams.blankToNull(ctx.queryParam("claimant")), enumParam(ctx, "status", Status.class),
        enumParam(ctx, "polarity", Polarity.class), from, to,
        SearchParams.limit(ctx, defaultLimit, maxLimit));
  }

  private static LocalDate day(Context ctx, String name) {
    String v = SearchParams.blankToNull(ctx.queryParam(name));
    if (v == null) return null;
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " is not a day: " + v + " (use 2025-12-24)");
    }
  }

  /** An enum parameter, case and dash insensitive (single-source = SINGLE_SOURCE); 400 when unknown. */
  public static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
    String v = SearchParams.blankToNull(ctx.queryParam(name));
    if (v == null) return null;
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(name + " must be one of " + List.of(type.getEnumConstants()).stream()
          .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + " (got " + v + ")");
    }
  }
}
