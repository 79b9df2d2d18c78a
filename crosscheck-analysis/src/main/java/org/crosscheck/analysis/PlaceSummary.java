package org.crosscheck.analysis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One resolved place across every analysed article that names it.
 *
 * @param id the entity id ({@code geonames:<id>})
 * @param geonameId the GeoNames id
 * @param name the gazetteer's name
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param featureCode GeoNames feature code
 * @param country ISO 3166-1 alpha-2 code, or empty
 * @param region first-level admin division, or {@code null}
 * @param surfaces every spelling articles used
 * @param articles how many articles name it
 * @param mentions how many times they name it, in all
 * @param firstSeen the earliest publication time among them, or {@code null}
 * @param lastSeen the latest
 */
public record PlaceSummary(
    String id,
    long geonameId,
    String name,
    double lat,
    double lon,
    String featureCode,
    String country,
    String region,
    List<String> surfaces,
    int articles,
    int mentions,
    OffsetDateTime firstSeen,
    OffsetDateTime lastSeen) {
  public PlaceSummary {
    surfaces = List.copyOf(surfaces);
  }
}
