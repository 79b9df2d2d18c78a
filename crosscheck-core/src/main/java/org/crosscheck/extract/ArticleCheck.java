package org.crosscheck.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page holds an article at all, and if not, says why: an error page, a
 * paywall stub, an index page of headline links, or too little text. The paragraphs are kept
 * either way; the caller decides not to store a non-article.
 */
final class ArticleCheck {
  private static final Pattern ERROR_TITLE = Pattern.compile(
      "(?i)\\b(404|410|page not found|not found|error|page (does not|doesn't|no longer) exists?"
          + "|no longer available|page unavailable|access denied|forbidden)\\b");
  /** Below this much main text, an error title or subscribe prompt decides. */
  private static final int SHORT_TEXT = 1200;
  private static final int HEADLINE_LINK_CHARS = 20;
  private static final int INDEX_LINKS = 15;
  private static final int PARAGRAPH_CHARS = 80;

  private final ExtractorOptions options;

  ArticleCheck(ExtractorOptions options) {
    this.options = options;
  }

  /** What the whole page shows before pruning: headline-length links and its visible text. */
  record Signals(int headlineLinks, String pageText) {}

  Signals signals(Element body) {
    return new Signals(headlineLinks(body), body.text());
  }

  /**
   * @param signals what the whole page showed before pruning
   * @return the reason the page is not an article, or {@code null} for an article
   */
  String reason(String title, Signals signals, PageMetadata meta, List<String> paragraphs) {
    int chars = paragraphs.stream().mapToInt(String::length).sum();
    if (chars < SHORT_TEXT && title != null && ERROR_TITLE.matcher(title).find()) {
      return "error page (title \"" + abbreviate(title) + "\", " + chars + " chars of text)";
    }
    if (chars < SHORT_TEXT && (Boolean.FALSE.equals(meta.accessibleForFree())
        || options.vocabulary().isPaywallPrompt(signals.pageText()))) {
      return "paywall stub (" + chars + " chars of text before a subscribe prompt)";
    }
    int longestRun = longestParagraphRun(paragraphs);
    int headlineLinks = signals.headlineLinks();
    if (longestRun < 2 * options.minArticleChars() && headlineLinks >= INDEX_LINKS && !meta.articleType()) {
      return "index page (" + headlineLinks + " headline links, longest text run " + longestRun + " chars)";
    }
    if (chars < options.minArticleChars()) {
      return "too little text (" + chars + " chars)";
    }
    return null;
  }

  private static int longestParagraphRun(List<String> paragraphs) {
    int best = 0;
    int run = 0;
    for (String p : paragraphs) {
      run = p.length() >= PARAGRAPH_CHARS ? run + p.length() : 0;
      best = Math.max(best, run);
    }
    return best;
  }

  private static int headlineLinks(Element body) {
    int n = 0;
    for (Element a : body.getElementsByTag("a")) {
      if (a.text().length() >= HEADLINE_LINK_CHARS) n++;
    }
    return n;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
