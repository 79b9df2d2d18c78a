package org.crosscheck.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.crosscheck.model.Article;
import org.crosscheck.model.Revision;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;

/**
 * {@link Store} over a Lucene index in {@code <data>/index}. Opened for writing it holds Lucene's
 * write lock, so a second writer on the same data directory fails fast with a clear message;
 * opened read-only it sees what was last committed.
 */
public final class LuceneStore implements Store {
  private final IndexHandle index;
  private final Analyzer analyzer = new StandardAnalyzer();
  /** Content hash per stored id: lets {@link #put} tell new/updated/unchanged without a search. */
  private final Map<String, String> hashes = new HashMap<>();

  private LuceneStore(IndexHandle index) {
    this.index = index;
  }

  /** Opens (creating if needed) the store in {@code dataDir} for reading and writing. */
  public static LuceneStore open(Path dataDir) throws IOException {
    LuceneStore store = new LuceneStore(IndexHandle.openWritable(dataDir.resolve("index"), "the articles in " + dataDir, 64));
    store.loadHashes();
    return store;
  }

  /** Whether {@code dataDir} holds a store. */
  public static boolean exists(Path dataDir) {
    return java.nio.file.Files.isDirectory(dataDir.resolve("index"));
  }

  /** Opens the store in {@code dataDir} for reading only; fails if there is none. */
  public static LuceneStore openReadOnly(Path dataDir) throws IOException {
    return new LuceneStore(IndexHandle.openReadOnly(dataDir.resolve("index"),
        "no Crosscheck data in " + dataDir + " (run 'crosscheck ingest' first, or pass --data)"));
  }

  private void loadHashes() throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      for (var leaf : searcher.getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc, java.util.Set.of(ArticleDocuments.ID, ArticleDocuments.HASH));
          hashes.put(d.get(ArticleDocuments.ID), d.get(ArticleDocuments.HASH));
        }
      }
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public synchronized PutOutcome put(Article article) throws IOException {
    index.writer();
    String previousHash = hashes.get(article.id());
    if (article.contentHash().equals(previousHash)) return PutOutcome.UNCHANGED;
    Article old = null;
    if (previousHash != null) {
      index.refresh();
      old = get(article.id()).orElse(null);
    }
    if (old == null) {
      write(article.withStoreState(Instant.now(), article.revisions()));
      return previousHash == null ? PutOutcome.NEW : PutOutcome.UPDATED;
    }
    if (old.revisions().stream().anyMatch(r -> r.contentHash().equals(article.contentHash()))) {
      return PutOutcome.UNCHANGED;
    }
    List<Revision> revisions = new ArrayList<>(old.revisions());
    if (isOlder(article, old)) {
      // An earlier version arriving late (a feed and an archive of the same report): keep the
      // newer text and remember this one.
      revisions.add(new Revision(article.contentHash(), Instant.now(), article.title()));
      write(old.withStoreState(old.ingestedAt(), revisions));
      return PutOutcome.OLDER;
    }
    revisions.add(new Revision(old.contentHash(), old.ingestedAt(), old.title()));
    write(article.withStoreState(Instant.now(), revisions));
    return PutOutcome.UPDATED;
  }

  /** True when {@code a} says it was last changed before {@code b} was. */
  private static boolean isOlder(Article a, Article b) {
    var aTime = a.updated() != null ? a.updated() : a.published();
    var bTime = b.updated() != null ? b.updated() : b.published();
    return aTime != null && bTime != null && aTime.isBefore(bTime);
  }

  private void write(Article stored) throws IOException {
    index.writer().updateDocument(new Term(ArticleDocuments.ID, stored.id()), ArticleDocuments.toDocument(stored));
    hashes.put(stored.id(), stored.contentHash());
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(ArticleDocuments.ID, id)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(ArticleDocuments.article(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public SearchResults search(SearchQuery query) throws IOException {
    if (index.writable()) index.refresh();
    IndexSearcher searcher = index.acquire();
    try {
      return new ArticleSearch(searcher, analyzer).run(query);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    if (index.writable()) return hashes.size();
    IndexSearcher searcher = index.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    index.commit();
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  @Override
  public synchronized void close() throws IOException {
    analyzer.close();
    index.close();
  }
}
