package org.crosscheck.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.ingest.ArticleListener;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Outlets;

/**
 * The analysis step of ingest and the watcher: analyses every article stored as new or changed and
 * keeps the result, committing the analyses just before the articles are committed. An article the
 * analyzer fails on is recorded with its reason and the run goes on; a failing store stops the run,
 * as it does for articles. An article the analyzer declines (another language, a text too long) is
 * no failure: it is counted and listed apart, so a summary can tell the two.
 */
public final class AnalysisStage implements ArticleListener {
  /** How many failures, and how many declines, are kept with their reason; all are counted. */
  static final int KEPT_FAILURES = 1000;

  /** An article the analyzer failed on, and why. */
  public record Failure(String articleId, String origin, String reason) {}

  /**
   * An article the analyzer declined as it stands, and why.
   *
   * @param language the text's language in English when that is why ("French"), else {@code null}
   */
  public record Declined(String articleId, String origin, String reason, String language) {}

  private final Analyzer analyzer;
  private final AnalysisStore store;
  private final List<Failure> failures = new ArrayList<>();
  private final List<Declined> declines = new ArrayList<>();
  /** Declines for a language, per language, all of them counted. */
  private final Map<String, Long> declinedLanguages = new LinkedHashMap<>();
  /** Declines for anything else, per kind ("too long to be one report"), all of them counted. */
  private final Map<String, Long> declinedOther = new LinkedHashMap<>();
  private long analysed;
  private long failed;
  private long declined;

  public AnalysisStage(Analyzer analyzer, AnalysisStore store) {
    this.analyzer = analyzer;
    this.store = store;
  }

  @Override
  public void stored(Article article, Store.PutOutcome outcome) throws IOException {
    analyse(article);
  }

  /**
   * Analyses one article and puts the result; returns it, or nothing when the article was declined
   * or could not be analysed (either is recorded), so a later stage (stories) can use what was found.
   */
  public Optional<ArticleAnalysis> analyse(Article article) throws IOException {
    ArticleAnalysis analysis;
    try {
      analysis = analyzer.analyze(article);
    } catch (RuntimeException | StackOverflowError e) {
      if (e instanceof AnalysisDeclined refusal) {
        // A refusal stands until the text or the analyser changes: recorded, it is not asked again.
        store.put(ArticleAnalysis.declined(article, Outlets.named(article), analyzer.fingerprint()));
        synchronized (this) {
          declined++;
          (refusal.language() != null ? declinedLanguages : declinedOther).merge(refusal.kind(), 1L, Long::sum);
          if (declines.size() < KEPT_FAILURES) {
            declines.add(new Declined(article.id(), article.origin(), refusal.getMessage(), refusal.language()));
          }
        }
        return Optional.empty();
      }
      // One strange text must not stop a run of thousands; the reason names it, with the exception's name.
      synchronized (this) {
        failed++;
        if (failures.size() < KEPT_FAILURES) failures.add(new Failure(article.id(), article.origin(), describe(e)));
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

  /** Articles the analyzer failed on (declined ones are not failures: see {@link #declined()}). */
  public synchronized long failed() {
    return failed;
  }

  /** The first {@value #KEPT_FAILURES} failures, in the order they happened. */
  public synchronized List<Failure> failures() {
    return List.copyOf(failures);
  }

  /** Articles the analyzer declined as they stand (stored and searchable, not analysed). */
  public synchronized long declined() {
    return declined;
  }

  /** The first {@value #KEPT_FAILURES} declined articles, in the order they came. */
  public synchronized List<Declined> declines() {
    return List.copyOf(declines);
  }

  /** How many articles were declined for their language, per language in English, first seen first. */
  public synchronized Map<String, Long> declinedLanguages() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(declinedLanguages));
  }

  /**
   * How many articles were declined for anything but their language, per kind in a few words
   * ("too long to be one report"), first seen first.
   */
  public synchronized Map<String, Long> declinedOther() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(declinedOther));
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
