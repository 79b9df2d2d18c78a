package org.crosscheck.analysis;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;

/**
 * Brings the stored analyses up to date: analyses each stored article whose analysis is missing,
 * is of an earlier version of the article, or was made by another analyser (an older Crosscheck,
 * other rules or vocabulary, another gazetteer), and leaves the others alone.
 */
public final class Reanalysis {
  /** Articles read from the store at a time. */
  private static final int PAGE = 500;
  /** Analyses committed at a time, so a killed run keeps most of its work. */
  private static final int COMMIT_EVERY = 500;

  /** Why a stored article's analysis is, or is not, to be made again. */
  public enum State {
    UP_TO_DATE,
    /** No analysis, or one of an earlier version of the article. */
    MISSING_OR_CHANGED,
    /** An analysis of this version made by another analyser, or by one that did not record itself. */
    OLDER_ANALYSER
  }

  /**
   * What a run found.
   *
   * @param checked articles looked at
   * @param total articles in the store
   * @param upToDate articles left alone
   * @param missingOrChanged articles analysed because their analysis was missing or of an earlier version
   * @param olderAnalyser articles analysed because another analyser made their analysis
   */
  public record Counts(long checked, long total, long upToDate, long missingOrChanged, long olderAnalyser) {}

  /** Told after each article checked. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = soFar -> {};

    void checked(Counts soFar);
  }

  /** Analyses one article and stores the result; returns it, or nothing when it could not (the step records why). */
  @FunctionalInterface
  public interface Step {
    Optional<ArticleAnalysis> analyse(Article article) throws IOException;
  }

  private Reanalysis() {}

  /** Whether {@code article}'s stored analysis is up to date with it and with the analyser {@code fingerprint}. */
  public static State state(Article article, AnalysisStore analyses, String fingerprint) throws IOException {
    if (analyses.analysedHash(article.id()).filter(article.contentHash()::equals).isEmpty()) return State.MISSING_OR_CHANGED;
    if (analyses.analyser(article.id()).filter(fingerprint::equals).isEmpty()) return State.OLDER_ANALYSER;
    return State.UP_TO_DATE;
  }

  /**
   * Analyses, through {@code stage}, every article of {@code articles} whose analysis is not up
   * to date ({@code all}: every article), and commits the analyses. Failures are the stage's to
   * count and report.
   */
  public static Counts run(Store articles, AnalysisStore analyses, AnalysisStage stage, boolean all, Progress progress)
      throws IOException {
    return run(articles, analyses, stage.fingerprint(), stage::analyse, all, progress);
  }

  /**
   * Runs {@code step} on every article whose analysis is not up to date with it and with the
   * analyser {@code fingerprint} ({@code all}: every article), and commits {@code analyses}.
   */
  public static Counts run(Store articles, AnalysisStore analyses, String fingerprint, Step step, boolean all,
      Progress progress) throws IOException {
    long total = articles.count();
    long checked = 0;
    long upToDate = 0;
    long missingOrChanged = 0;
    long older = 0;
    long sinceCommit = 0;
    // Analysis writes no articles, so paging through the store sees every article once.
    for (int offset = 0; offset < total; offset += PAGE) {
      List<SearchResults.Hit> page = articles.search(new SearchQuery(null, null, null, List.of(), null, PAGE, offset)).hits();
      if (page.isEmpty()) break;
      for (SearchResults.Hit hit : page) {
        Article a = hit.article();
        checked++;
        State state = state(a, analyses, fingerprint);
        switch (state) {
          case MISSING_OR_CHANGED -> missingOrChanged++;
          case OLDER_ANALYSER -> older++;
          case UP_TO_DATE -> {
            if (!all) upToDate++;
          }
        }
        if ((all || state != State.UP_TO_DATE) && step.analyse(a).isPresent() && ++sinceCommit >= COMMIT_EVERY) {
          analyses.commit();
          sinceCommit = 0;
        }
        progress.checked(new Counts(checked, total, upToDate, missingOrChanged, older));
      }
    }
    analyses.commit();
    return new Counts(checked, total, upToDate, missingOrChanged, older);
  }
}
