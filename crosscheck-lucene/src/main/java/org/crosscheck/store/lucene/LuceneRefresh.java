package org.crosscheck.store.lucene;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/** Reopens a searcher manager on the latest commit and tells whether the view moved. */
final class LuceneRefresh {
  private LuceneRefresh() {}

  static boolean refresh(SearcherManager searchers) throws IOException {
    long before = version(searchers);
    searchers.maybeRefreshBlocking();
    return version(searchers) != before;
  }

  private static long version(SearcherManager searchers) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }
}
