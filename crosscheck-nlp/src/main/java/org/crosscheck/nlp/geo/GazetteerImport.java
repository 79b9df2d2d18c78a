package org.crosscheck.nlp.geo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line entry point that turns GeoNames dumps into a gazetteer file:
 *
 * <pre>
 * GazetteerImport --out FILE [--admin1 admin1CodesASCII.txt] [--admin1-points state.json] [--region-towns city.json] [--countries countryInfo.txt]
 *                 [--shapes countries-50m.json] [--factbook DIR] [--us-counties counties-10m.json]
 *                 [--base default|FILE] DUMP...
 * </pre>
 *
 * <p>{@code --base default} lays the shipped world gazetteer under the dumps, so that a country's
 * village-level dump still resolves "Russia" or "Washington". The shipped default itself is built
 * with {@code --out world-cities500.gaz.gz --admin1 ... --countries ... --shapes ... cities500.txt}.
 */
public final class GazetteerImport {

  private GazetteerImport() {}

  public static void main(String[] args) throws IOException {
    Path out = null;
    String base = null;
    var importer = new GeoNamesImporter();
    List<Path> dumps = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--admin1" -> importer.admin1Codes(Path.of(args[++i]));
        case "--countries" -> importer.countryInfo(Path.of(args[++i]));
        case "--shapes" -> importer.countryShapes(Path.of(args[++i]));
        case "--admin1-points" -> importer.admin1Points(Path.of(args[++i]));
        case "--region-towns" -> importer.regionTowns(Path.of(args[++i]));
        case "--us-counties" -> importer.usCounties(Path.of(args[++i]));
        case "--factbook" -> importer.factbook(Path.of(args[++i]));
        case "--base" -> base = args[++i];
        default -> dumps.add(Path.of(args[i]));
      }
    }
    if (out == null || dumps.isEmpty()) {
      System.err.println("usage: GazetteerImport --out FILE [--admin1 F] [--admin1-points state.json] [--region-towns city.json] [--countries F] [--shapes countries-50m.json] [--factbook DIR] [--us-counties counties-10m.json] [--base default|FILE] DUMP...");
      System.exit(2);
    }
    for (Path dump : dumps) importer.dump(dump);
    if (base != null) {
      importer.base(base.equals("default") ? Gazetteer.loadDefault() : Gazetteer.read(Path.of(base)));
    }
    Gazetteer gazetteer = importer.build();
    try (OutputStream os = Files.newOutputStream(out)) {
      gazetteer.write(os);
    }
    System.out.printf("%s: %d features%n", out, gazetteer.size());
  }
}
