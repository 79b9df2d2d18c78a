package org.crosscheck.store;

import java.time.Instant;
import java.util.List;

/**
 * A search over articles. Every filter is optional ({@code null} or empty means no filter).
 *
 * @param text free text in the query syntax users know (words, "phrases", -exclusions, OR)
 * @param from earliest publication time, inclusive
 * @param to latest publication time, exclusive
 * @param sources outlets to keep
 * @param language ISO 639-1 code to keep
 * @param limit most hits to return
 * @param offset hits to skip, for paging
 * @param ids article ids to keep (what an analysis filter found), or {@code null} for no such
 *     filter; an empty list keeps nothing
 */
public record SearchQuery(
    String text, Instant from, Instant to, List<String> sources, String language, int limit, int offset,
    List<String> ids) {

  public SearchQuery {
    sources = List.copyOf(sources == null ? List.of() : sources);
    ids = ids == null ? null : List.copyOf(ids);
    if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be >= 0");
  }

  /** A search without an id filter. */
  public SearchQuery(String text, Instant from, Instant to, List<String> sources, String language, int limit, int offset) {
    this(text, from, to, sources, language, limit, offset, null);
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(text, null, null, List.of(), null, 10, 0);
  }
}
