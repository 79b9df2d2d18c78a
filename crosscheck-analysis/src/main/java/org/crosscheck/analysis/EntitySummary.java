package org.crosscheck.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.nlp.EntityType;

/**
 * One entity across every analysed article that names it.
 *
 * @param id the canonical entity id
 * @param type its kind
 * @param name the name most articles give it
 * @param aliases every other spelling seen, in any article
 * @param roles the roles and affiliations stated, in any article
 * @param side the side its roles imply in most articles that say, or {@code null}
 * @param articles how many articles name it
 * @param mentions how many times they name it, in all
 * @param firstSeen the earliest publication time among them, or {@code null} when none has one
 * @param lastSeen the latest
 */
public record EntitySummary(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    List<String> roles,
    String side,
    int articles,
    int mentions,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen) {
  public EntitySummary {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
