package org.crosscheck.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.DateStrings;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds into {@link Feed}s with ROME, tolerating the
 * errors real feeds carry. The bytes are first repaired as text ({@link FeedText}); if the result
 * is still not well-formed (typically a feed cut off mid-item) jsoup's forgiving XML parser
 * rebuilds the tree, items it had to close itself are dropped with a problem each, and ROME reads
 * the rest. Dates are read from the item's own date strings so their UTC offset survives (ROME
 * keeps only the instant); an unreadable date leaves the item in the feed with no date.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedParser {
  private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");
  private static final Namespace RDF =
      Namespace.getNamespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
  private static final List<String> UPDATED = List.of("updated", "modified");
  /** Clock and zone mistakes in feeds run to hours; anything later than this is impossible. */
  private static final Duration FUTURE_SLACK = Duration.ofDays(1);
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");

  /**
   * Parses one feed.
   *
   * @param bytes the feed as served
   * @param contentType the HTTP Content-Type, or {@code null}; its charset is used when the feed
   *     declares none
   * @param name the file path or URL of the feed; a URL also serves as the base for relative links
   * @param fetchedAt when the bytes were obtained, or {@code null}; later dates are dropped
   */
  public Feed parse(byte[] bytes, String contentType, String name, Instant fetchedAt) {
    String text = FeedText.clean(FeedText.decode(bytes, contentType));
    if (text.isBlank()) return Feed.unreadable(name, fetchedAt, "empty input, no feed");
    List<Feed.Problem> problems = new ArrayList<>();
    Document doc;
    try {
      doc = parseXml(text);
    } catch (JDOMException | IOException strictFailure) {
      try {
        doc = parseXml(repair(text, name, problems));
      } catch (JDOMException | IOException e) {
        return Feed.unreadable(name, fetchedAt, "not well-formed XML: " + oneLine(strictFailure));
      }
    }
    SyndFeed synd;
    try {
      synd = new SyndFeedInput().build(doc);
    } catch (FeedException | IllegalArgumentException e) {
      return Feed.unreadable(name, fetchedAt,
          "not an RSS or Atom feed (root element <" + doc.getRootElement().getQualifiedName() + ">)");
    }
    String feedUrl = isHttpUrl(name) ? name : firstNonBlank(selfLink(doc), synd.getLink());
    List<Element> rawItems = rawItems(doc);
    List<SyndEntry> entries = synd.getEntries();
    // ROME keeps document order; if its count differs we cannot pair entries with elements.
    boolean paired = rawItems.size() == entries.size();
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      try {
        items.add(item(entries.get(i), paired ? rawItems.get(i) : null, i + 1, feedUrl, fetchedAt));
      } catch (RuntimeException e) {
        problems.add(new Feed.Problem(name + " item " + (i + 1), "unreadable item: " + oneLine(e)));
      }
    }
    return new Feed(name, HtmlFragments.text(synd.getTitle()), feedUrl, language(synd.getLanguage()),
        fetchedAt, items, problems);
  }

  private static Document parseXml(String text) throws JDOMException, IOException {
    SAXBuilder builder = new SAXBuilder();
    builder.setExpandEntities(false);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return builder.build(new StringReader(text));
  }

  /**
   * Rebuilds a tree from text that is not well-formed, and drops the items jsoup had to close
   * itself: their end is missing, so their content cannot be trusted.
   */
  private static String repair(String text, String name, List<Feed.Problem> problems) {
    org.jsoup.nodes.Document tree = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
    int index = 0;
    for (org.jsoup.nodes.Element item : tree.select("item, entry")) {
      index++;
      if (item.endSourceRange().isImplicit() || !item.endSourceRange().isTracked()) {
        problems.add(new Feed.Problem(name + " item " + index,
            "item is not closed (the feed is cut off or broken here)"));
        item.remove();
      }
    }
    tree.outputSettings()
        .syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8)
        .prettyPrint(false);
    return tree.outerHtml();
  }

  /** The item/entry elements in document order: under the root (Atom, RSS 1.0) or the channel. */
  private static List<Element> rawItems(Document doc) {
    List<Element> out = new ArrayList<>();
    for (Element child : doc.getRootElement().getChildren()) {
      switch (child.getName()) {
        case "item", "entry" -> out.add(child);
        case "channel" -> out.addAll(child.getChildren().stream()
            .filter(c -> c.getName().equals("item")).toList());
        default -> { }
      }
    }
    return out;
  }

  private static String selfLink(Document doc) {
    Element root = doc.getRootElement();
    List<Element> holders = new ArrayList<>(List.of(root));
    root.getChildren().stream().filter(c -> c.getName().equals("channel")).forEach(holders::add);
    for (Element holder : holders) {
      for (Element link : holder.getChildren()) {
        if (link.getName().equals("link") && "self".equals(link.getAttributeValue("rel"))) {
          String href = link.getAttributeValue("href");
          if (href != null && !href.isBlank()) return href.strip();
        }
      }
    }
    return null;
  }

  private static FeedItem item(SyndEntry e, Element raw, int index, String base, Instant fetchedAt) {
    String guid = guid(e, raw);
    String link = firstNonBlank(e.getLink(), guid != null && isHttpUrl(guid) ? guid : null);
    OffsetDateTime published = notInFuture(date(raw, PUBLISHED, e.getPublishedDate()), fetchedAt);
    OffsetDateTime updated = notInFuture(date(raw, UPDATED, e.getUpdatedDate()), fetchedAt);
    String description = e.getDescription() == null ? null
        : blankToNull(HtmlFragments.text(e.getDescription().getValue()));
    return new FeedItem(index, HtmlFragments.text(e.getTitle()), resolve(base, link), guid,
        authors(e), tags(e), published, updated, description, content(e), image(e, raw, base));
  }

  /**
   * The RSS guid, Atom id or RSS 1.0 rdf:about as written. ROME's URI falls back to the link when
   * there is none, which would hide that the item has no identifier of its own.
   */
  private static String guid(SyndEntry e, Element raw) {
    if (raw == null) return blankToNull(e.getUri());
    for (Element child : raw.getChildren()) {
      if (child.getName().equals("guid") || child.getName().equals("id")) {
        return blankToNull(child.getTextNormalize());
      }
    }
    return blankToNull(raw.getAttributeValue("about", RDF));
  }

  /**
   * The first of the named child elements that is present decides: its string if we can read it
   * (keeping the offset), else ROME's reading of it. Absent elements give {@code null}, so an Atom
   * entry with only {@code updated} gets no publication date rather than a borrowed one.
   */
  private static OffsetDateTime date(Element raw, List<String> names, Date rome) {
    if (raw == null) return rome == null ? null : rome.toInstant().atOffset(ZoneOffset.UTC);
    for (String wanted : names) {
      for (Element child : raw.getChildren()) {
        if (!child.getName().equals(wanted)) continue;
        return DateStrings.parse(child.getTextNormalize())
            .orElse(rome == null ? null : rome.toInstant().atOffset(ZoneOffset.UTC));
      }
    }
    return null;
  }

  private static OffsetDateTime notInFuture(OffsetDateTime t, Instant fetchedAt) {
    if (t == null || fetchedAt == null) return t;
    return t.toInstant().isAfter(fetchedAt.plus(FUTURE_SLACK)) ? null : t;
  }

  private static List<String> authors(SyndEntry e) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson p : e.getAuthors()) addAuthor(names, p.getName());
    if (e.getModule(DCModule.URI) instanceof DCModule dc) dc.getCreators().forEach(c -> addAuthor(names, c));
    addAuthor(names, e.getAuthor());
    return List.copyOf(names);
  }

  /** RSS writes "jane@example.com (Jane Doe)"; a bare address names nobody. */
  private static void addAuthor(Set<String> names, String raw) {
    String name = HtmlFragments.text(raw);
    if (name == null || name.isBlank()) return;
    Matcher m = EMAIL_WITH_NAME.matcher(name);
    if (m.matches()) name = m.group(1).strip();
    else if (name.matches("\\S+@\\S+")) return;
    name = name.replaceFirst("(?i)^by\\s+", "").strip();
    if (!name.isEmpty()) names.add(name);
  }

  private static List<String> tags(SyndEntry e) {
    Set<String> tags = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    e.getCategories().forEach(c -> names.add(c.getName()));
    if (e.getModule(DCModule.URI) instanceof DCModule dc) dc.getSubjects().forEach(s -> names.add(s.getValue()));
    for (String name : names) {
      String t = HtmlFragments.text(name);
      if (t != null && !t.isBlank()) tags.add(t);
    }
    return List.copyOf(tags);
  }

  /** The full body as HTML (plain-text bodies are wrapped in paragraphs), or {@code null}. */
  private static String content(SyndEntry e) {
    for (SyndContent c : e.getContents()) {
      String value = c.getValue();
      if (value == null || value.isBlank()) continue;
      String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
      if (!type.equals("text") && !type.equals("text/plain")) return value.strip();
      StringBuilder html = new StringBuilder();
      for (String para : value.strip().split("\\n\\s*\\n")) {
        html.append("<p>").append(Entities.escape(para.strip())).append("</p>");
      }
      return html.toString();
    }
    return null;
  }

  private static String image(SyndEntry e, Element raw, String base) {
    for (SyndEnclosure enc : e.getEnclosures()) {
      String url = enc.getUrl();
      if (url == null) continue;
      String type = enc.getType();
      if (type != null ? type.startsWith("image/") : IMAGE_FILE.matcher(url).find()) return resolve(base, url);
    }
    if (raw == null) return null;
    String thumbnail = null;
    for (Element media : raw.getDescendants(Filters.element(MEDIA))) {
      String url = media.getAttributeValue("url");
      if (url == null || url.isBlank()) continue;
      if (media.getName().equals("content") && isImage(media, url)) return resolve(base, url);
      if (media.getName().equals("thumbnail") && thumbnail == null) thumbnail = url;
    }
    return thumbnail == null ? null : resolve(base, thumbnail);
  }

  private static boolean isImage(Element media, String url) {
    String medium = media.getAttributeValue("medium");
    String type = media.getAttributeValue("type");
    if (medium != null) return medium.equals("image");
    if (type != null) return type.startsWith("image/");
    return IMAGE_FILE.matcher(url).find();
  }

  private static String language(String declared) {
    if (declared == null) return null;
    String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return primary.matches("[a-z]{2}") ? primary : null;
  }

  static boolean isHttpUrl(String s) {
    return s != null && (s.startsWith("http://") || s.startsWith("https://"));
  }

  private static String resolve(String base, String link) {
    if (link == null || link.isBlank()) return null;
    String l = link.strip();
    if (base == null || isHttpUrl(l)) return l;
    try {
      return URI.create(base).resolve(l).toString();
    } catch (IllegalArgumentException e) {
      return l;
    }
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }
}
