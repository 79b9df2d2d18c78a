package org.crosscheck.nlp;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import org.crosscheck.nlp.geo.PlaceResolver;

/** The shared reference data and the one annotator the tests of a JVM share. */
final class SharedData {

  private static Annotator ukraine;

  private SharedData() {}

  static Path shared() {
    return Path.of(System.getProperty("crosscheck.shared", "../../shared"));
  }

  /** The full Ukraine GeoNames dump over the shipped world gazetteer. */
  static Gazetteer ukraineGazetteer() throws IOException {
    Path geonames = shared().resolve("data/geonames");
    return new GeoNamesImporter()
        .admin1Codes(geonames.resolve("admin1CodesASCII.txt"))
        .countryInfo(geonames.resolve("countryInfo.txt"))
        .dump(geonames.resolve("UA.zip"))
        .base(Gazetteer.loadDefault())
        .build();
  }

  static synchronized Annotator ukraineAnnotator() throws IOException {
    if (ukraine == null) {
      ukraine = new Annotator(NlpSettings.defaults(), new PlaceResolver(ukraineGazetteer()));
    }
    return ukraine;
  }
}
