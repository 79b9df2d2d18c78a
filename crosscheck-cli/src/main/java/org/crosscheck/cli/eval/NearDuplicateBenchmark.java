package org.crosscheck.cli.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.stories.DuplicateDetector;
import org.crosscheck.stories.DuplicateLink;
import org.crosscheck.stories.DuplicateResult;

/**
 * Near-duplicate detection on generated text: originals drawn from topic word lists (so originals
 * of one topic share much vocabulary, the hard negatives), then one edited copy of each original
 * per edit rate (each word substituted, deleted or followed by an inserted word with probability
 * {@code rate}) and a headline variant ("Opinion | …", "… - Outlet" with 5% edits). Originals
 * arrive first, copies after, in seeded random order.
 *
 * <p>Per edit rate: recall = copies folded onto their own original / copies; precision = copies
 * folded onto their own original / copies folded onto anything. Originals folded onto another
 * original are false positives, reported apart.
 *
 * <pre>java -cp ... org.crosscheck.cli.eval.NearDuplicateBenchmark [originals] [seed]</pre>
 */
public final class NearDuplicateBenchmark {
  static final double[] RATES = {0.05, 0.10, 0.20, 0.40, 0.60};
  static final String HEADLINE_VARIANT = "headline";

  /** Figures for one kind of copy. */
  public record Row(String variant, int copies, int linked, int correct) {
    public double precision() { return linked == 0 ? 0 : (double) correct / linked; }
    public double recall() { return copies == 0 ? 0 : (double) correct / copies; }
  }

  /** All figures: one row per edit rate and the headline variant, and false links among originals. */
  public record Result(List<Row> rows, int originals, int originalsLinked) {}

  private NearDuplicateBenchmark() {}

  public static void main(String[] args) {
    int originals = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Result r = run(originals, seed);
    System.out.printf(Locale.ROOT, "near-duplicates: %d originals (seed %d), default detector%n", r.originals(), seed);
    for (Row row : r.rows()) {
      System.out.printf(Locale.ROOT, "%-9s copies %5d  linked %5d  precision %.3f  recall %.3f%n", row.variant(),
          row.copies(), row.linked(), row.precision(), row.recall());
    }
    System.out.printf(Locale.ROOT, "originals wrongly linked to another original: %d of %d%n", r.originalsLinked(), r.originals());
  }

  public static Result run(int originalCount, long seed) {
    Random random = new Random(seed);
    Corpus corpus = new Corpus(random);
    DuplicateDetector detector = DuplicateDetector.withDefaults();
    List<Article> originals = new ArrayList<>();
    for (int i = 0; i < originalCount; i++) originals.add(corpus.original(i));
    record Copy(Article article, String variant, String originalId) {}
    List<Copy> copies = new ArrayList<>();
    for (Article o : originals) {
      for (double rate : RATES) copies.add(new Copy(corpus.edited(o, rate, "r" + rate), label(rate), o.id()));
      copies.add(new Copy(corpus.headlineVariant(o), HEADLINE_VARIANT, o.id()));
    }
    Collections.shuffle(copies, random);
    int originalsLinked = 0;
    for (Article o : originals) if (detector.add(o).isCopy()) originalsLinked++;
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (double rate : RATES) counts.put(label(rate), new int[3]);
    counts.put(HEADLINE_VARIANT, new int[3]);
    for (Copy c : copies) {
      DuplicateResult result = detector.add(c.article());
      int[] n = counts.get(c.variant());
      n[0]++;
      for (DuplicateLink link : result.links()) {
        if (!link.copyId().equals(c.article().id())) continue;
        n[1]++;
        if (detector.representative(link.originalId()).equals(detector.representative(c.originalId()))) n[2]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((variant, n) -> rows.add(new Row(variant, n[0], n[1], n[2])));
    return new Result(rows, originalCount, originalsLinked);
  }

  private static String label(double rate) {
    return String.format(Locale.ROOT, "edit %2.0f%%", rate * 100);
  }

  /** Seeded generator of word lists, originals and their edits. */
  private static final class Corpus {
    private static final int TOPICS = 50;
    private final Random random;
    private final List<String> common = new ArrayList<>();
    private final List<List<String>> topicWords = new ArrayList<>();

    Corpus(Random random) {
      this.random = random;
      for (int i = 0; i < 5000; i++) common.add(word(4 + random.nextInt(6)));
      for (int t = 0; t < TOPICS; t++) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 150; i++) words.add(word(5 + random.nextInt(6)));
        topicWords.add(words);
      }
    }

    private String word(int length) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) b.append((char) ('a' + random.nextInt(26)));
      return b.toString();
    }

    /** Zipf-like pick: low indexes far more often, as in real word frequencies. */
    private String pick(List<String> words) {
      double u = random.nextDouble();
      return words.get((int) Math.min(words.size() - 1, Math.floor(Math.pow(words.size(), u)) - 1));
    }

    private String anyWord(int topic) {
      return random.nextBoolean() ? pick(topicWords.get(topic)) : pick(common);
    }

    Article original(int i) {
      int topic = i % TOPICS;
      List<String> paragraphs = new ArrayList<>();
      int length = 150 + random.nextInt(400);
      StringBuilder p = new StringBuilder();
      for (int w = 0; w < length; w++) {
        p.append(anyWord(topic)).append(w % 15 == 14 ? ". " : " ");
        if (w % 60 == 59) { paragraphs.add(p.toString().strip()); p.setLength(0); }
      }
      if (!p.isEmpty()) paragraphs.add(p.toString().strip());
      String title = String.join(" ", List.of(anyWord(topic), anyWord(topic), anyWord(topic), anyWord(topic), anyWord(topic), anyWord(topic)));
      return new ArticleBuilder(InputFormat.TEXT, "generated:" + i).url("https://outlet" + i % 37 + ".example/story/" + i)
          .source("Outlet " + i % 37).title(title).paragraphs(paragraphs).build();
    }

    Article edited(Article o, double rate, String tag) {
      int topic = Integer.parseInt(o.origin().substring("generated:".length())) % TOPICS;
      List<String> paragraphs = new ArrayList<>();
      for (String para : o.paragraphs()) {
        StringBuilder b = new StringBuilder();
        for (String w : para.split(" ")) {
          if (random.nextDouble() < rate) {
            switch (random.nextInt(3)) {
              case 0 -> b.append(anyWord(topic)).append(' ');
              case 1 -> { }
              default -> b.append(w).append(' ').append(anyWord(topic)).append(' ');
            }
          } else {
            b.append(w).append(' ');
          }
        }
        paragraphs.add(b.toString().strip());
      }
      return new ArticleBuilder(InputFormat.TEXT, o.origin() + "#" + tag).url("https://reprint.example/" + tag + "/" + o.id())
          .source("Reprint " + tag).title(o.title()).paragraphs(paragraphs).build();
    }

    Article headlineVariant(Article o) {
      Article body = edited(o, 0.05, "headline");
      String title = random.nextBoolean() ? "Opinion | " + o.title() : o.title() + " - Daily Herald";
      return new ArticleBuilder(InputFormat.TEXT, body.origin()).url(body.url()).source(body.source()).title(title)
          .paragraphs(body.paragraphs()).build();
    }
  }
}
