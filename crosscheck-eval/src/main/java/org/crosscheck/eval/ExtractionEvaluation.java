package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.extract.Page;

/**
 * Runs {@link HtmlExtractor}, Readability4J and boilerpipe over the article-extraction benchmark
 * in {@code <shared>/eval/article-extraction/} and prints F1, precision, recall and accuracy as
 * the benchmark defines them ({@link ShingleMetric}), pages per second for each, and the
 * published trafilatura row beside them.
 *
 * <p>Usage: {@code ExtractionEvaluation [benchmark-dir] [--threads N] [--show ID]}.
 */
public final class ExtractionEvaluation {

  /** A benchmark page: id, URL, decompressed HTML bytes and the expected article body. */
  public record BenchmarkPage(String id, String url, byte[] html, String truth) {}

  /** Figures for one extractor. {@code pagesPerSecond} is single-threaded unless named otherwise. */
  public record Result(String extractor, ShingleMetric.Scores scores, double pagesPerSecond,
      List<ShingleMetric.DocumentScore> perDocument) {}

  /** A named way to get text from a page. Must be thread-safe for the multi-threaded timing. */
  public interface Extractor {
    String name();

    String text(BenchmarkPage page) throws Exception;
  }

  /** Published figures from the benchmark README (trafilatura 2.0.0). */
  public static final ShingleMetric.Scores TRAFILATURA_PUBLISHED =
      new ShingleMetric.Scores(0.958, 0.938, 0.978, 0.293, 181);

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<BenchmarkPage> load(Path dir) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<BenchmarkPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(new BenchmarkPage(e.getKey(), e.getValue().path("url").asText(null), in.readAllBytes(),
            e.getValue().path("articleBody").asText("")));
      }
    }
    return pages;
  }

  public static Extractor crosscheck(HtmlExtractor extractor, Instant fetchedAt) {
    return new Extractor() {
      @Override
      public String name() {
        return "crosscheck HtmlExtractor";
      }

      @Override
      public String text(BenchmarkPage page) {
        Extraction x = extractor.extract(new Page(page.html(), null, page.url(), fetchedAt));
        return String.join("\n\n", x.paragraphs());
      }
    };
  }

  public static Extractor readability4j() {
    return new Extractor() {
      @Override
      public String name() {
        return "Readability4J 1.0.8";
      }

      @Override
      public String text(BenchmarkPage page) {
        String html = new String(page.html(), StandardCharsets.UTF_8);
        String text = new Readability4JExtended(page.url(), html).parse().getTextContent();
        return text == null ? "" : text;
      }
    };
  }

  public static Extractor boilerpipe() {
    return new Extractor() {
      @Override
      public String name() {
        return "boilerpipe 1.2.2 ArticleExtractor";
      }

      @Override
      public String text(BenchmarkPage page) throws BoilerpipeProcessingException {
        return ArticleExtractor.INSTANCE.getText(new String(page.html(), StandardCharsets.UTF_8));
      }
    };
  }

  /** Scores one extractor: a warm-up pass, then a timed single-threaded pass whose output is scored. */
  public static Result evaluate(Extractor extractor, List<BenchmarkPage> pages) {
    run(extractor, pages);
    long start = System.nanoTime();
    List<String> outputs = run(extractor, pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<ShingleMetric.DocumentScore> docs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) docs.add(ShingleMetric.score(pages.get(i).truth(), outputs.get(i)));
    return new Result(extractor.name(), ShingleMetric.corpus(docs), pages.size() / seconds, docs);
  }

  /** Pages per second with {@code threads} workers sharing one extractor (after one warm-up pass). */
  public static double throughput(Extractor extractor, List<BenchmarkPage> pages, int threads, int passes)
      throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int pass = 0; pass < passes; pass++) {
        for (BenchmarkPage page : pages) futures.add(pool.submit(() -> textOrEmpty(extractor, page)));
      }
      for (Future<?> f : futures) f.get();
      return passes * pages.size() / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static List<String> run(Extractor extractor, List<BenchmarkPage> pages) {
    List<String> out = new ArrayList<>(pages.size());
    for (BenchmarkPage page : pages) out.add(textOrEmpty(extractor, page));
    return out;
  }

  private static String textOrEmpty(Extractor extractor, BenchmarkPage page) {
    try {
      return extractor.text(page);
    } catch (Exception | StackOverflowError e) {
      System.err.println(extractor.name() + ": page " + page.id() + " failed: " + e);
      return "";
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("crosscheck.shared", "../shared"), "eval", "article-extraction");
    int threads = 2;
    String show = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--show" -> show = args[++i];
        default -> dir = Path.of(args[i]);
      }
    }
    List<BenchmarkPage> pages = load(dir);
    Extractor ours = crosscheck(new HtmlExtractor(), Instant.now());
    if (show != null) {
      showPage(ours, pages, show);
      return;
    }
    List<Result> results = List.of(evaluate(ours, pages), evaluate(readability4j(), pages), evaluate(boilerpipe(), pages));
    double parallel = throughput(ours, pages, threads, 3);

    System.out.printf(Locale.ROOT, "Article-extraction benchmark: %d pages from %s%n", pages.size(), dir);
    System.out.printf(Locale.ROOT, "%-36s %6s %6s %6s %6s %10s%n", "extractor", "F1", "P", "R", "acc", "pages/s");
    for (Result r : results) {
      ShingleMetric.Scores s = r.scores();
      System.out.printf(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f %6.3f %10.1f%n", r.extractor(), s.f1(),
          s.precision(), s.recall(), s.accuracy(), r.pagesPerSecond());
    }
    ShingleMetric.Scores t = TRAFILATURA_PUBLISHED;
    System.out.printf(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f %6.3f %10s%n", "trafilatura 2.0.0 (published)",
        t.f1(), t.precision(), t.recall(), t.accuracy(), "n/a");
    System.out.printf(Locale.ROOT, "crosscheck HtmlExtractor with %d threads: %.1f pages/s (%d cores available)%n",
        threads, parallel, Runtime.getRuntime().availableProcessors());
    System.out.println("Published-date accuracy: not measurable here; ground-truth.json carries no dates"
        + " (only articleBody and url).");
    if (Boolean.getBoolean("eval.worst")) printWorst(results.get(0), pages);
  }

  private static void printWorst(Result result, List<BenchmarkPage> pages) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) order.add(i);
    order.sort((a, b) -> Double.compare(f1(result.perDocument().get(a)), f1(result.perDocument().get(b))));
    for (int i : order.subList(0, Math.min(25, order.size()))) {
      ShingleMetric.DocumentScore d = result.perDocument().get(i);
      System.out.printf(Locale.ROOT, "  %s P=%.3f R=%.3f %s%n", pages.get(i).id().substring(0, 12),
          d.precision(), d.recall(), pages.get(i).url());
    }
  }

  private static double f1(ShingleMetric.DocumentScore d) {
    double p = d.predictedHasShingles() ? d.precision() : 0;
    double r = d.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static void showPage(Extractor ours, List<BenchmarkPage> pages, String idPrefix) {
    for (BenchmarkPage page : pages) {
      if (!page.id().startsWith(idPrefix)) continue;
      System.out.println("=== TRUTH\n" + page.truth() + "\n=== OURS\n" + textOrEmpty(ours, page));
      return;
    }
    throw new UncheckedIOException(new IOException("no page with id prefix " + idPrefix));
  }
}
