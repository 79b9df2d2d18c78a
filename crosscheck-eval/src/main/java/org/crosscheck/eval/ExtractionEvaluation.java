package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * <p>Usage: {@code ExtractionEvaluation [benchmark-dir] [--threads N] [--warmups N] [--show ID]}.
 * Every extractor gets the same warm-up passes before its timed, scored pass.
 */
public final class ExtractionEvaluation {

  /** A benchmark page: id, URL, decompressed HTML bytes and the expected article body. */
  public record BenchmarkPage(String id, String url, byte[] html, String truth) {}

  /**
   * Figures for one extractor from one single-threaded pass. {@code pagesPerSecond} is wall
   * clock; {@code pagesPerCpuSecond} counts only the CPU time the thread got, which is what
   * matters on a machine shared with other work.
   */
  public record Result(String extractor, ShingleMetric.Scores scores, double pagesPerSecond,
      double pagesPerCpuSecond, List<ShingleMetric.DocumentScore> perDocument) {}

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

  /** Scores one extractor: warm-up passes (JIT), then a timed single-threaded pass whose output is scored. */
  public static Result evaluate(Extractor extractor, List<BenchmarkPage> pages, int warmups) {
    for (int i = 0; i < warmups; i++) run(extractor, pages);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<String> outputs = run(extractor, pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    List<ShingleMetric.DocumentScore> docs = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) docs.add(ShingleMetric.score(pages.get(i).truth(), outputs.get(i)));
    return new Result(extractor.name(), ShingleMetric.corpus(docs), pages.size() / seconds,
        pages.size() / cpuSeconds, docs);
  }

  /**
   * Multi-threaded throughput: {@code wall} is pages per wall-clock second; {@code projected} is
   * what the same work would do with each worker on a core of its own (pages over the workers'
   * CPU time divided by their number), the fair figure on a machine shared with other builds.
   */
  public record Throughput(int threads, double wall, double projected) {}

  /** Runs {@code passes} passes over the pages with {@code threads} workers sharing one extractor. */
  public static Throughput throughput(Extractor extractor, List<BenchmarkPage> pages, int threads, int passes)
      throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    LongAdder cpuNanos = new LongAdder();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      for (int pass = 0; pass < passes; pass++) {
        for (BenchmarkPage page : pages) {
          futures.add(pool.submit(() -> {
            long before = mx.getCurrentThreadCpuTime();
            textOrEmpty(extractor, page);
            cpuNanos.add(mx.getCurrentThreadCpuTime() - before);
          }));
        }
      }
      for (Future<?> f : futures) f.get();
      double wallSeconds = (System.nanoTime() - start) / 1e9;
      int done = passes * pages.size();
      return new Throughput(threads, done / wallSeconds, done / (cpuNanos.sum() / 1e9 / threads));
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
    int warmups = 3;
    String show = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--show" -> show = args[++i];
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        default -> dir = Path.of(args[i]);
      }
    }
    List<BenchmarkPage> pages = load(dir);
    Extractor ours = crosscheck(new HtmlExtractor(), Instant.now());
    if (show != null) {
      showPage(ours, pages, show);
      return;
    }
    List<Result> results = List.of(evaluate(ours, pages, warmups), evaluate(readability4j(), pages, warmups),
        evaluate(boilerpipe(), pages, warmups));
    Throughput parallel = throughput(ours, pages, threads, 3);

    System.out.printf(Locale.ROOT, "Article-extraction benchmark: %d pages from %s%n", pages.size(), dir);
    System.out.printf(Locale.ROOT, "%-36s %6s %6s %6s %6s %10s %12s%n", "extractor", "F1", "P", "R", "acc",
        "pages/s", "pages/cpu-s");
    for (Result r : results) {
      ShingleMetric.Scores s = r.scores();
      System.out.printf(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f %6.3f %10.1f %12.1f%n", r.extractor(), s.f1(),
          s.precision(), s.recall(), s.accuracy(), r.pagesPerSecond(), r.pagesPerCpuSecond());
    }
    ShingleMetric.Scores t = TRAFILATURA_PUBLISHED;
    System.out.printf(Locale.ROOT, "%-36s %6.3f %6.3f %6.3f %6.3f %10s %12s%n", "trafilatura 2.0.0 (published)",
        t.f1(), t.precision(), t.recall(), t.accuracy(), "n/a", "n/a");
    System.out.printf(Locale.ROOT, "crosscheck HtmlExtractor, %d threads sharing one extractor: %.1f pages/s wall clock,"
        + " %.1f pages/s projected with a free core per thread (%d cores available; system load average %.1f)%n",
        threads, parallel.wall(), parallel.projected(), Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("Published-date accuracy: not measurable here; ground-truth.json carries no dates"
        + " (only articleBody and url).");
    System.out.println(dateConsistency(new HtmlExtractor(), pages));
    if (Boolean.getBoolean("eval.worst")) printWorst(results.get(0), pages);
  }

  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_-]|$)");

  /**
   * A consistency check, not an accuracy figure: on pages whose URL carries a date, how often the
   * chosen publication date falls within a day of it (a day either way for time zones).
   */
  static String dateConsistency(HtmlExtractor extractor, List<BenchmarkPage> pages) {
    int withDate = 0;
    int urlDated = 0;
    int agreeing = 0;
    for (BenchmarkPage page : pages) {
      Extraction x = extractor.extract(new Page(page.html(), null, page.url(), Instant.now()));
      if (x.published() != null) withDate++;
      Matcher m = page.url() == null ? null : URL_DATE.matcher(page.url());
      if (m == null || !m.find() || x.published() == null) continue;
      urlDated++;
      LocalDate fromUrl = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (Math.abs(ChronoUnit.DAYS.between(fromUrl, x.published().toLocalDate())) <= 1) agreeing++;
    }
    return String.format(Locale.ROOT, "Published date found on %d of %d pages; consistency check (not accuracy):"
        + " within a day of the URL's date on %d of %d pages whose URL carries one.", withDate, pages.size(),
        agreeing, urlDated);
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
