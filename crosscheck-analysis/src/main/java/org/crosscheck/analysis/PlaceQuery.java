package org.crosscheck.analysis;

/**
 * Which places to list.
 *
 * @param country only places in this ISO 3166-1 alpha-2 country, or {@code null} for all
 * @param limit most places to return (most articles first)
 */
public record PlaceQuery(String country, int limit) {
  public PlaceQuery {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
  }
}
