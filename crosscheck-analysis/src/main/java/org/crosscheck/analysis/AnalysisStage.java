package org.crosscheck.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.ingest.ArticleListener;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Outlets;

/**
 * The analysis step of ingest and the watcher: analyses every article stored as new or changed and
 * keeps the result, committing the analyses just before the articles are committed. An article the
 * analyzer fails on is recorded with its reason and the run goes on; a failing store stops the run,
 * as it does for articles.
 */
public final class AnalysisStage implements ArticleListener {
  /** How many failures are kept with their reason; all are counted. */
  static final int KEPT_FAILURES = 1000;

  /** An article that could not be analysed, and why. */
  public record Failure(String articleId, String origin, String reason) {}

  private final Analyzer analyzer;
  private final AnalysisStore store;
  private final List<Failure> failures = new ArrayList<>();
  private long analysed;
  private long failed;

  public AnalysisStage(Analyzer analyzer, AnalysisStore store) {
    this.analyzer = analyzer;
    this.store = store;
  }

  @Override
  public void stored(Article article, Store.PutOutcome outcome) throws IOException {
    analyse(article);
  }

  /**
   * Analyses one article and puts the result; returns it, or nothing when the article could not be
   * analysed (the failure is recorded), so a later stage (stories) can use what was found.
   */
  public Optional<ArticleAnalysis> analyse(Article article) throws IOException {
    ArticleAnalysis analysis;
    try {
      analysis = analyzer.analyze(article);
    } catch (RuntimeException | StackOverflowError e) {
      // One strange text must not stop a run of thousands; the reason names it.
      boolean refusal = e instanceof AnalysisDeclined;
      // A refusal stands until the text or the analyser changes: recorded, it is not asked again.
      if (refusal) store.put(ArticleAnalysis.declined(article, Outlets.named(article), analyzer.fingerprint()));
      synchronized (this) {
        failed++;
        if (failures.size() < KEPT_FAILURES) {
          // A refusal says why in words; a bug keeps its exception's name.
          failures.add(new Failure(article.id(), article.origin(), refusal ? e.getMessage() : "analysis failed: " + describe(e)));
        }
      }
      return Optional.empty();
    }
    store.put(analysis);
    synchronized (this) {
      analysed++;
    }
    return Optional.of(analysis);
  }

  /** The fingerprint of the analyser this stage runs, recorded with each analysis it stores. */
  public String fingerprint() {
    return analyzer.fingerprint();
  }

  @Override
  public void committing() throws IOException {
    store.commit();
  }

  public synchronized long analysed() {
    return analysed;
  }

  public synchronized long failed() {
    return failed;
  }

  /** The first {@value #KEPT_FAILURES} failures, in the order they happened. */
  public synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
