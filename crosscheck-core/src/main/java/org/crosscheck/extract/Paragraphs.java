package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits the chosen article elements into paragraphs at block boundaries, keeping for each its
 * link-text share and the kind of block it came from, so the boilerplate filter can judge it.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** One block of text. {@code heading} for h1–h6, {@code listItem} for li/dd/dt. */
  record Block(String text, int linkChars, boolean heading, boolean listItem, boolean quote) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li",
      "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
      "table", "tr", "td", "th", "caption", "figure", "header", "footer", "address", "center",
      "form", "fieldset", "details", "summary", "hr", "br", "tbody", "thead", "aside", "nav");

  static List<Block> of(List<Element> roots) {
    Collector collector = new Collector();
    for (Element root : roots) {
      NodeTraversor.traverse(collector, root);
      collector.flush();
    }
    return collector.blocks;
  }

  private static final class Collector implements NodeVisitor {
    final List<Block> blocks = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    boolean heading;
    boolean listItem;
    int quoteDepth;
    boolean quote;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        int before = text.length();
        appendCollapsed(t.getWholeText());
        if (linkDepth > 0) linkChars += text.length() - before;
        quote |= quoteDepth > 0;
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (BLOCKS.contains(tag)) flush();
        if (tag.equals("a")) linkDepth++;
        if (tag.equals("blockquote")) quoteDepth++;
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) heading = true;
        if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) listItem = true;
        if (tag.equals("img") && text.length() > 0) appendCollapsed(" ");
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) linkDepth--;
        if (tag.equals("blockquote")) quoteDepth--;
        if (BLOCKS.contains(tag)) flush();
        else if (tag.equals("td") || tag.equals("th")) appendCollapsed(" ");
      }
    }

    private void appendCollapsed(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') text.append(' ');
        } else {
          text.append(c);
        }
      }
    }

    void flush() {
      String s = text.toString().strip();
      if (!s.isEmpty()) blocks.add(new Block(s, Math.min(linkChars, s.length()), heading, listItem, quote));
      text.setLength(0);
      linkChars = 0;
      heading = false;
      listItem = false;
      quote = false;
    }
  }
}
