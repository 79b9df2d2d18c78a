package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.nlp.geo.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerCommandTest {
  @TempDir Path data;

  private static byte[] tinyDump() throws IOException {
    try (var in = GazetteerCommandTest.class.getResourceAsStream("tiny-dump.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void importsADumpIntoTheDataDirectoryAndInfoShowsIt() throws IOException {
    Path dump = data.resolve("GB.txt");
    Files.write(dump, tinyDump());
    CliRun run = CliRun.of("gazetteer", "import", "--no-base", "--data", data.toString(), dump.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("until 'crosscheck analyze' resolves them again");
    Path file = data.resolve("gazetteer.gaz.gz");
    Gazetteer g = Gazetteer.read(file);
    assertThat(g.lookup("Aldertown")).hasSize(1);
    assertThat(g.lookup("Alderton Ring Road")).isEmpty();

    CliRun info = CliRun.of("gazetteer", "info", "--data", data.toString());
    assertThat(info.exitCode()).isZero();
    assertThat(info.out()).contains(file.toString()).contains("populated places").contains("GeoNames");
    assertThat(info.out()).containsPattern("features: " + g.size() + " in \\d+ countries").contains("populated places       1");
  }

  @Test
  void theShippedGazetteerSaysHowToGetVillages() {
    CliRun info = CliRun.of("gazetteer", "info", "--data", data.toString());
    assertThat(info.exitCode()).isZero();
    assertThat(info.out()).contains("shipped world gazetteer").contains("crosscheck gazetteer import XX.zip");
  }

  @Test
  void downloadsAUrlWithAProgressLine() throws IOException {
    byte[] body = tinyDump();
    var server = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/GB.txt", ex -> {
      ex.sendResponseHeaders(200, body.length);
      try (var os = ex.getResponseBody()) {
        os.write(body);
      }
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path out = data.resolve("gb.gaz.gz");
      CliRun run = CliRun.of("gazetteer", "import", "--no-base", "--out", out.toString(), base + "/GB.txt");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains("downloading " + base + "/GB.txt");
      assertThat(Gazetteer.read(out).lookup("Alder River")).hasSize(1);

      CliRun missing = CliRun.of("gazetteer", "import", "--no-base", "--out", out.toString(), base + "/XX.zip");
      assertThat(missing.exitCode()).isEqualTo(1);
      assertThat(missing.err()).contains("XX.zip: HTTP 404");
      // The earlier gazetteer is still whole.
      assertThat(Gazetteer.read(out).lookup("Alder River")).hasSize(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aMissingFileIsOneLine() {
    CliRun run = CliRun.of("gazetteer", "import", "--data", data.toString(), data.resolve("nope.zip").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("crosscheck: " + data.resolve("nope.zip") + ": no such readable file");
  }
}
