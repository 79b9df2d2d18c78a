package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what can never be article text, in two steps. {@link #strip} runs before metadata is
 * read: scripts (all but JSON-LD, so no date can come from a script string, and megabyte-size
 * inline scripts are gone before anything walks the tree), styles, embedded objects and form
 * controls. {@link #prune} runs before scoring: navigation, headers, footers, asides, figures,
 * hidden elements, and elements whose class or id names mark them as menus, share bars, related
 * links, comments, newsletter or cookie boxes.
 */
final class DomCleaner {
  private static final String STRIP = "script:not([type~=(?i)ld\\+json]), style, noscript, template, svg,"
      + " canvas, iframe, object, embed, video, audio, input, button, select, textarea, option, link";
  private static final String ALWAYS_BOILERPLATE = "script, nav, aside, footer, header, figure, figcaption,"
      + " menu, dialog, [hidden], [role~=(?i)^(navigation|banner|contentinfo|complementary|dialog|alertdialog|menu|menubar|search|toolbar)$],"
      + " [aria-hidden=true], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden], meta";
  private static final Set<String> NEVER_PRUNED = Set.of("html", "body", "main", "article");
  /** A hinted element holding more than this share of the page's text is the article itself. */
  private static final double GUARD_SHARE = 0.5;

  private final ExtractionVocabulary vocabulary;

  DomCleaner(ExtractionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  void strip(Document doc) {
    doc.select(STRIP).remove();
  }

  /**
   * Removes boilerplate elements; with {@code useHints} false only the structural ones (nav,
   * footer, ...) go, for pages whose class names mislead.
   */
  void prune(Element body, boolean useHints) {
    Elements structural = body.select(ALWAYS_BOILERPLATE);
    for (Element e : structural) {
      if (!NEVER_PRUNED.contains(e.normalName()) && !containsMain(e)) e.remove();
    }
    if (!useHints) return;
    TextStats stats = TextStats.of(body);
    int pageChars = Math.max(1, stats.get(body).chars);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (NEVER_PRUNED.contains(e.normalName())) continue;
      ExtractionVocabulary.Hint hint = vocabulary.hint(e);
      if (hint != ExtractionVocabulary.Hint.BOILERPLATE && hint != ExtractionVocabulary.Hint.STRONG_BOILERPLATE) continue;
      if ((double) stats.get(e).chars / pageChars > GUARD_SHARE) continue;
      doomed.add(e);
    }
    for (Element e : doomed) {
      if (e.parent() != null) e.remove();
    }
  }

  /** Some pages wrap everything in a header or aside; never drop the element holding {@code <main>} or the article. */
  private static boolean containsMain(Element e) {
    String tag = e.normalName().toLowerCase(Locale.ROOT);
    if (!tag.equals("header") && !tag.equals("aside")) return false;
    return !e.getElementsByTag("main").isEmpty() || !e.getElementsByTag("article").isEmpty();
  }
}
