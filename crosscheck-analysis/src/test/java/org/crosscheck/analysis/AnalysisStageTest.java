package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisStageTest {
  @TempDir Path dir;

  private static Article article(String origin) {
    return new ArticleBuilder(InputFormat.TEXT, origin).title("A report").paragraph("Something happened somewhere.").build();
  }

  @Test
  void anArticleTheAnalyzerFailsOnIsRecordedWithItsReasonAndTheRunGoesOn() throws IOException {
    AtomicInteger loads = new AtomicInteger();
    Analyzer broken = new Analyzer(() -> {
      loads.incrementAndGet();
      throw new IllegalStateException("models missing from this build");
    }, new Attributor(), () -> {
      throw new AssertionError("claims are never reached when annotation fails");
    }, "test-analyser");
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      AnalysisStage stage = new AnalysisStage(broken, store);
      assertThat(broken.loaded()).isFalse();
      stage.stored(article("/in/one.txt"), Store.PutOutcome.NEW);
      stage.stored(article("/in/two.txt"), Store.PutOutcome.UPDATED);
      stage.committing();
      assertThat(stage.analysed()).isZero();
      assertThat(stage.failed()).isEqualTo(2);
      assertThat(stage.declined()).as("a broken analyser is no refusal").isZero();
      assertThat(stage.failures()).extracting(AnalysisStage.Failure::origin).containsExactly("/in/one.txt", "/in/two.txt");
      assertThat(stage.failures().get(0).reason()).contains("models missing from this build");
      assertThat(store.count()).isZero();
      assertThat(loads.get()).isEqualTo(2);
    }
  }

  @Test
  void aTextTooLongToBeOneReportIsNotAnalysedAndTheReasonGivesItsLength() throws IOException {
    Analyzer never = new Analyzer(() -> {
      throw new AssertionError("a text over the limit never reaches the models");
    }, new Attributor(), () -> {
      throw new AssertionError("nor the claims");
    }, "test-analyser");
    Article huge = new ArticleBuilder(InputFormat.TEXT, "/in/huge.txt").title("A dump")
        .paragraph("word ".repeat(Analyzer.MAX_TEXT_CHARS / 5 + 1)).build();
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      AnalysisStage stage = new AnalysisStage(never, store);
      stage.stored(huge, Store.PutOutcome.NEW);
      assertThat(stage.failed()).as("declined, not failed").isZero();
      assertThat(stage.declined()).isEqualTo(1);
      assertThat(stage.declines().get(0).reason()).contains("characters").contains("longer than").doesNotContain("Exception");
      assertThat(stage.declines().get(0).language()).isNull();
      assertThat(stage.declinedLanguages()).isEmpty();
      assertThat(stage.declinedOther()).containsExactly(Map.entry(Analyzer.TOO_LONG, 1L));
    }
  }

  @Test
  void aReportInALanguageTheModelsDoNotReadIsStoredNotAnalysedAndTheReasonNamesTheLanguage() throws IOException {
    Analyzer never = new Analyzer(() -> {
      throw new AssertionError("a Ukrainian text never reaches the English models");
    }, new Attributor(), () -> {
      throw new AssertionError("nor the claims");
    }, "test-analyser");
    Article ukrainian = new ArticleBuilder(InputFormat.TEXT, "/in/uk.txt").title("Зведення")
        .paragraph("Сили оборони відбили п’ять атак на цьому напрямку, повідомили в штабі. Вони також сказали, що "
            + "ворог не має успіху і що ситуація під контролем, але бої тривають біля міста і на його околицях.")
        .build();
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      AnalysisStage stage = new AnalysisStage(never, store);
      stage.stored(ukrainian, Store.PutOutcome.NEW);
      assertThat(stage.failed()).as("declined, not failed").isZero();
      assertThat(stage.failures()).isEmpty();
      assertThat(stage.declined()).isEqualTo(1);
      assertThat(stage.declines().get(0).reason()).startsWith("written in Ukrainian").contains("English only").doesNotContain("Exception");
      assertThat(stage.declines().get(0).origin()).isEqualTo("/in/uk.txt");
      assertThat(stage.declinedLanguages()).containsExactly(Map.entry("Ukrainian", 1L));
      assertThat(stage.declinedOther()).isEmpty();
      // Recorded as declined by this analyser: nothing found, and not asked again.
      assertThat(store.analysedHash(ukrainian.id())).hasValue(ukrainian.contentHash());
      assertThat(store.get(ukrainian.id()).orElseThrow().annotations().entities()).isEmpty();
    }
  }

  @Test
  void theAnnotatorIsLoadedOnFirstUseNotWhenTheAnalyzerIsBuilt() {
    AtomicInteger loads = new AtomicInteger();
    Analyzer lazy = new Analyzer(() -> {
      loads.incrementAndGet();
      throw new IllegalStateException("not now");
    }, new Attributor(), () -> {
      throw new AssertionError("claims are never reached when annotation fails");
    }, "test-analyser");
    assertThat(loads.get()).isZero();
    assertThat(lazy.loaded()).isFalse();
  }
}
