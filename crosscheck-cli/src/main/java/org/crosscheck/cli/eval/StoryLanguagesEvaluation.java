package org.crosscheck.cli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.model.Article;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.FeatureExtractor;
import org.crosscheck.stories.JoinModel;
import org.crosscheck.stories.StoryClusterer;
import org.crosscheck.stories.TextFeatureExtractor;

/**
 * Reports in other languages beside the English stories of their event: each report of {@code
 * dir} (named as the claims gold names its reports, {@code blind15-bouake-fr-outlet.md}) is fed,
 * in publication order, with the claims gold reports of its half through the story stage as
 * {@link StoryEventsEvaluation} feeds them, and counted as joining the right story (one holding a
 * gold report of its event), a wrong one (other reports, none of its event) or none. A report
 * whose event no gold report tells is right when it stays alone. As in ingest, only the reports
 * the language guesser does not read as another language than English are annotated.
 */
public final class StoryLanguagesEvaluation {
  /** Where our reports in other languages live, from the repository root. */
  public static final Path DEFAULT_DIR = Path.of("crosscheck-core/src/test/resources/org/crosscheck/stories/other-languages");

  /** What became of one report in another language. */
  public record Outcome(String file, String half, String event, boolean eventInGold, String verdict, List<String> storyEvents) {}

  /**
   * The outcomes, and the BCubed scores of the gold reports of the halves used, clustered with
   * the reports in other languages among them: these must not fall.
   */
  public record Result(List<Outcome> outcomes, int joinedRight, int joinedWrong, int alone, int aloneRight,
      StoryEventsEvaluation.HalfScores goldWith, StoryEventsEvaluation.HalfScores goldWithout) {
    public String summary() {
      int inGold = (int) outcomes.stream().filter(Outcome::eventInGold).count();
      return String.format(Locale.ROOT,
          "reports of gold events %d: joined the right story %d, a wrong one %d, none %d | reports of other events %d: alone %d, joined one %d",
          inGold, joinedRight, outcomes.stream().filter(o -> o.eventInGold() && o.verdict().equals("wrong")).count(),
          outcomes.stream().filter(o -> o.eventInGold() && o.verdict().equals("alone")).count(),
          outcomes.size() - inGold, aloneRight, outcomes.size() - inGold - aloneRight);
    }
  }

  private StoryLanguagesEvaluation() {}

  /**
   * Scores the reports of {@code dir} against the gold of {@code goldDir}. With {@code out}, also
   * prints the candidate stories of each of ours and each story as the gold events of its reports
   * (ours starred), with ours and without.
   */
  public static Result evaluate(Path dir, Path goldDir, boolean textOnly, Path cache, int threads, java.io.PrintWriter out) {
    List<StoryEventsEvaluation.Report> ours = StoryEventsEvaluation.read(dir, ".md", reason -> System.err.println("skipped " + reason))
        .stream().filter(r -> !r.event().equalsIgnoreCase("README")).toList();
    Set<String> halvesUsed = ours.stream().map(StoryEventsEvaluation.Report::half).collect(Collectors.toCollection(TreeSet::new));
    List<StoryEventsEvaluation.Report> gold = StoryEventsEvaluation.read(goldDir, reason -> System.err.println("skipped " + reason))
        .stream().filter(r -> halvesUsed.contains(r.half())).toList();
    List<StoryEventsEvaluation.Report> all = new ArrayList<>(gold);
    all.addAll(ours);
    // Ingest analyses only what the guesser does not read as another language; the rest is clustered on its text.
    List<Article> analysable = analysable(all.stream().map(StoryEventsEvaluation.Report::article).toList());
    FeatureExtractor features = textOnly ? TextFeatureExtractor.english()
        : StoryClusteringEvaluation.analysed(analysable, "story-languages", cache, threads);
    ClusteringConfig config = StoryClusteringEvaluation.config(textOnly);

    Map<String, String> goldEvent = new LinkedHashMap<>();
    Map<String, String> predicted = new LinkedHashMap<>();
    Set<String> ourIds = ours.stream().map(r -> r.article().id()).collect(Collectors.toSet());
    Map<String, String> titles = all.stream().collect(Collectors.toMap(r -> r.article().id(), r -> r.half() + "/" + r.event(), (a, b) -> a));
    StoryClusterer.Chooser chooser = (id, candidates) -> {
      int pick = StoryClusterer.likeliest(config, candidates);
      if (out != null && ourIds.contains(id)) {
        out.println(titles.get(id) + (pick < 0 ? " (opens a story)" : ""));
        for (StoryClusterer.Candidate c : candidates) {
          out.printf(Locale.ROOT, "  %.8s%s sim %.3f p %.3f %s%n", c.storyId(), c.crossLanguage() ? " across languages" : "",
              c.similarity(), c.probability(), JoinModel.describe(c.features()));
        }
      }
      return pick;
    };
    StoryEventsEvaluation.predictInMemory(StoryEventsEvaluation.halves(all), config, features, goldEvent, predicted, chooser);
    Map<String, String> goldOnly = new LinkedHashMap<>();
    Map<String, String> predictedOnly = new LinkedHashMap<>();
    StoryEventsEvaluation.predictInMemory(StoryEventsEvaluation.halves(gold), config, features, goldOnly, predictedOnly);

    Set<String> goldEvents = gold.stream().map(r -> r.half() + "/" + r.event()).collect(Collectors.toSet());
    Set<String> ourKeys = ours.stream().map(r -> r.half() + "/" + r.article().id()).collect(Collectors.toSet());
    List<Outcome> outcomes = new ArrayList<>();
    int right = 0;
    int wrong = 0;
    int alone = 0;
    int aloneRight = 0;
    for (StoryEventsEvaluation.Report r : ours) {
      String key = r.half() + "/" + r.article().id();
      String event = r.half() + "/" + r.event();
      String story = predicted.get(key);
      List<String> others = predicted.entrySet().stream()
          .filter(e -> e.getValue().equals(story) && !e.getKey().equals(key)).map(e -> goldEvent.get(e.getKey())).toList();
      boolean inGold = goldEvents.contains(event);
      String verdict = others.isEmpty() ? "alone" : others.contains(event) && inGold ? "right" : "wrong";
      switch (verdict) {
        case "alone" -> alone++;
        case "right" -> right++;
        default -> wrong++;
      }
      if (!inGold && others.isEmpty()) aloneRight++;
      outcomes.add(new Outcome(r.article().title(), r.half(), r.event(), inGold, verdict,
          others.stream().map(e -> e.substring(e.indexOf('/') + 1)).distinct().sorted().toList()));
    }
    Map<String, String> goldOfGold = new LinkedHashMap<>(goldEvent);
    Map<String, String> predictedOfGold = new LinkedHashMap<>(predicted);
    goldOfGold.keySet().removeAll(ourKeys);
    predictedOfGold.keySet().removeAll(ourKeys);
    if (out != null) {
      printStories(out, "with ours", goldEvent, predicted, ourKeys);
      printStories(out, "gold alone", goldOnly, predictedOnly, Set.of());
    }
    return new Result(outcomes, right, wrong, alone, aloneRight,
        StoryEventsEvaluation.scores("gold, with ours", goldOfGold, predictedOfGold),
        StoryEventsEvaluation.scores("gold alone", goldOnly, predictedOnly));
  }

  private static void printStories(java.io.PrintWriter out, String title, Map<String, String> gold, Map<String, String> predicted, Set<String> ours) {
    out.println("stories, " + title + ":");
    Map<String, List<String>> byStory = new LinkedHashMap<>();
    predicted.forEach((k, story) -> byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(gold.get(k) + (ours.contains(k) ? "*" : "")));
    byStory.values().forEach(events -> out.println("  " + String.join(" ", events)));
  }

  /** The articles ingest would analyse: those the language guesser reads as English or cannot tell. */
  static List<Article> analysable(List<Article> articles) {
    LanguageGuesser languages = LanguageGuesser.defaults();
    return articles.stream().filter(a -> {
      String language = languages.guess(a.text());
      return language == null || language.equals("en");
    }).toList();
  }
}
