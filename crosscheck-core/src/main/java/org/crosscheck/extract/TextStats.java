package org.crosscheck.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, computed in one iterative pass
 * (children before parents) so nesting depth never costs stack.
 */
final class TextStats {
  /** Character counts for one element: all text, and the part inside links. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;

    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Counts EMPTY = new Counts();
  private final Map<Element, Counts> counts = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        Counts c = new Counts();
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            String text = t.getWholeText();
            c.chars += visibleLength(text);
            c.commas += commas(text);
          } else if (child instanceof Element ce) {
            Counts cc = stats.counts.getOrDefault(ce, EMPTY);
            c.chars += cc.chars;
            c.linkChars += cc.linkChars;
            c.commas += cc.commas;
          }
        }
        if (e.nameIs("a")) c.linkChars = c.chars;
        stats.counts.put(e, c);
      }
    }, root);
    return stats;
  }

  Counts get(Element e) {
    return counts.getOrDefault(e, EMPTY);
  }

  /** Length with runs of whitespace counted as one character and the ends trimmed. */
  static int visibleLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0') {
        space = true;
      } else {
        if (space && n > 0) n++;
        space = false;
        n++;
      }
    }
    return n;
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') n++;
    }
    return n;
  }
}
