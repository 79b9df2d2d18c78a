package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.extract.Page;
import org.crosscheck.ingest.FormatDetector;
import org.crosscheck.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows what extraction makes of one page, from a file or a URL, without storing anything. */
@Command(name = "extract",
    description = "Prints what extraction makes of one HTML page (metadata and text), without storing it.")
public final class ExtractCommand implements Callable<Integer> {
  static final String USER_AGENT = "Crosscheck/0.1 (news extraction; one page fetched on request)";
  private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([\\w.:-]+)");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|URL", description = "An HTML file, or an http(s) URL to fetch.")
  String target;

  @Option(names = "--json", description = "Print the extraction as one JSON object.")
  boolean json;

  @Option(names = "--timeout", defaultValue = "20", description = "Seconds to wait for a URL (default ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    Page page = target.matches("(?i)https?://.*") ? fetch(target) : read(Path.of(target));
    refuseWhatIsNoPage(page);
    Extraction x = new HtmlExtractor().extract(page);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.toPrettyString(asJson(x, page)));
    } else {
      printText(out, x, page);
    }
    return 0;
  }

  /** Binary data would print as a screenful of noise, and a feed or dump as "too little text". */
  private void refuseWhatIsNoPage(Page page) {
    FormatDetector.Detection d = new FormatDetector().detect(target, null, page.body());
    if (!d.readable()) throw new IllegalArgumentException(target + ": " + d.reason());
    String many = switch (d.format()) {
      case FEED -> "a feed";
      case JSONL -> "a JSON Lines file";
      case WARC -> "a WARC archive";
      default -> null;
    };
    if (many != null) {
      throw new IllegalArgumentException(target + " is " + many + " (" + d.reason() + "), not one page; "
          + "store its reports with 'crosscheck ingest " + target + "' and look at them with 'show'");
    }
  }

  private static Page read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("no such file: " + file);
    return new Page(Files.readAllBytes(file), null, null, Files.getLastModifiedTime(file).toInstant());
  }

  private Page fetch(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(timeoutSeconds))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(timeoutSeconds))
        .header("User-Agent", USER_AGENT)
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
        .GET().build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() >= 400) {
      throw new IOException(url + " answered HTTP " + response.statusCode());
    }
    String declared = response.headers().firstValue("Content-Type")
        .map(CHARSET::matcher).filter(Matcher::find).map(m -> m.group(1)).orElse(null);
    return new Page(response.body(), declared, response.uri().toString(), Instant.now());
  }

  private static Map<String, Object> asJson(Extraction x, Page page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("url", page.url());
    m.put("isArticle", x.isArticle());
    m.put("notArticleReason", x.notArticleReason());
    m.put("title", x.title());
    m.put("description", x.description());
    m.put("authors", x.authors());
    m.put("published", x.published());
    m.put("publishedSource", x.dateSource());
    m.put("updated", x.updated());
    m.put("canonicalUrl", x.canonicalUrl());
    m.put("language", x.language());
    m.put("section", x.section());
    m.put("siteName", x.siteName());
    m.put("imageUrl", x.imageUrl());
    m.put("paragraphs", x.paragraphs());
    return m;
  }

  private static void printText(PrintWriter out, Extraction x, Page page) {
    field(out, "article", x.isArticle() ? "yes" : "no: " + x.notArticleReason());
    field(out, "title", x.title());
    field(out, "url", page.url());
    field(out, "canonical", x.canonicalUrl());
    field(out, "site", x.siteName());
    field(out, "authors", x.authors().isEmpty() ? null : String.join(", ", x.authors()));
    field(out, "published", x.published() == null ? null : x.published() + " (from " + x.dateSource() + ")");
    field(out, "updated", x.updated() == null ? null : x.updated().toString());
    field(out, "language", x.language());
    field(out, "section", x.section());
    field(out, "image", x.imageUrl());
    if (x.description() != null) field(out, "description", x.description());
    for (String p : x.paragraphs()) out.println("\n" + p);
  }

  private static void field(PrintWriter out, String name, String value) {
    if (value != null) out.printf("%-11s %s%n", name + ":", value);
  }
}
