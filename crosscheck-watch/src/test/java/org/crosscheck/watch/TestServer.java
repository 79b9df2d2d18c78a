package org.crosscheck.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 (ephemeral port) whose paths answer what a test routes to them,
 * recording every request (path, headers, time) and the peak number in flight at once.
 * Unrouted paths answer 404, which for robots.txt means "allow everything".
 */
final class TestServer implements AutoCloseable {
  /** One recorded request. */
  record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, long nanos) {}

  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  private TestServer(HttpServer server) {
    this.server = server;
  }

  static TestServer start() throws IOException {
    return start("127.0.0.1");
  }

  static TestServer start(String address) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 200);
    TestServer ts = new TestServer(http);
    http.createContext("/", ts::dispatch);
    http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    http.start();
    return ts;
  }

  private void dispatch(HttpExchange ex) throws IOException {
    int now = inFlight.incrementAndGet();
    peak.accumulateAndGet(now, Math::max);
    try (ex) {
      String path = ex.getRequestURI().getRawPath();
      synchronized (requests) {
        requests.add(new Request(path, ex.getRequestHeaders().getFirst("If-None-Match"),
            ex.getRequestHeaders().getFirst("If-Modified-Since"), ex.getRequestHeaders().getFirst("User-Agent"),
            System.nanoTime()));
      }
      Handler h = routes.get(path);
      if (h == null) send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
      else h.handle(ex);
    } catch (IOException clientWentAway) {
      // The client cut a huge or slow body short, as it should.
    } finally {
      inFlight.decrementAndGet();
    }
  }

  String url(String path) {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
  }

  TestServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  List<Request> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  List<Request> allRequests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  int hits(String path) {
    return requests(path).size();
  }

  int peakInFlight() {
    return peak.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
    boolean empty = body.length == 0 || status == 304;
    ex.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Always the same body. */
  static Handler fixed(String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ex -> send(ex, 200, contentType, bytes);
  }

  /** Just a status, with optional header pairs. */
  static Handler status(int status, String... headers) {
    return ex -> {
      for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().set(headers[i], headers[i + 1]);
      send(ex, status, "text/plain", new byte[0]);
    };
  }

  /**
   * A feed with an ETag: 304 when the client sends the current one. {@code body} is asked on every
   * request, so a test can change the feed between polls.
   */
  static Handler feedWithEtag(java.util.function.Supplier<String> body) {
    return ex -> {
      String xml = body.get();
      String etag = "\"" + Integer.toHexString(xml.hashCode()) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, new byte[0]);
      } else {
        send(ex, 200, "application/rss+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
      }
    };
  }
}
