package org.crosscheck.nlp;

import java.util.List;
import java.util.Objects;
import org.crosscheck.nlp.geo.Names;

/**
 * A person, organisation, place or other named thing, with one identity across spellings.
 *
 * @param id canonical id, stable across articles and runs: {@code geonames:703656} for a resolved
 *     place, else the type and a hash of the folded canonical name ({@code person:5f1c…})
 * @param type the kind of entity
 * @param name the canonical name (the fullest form written in the article, or the gazetteer name)
 * @param aliases every other spelling seen in the article
 * @param mentions how many times the article names it
 * @param roles roles and affiliations the text states ("head of communications for Ukraine's
 *     Joint Forces grouping", "pro-Kremlin war blogger")
 * @param side the side a role implies where the text says so ("Ukraine", "Russia"), or {@code null}
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    int mentions,
    List<String> roles,
    String side) {
  /** The id of a place no gazetteer knows, the same wherever it is named ("location:luvungi"). */
  public static String unresolvedPlaceId(String name) {
    return "location:" + Names.fold(name).replace(' ', '-');
  }

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
