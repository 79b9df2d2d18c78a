package org.crosscheck.nlp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.geo.Gazetteer;

/**
 * Throughput of the whole annotation step: model and gazetteer load time, articles per second
 * for articles of about 800 tokens (news texts from a JSON Lines corpus joined to at least that
 * length, then cut back to it at a sentence end), per wall second and per CPU second of the
 * annotating threads, and the heap in use after the run.
 *
 * <pre>AnnotationBenchmark [--threads N] [--articles N] [--tokens N] [--ner MODEL,...] CORPUS.jsonl</pre>
 */
public final class AnnotationBenchmark {

  private AnnotationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = 2;
    int articles = 200;
    int size = 800;
    Path corpus = null;
    NlpSettings settings = NlpSettings.defaults();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ner" -> settings = new NlpSettings(java.util.Arrays.asList(args[++i].split(",")));
        case "--tokens" -> size = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        default -> corpus = Path.of(args[i]);
      }
    }
    if (corpus == null) {
      System.err.println("usage: AnnotationBenchmark [--threads N] [--articles N] [--tokens N] [--ner MODEL,...] CORPUS.jsonl");
      System.exit(2);
    }
    List<String> texts = texts(GeoparsingEvaluation.read(corpus), size);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long loadCpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Annotator annotator = Annotator.load(settings, Gazetteer::loadDefault);
    double load = (System.nanoTime() - t0) / 1e9;
    double loadCpu = (os.getProcessCpuTime() - loadCpu0) / 1e9;
    // Warm up the JIT on a few articles before timing.
    for (int i = 0; i < Math.min(10, texts.size()); i++) annotator.annotate("w" + i, texts.get(i), null);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long tokens = 0;
    // CPU time of the annotating threads: on a machine others share, wall time says little.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.concurrent.atomic.LongAdder cpuNanos = new java.util.concurrent.atomic.LongAdder();
    long t1 = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      String text = texts.get(i % texts.size());
      tokens += text.split("\\s+").length;
      int n = i;
      runs.add(pool.submit(() -> {
        long c0 = cpu.getCurrentThreadCpuTime();
        annotator.annotate("a" + n, text, null);
        cpuNanos.add(cpu.getCurrentThreadCpuTime() - c0);
      }));
    }
    for (Future<?> f : runs) f.get();
    double seconds = (System.nanoTime() - t1) / 1e9;
    pool.shutdown();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    System.out.printf("settings: %s%n", settings);
    System.out.printf("load (CoreNLP models + default gazetteer): %.1f s, %.1f s of process CPU%n", load, loadCpu);
    System.out.printf("%d articles of %.0f whitespace tokens on average, %d threads: %.1f s, %.1f articles/s%n",
        articles, (double) tokens / articles, threads, seconds, articles / seconds);
    double perCpuSecond = articles / (cpuNanos.sum() / 1e9);
    System.out.printf("CPU time of the annotating threads: %.1f s, %.1f articles per CPU second (%.1f/s on %d idle cores)%n",
        cpuNanos.sum() / 1e9, perCpuSecond, perCpuSecond * threads, threads);
    System.out.printf("heap in use after GC: %d MB (max %d MB)%n", usedMb, rt.maxMemory() >> 20);
  }

  private static List<String> texts(List<GeoparsingEvaluation.Doc> docs, int tokens) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int count = 0;
    for (GeoparsingEvaluation.Doc d : docs) {
      current.append(d.text()).append("\n\n");
      count += d.text().split("\\s+").length;
      if (count >= tokens) {
        out.add(cut(current.toString(), tokens));
        current.setLength(0);
        count = 0;
      }
    }
    return out;
  }

  /** The text up to the last sentence end within its first {@code tokens} whitespace tokens. */
  static String cut(String text, int tokens) {
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\S+").matcher(text);
    int end = text.length();
    for (int n = 0; n < tokens; n++) {
      if (!token.find()) return text;
      end = token.end();
    }
    int sentence = Math.max(text.lastIndexOf(". ", end), text.lastIndexOf("\n", end));
    return text.substring(0, sentence > end / 2 ? sentence + 1 : end);
  }
}
