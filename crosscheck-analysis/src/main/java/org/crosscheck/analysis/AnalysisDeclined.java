package org.crosscheck.analysis;

/**
 * Thrown by {@link Analyzer#analyze} for an article it will not analyse as it stands (too long, a
 * language the models do not read): the message says why in words. Unlike a failure, the answer
 * stays the same until the text or the analyser changes, so the decision is recorded.
 */
public final class AnalysisDeclined extends RuntimeException {
  private final String language;

  public AnalysisDeclined(String reason) {
    this(reason, null);
  }

  /**
   * @param language the language of the text, in English ("French"), when that is why; else
   *     {@code null}
   */
  public AnalysisDeclined(String reason, String language) {
    super(reason);
    this.language = language;
  }

  /** The text's language in English when the models do not read it, else {@code null}. */
  public String language() {
    return language;
  }
}
