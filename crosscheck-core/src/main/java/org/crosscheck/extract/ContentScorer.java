package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold the article text. Every paragraph-like block (a {@code <p>},
 * {@code <pre>}, table cell, or container with enough text of its own) scores by length and
 * commas, discounted by its link density, and passes its score to its ancestors with falling
 * weight. Ancestors add a bonus or malus for content or boilerplate class names. The best
 * container wins, moving up when several strong candidates share its parent, and takes along
 * siblings that score close to it or read as paragraphs.
 */
final class ContentScorer {
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "center", "body", "blockquote", "li", "dd", "form", "table", "tbody", "tr", "td", "ul", "ol");
  private static final int MIN_BLOCK_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;

  private final ExtractionVocabulary vocabulary;

  ContentScorer(ExtractionVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The article's elements in document order, or an empty list when the page has no text blocks. */
  List<Element> choose(Element body) {
    TextStats stats = TextStats.of(body);
    Map<Element, double[]> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      double blockScore = blockScore(e, stats);
      if (blockScore <= 0) continue;
      // A container holding text of its own (br-separated lines) is itself a candidate.
      if (!PARAGRAPHS.contains(e.normalName())) {
        scores.computeIfAbsent(e, a -> new double[] {initialScore(a)})[0] += blockScore;
      }
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
        double[] score = scores.computeIfAbsent(ancestor, a -> new double[] {initialScore(a)});
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score[0] += blockScore / divider;
        if (ancestor == body) break;
      }
    }
    if (scores.isEmpty()) return List.of();
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, double[]> s : scores.entrySet()) {
      double finalScore = s.getValue()[0] * (1 - stats.get(s.getKey()).linkDensity());
      ranked.add(Map.entry(s.getKey(), finalScore));
    }
    ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    top = moveUp(top, topScore, ranked);
    double finalTopScore = finalScore(top, scores, stats);
    return withSiblings(top, Math.max(topScore, finalTopScore), scores, stats);
  }

  private double blockScore(Element e, TextStats stats) {
    String tag = e.normalName();
    int chars;
    int commas;
    if (PARAGRAPHS.contains(tag)) {
      TextStats.Counts c = stats.get(e);
      chars = c.chars;
      commas = c.commas;
      if (tag.equals("td") && hasBlockChild(e)) return 0;
    } else if (CONTAINERS.contains(tag)) {
      chars = 0;
      commas = 0;
      for (Node child : e.childNodes()) {
        if (child instanceof TextNode t) {
          chars += TextStats.visibleLength(t.getWholeText());
          commas += TextStats.commas(t.getWholeText());
        } else if (child instanceof Element ce && isInline(ce)) {
          TextStats.Counts cc = stats.get(ce);
          chars += cc.chars;
          commas += cc.commas;
        }
      }
    } else {
      return 0;
    }
    if (chars < MIN_BLOCK_CHARS) return 0;
    double score = 1 + commas + Math.min(chars / 100.0, 3);
    return score * (1 - stats.get(e).linkDensity());
  }

  private double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "article" -> 10;
      case "div", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) score += 25;
    return score + switch (vocabulary.hint(e)) {
      case CONTENT -> 25;
      case BOILERPLATE, STRONG_BOILERPLATE -> -25;
      case NONE -> 0;
    };
  }

  private static double finalScore(Element e, Map<Element, double[]> scores, TextStats stats) {
    double[] s = scores.get(e);
    return s == null ? 0 : s[0] * (1 - stats.get(e).linkDensity());
  }

  /** When three or more near-top candidates sit under one ancestor of the top, that ancestor is the article. */
  private static Element moveUp(Element top, double topScore, List<Map.Entry<Element, Double>> ranked) {
    List<Element> close = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) close.add(ranked.get(i).getKey());
    }
    if (close.size() < 3) return top;
    for (Element parent = top.parent(); parent != null && !parent.normalName().equals("body"); parent = parent.parent()) {
      int inside = 0;
      for (Element c : close) {
        if (c.parents().contains(parent)) inside++;
      }
      if (inside >= 3) return parent;
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double score = finalScore(sibling, scores, stats);
      if (score >= threshold) {
        chosen.add(sibling);
      } else if (sibling.nameIs("p")) {
        TextStats.Counts c = stats.get(sibling);
        String text = sibling.text();
        if ((c.chars > 80 && c.linkDensity() < 0.25)
            || (c.chars > 0 && c.linkDensity() == 0 && text.matches("(?s).*[.!?]\\W*$"))) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (!isInline(c)) return true;
    }
    return false;
  }

  static boolean isInline(Element e) {
    return switch (e.normalName()) {
      case "a", "b", "strong", "i", "em", "span", "font", "u", "small", "big", "sup", "sub", "abbr",
          "cite", "code", "q", "mark", "time", "s", "del", "ins", "br", "img", "label", "tt", "var" -> true;
      default -> false;
    };
  }
}
