package org.crosscheck.nlp.geo;

/**
 * One gazetteer feature, as GeoNames describes it.
 *
 * @param id the GeoNames id; negative for entries we add (US counties by FIPS code, seas and regions)
 * @param name the preferred name
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param featureClass GeoNames feature class: P populated place, A admin area, H water, ...
 * @param featureCode GeoNames feature code (PPL, PPLA2, ADM1, PCLI, STM, ...)
 * @param country ISO 3166-1 alpha-2 code, or empty
 * @param admin1 first-level admin code within the country ("07" for Kharkiv oblast), or empty
 * @param population people living there, 0 when unknown
 * @param nameCount how many distinct names the feature is known by (a prominence signal)
 */
public record GazetteerEntry(
    long id,
    String name,
    double lat,
    double lon,
    char featureClass,
    String featureCode,
    String country,
    String admin1,
    long population,
    int nameCount) {

  /**
   * The id entities and places carry: {@code geonames:<id>} for a GeoNames feature; entries we
   * add ourselves (US counties, seas and regions, stored with negative ids) are {@code place:<n>},
   * so that no id claims to be a GeoNames one it is not.
   */
  public String entityId() {
    return id > 0 ? "geonames:" + id : "place:" + (-id);
  }

  /** Whether the entry is a country (an independent or dependent political entity). */
  public boolean isCountry() {
    return featureCode.startsWith("PCL") || featureCode.equals("TERR");
  }

  /** Whether the entry is a first-level admin division (a US state, a Ukrainian oblast). */
  public boolean isAdmin1() {
    return featureCode.equals("ADM1") || featureCode.equals("ADM1H");
  }

  /** The key of the admin1 division the entry lies in: "UA.07". */
  public String admin1Key() {
    return country + "." + admin1;
  }

  /** Great-circle distance in kilometres. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** Distance to another entry in kilometres. */
  public double distanceKm(GazetteerEntry other) {
    return distanceKm(lat, lon, other.lat, other.lon);
  }
}
