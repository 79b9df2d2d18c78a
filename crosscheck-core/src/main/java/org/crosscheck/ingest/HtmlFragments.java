package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Plain text from HTML fragments as feeds carry them: item bodies and summaries that may be
 * paragraphs, bare text broken by {@code <br>}s, or a mix.
 */
final class HtmlFragments {
  private HtmlFragments() {}

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
      "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "header", "footer", "aside",
      "hr", "main");
  /** Not text of the report: code, and captions of pictures that are not in the text either. */
  private static final Set<String> DROPPED = Set.of(
      "script", "style", "noscript", "template", "figcaption", "iframe", "object", "svg");

  /** The fragment's paragraphs: text between block boundaries or double line breaks. */
  static List<String> paragraphs(String html) {
    if (html == null || html.isBlank()) return List.of();
    Element body = Jsoup.parseBodyFragment(html).body();
    StringBuilder text = new StringBuilder();
    body.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text.append(t.text());
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (DROPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
          if (tag.equals("br")) text.append('\n');
          else if (BLOCKS.contains(tag)) text.append("\n\n");
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) text.append("\n\n");
        return FilterResult.CONTINUE;
      }
    });
    List<String> out = new ArrayList<>();
    for (String block : text.toString().split("\\n[ \\t\\u00A0]*\\n")) {
      String p = block.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  /** The fragment as one line of plain text, entities resolved and tags dropped. */
  static String text(String html) {
    if (html == null) return null;
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html.replaceAll("\\s+", " ").strip();
    return Jsoup.parseBodyFragment(html).body().text().strip();
  }
}
