package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.cli.eval.NearDuplicateBenchmark;
import org.crosscheck.cli.eval.StoryClusteringEvaluation;
import org.crosscheck.cli.eval.StoryEventsEvaluation;
import org.crosscheck.cli.eval.StoryLanguagesEvaluation;
import org.crosscheck.cli.eval.StoryThroughputBenchmark;
import org.crosscheck.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Parent of the evaluation commands; each measurement is a subcommand, added to the list below. */
@Command(name = "eval", description = "Measures components against evaluation data or generated streams.",
    subcommands = {
      EvalCommand.Stories.class,
      EvalCommand.StoryEvents.class,
      EvalCommand.StoryLanguages.class,
      EvalCommand.NearDuplicates.class,
      EvalCommand.StoriesThroughput.class,
      EvalCommand.Geoparsing.class,
      EvalCommand.Annotation.class,
      EvalCommand.Attribution.class,
      EvalCommand.Claims.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where evaluation data lives unless --dir says otherwise. */
  static Path sharedEval(String set) {
    return shared().resolve("eval").resolve(set);
  }

  /** The shared reference folder (evaluation sets, GeoNames dumps), never part of the repository. */
  static Path shared() {
    return Path.of(System.getProperty("crosscheck.shared", System.getenv().getOrDefault("CROSSCHECK_SHARED", "../shared")));
  }

  @Command(name = "stories", header = "Story clustering on ECB+: BCubed and pairwise P/R/F1.", description = {
      "Story clustering on ECB+ (eval/story-clustering): BCubed and pairwise P/R/F1 on the dev and test "
      + "splits and on all 982 documents, streamed in file order with the default settings, on the text's "
      + "features and the annotator's people, organisations and places (tagging takes a minute or two; see --cache)."})
  static final class Stories implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "The story-clustering data folder (default: <shared>/eval/story-clustering).")
    Path dir;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Mixin StoryEvalInputs inputs;

    @Override
    public Integer call() {
      StoryClusteringEvaluation.Result r = StoryClusteringEvaluation.evaluate(dir != null ? dir : sharedEval("story-clustering"),
          inputs.textOnly, inputs.cache, inputs.threads);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(r));
      } else {
        out.println("ECB+ story clustering, file order, default settings (chosen by cross-validation outside test), "
            + (inputs.textOnly ? "text features only" : "text features and annotations"));
        out.println("dev   " + r.dev().summary());
        out.println("test  " + r.test().summary());
        out.println("all   " + r.all().summary());
      }
      return 0;
    }
  }

  @Command(name = "story-events", header = "Story clustering on developing events with dates: BCubed per gold half.", description = {
      "Story clustering on our own dated multi-outlet reports (the claims gold texts, run from the repository "
      + "root): each half (blind, blind2, ...; dev for the rest) is read as ingest reads it and fed in date order "
      + "through ingest's story stage on its own; the gold events come from the file names (blind9-batken-wire.md "
      + "is event batken of half blind9; a round-up, or any report whose first word no other report of its half "
      + "shares, is an event of its own). Prints per half reports, events, stories, BCubed and pairwise scores, "
      + "then the totals over all reports."})
  static final class StoryEvents implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "The folder of gold reports (default: ${DEFAULT-VALUE}).")
    Path dir = StoryEventsEvaluation.DEFAULT_DIR;

    @Mixin StoryEvalInputs inputs;

    @Option(names = "--annotated", description = "Cluster on the text's features and the annotator's people and places, as ingest does (the default).")
    boolean annotated;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--details", description = "Instead of scores: every file of --dir in name order (as ingest reads a folder) "
        + "through the story stage, printing each report's candidate stories with the join model's inputs and probability.")
    boolean details;

    @Option(names = "--by-date", description = "With --details: feed the reports in publication order (as the scores do) instead of name order.")
    boolean byDate;

    @Override
    public Integer call() {
      if (inputs.textOnly && annotated) throw new CommandLine.ParameterException(spec.commandLine(), "--text-only and --annotated exclude each other");
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + dir + " (run from the repository root, or give --dir)");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (details) {
        StoryEventsEvaluation.details(dir, inputs.textOnly, inputs.cache, inputs.threads, byDate, out);
        return 0;
      }
      StoryEventsEvaluation.Result r = StoryEventsEvaluation.evaluate(dir, inputs.textOnly, inputs.cache, inputs.threads);
      if (json) {
        out.println(Json.toPrettyString(r));
        return 0;
      }
      out.println("Developing events in " + dir + ", each half its own stream in date order, ingest's story stage, "
          + (inputs.textOnly ? "text features only" : "text features and annotations"));
      for (StoryEventsEvaluation.HalfScores h : r.halves()) out.println(h.summary());
      out.println(r.total().summary());
      return 0;
    }
  }

  @Command(name = "story-languages", header = "Reports in other languages: do they join their event's story?", description = {
      "Our short reports in French, Spanish and Portuguese (run from the repository root), each fed with the claims "
      + "gold reports of its half, in date order, through ingest's story stage: counts those that join the story of "
      + "their event, a wrong story or none, and those about events no gold report tells that stay alone. Only reports "
      + "the language guesser reads as English (or cannot tell) are annotated, as in ingest. Also prints the BCubed "
      + "scores of the gold reports of those halves with and without ours among them."})
  static final class StoryLanguages implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Our reports in other languages (default: ${DEFAULT-VALUE}).")
    Path dir = StoryLanguagesEvaluation.DEFAULT_DIR;

    @Option(names = "--details", description = "Also print each story as the gold events of its reports (ours starred), with ours and without.")
    boolean details;

    @Option(names = "--gold", paramLabel = "DIR", description = "The claims gold reports (default: ${DEFAULT-VALUE}).")
    Path gold = StoryEventsEvaluation.DEFAULT_DIR;

    @Mixin StoryEvalInputs inputs;

    @Override
    public Integer call() {
      for (Path d : List.of(dir, gold)) {
        if (!Files.isDirectory(d)) throw new CommandLine.ParameterException(spec.commandLine(), "no folder " + d + " (run from the repository root)");
      }
      PrintWriter out = spec.commandLine().getOut();
      StoryLanguagesEvaluation.Result r = StoryLanguagesEvaluation.evaluate(dir, gold, inputs.textOnly, inputs.cache, inputs.threads, details ? out : null);
      for (StoryLanguagesEvaluation.Outcome o : r.outcomes()) {
        out.printf(Locale.ROOT, "%-6s %-8s %-11s %-5s %s%s%n", o.half(), o.verdict(), o.event(), o.eventInGold() ? "gold" : "other",
            o.file().length() > 60 ? o.file().substring(0, 60) : o.file(), o.storyEvents().isEmpty() ? "" : "  (story: " + String.join(", ", o.storyEvents()) + ")");
      }
      out.println(r.summary());
      out.println(r.goldWith().summary());
      out.println(r.goldWithout().summary());
      return 0;
    }
  }

  @Command(name = "near-duplicates", header = "Near-duplicate detection on generated copies: precision and recall.", description = {
      "Near-duplicate detection on generated copies at several edit rates and headline variants: "
      + "precision and recall per kind of copy, and originals wrongly linked to one another."})
  static final class NearDuplicates implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--originals", defaultValue = "1000", description = "Originals to generate (default ${DEFAULT-VALUE}).")
    int originals;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed.")
    long seed;

    @Override
    public Integer call() {
      if (originals < 1) throw new IllegalArgumentException("--originals must be positive");
      NearDuplicateBenchmark.Result r = NearDuplicateBenchmark.run(originals, seed);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "near-duplicates: %d originals (seed %d), default detector%n", r.originals(), seed);
      for (NearDuplicateBenchmark.Row row : r.rows()) {
        out.printf(Locale.ROOT, "%-9s copies %5d  linked %5d  precision %.3f  recall %.3f%n", row.variant(),
            row.copies(), row.linked(), row.precision(), row.recall());
      }
      out.printf(Locale.ROOT, "originals wrongly linked to another original: %d of %d%n", r.originalsLinked(), r.originals());
      return 0;
    }
  }

  @Command(name = "stories-throughput", header = "Clustering throughput with many live stories, and the heap used.", description = {
      "Clustering throughput with many live stories on a generated stream, and the heap used after."})
  static final class StoriesThroughput implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--stories", defaultValue = "100000", description = "Live stories (default ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--articles", defaultValue = "50000", description = "Articles timed once they are live (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "7", description = "Generator seed.")
    long seed;

    @Override
    public Integer call() {
      if (stories < 1 || articles < 1) throw new IllegalArgumentException("--stories and --articles must be positive");
      StoryThroughputBenchmark.Result r = StoryThroughputBenchmark.run(stories, articles, seed);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "opening %d stories: %.0f articles/s%n", r.seedArticles(), r.seedPerSecond());
      // Wall-clock speed suffers when others share the cores; CPU time of the clustering thread does not.
      out.printf(Locale.ROOT, "%d articles with %d live stories: %.0f articles/s, %.0f per CPU second (%d joined a story)%n",
          r.articles(), r.liveStories(), r.articlesPerSecond(), r.articlesPerCpuSecond(), r.joined());
      out.printf(Locale.ROOT, "heap used after GC: %d MB (max heap %d MB, %d cores); vocabulary %d terms, %d names%n",
          r.heapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
          r.termKeys(), r.entityKeys());
      return 0;
    }
  }

  /**
   * The NLP and claims evaluations keep their own argument parsing (they also run from an IDE);
   * these commands hand the arguments over, adding the shared data when the arguments name none.
   */
  abstract static class PassThrough implements Callable<Integer> {
    @Unmatched List<String> args = new ArrayList<>();

    /** Whether one argument names the data to evaluate (not an option or an option's value). */
    abstract boolean isData(String arg);

    /** The data to evaluate when the arguments name none. */
    abstract List<String> defaultData();

    abstract void run(String[] args) throws Exception;

    @Override
    public Integer call() throws Exception {
      List<String> all = new ArrayList<>(args);
      if (args.stream().noneMatch(this::isData)) all.addAll(defaultData());
      run(all.toArray(String[]::new));
      return 0;
    }
  }

  @Command(name = "geoparsing", header = "Toponym recognition and resolution on LGL and GeoWebNews.", description = {
      "Toponym recognition and resolution on LGL and GeoWebNews (eval/geoparsing): P/R/F1, Acc@161km, "
      + "mean and median error, end to end. Options: [--gazetteer FILE] [--threads N] [--cache DIR] [CORPUS.jsonl...]."})
  static final class Geoparsing extends PassThrough {
    @Override
    boolean isData(String arg) {
      return arg.endsWith(".jsonl");
    }

    @Override
    List<String> defaultData() {
      Path dir = sharedEval("geoparsing");
      return List.of(dir.resolve("lgl.jsonl").toString(), dir.resolve("geowebnews.jsonl").toString());
    }

    @Override
    void run(String[] args) throws Exception {
      org.crosscheck.nlp.eval.GeoparsingEvaluation.main(args);
    }
  }

  @Command(name = "annotation", header = "Throughput of the whole annotation step, model load time and heap.", description = {
      "Throughput of the whole annotation step (tokens, sentences, entities, dates, places, attribution) "
      + "on GeoWebNews texts. Options: [--threads N] [--articles N] [--tokens N] [CORPUS.jsonl]."})
  static final class Annotation extends PassThrough {
    @Override
    boolean isData(String arg) {
      return arg.endsWith(".jsonl");
    }

    @Override
    List<String> defaultData() {
      return List.of(sharedEval("geoparsing").resolve("geowebnews.jsonl").toString());
    }

    @Override
    void run(String[] args) throws Exception {
      org.crosscheck.nlp.eval.AnnotationBenchmark.main(args);
    }
  }

  @Command(name = "attribution", header = "Quote and source attribution on PolNeAR: F1 and speaker accuracy.", description = {
      "Quote and source attribution on PolNeAR (eval/attribution): source, cue and content F1, speaker "
      + "accuracy for direct quotes. Options: [--split dev|train] [--limit N] [--show N] [--cache DIR] [DIR]."})
  static final class Attribution extends PassThrough {
    /** A PolNeAR folder holds the splits; a cache folder given to --cache does not. */
    @Override
    boolean isData(String arg) {
      return !arg.startsWith("--") && Files.isDirectory(Path.of(arg, "dev"));
    }

    @Override
    List<String> defaultData() {
      return List.of(sharedEval("attribution").toString());
    }

    @Override
    void run(String[] args) throws Exception {
      org.crosscheck.nlp.eval.AttributionEvaluation.main(args);
    }
  }

  @Command(name = "claims", header = "Claim extraction and cross-check status on our gold set.", description = {
      "Claim extraction and cross-check status on our gold set (run from the repository root: the gold "
      + "set lives in the sources). Options: [--show HALVES] [--cache DIR] [--seconds N] (0: no throughput run) [--rules-only] (the claim rules without the learned spotter)."})
  static final class Claims extends PassThrough {
    @Override
    boolean isData(String arg) {
      return arg.equals("--shared");
    }

    @Override
    List<String> defaultData() {
      return List.of("--shared", shared().toString());
    }

    @Override
    void run(String[] args) throws Exception {
      org.crosscheck.claims.eval.ClaimsEvaluation.main(args);
    }
  }
}
