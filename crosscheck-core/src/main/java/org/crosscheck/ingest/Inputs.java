package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line (files, directories, glob patterns, http(s) URLs)
 * into inputs. Directories are walked recursively in name order, hidden entries left out, and so
 * is the data directory (the store's own index files) when the walk starts above it ({@code ingest .}
 * beside {@code crosscheck-data}); a folder named inside it (the demo's copied corpus) is read. A name
 * that matches nothing is reported, not ignored.
 */
public final class Inputs {
  private final HttpClient http;
  private final String userAgent;
  private final long maxDownloadBytes;
  private final Path dataDir;

  /** {@code dataDir} is the store's folder, left out of walks that start above it; {@code null} for none. */
  public Inputs(HttpClient http, String userAgent, long maxDownloadBytes, Path dataDir) {
    this.http = http;
    this.userAgent = userAgent;
    this.maxDownloadBytes = maxDownloadBytes;
    this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
  }

  /** An input name resolved: the inputs it stands for, or the reason it stands for none. */
  public sealed interface Resolved {
    record Files(List<Path> files) implements Resolved {}

    record Url(URI uri) implements Resolved {}

    record Missing(String name, String reason) implements Resolved {}
  }

  public Resolved resolve(String name) {
    if (name.startsWith("http://") || name.startsWith("https://")) {
      try {
        return new Resolved.Url(URI.create(name));
      } catch (IllegalArgumentException e) {
        return new Resolved.Missing(name, "not a valid URL: " + e.getMessage());
      }
    }
    if (name.contains("://")) return new Resolved.Missing(name, "only http and https URLs can be fetched");
    if (isGlob(name)) return expandGlob(name);
    Path path = Path.of(name);
    if (Files.isDirectory(path)) return walk(path, p -> true, name);
    if (Files.isRegularFile(path)) {
      return Files.isReadable(path) ? new Resolved.Files(List.of(path)) : new Resolved.Missing(name, "not readable (permission denied)");
    }
    return new Resolved.Missing(name, Files.exists(path) ? "not a regular file" : "no such file or directory");
  }

  /** Downloads a URL with the size cap and a timeout; the body is held in memory (one page or feed). */
  public InputSource fetch(URI uri) throws IOException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("User-Agent", userAgent)
        .header("Accept-Encoding", "identity")
        .GET().build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + uri, e);
    }
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + uri);
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDownloadBytes + 1));
      if (bytes.length > maxDownloadBytes) {
        throw new IOException("larger than the " + (maxDownloadBytes >> 20) + " MB download cap");
      }
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      return InputSource.ofBytes(uri.toString(), bytes, contentType, Instant.now());
    }
  }

  private static boolean isGlob(String name) {
    return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
  }

  private Resolved expandGlob(String pattern) {
    // Walk from the longest directory prefix without glob characters, match the rest.
    Path pathPattern = Path.of(pattern);
    Path base = pathPattern.isAbsolute() ? pathPattern.getRoot() : Path.of("");
    for (Path part : pathPattern) {
      if (isGlob(part.toString())) break;
      base = base.resolve(part);
    }
    if (!Files.isDirectory(base)) return new Resolved.Missing(pattern, "no files match (no directory " + base + ")");
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    Path start = base.toString().isEmpty() ? Path.of(".") : base;
    boolean relativeStart = base.toString().isEmpty();
    return walk(start, p -> matcher.matches(relativeStart ? start.relativize(p) : p), pattern);
  }

  private Resolved walk(Path dir, java.util.function.Predicate<Path> keep, String name) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      boolean aboveData = dataDir != null && !dir.toAbsolutePath().normalize().startsWith(dataDir);
      paths.filter(p -> !isHidden(dir, p)).filter(p -> !(aboveData && p.toAbsolutePath().normalize().startsWith(dataDir)))
          .filter(Files::isRegularFile).filter(keep).sorted().forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      return new Resolved.Missing(name, "cannot list: " + e.getMessage());
    }
    if (files.isEmpty()) return new Resolved.Missing(name, "no files match");
    return new Resolved.Files(files);
  }

  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) return true;
    }
    return false;
  }
}
