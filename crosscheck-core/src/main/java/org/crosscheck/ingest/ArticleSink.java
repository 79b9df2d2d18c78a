package org.crosscheck.ingest;

import org.crosscheck.model.Article;

/**
 * Where readers send what they find. A reader calls {@link #accept} for each good article and
 * {@link #skip} for each document it could not use, with a reason a user can act on, then goes
 * on with the rest of the input.
 */
public interface ArticleSink {
  void accept(Article article);

  /**
   * @param location the input and, inside it, the item ("feed.xml item 7", "dump.jsonl:12")
   * @param reason why it was skipped ("malformed JSON: unexpected end of input")
   */
  void skip(String location, String reason);
}
