package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.TextBoilerplate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Turns the body under a front matter block into paragraphs, from HTML or from Markdown.
 *
 * <p>HTML: paragraphs come from {@code <p>}, {@code <li>}, {@code <blockquote>} and headings,
 * plus any loose text between them; scripts, figures and their captions, tables, forms and
 * asides are dropped. Markdown: blocks split on blank lines; list items and headings are their
 * own paragraphs; heading marks, emphasis and code ticks are stripped, links keep their text,
 * images are dropped.
 *
 * <p>In both, a paragraph that is nothing but one link to another page, written in promotion
 * style (shouted in capitals or set in bold), is a related-article promo and dropped; a link
 * inside a sentence keeps its text. Paragraphs {@link TextBoilerplate} recognises are dropped.
 */
final class MarkdownBody {
  /** Paragraphs and the first top-level heading when asked for as the title. */
  record Result(String title, List<String> paragraphs) {}

  private static final Set<String> PARAGRAPHS = Set.of("p", "li", "blockquote", "dd", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> DROPPED = Set.of(
      "script", "style", "noscript", "template", "figure", "figcaption", "iframe", "nav", "aside", "form",
      "button", "svg", "table", "pre", "head", "title", "meta", "link", "video", "audio", "picture", "img");
  /** A share of upper-case letters above this reads as shouting. */
  private static final double SHOUTED_SHARE = 0.7;
  private static final int MIN_PROMO_WORDS = 3;

  private static final Pattern HTML_BLOCK_START = Pattern.compile(
      "^\\s*<(?:p|div|ul|ol|li|blockquote|h[1-6]|section|article|figure|table|!--)[\\s>/]", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
  private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*>\\s?");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
  private static final Pattern CODE_FENCE = Pattern.compile("^\\s{0,3}(?:```|~~~).*$");
  private static final Pattern ONLY_LINK = Pattern.compile(
      "^([*_]{0,3})\\[(.+)\\]\\(\\s*(\\S+?)(?:\\s+\"[^\"]*\")?\\s*\\)\\1$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)|!\\[[^\\]]*\\]\\[[^\\]]*\\]");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)|\\[([^\\]]+)\\]\\[[^\\]]*\\]");
  private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
  private static final Pattern EMPHASIS = Pattern.compile(
      "(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1|(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])|(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])|~~(.+?)~~");
  private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|])");

  private final TextBoilerplate boilerplate;

  MarkdownBody(TextBoilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * @param knownTitle the title from front matter; when {@code null} a level-1 heading before any
   *     paragraph becomes the title; otherwise a level-1 heading repeating it is dropped
   */
  Result read(String body, String knownTitle) {
    List<Block> blocks = isHtml(body) ? htmlBlocks(body) : markdownBlocks(body);
    String title = null;
    List<String> paragraphs = new ArrayList<>();
    for (Block block : blocks) {
      String text = block.text().strip();
      if (text.isEmpty() || block.promo() || boilerplate.isBoilerplate(text)) continue;
      if (block.level() == 1 && knownTitle == null && title == null && paragraphs.isEmpty()) {
        title = text;
        continue;
      }
      if (block.level() == 1 && text.equalsIgnoreCase(knownTitle)) continue;
      paragraphs.add(text);
    }
    return new Result(title, paragraphs);
  }

  /** One candidate paragraph: its text, heading level (0 for none) and whether it is a promo. */
  private record Block(String text, int level, boolean promo) {}

  /** HTML when at least half the blank-line-separated blocks open with a block-level tag. */
  static boolean isHtml(String body) {
    int blocks = 0;
    int html = 0;
    for (String block : TextParagraphs.normaliseNewlines(body).split("\\n\\s*\\n")) {
      if (block.isBlank()) continue;
      blocks++;
      if (HTML_BLOCK_START.matcher(block).lookingAt()) html++;
    }
    return blocks > 0 && html * 2 >= blocks;
  }

  // ---- HTML ----

  private List<Block> htmlBlocks(String body) {
    List<Block> out = new ArrayList<>();
    collect(Jsoup.parseBodyFragment(body).body(), out);
    return out;
  }

  private void collect(Element parent, List<Block> out) {
    Element loose = new Element("p");
    for (Node child : parent.childNodes()) {
      if (!(child instanceof Element el)) {
        loose.appendChild(child.clone());
        continue;
      }
      String tag = el.normalName();
      if (!el.isBlock() && !tag.equals("br") && !DROPPED.contains(tag)) {
        loose.appendChild(el.clone());
        continue;
      }
      flush(loose, out);
      loose = new Element("p");
      if (DROPPED.contains(tag) || tag.equals("br")) continue;
      boolean container = tag.equals("li") || tag.equals("blockquote") || tag.equals("dd");
      if (PARAGRAPHS.contains(tag) && !(container && hasBlockChild(el))) {
        out.add(new Block(el.text(), headingLevel(tag), isPromo(el)));
      } else {
        collect(el, out);
      }
    }
    flush(loose, out);
  }

  private void flush(Element loose, List<Block> out) {
    if (!loose.text().isBlank()) out.add(new Block(loose.text(), 0, isPromo(loose)));
  }

  private static boolean hasBlockChild(Element el) {
    for (Element child : el.children()) {
      if (child.isBlock()) return true;
    }
    return false;
  }

  private static int headingLevel(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' ? tag.charAt(1) - '0' : 0;
  }

  /** Nothing but one link to another page, shouted or in bold. */
  private static boolean isPromo(Element paragraph) {
    var links = paragraph.select("a[href]");
    if (links.size() != 1) return false;
    Element link = links.first();
    if (!isPageLink(link.attr("href"))) return false;
    int all = letters(paragraph.text());
    int linked = letters(link.text());
    if (linked == 0 || linked < all * 0.9) return false;
    int bold = 0;
    for (Element b : paragraph.select("strong, b")) bold += letters(b.text());
    boolean inBold = link.closest("strong, b") != null;
    return isShouted(link.text()) || inBold || bold >= linked * 0.9;
  }

  // ---- Markdown ----

  private List<Block> markdownBlocks(String body) {
    List<Block> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean inCode = false;
    for (String line : TextParagraphs.normaliseNewlines(body).split("\\n")) {
      if (CODE_FENCE.matcher(line).matches()) {
        inCode = !inCode;
        flushMarkdown(current, 0, out);
        continue;
      }
      if (inCode || LINK_DEFINITION.matcher(line).matches()) continue;
      String text = QUOTE_MARK.matcher(line).replaceFirst("");
      Matcher heading = ATX_HEADING.matcher(text);
      Matcher setext = SETEXT_UNDERLINE.matcher(text);
      Matcher item = LIST_ITEM.matcher(text);
      if (text.isBlank()) {
        flushMarkdown(current, 0, out);
      } else if (heading.matches()) {
        flushMarkdown(current, 0, out);
        current.add(heading.group(2));
        flushMarkdown(current, heading.group(1).length(), out);
      } else if (setext.matches() && current.size() == 1) {
        flushMarkdown(current, setext.group(1).startsWith("=") ? 1 : 2, out);
      } else if (RULE.matcher(text).matches()) {
        flushMarkdown(current, 0, out);
      } else if (item.matches()) {
        flushMarkdown(current, 0, out);
        current.add(item.group(1));
      } else {
        current.add(text.strip());
      }
    }
    flushMarkdown(current, 0, out);
    return out;
  }

  private static void flushMarkdown(List<String> lines, int level, List<Block> out) {
    if (lines.isEmpty()) return;
    String raw = String.join(" ", lines).strip();
    lines.clear();
    out.add(new Block(plainText(raw), level, isMarkdownPromo(raw)));
  }

  private static boolean isMarkdownPromo(String raw) {
    Matcher m = ONLY_LINK.matcher(raw);
    if (!m.matches() || !isPageLink(m.group(3))) return false;
    String inner = m.group(2).strip();
    boolean bold = !m.group(1).isEmpty() || inner.matches("^(\\*\\*|__).+\\1$");
    return bold || isShouted(plainText(inner));
  }

  /** Markdown inline syntax removed: images dropped, links kept as their text, marks stripped. */
  static String plainText(String markdown) {
    String s = IMAGE.matcher(markdown).replaceAll("");
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
    s = AUTOLINK.matcher(s).replaceAll("$1");
    s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    for (int i = 0; i < 3; i++) {
      s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(firstNonNull(m.group(2), m.group(3), m.group(4), m.group(5))));
    }
    s = TAG.matcher(s).replaceAll("");
    s = ESCAPE.matcher(s).replaceAll("$1");
    return Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
  }

  // ---- shared ----

  private static boolean isPageLink(String href) {
    String h = href.strip().toLowerCase(Locale.ROOT);
    return !h.isEmpty() && !h.startsWith("#") && !h.startsWith("mailto:") && !h.startsWith("javascript:")
        && !h.startsWith("tel:");
  }

  private static boolean isShouted(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters > 0 && upper >= letters * SHOUTED_SHARE && text.strip().split("\\s+").length >= MIN_PROMO_WORDS;
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) n++;
    }
    return n;
  }

  private static String firstNonNull(String... values) {
    for (String v : values) {
      if (v != null) return v;
    }
    return "";
  }
}
