package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReanalysisTest {
  private static final String CURRENT = "0.2.0+cafe";

  @TempDir Path dir;

  private static Article article(String origin, String text) {
    return new ArticleBuilder(InputFormat.TEXT, origin).title("Report " + origin).paragraph(text).build();
  }

  /** An empty analysis of {@code a} as the analyser {@code fingerprint} (null: one that recorded none) would store it. */
  private static ArticleAnalysis analysis(Article a, String contentHash, String fingerprint) {
    return new ArticleAnalysis(a.id(), contentHash, a.title(), null, null, new Annotations(a.id(), List.of(), List.of(),
        List.of(), List.of(), List.of()), new Attributions(a.id(), List.of(), List.of()), List.of(), fingerprint);
  }

  @Test
  void articlesAnalysedByAnotherAnalyserOrChangedSinceAreAnalysedAgainAndUpToDateOnesLeftAlone() throws IOException {
    Article current = article("/in/current.txt", "Analysed by this Crosscheck.");
    Article older = article("/in/older.txt", "Analysed by last week's Crosscheck.");
    Article unrecorded = article("/in/unrecorded.txt", "Analysed before analyses said what made them.");
    Article changed = article("/in/changed.txt", "Changed since its analysis.");
    Article never = article("/in/never.txt", "Stored without analysis.");
    try (Store articles = LuceneStore.open(dir);
        AnalysisStore analyses = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      for (Article a : List.of(current, older, unrecorded, changed, never)) articles.put(a);
      articles.commit();
      analyses.put(analysis(current, current.contentHash(), CURRENT));
      analyses.put(analysis(older, older.contentHash(), "0.1.0+beef"));
      analyses.put(analysis(unrecorded, unrecorded.contentHash(), null));
      analyses.put(analysis(changed, "an earlier version", CURRENT));
      assertThat(analyses.countMadeByOthers(CURRENT)).isEqualTo(2);

      List<String> asked = new ArrayList<>();
      Reanalysis.Step step = a -> {
        asked.add(a.origin());
        ArticleAnalysis made = analysis(a, a.contentHash(), CURRENT);
        analyses.put(made);
        return Optional.of(made);
      };
      Reanalysis.Counts counts = Reanalysis.run(articles, analyses, CURRENT, step, false, Reanalysis.Progress.NONE);

      assertThat(asked).containsExactlyInAnyOrder(older.origin(), unrecorded.origin(), changed.origin(), never.origin());
      assertThat(counts).isEqualTo(new Reanalysis.Counts(5, 5, 1, 2, 2));
      assertThat(analyses.countMadeByOthers(CURRENT)).isZero();
      for (Article a : List.of(current, older, unrecorded, changed, never)) {
        assertThat(Reanalysis.state(a, analyses, CURRENT)).as(a.origin()).isEqualTo(Reanalysis.State.UP_TO_DATE);
      }

      asked.clear();
      assertThat(Reanalysis.run(articles, analyses, CURRENT, step, false, Reanalysis.Progress.NONE))
          .isEqualTo(new Reanalysis.Counts(5, 5, 5, 0, 0));
      assertThat(asked).isEmpty();
      assertThat(Reanalysis.run(articles, analyses, "0.3.0+f00d", step, false, Reanalysis.Progress.NONE).olderAnalyser())
          .as("a newer analyser finds every analysis out of date").isEqualTo(5);
    }
  }

  @Test
  void aReportTheStageTurnedDownIsUpToDateAndNotAskedAgain() throws IOException {
    Article huge = article("/in/huge.txt", "word ".repeat(Analyzer.MAX_TEXT_CHARS / 5 + 1));
    Analyzer never = new Analyzer(() -> {
      throw new AssertionError("a text over the limit never reaches the models");
    }, new Attributor(), () -> {
      throw new AssertionError("nor the claims");
    }, CURRENT);
    try (Store articles = LuceneStore.open(dir);
        AnalysisStore analyses = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      articles.put(huge);
      articles.commit();
      AnalysisStage stage = new AnalysisStage(never, analyses);
      stage.stored(huge, Store.PutOutcome.NEW);
      assertThat(stage.declined()).isEqualTo(1);

      Reanalysis.Counts counts = Reanalysis.run(articles, analyses, stage, false, Reanalysis.Progress.NONE);
      assertThat(stage.declined()).as("not refused a second time").isEqualTo(1);
      assertThat(counts).isEqualTo(new Reanalysis.Counts(1, 1, 1, 0, 0));
    }
  }

  @Test
  void allAnalysesEveryArticleAgain() throws IOException {
    Article a = article("/in/a.txt", "Up to date.");
    try (Store articles = LuceneStore.open(dir);
        AnalysisStore analyses = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      articles.put(a);
      articles.commit();
      analyses.put(analysis(a, a.contentHash(), CURRENT));
      List<String> asked = new ArrayList<>();
      Reanalysis.Counts counts = Reanalysis.run(articles, analyses, CURRENT, x -> {
        asked.add(x.origin());
        return Optional.empty();
      }, true, Reanalysis.Progress.NONE);
      assertThat(asked).containsExactly(a.origin());
      assertThat(counts).isEqualTo(new Reanalysis.Counts(1, 1, 0, 0, 0));
    }
  }
}
