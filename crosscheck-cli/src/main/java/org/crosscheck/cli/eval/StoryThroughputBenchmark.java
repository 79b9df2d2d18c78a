package org.crosscheck.cli.eval;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.crosscheck.stories.ArticleFeatures;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.StoryClusterer;

/**
 * Throughput of the clustering step with many live stories. Synthetic features: each story has
 * its own rare terms and names; an article carries a share of its story's terms and names plus
 * Zipf-distributed common terms. First {@code stories} articles each open a story (all within the
 * open window); then {@code articles} more arrive, 80% follow-ups of random stories and 20% new
 * stories, while {@code maxLiveStories} keeps the live count at {@code stories}. Features are
 * generated before timing, in batches, so only {@link StoryClusterer#add} is timed.
 *
 * <pre>java -Xmx2g -cp ... org.crosscheck.cli.eval.StoryThroughputBenchmark [stories] [articles]</pre>
 */
public final class StoryThroughputBenchmark {
  /** Figures of one run. */
  public record Result(int liveStories, int seedArticles, double seedPerSecond, int articles, double articlesPerSecond,
      int joined, long heapBytes, int termKeys, int entityKeys, double articlesPerCpuSecond) {}

  private StoryThroughputBenchmark() {}

  public static void main(String[] args) {
    int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int articles = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    Result r = run(stories, articles, 7);
    System.out.printf(Locale.ROOT, "opening %d stories: %.0f articles/s%n", r.seedArticles(), r.seedPerSecond());
    System.out.printf(Locale.ROOT, "%d articles with %d live stories: %.0f articles/s, %.0f per CPU second (%d joined a story)%n",
        r.articles(), r.liveStories(), r.articlesPerSecond(), r.articlesPerCpuSecond(), r.joined());
    System.out.printf(Locale.ROOT, "heap used after GC: %d MB; vocabulary %d terms, %d names%n", r.heapBytes() / (1024 * 1024),
        r.termKeys(), r.entityKeys());
  }

  public static Result run(int stories, int articles, long seed) {
    Generator g = new Generator(new Random(seed));
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults().withMaxLiveStories(stories), s -> { });
    long seedNanos = 0;
    for (int done = 0; done < stories; ) {
      List<ArticleFeatures> batch = new ArrayList<>();
      for (int i = 0; i < 10_000 && done + i < stories; i++) batch.add(g.article(g.newStory()));
      long t0 = System.nanoTime();
      for (ArticleFeatures f : batch) clusterer.add(f);
      seedNanos += System.nanoTime() - t0;
      done += batch.size();
    }
    long nanos = 0;
    long cpuNanos = 0;
    var threads = ManagementFactory.getThreadMXBean();
    int joined = 0;
    for (int done = 0; done < articles; ) {
      List<ArticleFeatures> batch = new ArrayList<>();
      for (int i = 0; i < 10_000 && done + i < articles; i++) {
        batch.add(g.article(g.random.nextDouble() < 0.8 ? g.recentStory(stories) : g.newStory()));
      }
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      for (ArticleFeatures f : batch) if (!clusterer.add(f).newStory()) joined++;
      nanos += System.nanoTime() - t0;
      cpuNanos += threads.getCurrentThreadCpuTime() - c0;
      done += batch.size();
    }
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new Result(clusterer.liveCount(), stories, stories / (seedNanos / 1e9), articles, articles / (nanos / 1e9),
        joined, heap, clusterer.vocabularySizes()[0], clusterer.vocabularySizes()[1], articles / (cpuNanos / 1e9));
  }

  /** Seeded synthetic stream. */
  private static final class Generator {
    final Random random;
    private final List<String> common = new ArrayList<>();
    private int storyCount;
    private int articleCount;
    private final Instant start = Instant.parse("2025-01-01T00:00:00Z");

    Generator(Random random) {
      this.random = random;
      for (int i = 0; i < 50_000; i++) common.add("w" + i);
    }

    int newStory() {
      return storyCount++;
    }

    /** A story among the most recent {@code live}, so follow-ups hit live stories. */
    int recentStory(int live) {
      return Math.max(0, storyCount - 1 - random.nextInt(Math.min(live, storyCount)));
    }

    ArticleFeatures article(int story) {
      Map<String, Double> terms = new HashMap<>();
      for (int i = 0; i < 12; i++) if (random.nextDouble() < 0.7) terms.merge("s" + story + "t" + i, 1.0, Double::sum);
      for (int i = 0; i < 120; i++) {
        int rank = (int) Math.floor(Math.pow(common.size(), random.nextDouble())) - 1;
        terms.merge(common.get(rank), 1.0, Double::sum);
      }
      Map<String, Double> names = new HashMap<>();
      for (int i = 0; i < 4; i++) if (random.nextDouble() < 0.7) names.merge("s" + story + "n" + i, 1.0, Double::sum);
      int n = articleCount++;
      return new ArticleFeatures("a" + n, "article " + n, "outlet" + n % 500,
          start.plus(Duration.ofMillis(n * 10L)), terms, names, Map.of());
    }
  }
}
