package org.crosscheck.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.json.Json;
import org.crosscheck.model.InputFormat;

/**
 * Writes {@code count} synthetic news reports of one shape into a directory: the same kind of
 * content (headline, dateline, ~500 words in 8 paragraphs, some boilerplate) in each shape, from
 * a seeded generator so runs are comparable.
 */
public final class SyntheticCorpus {
  private static final String[] WORDS = (
      "the a of in to and said forces city officials report village river region attack troops "
      + "military front line statement ministry according army control defence positions near "
      + "spokesman briefing morning night week early late eastern northern southern western local "
      + "residents power supply bridge road convoy drones artillery shelling repelled captured "
      + "withdrew advanced claimed denied confirmed sources independent monitors reporters talks "
      + "negotiators ceasefire agreement council minister president government parliament vote "
      + "economy prices market energy grid storm flood rescue teams hospital school damage").split(" ");
  private static final String[] PLACES = {"Northfield", "Ashford", "Redmere", "Calder", "Brightwater", "Oakham"};
  private static final String[] OUTLETS = {"Daily Ledger", "Morning Courier", "Evening Standard Times", "Wire Today"};

  private final Random random;

  public SyntheticCorpus(long seed) {
    this.random = new Random(seed);
  }

  /** Writes the corpus and returns the paths to ingest. */
  public List<Path> write(InputFormat format, int count, Path dir) throws IOException {
    Files.createDirectories(dir);
    return switch (format) {
      case TEXT -> perFile(count, dir, ".txt", this::textDump);
      case MARKDOWN -> perFile(count, dir, ".md", this::markdown);
      case HTML -> perFile(count, dir, ".html", this::html);
      case FEED -> feeds(count, dir);
      case JSONL -> List.of(jsonLines(count, dir.resolve("corpus.jsonl")));
      case WARC -> List.of(warc(count, dir.resolve("corpus.warc.gz")));
    };
  }

  private record Report(int n, String title, String outlet, OffsetDateTime published, List<String> paragraphs) {
    String url() {
      return "https://news" + (n % 7) + ".example/" + published.toLocalDate() + "/report-" + n;
    }
  }

  private Report report(int n) {
    String place = PLACES[random.nextInt(PLACES.length)];
    OffsetDateTime published = OffsetDateTime.of(2025, 1, 1, 6, 0, 0, 0, ZoneOffset.UTC)
        .plusMinutes(random.nextInt(365 * 24 * 60));
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      StringBuilder para = new StringBuilder();
      for (int s = 0; s < 3; s++) para.append(sentence(place)).append(' ');
      paragraphs.add(para.toString().strip());
    }
    String title = capitalise(words(6)) + " in " + place + " " + n;
    return new Report(n, title, OUTLETS[n % OUTLETS.length], published, paragraphs);
  }

  private String sentence(String place) {
    String s = capitalise(words(8 + random.nextInt(10)));
    return s + (random.nextInt(4) == 0 ? " near " + place : "") + ".";
  }

  private String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    return b.toString();
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private interface Renderer {
    String render(Report r);
  }

  private List<Path> perFile(int count, Path dir, String suffix, Renderer renderer) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format(Locale.ROOT, "report-%06d%s", i, suffix));
      Files.writeString(file, renderer.render(report(i)));
      files.add(file);
    }
    return files;
  }

  private String textDump(Report r) {
    DateTimeFormatter f = DateTimeFormatter.ofPattern("HH:mm, EEE, MMM d, yyyy", Locale.ENGLISH);
    StringBuilder b = new StringBuilder(r.title()).append(".\n\n")
        .append(f.format(r.published())).append(" Updated: ").append(f.format(r.published().plusMinutes(5))).append("\n\nWORLD\n\n")
        .append("Crowds gather in the square (Image: Staff photographer)\n\n");
    for (int i = 0; i < r.paragraphs().size(); i++) {
      b.append(r.paragraphs().get(i)).append("\n\n");
      if (i == 3) b.append("The latest news from around the world Invalid email\n\n");
    }
    return b.toString();
  }

  private String markdown(Report r) {
    StringBuilder b = new StringBuilder("---\n")
        .append("title: \"").append(r.title()).append("\"\n")
        .append("date: ").append(r.published().toLocalDate()).append('\n')
        .append("description: \"").append(r.paragraphs().get(0), 0, 80).append("\"\n")
        .append("link: \"").append(r.url()).append("\"\n")
        .append("source: \"https://feeds.example/world\"\n---\n");
    for (String p : r.paragraphs()) b.append("<p>").append(p).append("</p>");
    return b.toString();
  }

  private String html(Report r) {
    StringBuilder b = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(r.title()).append(" | ").append(r.outlet()).append("</title>")
        .append("<meta property=\"og:title\" content=\"").append(r.title()).append("\">")
        .append("<meta property=\"article:published_time\" content=\"").append(r.published()).append("\">")
        .append("<link rel=\"canonical\" href=\"").append(r.url()).append("\"></head><body>")
        .append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>")
        .append("<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button></div>")
        .append("<main><article><h1>").append(r.title()).append("</h1><p class=\"byline\">By Staff Reporter</p>");
    for (String p : r.paragraphs()) b.append("<p>").append(p).append("</p>");
    b.append("</article><aside class=\"related\"><h3>Related</h3><ul>");
    for (int i = 1; i <= 5; i++) b.append("<li><a href=\"/story-").append(r.n() + i).append("\">More on this story ").append(i).append("</a></li>");
    return b.append("</ul></aside></main><footer>Copyright Example Media</footer></body></html>").toString();
  }

  private List<Path> feeds(int count, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    int perFeed = 20;
    for (int start = 0; start < count; start += perFeed) {
      StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
          + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Example Wire</title>"
          + "<link>https://wire.example/</link><description>Synthetic feed</description>");
      for (int i = start; i < Math.min(count, start + perFeed); i++) {
        Report r = report(i);
        b.append("<item><title>").append(r.title()).append("</title><link>").append(r.url()).append("</link><guid>")
            .append(r.url()).append("</guid><pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(r.published()))
            .append("</pubDate><description>").append(r.paragraphs().get(0)).append("</description><content:encoded><![CDATA[");
        for (String p : r.paragraphs()) b.append("<p>").append(p).append("</p>");
        b.append("]]></content:encoded></item>");
      }
      Path file = dir.resolve(String.format(Locale.ROOT, "feed-%05d.xml", start / perFeed));
      Files.writeString(file, b.append("</channel></rss>\n"));
      files.add(file);
    }
    return files;
  }

  private Path jsonLines(int count, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < count; i++) {
        Report r = report(i);
        var line = new java.util.LinkedHashMap<String, Object>();
        line.put("url", r.url());
        line.put("source", r.outlet());
        line.put("title", r.title());
        line.put("published", r.published().toString());
        line.put("language", "en");
        line.put("text", String.join("\n\n", r.paragraphs()));
        w.write(Json.toLine(line));
        w.write('\n');
      }
    }
    return file;
  }

  /** A WARC of HTML response records, each record its own gzip member as crawlers write them. */
  private Path warc(int count, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < count; i++) {
        Report r = report(i);
        byte[] body = html(r).getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + new java.util.UUID(0, i) + ">\r\n"
            + "WARC-Date: " + r.published().toInstant() + "\r\nWARC-Target-URI: " + r.url() + "\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + body.length) + "\r\n\r\n";
        GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out));
        gz.write(header.getBytes(StandardCharsets.UTF_8));
        gz.write(http);
        gz.write(body);
        gz.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        gz.finish();
      }
    }
    return file;
  }

  /** Lets each record's gzip stream finish without closing the file underneath. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
