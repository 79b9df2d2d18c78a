package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what can never be article text, in two steps. {@link #strip} runs before metadata is
 * read: scripts (all but JSON-LD, so no date can come from a script string, and megabyte-size
 * inline scripts are gone before anything walks the tree), styles, embedded objects and form
 * controls. {@link #prune} runs before scoring: navigation, headers, footers, asides, figures,
 * hidden elements, and elements whose class or id names mark them as menus, share bars, related
 * links, comments, newsletter or cookie boxes.
 */
final class DomCleaner {
  private static final Set<String> STRIPPED = Set.of("script", "style", "noscript", "template", "svg",
      "canvas", "iframe", "object", "embed", "video", "audio", "input", "button", "select", "textarea", "option");
  private static final Set<String> FURNITURE = Set.of("script", "nav", "aside", "footer", "header",
      "figure", "figcaption", "menu", "dialog", "meta", "link");
  private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo",
      "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "toolbar");
  private static final Pattern INVISIBLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");
  /** A hinted element holding more than this share of the page's text is the article itself. */
  private static final double GUARD_SHARE = 0.5;

  private final ExtractionVocabulary vocabulary;

  DomCleaner(ExtractionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  void strip(Document doc) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (STRIPPED.contains(e.normalName()) && !isJsonLd(e)) doomed.add(e);
    }
    doomed.forEach(Element::remove);
  }

  /**
   * Removes boilerplate elements; with {@code useHints} false only the structural ones (nav,
   * footer, hidden, ...) go, for pages whose class names mislead.
   */
  void prune(Element body, boolean useHints) {
    TextStats stats = useHints ? TextStats.of(body) : null;
    int pageChars = stats == null ? 1 : Math.max(1, stats.get(body).chars);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (NEVER_PRUNED.contains(e.normalName())) continue;
      if (isFurniture(e)) {
        if (!containsMain(e)) doomed.add(e);
        continue;
      }
      if (!useHints) continue;
      ExtractionVocabulary.Hint hint = vocabulary.hint(e);
      if (hint != ExtractionVocabulary.Hint.BOILERPLATE && hint != ExtractionVocabulary.Hint.STRONG_BOILERPLATE) continue;
      if ((double) stats.get(e).chars / pageChars > GUARD_SHARE) continue;
      doomed.add(e);
    }
    doomed.forEach(Element::remove);
  }

  private static boolean isFurniture(Element e) {
    if (FURNITURE.contains(e.normalName())) return true;
    if (e.attributesSize() == 0) return false;
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) return true;
    String style = e.attr("style");
    return !style.isEmpty() && INVISIBLE.matcher(style).find();
  }

  private static boolean isJsonLd(Element e) {
    return e.nameIs("script") && e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json");
  }

  /** Some pages wrap everything in a header or aside; never drop the element holding {@code <main>} or the article. */
  private static boolean containsMain(Element e) {
    String tag = e.normalName();
    if (!tag.equals("header") && !tag.equals("aside")) return false;
    return !e.getElementsByTag("main").isEmpty() || !e.getElementsByTag("article").isEmpty();
  }
}
