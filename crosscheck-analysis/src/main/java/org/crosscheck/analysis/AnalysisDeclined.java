package org.crosscheck.analysis;

/**
 * Thrown by {@link Analyzer#analyze} for an article it will not analyse as it stands (too long, a
 * language the models do not read): the message says why in words. Unlike a failure, the answer
 * stays the same until the text or the analyser changes, so the decision is recorded.
 */
public final class AnalysisDeclined extends RuntimeException {
  public AnalysisDeclined(String reason) {
    super(reason);
  }
}
