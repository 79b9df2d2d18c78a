package org.crosscheck.analysis;

/**
 * Thrown by {@link Analyzer#analyze} for an article it will not analyse as it stands (too long, a
 * language the models do not read): the message says why in words. Unlike a failure, the answer
 * stays the same until the text or the analyser changes, so the decision is recorded.
 */
public final class AnalysisDeclined extends RuntimeException {
  private final String kind;
  private final String language;

  private AnalysisDeclined(String reason, String kind, String language) {
    super(reason);
    this.kind = kind;
    this.language = language;
  }

  /**
   * Declined for what the text is, whatever its language.
   *
   * @param kind the few words a run's summary counts such declines under ("too long to be one report")
   * @param reason the whole reason, naming this text's particulars
   */
  public static AnalysisDeclined because(String kind, String reason) {
    return new AnalysisDeclined(reason, kind, null);
  }

  /**
   * Declined for the text's language, which the models do not read.
   *
   * @param language the language in English ("French"); a summary counts such declines by it
   */
  public static AnalysisDeclined forLanguage(String language, String reason) {
    return new AnalysisDeclined(reason, language, language);
  }

  /** The few words a summary counts this decline under: its language, or what else the text is. */
  public String kind() {
    return kind;
  }

  /** The text's language in English when the models do not read it, else {@code null}. */
  public String language() {
    return language;
  }
}
