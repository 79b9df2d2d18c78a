package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gazetteer", description = "Builds and shows the gazetteer places are resolved against.",
    subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Info.class})
final class GazetteerCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Where a data directory keeps its own gazetteer; without one the shipped world one is used. */
  static Path activeFile(Path dataDir) {
    return dataDir.resolve("gazetteer.gaz.gz");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "import", header = "Imports GeoNames dumps (a file or URL) into the gazetteer.", description = {
      "Imports GeoNames dumps (a country's XX.zip, allCountries.zip, cities500.zip or their .txt), "
      + "from files or URLs, over the shipped world gazetteer, into the data directory's gazetteer."})
  static final class Import implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "GeoNames dumps.")
    List<String> dumps;

    @Option(names = "--admin1", paramLabel = "FILE|URL", description = "admin1CodesASCII.txt: region names.")
    String admin1;

    @Option(names = "--countries", paramLabel = "FILE|URL", description = "countryInfo.txt: country names.")
    String countries;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: <data>/gazetteer.gaz.gz).")
    Path out;

    @Option(names = "--no-base", description = "Do not lay the shipped world gazetteer under the dumps.")
    boolean noBase;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Path target = out != null ? out : activeFile(data.dataDir());
      List<Path> temporary = new ArrayList<>();
      try {
        var importer = new GeoNamesImporter();
        if (admin1 != null) importer.admin1Codes(local(admin1, temporary, err));
        if (countries != null) importer.countryInfo(local(countries, temporary, err));
        for (String dump : dumps) {
          Path file = local(dump, temporary, err);
          err.println("reading " + dump);
          importer.dump(file);
        }
        if (!noBase) importer.base(Gazetteer.loadDefault());
        Gazetteer gazetteer = importer.build();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        // Written aside and moved, so a failed import never leaves half a gazetteer in use.
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream os = Files.newOutputStream(partial)) {
          gazetteer.write(os);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %,d features%n", target, gazetteer.size());
        // Analyses keep the places they were made with; new ones use this gazetteer at once.
        out.println("reports stored before keep their places until 'crosscheck analyze' resolves them again");
        return 0;
      } finally {
        for (Path p : temporary) Files.deleteIfExists(p);
      }
    }

    /** A file as given, or a URL downloaded to a temporary file with a progress line. */
    private static Path local(String where, List<Path> temporary, PrintWriter err) throws IOException {
      if (!where.startsWith("http://") && !where.startsWith("https://")) {
        Path p = Path.of(where);
        if (!Files.isReadable(p)) throw new IOException(where + ": no such readable file");
        return p;
      }
      String name = where.substring(where.lastIndexOf('/') + 1);
      Path file = Files.createTempFile("crosscheck-gazetteer-", "-" + (name.isEmpty() ? "dump" : name));
      temporary.add(file);
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(30)).build();
      HttpResponse<InputStream> response;
      try {
        response = client.send(HttpRequest.newBuilder(URI.create(where)).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(where + ": download interrupted", e);
      }
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IOException(where + ": HTTP " + response.statusCode());
      }
      long total = response.headers().firstValueAsLong("content-length").orElse(-1);
      try (InputStream in = response.body(); OutputStream os = Files.newOutputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        long shown = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
          os.write(buffer, 0, n);
          done += n;
          if (done - shown >= (8 << 20)) {
            progress(err, where, done, total, false);
            shown = done;
          }
        }
        progress(err, where, done, total, true);
      }
      return file;
    }

    private static void progress(PrintWriter err, String where, long done, long total, boolean last) {
      String of = total > 0 ? String.format(" of %.1f MB", total / 1e6) : "";
      err.printf("\rdownloading %s: %.1f MB%s%s", where, done / 1e6, of, last ? "\n" : "");
      err.flush();
    }
  }

  @Command(name = "info", description = "Prints what the active gazetteer holds.")
  static final class Info implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Path file = activeFile(data.dataDir());
      Gazetteer gazetteer;
      if (Files.exists(file)) {
        gazetteer = Gazetteer.read(file);
        out.println("gazetteer: " + file);
      } else {
        gazetteer = Gazetteer.loadDefault();
        out.println("gazetteer: shipped world gazetteer (no " + file + ")");
        // Villages a report names ("Kiliba, South Kivu") are missing until a country's dump is imported.
        out.println("towns of 500 people or more; for villages import a GeoNames country dump:"
            + " 'crosscheck gazetteer import XX.zip' (XX the country code, from download.geonames.org/export/dump/)");
      }
      Map<String, Integer> kinds = new TreeMap<>();
      java.util.Set<String> countries = new java.util.HashSet<>();
      gazetteer.forEach((e, names) -> {
        kinds.merge(kind(e.featureClass()), 1, Integer::sum);
        if (!e.country().isEmpty()) countries.add(e.country());
      });
      out.printf("features: %,d in %d countries%n", gazetteer.size(), countries.size());
      kinds.forEach((k, n) -> out.printf("  %-22s %,d%n", k, n));
      for (String a : gazetteer.attribution()) out.println("source: " + a);
      return 0;
    }

    private static String kind(char featureClass) {
      return switch (featureClass) {
        case 'P' -> "populated places";
        case 'A' -> "countries and regions";
        case 'H' -> "water";
        case 'L' -> "areas and continents";
        case 'T' -> "mountains and islands";
        default -> "other (" + featureClass + ")";
      };
    }
  }
}
