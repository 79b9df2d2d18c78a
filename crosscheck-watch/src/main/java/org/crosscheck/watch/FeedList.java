package org.crosscheck.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.ingest.TextDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The feeds to watch, read from an OPML file (what feed readers export: {@code outline}
 * elements with an {@code xmlUrl}, nested in folders at any depth) or a text list (one URL per
 * line, optionally followed by a title; {@code #} starts a comment). Duplicates are folded; a line
 * or outline that is not an http(s) feed address is reported, not silently dropped.
 */
public record FeedList(List<Entry> entries) {
  /** The list kept in the data directory, which {@code watch} polls. */
  public static final String FILE = "feeds.opml";

  public FeedList {
    entries = List.copyOf(entries);
  }

  /** One feed: its address and, when known, a title. */
  public record Entry(String url, String title) {}

  /** A list read from a file, with a problem per entry that could not be used. */
  public record Parsed(FeedList list, List<String> problems) {}

  public static FeedList empty() {
    return new FeedList(List.of());
  }

  /** Reads OPML or a text list; which one is decided from the content. */
  public static Parsed parse(byte[] bytes, String name) {
    String text = TextDecoder.decode(bytes).text().strip();
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    return text.startsWith("<") ? parseOpml(text, name) : parseText(text, name);
  }

  public static Parsed read(Path file) throws IOException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  /** The list in {@code watchDir}, or an empty one. */
  public static FeedList load(Path watchDir) throws IOException {
    Path file = watchDir.resolve(FILE);
    if (!Files.exists(file)) return empty();
    return read(file).list();
  }

  public void save(Path watchDir) throws IOException {
    AtomicFiles.write(watchDir.resolve(FILE), toOpml().getBytes(StandardCharsets.UTF_8));
  }

  private static Parsed parseOpml(String text, String name) {
    Document doc = Parser.xmlParser().parseInput(text, "");
    if (doc.selectFirst("opml") == null) {
      return new Parsed(empty(), List.of(name + ": neither OPML (no <opml> element) nor a list of URLs"));
    }
    Builder b = new Builder();
    int index = 0;
    for (Element outline : doc.select("outline")) {
      index++;
      String url = outline.attr("xmlUrl").strip();
      // Folders are outlines without a feed address: their children are read in turn.
      if (url.isEmpty() && outline.children().stream().anyMatch(c -> c.nameIs("outline"))) continue;
      String title = outline.hasAttr("title") ? outline.attr("title") : outline.attr("text");
      // Exporters (ours included) put the address in text when there is no title.
      b.add(url, title.strip().equals(url) ? null : title, name + " outline " + index);
    }
    return b.parsed();
  }

  private static Parsed parseText(String text, String name) {
    Builder b = new Builder();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] parts = line.split("\\s+", 2);
      b.add(parts[0], parts.length > 1 ? parts[1] : null, name + ":" + (i + 1));
    }
    return b.parsed();
  }

  /** This list plus the entries of {@code other} not in it yet; titles fill gaps. */
  public FeedList merge(FeedList other) {
    Map<String, Entry> byUrl = new LinkedHashMap<>();
    for (Entry e : entries) byUrl.put(e.url(), e);
    for (Entry e : other.entries()) {
      byUrl.merge(e.url(), e, (mine, theirs) -> mine.title() == null ? theirs : mine);
    }
    return new FeedList(new ArrayList<>(byUrl.values()));
  }

  public FeedList without(String url) {
    return new FeedList(entries.stream().filter(e -> !e.url().equals(url)).toList());
  }

  public String toOpml() {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
        .append("  <head><title>Crosscheck feeds</title></head>\n  <body>\n");
    for (Entry e : entries) {
      out.append("    <outline type=\"rss\" text=\"").append(attr(e.title() == null ? e.url() : e.title())).append('"');
      if (e.title() != null) out.append(" title=\"").append(attr(e.title())).append('"');
      out.append(" xmlUrl=\"").append(attr(e.url())).append("\"/>\n");
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  public String toText() {
    StringBuilder out = new StringBuilder();
    for (Entry e : entries) {
      out.append(e.url());
      if (e.title() != null) out.append(' ').append(e.title());
      out.append('\n');
    }
    return out.toString();
  }

  private static String attr(String s) {
    return Entities.escape(s).replace("\"", "&quot;");
  }

  /** Collects entries in order, folding duplicates and recording what it had to refuse. */
  private static final class Builder {
    private final Map<String, Entry> byUrl = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    void add(String rawUrl, String title, String location) {
      String url = rawUrl == null ? "" : rawUrl.strip();
      if (url.isEmpty()) {
        problems.add(location + ": no feed address (xmlUrl)");
        return;
      }
      try {
        URI uri = new URI(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
          problems.add(location + ": not an http(s) address: " + url);
          return;
        }
      } catch (java.net.URISyntaxException e) {
        problems.add(location + ": not a valid URL: " + url);
        return;
      }
      String t = title == null || title.isBlank() ? null : title.strip();
      byUrl.merge(url, new Entry(url, t), (first, again) -> first.title() == null ? again : first);
    }

    Parsed parsed() {
      return new Parsed(new FeedList(new ArrayList<>(byUrl.values())), List.copyOf(problems));
    }
  }
}
