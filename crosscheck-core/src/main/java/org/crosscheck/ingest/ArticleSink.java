package org.crosscheck.ingest;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
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

  /** A sink made of two functions, for callers that only collect ("read this file's articles"). */
  static ArticleSink of(Consumer<Article> accepted, BiConsumer<String, String> skipped) {
    return new ArticleSink() {
      @Override
      public void accept(Article article) {
        accepted.accept(article);
      }

      @Override
      public void skip(String location, String reason) {
        skipped.accept(location, reason);
      }
    };
  }
}
