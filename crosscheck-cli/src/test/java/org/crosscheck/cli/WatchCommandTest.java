package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.crosscheck.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
  @TempDir Path dir;
  private HttpServer server;
  private final ConcurrentLinkedQueue<String> userAgents = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", ex -> {
      userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
      String path = ex.getRequestURI().getPath();
      String body = path.equals("/news.xml") ? """
          <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour News</title>
          <item><guid>h1</guid><title>Harbour reopens after storm</title><link>%s/h1</link>
          <description>The harbour reopened on Tuesday after three days of storm damage repairs.</description></item>
          </channel></rss>""".formatted(base()) : null;
      int status = body == null ? (path.equals("/gone.xml") ? 410 : 404) : 200;
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void watchOnceStoresWhatItCanAndStatusFlagsWhatFailed() throws Exception {
    Path list = dir.resolve("feeds.txt");
    Files.writeString(list, "# two feeds\n" + base() + "/news.xml Harbour News\n" + base() + "/gone.xml\n");
    String data = dir.resolve("data").toString();

    CliRun watch = CliRun.of("watch", list.toString(), "--once", "--no-analyze", "--contact", "desk@example.org", "--host-delay", "0",
        "--data", data);
    assertThat(watch.exitCode()).as(watch.err()).isZero();
    assertThat(watch.out()).contains("Polled 2 feed(s)", "1 fetched", "1 failed", "HTTP 410 Gone");
    assertThat(userAgents).isNotEmpty().allMatch("Crosscheck/0.1 (+desk@example.org)"::equals);

    CliRun search = CliRun.of("search", "harbour", "--json", "--data", data);
    assertThat(Json.mapper().readTree(search.out()).get("total").asInt()).isEqualTo(1);

    CliRun feeds = CliRun.of("feeds", "list", "--data", data);
    assertThat(feeds.out()).contains(base() + "/news.xml  Harbour News", base() + "/gone.xml");

    JsonNode status = Json.mapper().readTree(CliRun.of("feeds", "status", "--json", "--data", data).out());
    assertThat(status).hasSize(2);
    assertThat(status.get(0).get("itemsStored").asInt()).isEqualTo(1);
    // The item's article page is missing (404): the summary is stored and the feed flagged.
    assertThat(status.get(0).get("flags").toString()).isEqualTo("[\"all-failing\"]");
    assertThat(status.get(1).get("lastError").asText()).contains("HTTP 410");

    CliRun export = CliRun.of("feeds", "export", "--data", data);
    assertThat(export.out()).contains("<opml version=\"2.0\">", "xmlUrl=\"" + base() + "/news.xml\"");
  }
}
