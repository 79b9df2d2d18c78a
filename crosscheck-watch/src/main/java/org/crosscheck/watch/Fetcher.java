package org.crosscheck.watch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.brotli.dec.BrotliInputStream;

/**
 * One HTTP GET, done carefully: a deadline for the whole response, bodies capped while they
 * stream in (a huge body is cut off, not buffered), gzip/deflate/brotli decoded with the same cap
 * on the decoded size, conditional headers sent, Retry-After read. Redirects are not followed
 * here: {@link PoliteClient} follows them hop by hop, so each hop passes robots.txt and the
 * per-host limits.
 */
public final class Fetcher {
  private final HttpClient http;
  private final WatchConfig config;
  private final Clock clock;

  public Fetcher(HttpClient http, WatchConfig config, Clock clock) {
    this.http = http;
    this.config = config;
    this.clock = clock;
  }

  /** The client the watcher needs: connect timeout set, redirects left to us. */
  public static HttpClient newClient(WatchConfig config) {
    return HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * @param accept the Accept header
   * @param etag the validator from the last 200 response, or {@code null}
   * @param lastModified the Last-Modified from the last 200 response, or {@code null}
   * @param maxBytes bodies larger than this (compressed or decoded) are refused
   */
  public record Request(URI uri, String accept, String etag, String lastModified, long maxBytes) {}

  /**
   * What the server answered. The body is decoded from its Content-Encoding and is only read
   * for a 200; for other statuses it is empty.
   *
   * @param retryAfter the Retry-After header as a wait from now, or {@code null}
   */
  public record Response(URI uri, int status, String contentType, String etag, String lastModified,
      String location, Duration retryAfter, byte[] body) {}

  /** An exchange that failed; {@link #retryable()} when trying again soon may help. */
  public static final class FetchException extends IOException {
    private final boolean retryable;

    FetchException(String message, boolean retryable, Throwable cause) {
      super(message, cause);
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }
  }

  public Response fetch(Request request) throws FetchException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.uri())
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", request.accept())
        .header("Accept-Encoding", "gzip, deflate, br")
        .GET();
    if (request.etag() != null) b.header("If-None-Match", request.etag());
    if (request.lastModified() != null) b.header("If-Modified-Since", request.lastModified());
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(b.build(),
        info -> info.statusCode() == 200 ? new CappedBody(request.maxBytes()) : HttpResponse.BodySubscribers.replacing(new byte[0]));
    HttpResponse<byte[]> response;
    try {
      response = future.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException("no complete response within " + seconds(config.readTimeout()), true, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
    var headers = response.headers();
    byte[] body = response.body();
    if (response.statusCode() == 200) {
      body = decode(body, headers.allValues("Content-Encoding"), request.maxBytes());
    }
    return new Response(request.uri(), response.statusCode(),
        headers.firstValue("Content-Type").orElse(null),
        headers.firstValue("ETag").orElse(null),
        headers.firstValue("Last-Modified").orElse(null),
        headers.firstValue("Location").orElse(null),
        headers.firstValue("Retry-After").map(v -> retryAfter(v, clock.instant())).orElse(null),
        body);
  }

  private FetchException failure(Throwable cause) {
    if (cause instanceof BodyTooLarge tooLarge) return new FetchException(tooLarge.getMessage(), false, cause);
    if (cause instanceof java.net.http.HttpConnectTimeoutException) {
      return new FetchException("cannot connect within " + seconds(config.connectTimeout()), true, cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new FetchException("no complete response within " + seconds(config.readTimeout()), true, cause);
    }
    if (cause instanceof ConnectException) {
      return new FetchException("cannot connect (connection refused or host unreachable)", true, cause);
    }
    return new FetchException("network error: " + oneLine(cause), true, cause);
  }

  /**
   * Undoes the Content-Encoding. Servers label raw deflate and zlib-wrapped deflate alike, so
   * both are tried. A body that does not decode is a server fault that will not go away by
   * asking again at once.
   */
  static byte[] decode(byte[] body, List<String> encodings, long maxBytes) throws FetchException {
    byte[] bytes = body;
    // Listed in the order applied, so undone from the last.
    List<String> codings = encodings.stream()
        .flatMap(v -> java.util.Arrays.stream(v.split(",")))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty() && !s.equals("identity"))
        .toList();
    for (int i = codings.size() - 1; i >= 0; i--) {
      String coding = codings.get(i);
      try {
        bytes = switch (coding) {
          case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(bytes)), maxBytes);
          case "br" -> readCapped(new BrotliInputStream(new ByteArrayInputStream(bytes)), maxBytes);
          case "deflate" -> inflate(bytes, maxBytes);
          default -> throw new FetchException("unsupported Content-Encoding '" + coding + "'", false, null);
        };
      } catch (BodyTooLarge e) {
        throw new FetchException(e.getMessage(), false, e);
      } catch (IOException | RuntimeException e) {
        if (e instanceof FetchException fe) throw fe;
        throw new FetchException("broken " + coding + " body: " + oneLine(e), false, e);
      }
    }
    return bytes;
  }

  private static byte[] inflate(byte[] bytes, long maxBytes) throws IOException {
    try {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(bytes)), maxBytes);
    } catch (ZipException zlibHeaderMissing) {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)), maxBytes);
    }
  }

  private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) throw new BodyTooLarge("decoded body larger than the " + size(maxBytes) + " cap");
      return bytes;
    }
  }

  /**
   * Retry-After as a wait from {@code now}: delta-seconds or an HTTP date; {@code null} when it
   * is neither. A date in the past means no wait.
   */
  static Duration retryAfter(String value, Instant now) {
    String v = value.strip();
    if (v.matches("\\d{1,10}")) return Duration.ofSeconds(Long.parseLong(v));
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String size(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  private static final class BodyTooLarge extends IOException {
    BodyTooLarge(String message) {
      super(message);
    }
  }

  /** Collects a body up to a cap and cancels the stream as soon as it goes over. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) return;
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new BodyTooLarge("body larger than the " + size(maxBytes) + " cap"));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.writeBytes(chunk);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
