package org.crosscheck.analysis;

import org.crosscheck.nlp.EntityType;

/**
 * Which entities to list.
 *
 * @param type only this kind, or {@code null} for all
 * @param limit most entities to return (most articles first)
 */
public record EntityQuery(EntityType type, int limit) {
  public EntityQuery {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
  }
}
