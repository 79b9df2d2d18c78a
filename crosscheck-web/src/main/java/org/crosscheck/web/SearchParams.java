package org.crosscheck.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.crosscheck.store.SearchQuery;

/**
 * The article filters every search, listing and export route shares, read and checked where the
 * request arrives: {@code q, from, to, source (repeatable), lang, limit, offset}.
 */
public final class SearchParams {
  public static final int MAX_LIMIT = 200;

  private SearchParams() {}

  /** The query a request asks for; {@code defaultLimit} when it gives none. */
  public static SearchQuery query(Context ctx, int defaultLimit) {
    return query(ctx, defaultLimit, MAX_LIMIT);
  }

  /** As {@link #query(Context, int)}, with a larger ceiling for exports. */
  public static SearchQuery query(Context ctx, int defaultLimit, int maxLimit) {
    String q = blankToNull(ctx.queryParam("q"));
    Instant from = instant(ctx.queryParam("from"), "from", false);
    Instant to = instant(ctx.queryParam("to"), "to", true);
    if (from != null && to != null && !from.isBefore(to)) {
      throw ApiError.badRequest("from must be before to (got from=" + ctx.queryParam("from") + ", to=" + ctx.queryParam("to") + ")");
    }
    List<String> sources = ctx.queryParams("source").stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    String lang = blankToNull(ctx.queryParam("lang"));
    if (lang != null && !lang.matches("[A-Za-z]{2,3}")) throw ApiError.badRequest("lang must be an ISO 639 code such as en (got " + lang + ")");
    int limit = limit(ctx, defaultLimit, maxLimit);
    int offset = offset(ctx);
    return new SearchQuery(q, from, to, sources, lang == null ? null : lang.toLowerCase(Locale.ROOT), limit, offset);
  }

  public static int limit(Context ctx, int defaultLimit, int maxLimit) {
    return ctx.queryParamAsClass("limit", Integer.class)
        .check(v -> v >= 1 && v <= maxLimit, "must be between 1 and " + maxLimit)
        .getOrDefault(defaultLimit);
  }

  public static int offset(Context ctx) {
    return ctx.queryParamAsClass("offset", Integer.class)
        .check(v -> v >= 0 && v <= 100_000, "must be between 0 and 100000")
        .getOrDefault(0);
  }

  /**
   * A day (2025-12-24) or a date-time with offset (2025-12-24T09:00:00Z). A day means its start
   * for {@code from} and the start of the next day for {@code to}, so {@code to} includes it.
   */
  static Instant instant(String text, String name, boolean endOfDay) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    try {
      LocalDate day = LocalDate.parse(t);
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notADay) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException notADateTime) {
        throw ApiError.badRequest(name + " is not a date: " + t + " (use 2025-12-24 or 2025-12-24T09:00:00Z)");
      }
    }
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
