package org.crosscheck.cli.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.InputSource;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.ingest.ReaderChooser;
import org.crosscheck.ingest.Readers;
import org.crosscheck.model.Article;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.ArticleFeatures;
import org.crosscheck.stories.Assignment;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.JoinModel;
import org.crosscheck.stories.StoryClusterer;
import org.crosscheck.stories.DuplicateDetector;
import org.crosscheck.stories.FeatureExtractor;
import org.crosscheck.stories.StoryPipeline;
import org.crosscheck.stories.StoryStore;
import org.crosscheck.stories.TextFeatureExtractor;

/**
 * Story clustering on developing events with dates: the claims gold reports ({@code
 * gold/own/*.md}, Markdown with YAML front matter), each half a stream of its own, read as ingest
 * reads them, fed in publication order through the story stage ingest uses ({@link StoryPipeline}
 * with its duplicate detector), and scored against the events their file names give with BCubed
 * and pairwise P/R/F1 ({@link ClusteringScores}).
 *
 * <p>Gold from the file name: {@code blind9-batken-wire.md} is half {@code blind9}, event {@code
 * batken} (the first word after the half). Files without a {@code blindN-} prefix form the half
 * {@code dev}, grouped by their first word ({@code kamaran-houthi-denial.md} is event {@code
 * kamaran}). A round-up's first word ({@code conflict}, {@code weekly}, {@code security}) is shared
 * with no other report of its half, so it is an event of its own; so is any one-report event. Two
 * spellings of one place in two names ({@code seversk}, {@code siversk}) are two events: the rule
 * reads names, not texts.
 *
 * <p>With annotations (the default) the stories are clustered as ingest with analysis clusters
 * them: the annotator's people and places, read against each report's publication date, added to
 * the text's features, with {@link ClusteringConfig#annotated()}; text only is ingest {@code
 * --no-analyze}.
 */
public final class StoryEventsEvaluation {
  /** Where the gold reports live, from the repository root. */
  public static final Path DEFAULT_DIR = Path.of("crosscheck-claims/src/test/resources/org/crosscheck/claims/gold/own");

  /** The half of reports without a {@code blindN-} prefix. */
  static final String DEV = "dev";

  private static final Pattern HALF = Pattern.compile("(blind\\d*)-(.+)");

  /** One report, with the half and gold event its file name gives. */
  record Report(Article article, String half, String event) {}

  /** A half's scores; the look-alikes are its events, any two of which should stay apart. */
  public record HalfScores(String half, ClusteringScores clustering, LookAlikeMerges merges) {
    public String summary() {
      return String.format(java.util.Locale.ROOT, "%-7s reports %3d  events %2d  stories %2d  BCubed P %.3f R %.3f F1 %.3f  pairwise F1 %.3f  events merged %d/%d",
          half, clustering.documents(), clustering.goldClusters(), clustering.predictedClusters(), clustering.bcubedPrecision(),
          clustering.bcubedRecall(), clustering.bcubedF1(), clustering.pairwiseF1(), merges.merged(), merges.pairs());
    }
  }

  /** Per half in name order (blind, blind2, ..., dev last), and micro over all reports. */
  public record Result(List<HalfScores> halves, HalfScores total) {}

  private StoryEventsEvaluation() {}

  /** Half and event of a gold report's file name ("blind9-batken-wire.md" is blind9/batken). */
  record Label(String half, String event) {}

  static Label label(String fileName) {
    String stem = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    Matcher m = HALF.matcher(stem);
    String half = m.matches() ? m.group(1) : DEV;
    String rest = m.matches() ? m.group(2) : stem;
    int cut = rest.indexOf('-');
    return new Label(half, cut < 0 ? rest : rest.substring(0, cut));
  }

  /**
   * Reads every {@code *.md} in {@code dir} as ingest would (the reader chosen by content); a file
   * that cannot be read is reported to {@code skipped} and left out.
   */
  static List<Report> read(Path dir, Consumer<String> skipped) {
    return read(dir, ".md", skipped);
  }

  /**
   * Reads every file under {@code dir}, in its folders too, whose name ends with {@code suffix} (""
   * for all), in path order as ingest reads a folder; hidden files and folders are left out.
   */
  static List<Report> read(Path dir, String suffix, Consumer<String> skipped) {
    ReaderChooser readers = Readers.standard(new HtmlExtractor());
    List<Path> files;
    try (Stream<Path> listing = Files.walk(dir)) {
      files = listing.filter(Files::isRegularFile).filter(f -> !hidden(dir, f))
          .filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    List<Report> reports = new ArrayList<>();
    for (Path f : files) {
      Label label = label(f.getFileName().toString());
      List<Article> found = new ArrayList<>();
      try {
        InputSource source = InputSource.ofFile(f);
        readers.choose(source).read(source, ArticleSink.of(found::add, (location, reason) -> skipped.accept(location + ": " + reason)));
      } catch (IOException | RuntimeException e) {
        skipped.accept(f + ": " + e.getMessage());
        continue;
      }
      for (Article a : found) reports.add(new Report(a, label.half(), label.event()));
    }
    return reports;
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
    return false;
  }

  /** Reads the reports in {@code dir} and scores them, with annotations unless {@code textOnly}. */
  public static Result evaluate(Path dir, boolean textOnly, Path cache, int threads) {
    List<Report> reports = read(dir, reason -> System.err.println("skipped " + reason));
    FeatureExtractor features = textOnly ? TextFeatureExtractor.english()
        : StoryClusteringEvaluation.analysed(reports.stream().map(Report::article).toList(), "story-events", cache, threads);
    return evaluate(reports, StoryClusteringEvaluation.config(textOnly), features);
  }

  /**
   * Prints, for each report under {@code dir} (every file, its folders too, in path order as ingest reads a folder),
   * what the story stage did with it: a copy filed with its original, or each live candidate story
   * with its topical similarity (after the salience factor), the join model's probability and its
   * non-zero inputs, then the story chosen (only reports the language guesser reads as English, or
   * cannot tell, are annotated, as in ingest). For reading why reports split or merge. {@code byDate}
   * feeds them in publication order instead, as {@link #evaluate} does.
   */
  public static void details(Path dir, boolean textOnly, Path cache, int threads, boolean byDate, java.io.PrintWriter out) {
    OutletNames outlets = OutletNames.inMemory();
    List<Report> reports = read(dir, "", reason -> out.println("skipped " + reason));
    if (reports.isEmpty()) {
      out.println("no reports found under " + dir);
      out.flush();
      return;
    }
    List<Article> articles = (byDate ? inDateOrder(reports) : reports).stream().map(r -> outlets.normalize(r.article())).toList();
    FeatureExtractor features = textOnly ? TextFeatureExtractor.english()
        : StoryClusteringEvaluation.analysed(StoryLanguagesEvaluation.analysable(articles), "story-details", cache, threads);
    ClusteringConfig config = StoryClusteringEvaluation.config(textOnly);
    DuplicateDetector duplicates = DuplicateDetector.withDefaults();
    StoryClusterer clusterer = new StoryClusterer(config, s -> { });
    Map<String, String> titleOfStory = new LinkedHashMap<>();
    for (Article a : articles) {
      out.printf("%s  %s  %.70s%n", a.published(), a.id(), a.title());
      var links = duplicates.add(a).links();
      ArticleFeatures f = features.extract(a);
      if (!links.isEmpty() && clusterer.attach(f, links.getFirst()).isPresent()) {
        out.println("  filed as a copy (" + links.getFirst().kind() + ")");
        continue;
      }
      Assignment assigned = clusterer.add(f, (id, candidates) -> {
        int pick = StoryClusterer.likeliest(config, candidates);
        for (StoryClusterer.Candidate c : candidates) {
          out.printf(java.util.Locale.ROOT, "  %s story %.40s  sim %.3f%s  p %.3f %s%n", c.storyId().substring(0, 8),
              titleOfStory.get(c.storyId()), c.similarity(), c.similarity() < config.minSimilarity() ? " (under the gate)" : "",
              c.probability(), JoinModel.describe(c.features()));
        }
        return pick;
      });
      titleOfStory.putIfAbsent(assigned.storyId(), a.title());
      out.println(assigned.newStory() ? "  -> opens " + assigned.storyId().substring(0, 8)
          : "  -> joins " + assigned.storyId().substring(0, 8) + (assigned.mergedStoryIds().isEmpty() ? "" : ", merging " + assigned.mergedStoryIds()));
    }
    out.println(clusterer.liveCount() + " stories");
    out.flush();
  }

  /** The gold reports of {@code dir} by half (name order), each half in publication order as {@link #cluster} feeds it. */
  static List<List<Report>> halves(List<Report> reports) {
    Map<String, List<Report>> byHalf = new TreeMap<>(Comparator.comparing((String h) -> h.equals(DEV))
        .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    for (Report r : reports) byHalf.computeIfAbsent(r.half(), h -> new ArrayList<>()).add(r);
    return byHalf.values().stream().map(StoryEventsEvaluation::inDateOrder).toList();
  }

  private static List<Report> inDateOrder(List<Report> half) {
    return half.stream().sorted(Comparator
        .comparing((Report r) -> r.article().published() == null ? null : r.article().published().toInstant(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.article().id())).toList();
  }

  /**
   * The story stage of a fresh run held in memory (duplicate detector, copies filed with their
   * original's story, the rest clustered), each half its own stream: what {@link #evaluate} measures
   * without a story store, fast enough to score inside a cross-validation. Returns the scores over
   * all the halves' reports and their merged event pairs.
   */
  static HalfScores scoreInMemory(List<List<Report>> halves, ClusteringConfig config, FeatureExtractor features) {
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    predictInMemory(halves, config, features, gold, predicted);
    return scores("total", gold, predicted);
  }

  /** Adds each report's gold event and predicted story, both keyed by {@link #key}, as {@link #scoreInMemory} clusters them. */
  static void predictInMemory(List<List<Report>> halves, ClusteringConfig config, FeatureExtractor features,
      Map<String, String> gold, Map<String, String> predicted) {
    predictInMemory(halves, config, features, gold, predicted, (id, candidates) -> StoryClusterer.likeliest(config, candidates));
  }

  /** As above, each clustered report placed by {@code chooser} (which may print what it sees). */
  static void predictInMemory(List<List<Report>> halves, ClusteringConfig config, FeatureExtractor features,
      Map<String, String> gold, Map<String, String> predicted, StoryClusterer.Chooser chooser) {
    for (List<Report> half : halves) {
      OutletNames outlets = OutletNames.inMemory();
      DuplicateDetector duplicates = DuplicateDetector.withDefaults();
      List<org.crosscheck.stories.Story> closed = new ArrayList<>();
      StoryClusterer clusterer = new StoryClusterer(config, closed::add);
      for (Report r : half) {
        Article a = outlets.normalize(r.article());
        gold.put(key(r), r.half() + "/" + r.event());
        var links = duplicates.add(a).links();
        ArticleFeatures f = features.extract(a);
        if (!links.isEmpty() && clusterer.attach(f, links.getFirst()).isPresent()) continue;
        clusterer.add(f, chooser);
      }
      clusterer.closeAll();
      String halfName = half.isEmpty() ? "" : half.getFirst().half();
      for (var s : closed) for (String id : s.articleIds()) predicted.put(halfName + "/" + id, halfName + "/" + s.id());
    }
  }

  /**
   * A half as fitting data: its reports in publication order, outlets named as ingest names them,
   * less those the duplicate detector ties to an earlier report (the story stage files those
   * without asking the clusterer), each labelled with its gold event.
   */
  static List<Article> clusteredArticles(List<Report> half, Map<String, String> goldOf) {
    OutletNames outlets = OutletNames.inMemory();
    DuplicateDetector duplicates = DuplicateDetector.withDefaults();
    List<Article> out = new ArrayList<>();
    for (Report r : half) {
      Article a = outlets.normalize(r.article());
      if (!duplicates.add(a).links().isEmpty()) continue;
      goldOf.put(a.id(), r.half() + "/" + r.event());
      out.add(a);
    }
    return out;
  }

  static Result evaluate(List<Report> reports, ClusteringConfig config, FeatureExtractor features) {
    Map<String, List<Report>> byHalf = new TreeMap<>(Comparator.comparing((String h) -> h.equals(DEV))
        .thenComparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    for (Report r : reports) byHalf.computeIfAbsent(r.half(), h -> new ArrayList<>()).add(r);
    Map<String, String> allGold = new LinkedHashMap<>();
    Map<String, String> allPredicted = new LinkedHashMap<>();
    List<HalfScores> halves = new ArrayList<>();
    for (var half : byHalf.entrySet()) {
      Map<String, String> gold = new LinkedHashMap<>();
      for (Report r : half.getValue()) gold.put(key(r), half.getKey() + "/" + r.event());
      Map<String, String> predicted = new LinkedHashMap<>();
      cluster(half.getValue(), config, features).forEach((k, story) -> predicted.put(k, half.getKey() + "/" + story));
      halves.add(scores(half.getKey(), gold, predicted));
      allGold.putAll(gold);
      allPredicted.putAll(predicted);
    }
    return new Result(halves, scores("total", allGold, allPredicted));
  }

  /** Reports are told apart by half and id: two halves may carry one URL. */
  private static String key(Report r) {
    return r.half() + "/" + r.article().id();
  }

  static HalfScores scores(String name, Map<String, String> gold, Map<String, String> predicted) {
    return new HalfScores(name, ClusteringScores.of(gold, predicted),
        LookAlikeMerges.of(gold, predicted, event -> event.substring(0, event.indexOf('/'))));
  }

  /**
   * One half as one stream: its reports in publication order (undated last, then by id) through
   * a fresh story stage over a throwaway story store, as a first ingest into an empty data
   * directory runs them. Returns each report's story by {@link #key}.
   */
  private static Map<String, String> cluster(List<Report> half, ClusteringConfig config, FeatureExtractor features) {
    OutletNames outlets = OutletNames.inMemory();
    List<Report> ordered = half.stream().sorted(Comparator
        .comparing((Report r) -> r.article().published() == null ? null : r.article().published().toInstant(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.article().id())).toList();
    Path dir = null;
    try {
      dir = Files.createTempDirectory("crosscheck-story-events");
      Map<String, String> stories = new LinkedHashMap<>();
      try (StoryStore store = LuceneStoryStore.open(dir)) {
        StoryPipeline stage = StoryPipeline.open(store, dir.resolve("stories").resolve("state.bin"), config, features,
            DuplicateDetector.withDefaults());
        for (Report r : ordered) stage.accept(outlets.normalize(r.article()), false);
        stage.commit();
        for (Report r : ordered) {
          String id = r.article().id();
          stories.put(key(r), store.storyOf(id).map(s -> s.id()).orElseThrow(() -> new IllegalStateException("no story holds " + id)));
        }
      }
      return stories;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the story stage in " + dir, e);
    } finally {
      if (dir != null) deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not remove the temporary folder " + dir + ": " + e.getMessage());
    }
  }
}
