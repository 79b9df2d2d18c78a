package org.crosscheck.claims;

import java.util.Objects;

/**
 * The place a claim is about.
 *
 * @param entityId the annotation's entity id ({@code geonames:703656}, or a name-based id when the
 *     gazetteer did not resolve it); one identity across spellings
 * @param geonameId the GeoNames id, or 0 when unresolved
 * @param name the gazetteer name, else the words as written
 * @param surface the words as written in the evidence
 * @param lat latitude, NaN when unresolved
 * @param lon longitude, NaN when unresolved
 */
public record PlaceRef(String entityId, long geonameId, String name, String surface, double lat, double lon) {
  public PlaceRef {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
  }
}
