package org.crosscheck.cli;

import java.io.IOException;
import java.util.List;

/**
 * What a listing command shows under its {@code --limit}, and whether the limit cut it short: the
 * one place that asks the store for one row more than the limit to find out.
 *
 * @param shown the rows to print, at most the limit
 * @param more whether the store held more than the limit
 */
record Listing<T>(List<T> shown, boolean more) {
  static final int MAX_LIMIT = 100_000;

  Listing {
    shown = List.copyOf(shown);
  }

  /**
   * The first {@code limit} rows of a query asked for one more than that.
   *
   * @param query the store's query for at most the given number of rows
   * @throws IllegalArgumentException when the limit is below 1 or above {@value #MAX_LIMIT}
   */
  static <T> Listing<T> of(int limit, Query<T> query) throws IOException {
    if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("--limit must be between 1 and " + MAX_LIMIT);
    List<T> found = query.first(limit + 1);
    return new Listing<>(found.subList(0, Math.min(limit, found.size())), found.size() > limit);
  }

  /** A store query for at most {@code n} rows, in the order the listing shows them. */
  @FunctionalInterface
  interface Query<T> {
    List<T> first(int n) throws IOException;
  }

  /** Said after the listing's count when the limit cut it short, so the count is not read as the total. */
  String hint() {
    return more ? ", the first only: there are more (raise --limit)" : "";
  }
}
