package org.crosscheck.store;

import java.io.IOException;
import java.util.Optional;
import org.crosscheck.model.Article;

/**
 * Where articles live and are searched. Writes become durable and visible to other processes at
 * {@link #commit()}; a crash before it loses only what was put since the last commit, never
 * leaves half an article or a duplicate.
 */
public interface Store extends AutoCloseable {

  /** What a {@link #put} did. */
  enum PutOutcome {
    NEW,
    UPDATED,
    UNCHANGED,
    /**
     * An earlier version of the stored article, arriving after it (a feed and an archive of the
     * same report): recorded in the stored article's {@link Article#revisions()}, the newer text
     * kept. Nothing new to analyse or cluster, as for {@link #UNCHANGED}.
     */
    OLDER
  }

  /**
   * Stores an article under its id. The same content again changes nothing; changed content
   * replaces the stored version and records the old one in {@link Article#revisions()}, unless it
   * says it was last changed before the stored one: then it is only recorded there ({@link
   * PutOutcome#OLDER}).
   */
  PutOutcome put(Article article) throws IOException;

  Optional<Article> get(String id) throws IOException;

  SearchResults search(SearchQuery query) throws IOException;

  long count() throws IOException;

  void commit() throws IOException;

  /**
   * Makes what other processes committed since the last call visible to this store's reads, for
   * a reader that lives beside a writer (the web server beside an ingest). Returns whether what
   * the reads see changed. Stores that always read the latest state keep the default.
   */
  default boolean refresh() throws IOException {
    return false;
  }

  @Override
  void close() throws IOException;
}
