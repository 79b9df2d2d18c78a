package org.crosscheck.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A place the article names, resolved to a gazetteer feature.
 *
 * @param entityId the id of the matching {@link Entity} ({@code geonames:<id>})
 * @param geonameId the GeoNames id
 * @param name the gazetteer's name for it
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param featureCode GeoNames feature code (PPL, PPLA2, ADM1, PCLI, STM, ...)
 * @param country ISO 3166-1 alpha-2 code, or empty
 * @param region the first-level admin division's name ("Kharkiv Oblast"), or {@code null}
 * @param surfaces the spellings the article used
 * @param mentions how many times the article names it
 */
public record Place(
    String entityId,
    long geonameId,
    String name,
    double lat,
    double lon,
    String featureCode,
    String country,
    String region,
    List<String> surfaces,
    int mentions) {
  public Place {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    surfaces = List.copyOf(surfaces);
  }
}
