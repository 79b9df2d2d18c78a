package org.crosscheck.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.crosscheck.model.Hosts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's own statements about itself: JSON-LD, Open Graph and other meta tags and
 * {@code <time>} elements; visible datelines and the URL on request ({@link #fallbackDates}).
 * Runs after scripts other than JSON-LD are gone, so no date can come from a script string.
 */
final class MetadataReader {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();

  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
      "backgroundnewsarticle", "livebloposting", "liveblogposting", "techarticle", "report",
      "socialmediaposting", "scholarlyarticle", "posting");
  /** Page types whose dates stand in when no article object exists. Embedded media (VideoObject) never do: their dates are the clip's. */
  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage");
  private static final Set<String> LISTING_TYPES = Set.of("collectionpage", "itemlist", "searchresultspage");

  private static final List<String> PUBLISHED_META = List.of("article:published_time",
      "og:published_time", "og:pubdate", "article:published", "datepublished", "pubdate", "publishdate",
      "publish-date", "publish_date", "publication_date", "published_time", "dc.date.issued",
      "dc.date", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date",
      "article.published", "originalpublicationdate", "date");
  private static final List<String> CREATED_META = List.of("datecreated", "dcterms.created", "dc.date.created");
  private static final List<String> MODIFIED_META = List.of("article:modified_time",
      "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "article.updated");
  private static final List<String> AUTHOR_META = List.of("author", "article:author",
      "parsely-author", "dc.creator", "byl", "sailthru.author", "dcterms.creator");
  private static final Set<String> DATELINE_WORDS = Set.of("date", "dateline", "published",
      "publish", "posted", "timestamp", "time", "pubdate", "datetime", "byline", "meta");

  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-]?([01]\\d)[/-]?([0-3]\\d)(?:[/_-]|$)");
  private static final Pattern UPDATED_SPLIT = Pattern.compile("\\b(updated|modified|last updated)\\b:?",
      Pattern.CASE_INSENSITIVE);

  private final ExtractorOptions options;

  MetadataReader(ExtractorOptions options) {
    this.options = options;
  }

  PageMetadata read(Document doc, String url) {
    MetaTags metas = new MetaTags(doc);
    JsonLd ld = jsonLd(doc);
    ZoneId zone = options.defaultZone();
    List<DateCandidate> dates = new ArrayList<>(ld.dates);
    metaDates(metas, dates, zone);
    timeDates(doc, dates, zone);

    List<String> titles = new ArrayList<>();
    addIfPresent(titles, ld.headline);
    addIfPresent(titles, metas.first("og:title"));
    addIfPresent(titles, metas.first("twitter:title"));
    Element h1 = doc.selectFirst("h1");
    if (h1 != null) addIfPresent(titles, h1.text());
    addIfPresent(titles, doc.title());

    List<String> authors = new ArrayList<>(ld.authors);
    for (String name : AUTHOR_META) {
      for (Element m : metas.all(name)) addIfPresent(authors, m.attr("content"));
    }
    // Visible bylines are the least trusted source: read only when the page states no author.
    for (Element e : authors.isEmpty() ? doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name")
        : List.<Element>of()) {
      if (insideComments(e)) continue;
      String text = e.hasAttr("content") ? e.attr("content") : e.text();
      if (text.length() <= 120) addIfPresent(authors, text);
      if (authors.size() > 20) break;
    }

    String canonical = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), metas.first("og:url"), ld.url);
    String language = language(doc, metas, ld.language);
    String section = firstNonBlank(ld.section, metas.first("article:section"), metas.first("section"));
    String image = firstNonBlank(ld.image, metas.first("og:image"), metas.first("twitter:image"));
    String host = Hosts.of(canonical != null ? canonical : url);
    String siteName = firstNonBlank(metas.first("og:site_name"), ld.publisher, outletInTitle(doc.title(), host),
        outletLinkedHome(doc, host));
    String description = firstNonBlank(metas.first("og:description"), metas.first("description"), ld.description);
    String ogType = metas.first("og:type");
    boolean articleType = ld.article || (ogType != null && ogType.toLowerCase(Locale.ROOT).contains("article"));
    return new PageMetadata(titles, description, authors, dates, canonical, language, section,
        image, siteName, articleType, ld.listing, ld.accessibleForFree);
  }

  /** What separates a page title from the outlet's name after it: "Headline | Outlet". */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+::\\s+");
  private static final int MAX_OUTLET_WORDS = 6;

  /**
   * The outlet a title ends with ("Thousands flee | Sudan Daily Monitor"), when its words spell
   * the site's address ("sudanmonitor"), so the end of a headline is never taken for an outlet.
   */
  static String outletInTitle(String title, String host) {
    String tail = titleTail(title);
    if (tail == null || host == null) return null;
    String[] words = tail.split("\\s+");
    String label = host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.')).replaceAll("[^a-z0-9]", "");
    return spellsInOrder(label, words, 0, 0) ? tail : null;
  }

  /**
   * The outlet a title ends with when the page's link to its own home page (the logo) reads the
   * same: a page saved without its address has no host to spell, but says its name twice.
   *
   * @param host the page's own host ({@link Hosts#of}), or null when its address is unknown
   */
  static String outletLinkedHome(Document doc, String host) {
    String tail = titleTail(doc.title());
    if (tail == null) return null;
    for (Element a : doc.select("a[href]")) {
      if (isHomeLink(a.attr("href"), host) && a.text().strip().equalsIgnoreCase(tail)) return tail;
    }
    return null;
  }

  /**
   * Whether a link goes to the root of the page's own site: a relative root link ("/", "./"), or
   * an absolute one to the page's host. A wire credit linking another outlet's home page ("Reuters"
   * on a partner's reprint) is not the page's own, and with no known host no absolute link can be.
   */
  private static boolean isHomeLink(String href, String host) {
    if (href.isBlank()) return false;
    try {
      URI uri = new URI(href.strip());
      String path = uri.getPath();
      boolean root = uri.getQuery() == null && uri.getFragment() == null
          && (path == null || path.isEmpty() || path.equals("/") || path.equals("./") || path.equals("/index.html"));
      if (!root) return false;
      // "mailto:" and the like have no host and no path worth a home link.
      if (uri.getHost() == null) return uri.getScheme() == null;
      return host != null && host.equals(Hosts.of(href));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The last part of a title after a separator, when it is short enough to be an outlet's name. */
  private static String titleTail(String title) {
    if (title == null) return null;
    int cut = -1;
    Matcher m = TITLE_SEPARATOR.matcher(title);
    while (m.find()) cut = m.end();
    if (cut < 0) return null;
    String tail = title.substring(cut).strip();
    return tail.isEmpty() || tail.split("\\s+").length > MAX_OUTLET_WORDS ? null : tail;
  }

  /** Whether {@code label} is some of {@code words} (from {@code w} on) run together in order, each whole. */
  private static boolean spellsInOrder(String label, String[] words, int w, int at) {
    if (at == label.length()) return at > 0;
    for (int i = w; i < words.length; i++) {
      for (String word : spellings(words[i])) {
        if (!word.isEmpty() && label.startsWith(word, at) && spellsInOrder(label, words, i + 1, at + word.length())) return true;
      }
    }
    return false;
  }

  /** An elided article before a word ("L’Écho", "d'Ivoire"), which addresses leave out. */
  private static final Pattern ELISION = Pattern.compile("^\\p{L}['’]");

  /**
   * How a word of an outlet's name may appear in its address: letters and digits only, accents
   * dropped ("Écho" is "echo"), with or without an elided article ("L’Écho" is "lecho" or "echo").
   */
  private static List<String> spellings(String word) {
    String folded = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String whole = folded.replaceAll("[^\\p{L}0-9]", "");
    String unelided = ELISION.matcher(folded).replaceFirst("").replaceAll("[^\\p{L}0-9]", "");
    return whole.equals(unelided) ? List.of(whole) : List.of(whole, unelided);
  }

  /**
   * The least trusted dates: visible datelines and the URL. Read only when the page's own
   * statements (JSON-LD, meta, {@code <time>}) give no plausible publication date, which also
   * spares the scan of every hinted element on most pages.
   */
  List<DateCandidate> fallbackDates(Document doc, String url) {
    List<DateCandidate> dates = new ArrayList<>();
    datelineDates(doc, dates, options.defaultZone());
    urlDate(url, dates, options.defaultZone());
    return dates;
  }

  // ---- JSON-LD ----

  private static final class JsonLd {
    String headline;
    String description;
    String section;
    String image;
    String url;
    String language;
    String publisher;
    boolean article;
    boolean listing;
    Boolean accessibleForFree;
    final List<String> authors = new ArrayList<>();
    final List<DateCandidate> dates = new ArrayList<>();
  }

  private JsonLd jsonLd(Document doc) {
    JsonLd out = new JsonLd();
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> pages = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data();
      if (data.length() > options.maxJsonLdChars()) continue;
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (JsonProcessingException e) {
        continue; // a broken block says nothing; the other sources still count
      }
      out.listing |= collectTyped(root, articles, pages);
    }
    out.article = !articles.isEmpty();
    List<JsonNode> ordered = new ArrayList<>(articles);
    ordered.addAll(pages);
    ZoneId zone = options.defaultZone();
    for (JsonNode node : ordered) {
      if (out.headline == null) out.headline = text(node.get("headline"));
      if (out.headline == null && articles.contains(node)) out.headline = text(node.get("name"));
      if (out.description == null) out.description = text(node.get("description"));
      if (out.section == null) out.section = text(node.get("articleSection"));
      if (out.image == null) out.image = imageUrl(node.get("image"));
      if (out.url == null) out.url = text(node.get("url"));
      if (out.language == null) out.language = text(node.get("inLanguage"));
      if (out.publisher == null && node.get("publisher") != null) out.publisher = text(node.get("publisher").get("name"));
      if (out.accessibleForFree == null && node.has("isAccessibleForFree")) {
        String free = node.get("isAccessibleForFree").asText();
        out.accessibleForFree = !free.equalsIgnoreCase("false");
      }
      if (out.authors.isEmpty()) names(node.get("author"), out.authors);
      addDate(out.dates, node, "datePublished", DateCandidate.Kind.PUBLISHED, zone);
      addDate(out.dates, node, "dateCreated", DateCandidate.Kind.CREATED, zone);
      addDate(out.dates, node, "dateModified", DateCandidate.Kind.MODIFIED, zone);
    }
    return out;
  }

  /**
   * Walks the JSON tree without recursion, keeping objects whose @type is article- or page-like;
   * true when one of them is a listing (CollectionPage, ItemList, SearchResultsPage).
   */
  private static boolean collectTyped(JsonNode root, List<JsonNode> articles, List<JsonNode> pages) {
    boolean listing = false;
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int visited = 0;
    while (!todo.isEmpty() && visited++ < 10_000) {
      JsonNode node = todo.pop();
      if (node.isArray()) {
        node.forEach(todo::addLast);
      } else if (node.isObject()) {
        Set<String> types = types(node.get("@type"));
        listing |= types.stream().anyMatch(LISTING_TYPES::contains);
        if (types.stream().anyMatch(ARTICLE_TYPES::contains)) articles.add(node);
        else if (types.stream().anyMatch(PAGE_TYPES::contains)) pages.add(node);
        JsonNode graph = node.get("@graph");
        if (graph != null) todo.addLast(graph);
        JsonNode main = node.get("mainEntity");
        if (main != null) todo.addLast(main);
      }
    }
    return listing;
  }

  private static Set<String> types(JsonNode type) {
    Set<String> out = new LinkedHashSet<>();
    if (type == null) return out;
    if (type.isArray()) type.forEach(t -> out.add(t.asText().toLowerCase(Locale.ROOT)));
    else out.add(type.asText().toLowerCase(Locale.ROOT));
    return out;
  }

  private static void names(JsonNode author, List<String> into) {
    if (author == null) return;
    if (author.isArray()) {
      author.forEach(a -> names(a, into));
    } else if (author.isObject()) {
      addIfPresent(into, text(author.get("name")));
    } else {
      addIfPresent(into, author.asText());
    }
  }

  private static String imageUrl(JsonNode image) {
    if (image == null) return null;
    if (image.isArray()) return image.isEmpty() ? null : imageUrl(image.get(0));
    if (image.isObject()) return text(image.get("url"));
    return text(image);
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
    if (node.isObject()) return null;
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static void addDate(List<DateCandidate> into, JsonNode node, String field,
      DateCandidate.Kind kind, ZoneId zone) {
    String value = text(node.get(field));
    if (value == null) return;
    DateStrings.parse(value, zone).ifPresent(d -> into.add(new DateCandidate(d, kind, "json-ld", field)));
  }

  // ---- meta tags ----

  private static void metaDates(MetaTags metas, List<DateCandidate> into, ZoneId zone) {
    metaDates(metas, PUBLISHED_META, DateCandidate.Kind.PUBLISHED, into, zone);
    metaDates(metas, CREATED_META, DateCandidate.Kind.CREATED, into, zone);
    metaDates(metas, MODIFIED_META, DateCandidate.Kind.MODIFIED, into, zone);
  }

  private static void metaDates(MetaTags metas, List<String> names, DateCandidate.Kind kind,
      List<DateCandidate> into, ZoneId zone) {
    for (String name : names) {
      for (Element m : metas.all(name)) {
        DateStrings.parse(m.attr("content"), zone)
            .ifPresent(d -> into.add(new DateCandidate(d, kind, "meta", name)));
      }
    }
  }

  /** The page's {@code <meta>} elements by lower-cased property, name, itemprop or http-equiv. */
  private static final class MetaTags {
    private final Map<String, List<Element>> byName = new HashMap<>();

    MetaTags(Document doc) {
      for (Element m : doc.getElementsByTag("meta")) {
        for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
          String name = m.attr(key);
          if (!name.isEmpty()) byName.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
      }
    }

    List<Element> all(String name) {
      return byName.getOrDefault(name, List.of());
    }

    String first(String name) {
      for (Element m : all(name)) {
        String content = m.attr("content").strip();
        if (!content.isEmpty()) return content;
      }
      return null;
    }
  }

  // ---- visible dates ----

  private static void timeDates(Document doc, List<DateCandidate> into, ZoneId zone) {
    int seen = 0;
    for (Element e : doc.select("time[datetime], [itemprop~=(?i)date(published|modified|created)]:not(meta)")) {
      if (seen++ > 20) break;
      String value = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
      String prop = e.attr("itemprop").toLowerCase(Locale.ROOT);
      String hints = (prop + " " + e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      DateCandidate.Kind kind = prop.contains("modified") || hints.contains("update") || hints.contains("modif")
          ? DateCandidate.Kind.MODIFIED
          : prop.contains("created") ? DateCandidate.Kind.CREATED : DateCandidate.Kind.PUBLISHED;
      DateStrings.parse(value, zone).ifPresent(d -> into.add(new DateCandidate(d, kind, "time",
          prop.isEmpty() ? "time" : prop)));
    }
  }

  private void datelineDates(Document doc, List<DateCandidate> into, ZoneId zone) {
    int seen = 0;
    for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
      if (e.className().isEmpty() && e.id().isEmpty()) continue;
      boolean hinted = ExtractionVocabulary.nameParts(e.className() + " " + e.id()).stream()
          .anyMatch(DATELINE_WORDS::contains);
      if (!hinted) continue;
      String text = e.text();
      if (text.isEmpty() || text.length() > 160) continue;
      if (seen++ > 30) break;
      dateline(text, into, zone);
    }
  }

  /** Reads "09:21, Thu, Dec 25, 2025 Updated: 09:23, Thu, Dec 25, 2025" as published and updated. */
  static void dateline(String text, List<DateCandidate> into, ZoneId zone) {
    Matcher split = UPDATED_SPLIT.matcher(text);
    String published = text;
    String updated = null;
    if (split.find()) {
      published = text.substring(0, split.start());
      updated = text.substring(split.end());
    }
    Optional<OffsetDateTime> p = DateStrings.parse(stripLabel(published), zone);
    p.ifPresent(d -> into.add(new DateCandidate(d, DateCandidate.Kind.PUBLISHED, "dateline", "text")));
    if (updated != null) {
      DateStrings.parse(updated.strip(), zone)
          .ifPresent(d -> into.add(new DateCandidate(d, DateCandidate.Kind.MODIFIED, "dateline", "text")));
    }
  }

  private static String stripLabel(String s) {
    return s.strip().replaceFirst("(?i)^(published|posted|first published|date)\\s*(on|at)?:?\\s*", "");
  }

  private static void urlDate(String url, List<DateCandidate> into, ZoneId zone) {
    if (url == null) return;
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      DateStrings.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), zone)
          .ifPresent(d -> into.add(new DateCandidate(d, DateCandidate.Kind.PUBLISHED, "url", "path")));
    }
  }

  // ---- small helpers ----

  private boolean insideComments(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (ExtractionVocabulary.nameParts(a.className() + " " + a.id()).stream()
          .anyMatch(p -> p.equals("comment") || p.equals("comments"))) {
        return true;
      }
    }
    return false;
  }

  private static String language(Document doc, MetaTags metas, String fromJsonLd) {
    Element html = doc.selectFirst("html");
    String raw = firstNonBlank(html == null ? null : html.attr("lang"), metas.first("og:locale"),
        metas.first("content-language"), metas.first("language"), fromJsonLd);
    if (raw == null) return null;
    String code = raw.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attr);
  }

  private static void addIfPresent(List<String> into, String value) {
    if (value != null && !value.isBlank()) into.add(value.strip());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) return v.strip();
    }
    return null;
  }
}
