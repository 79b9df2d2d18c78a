package org.crosscheck.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One Lucene index in a data directory, opened either for writing (holding Lucene's write lock,
 * so a second writer is refused with a message) or for reading the last commit. Every store of
 * ours keeps its index through one, so opening, refreshing and closing behave the same.
 */
public final class IndexHandle implements AutoCloseable {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private IndexHandle(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens (creating if needed) the index in {@code indexDir} for writing.
   *
   * @param what names the data in the message a second writer gets ("the articles in DIR")
   */
  public static IndexHandle openWritable(Path indexDir, String what, double ramBufferMegabytes) throws IOException {
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    try {
      IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(ramBufferMegabytes));
      return new IndexHandle(directory, writer, new SearcherManager(writer, null));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException(what + " are in use by another crosscheck process that writes to them;"
          + " stop it or use another --data", e);
    }
  }

  /**
   * Opens the index in {@code indexDir} for reading the last commit.
   *
   * @param missing the message when there is no index yet (it should say what to run)
   */
  public static IndexHandle openReadOnly(Path indexDir, String missing) throws IOException {
    if (!Files.isDirectory(indexDir)) throw new IOException(missing);
    Directory directory = FSDirectory.open(indexDir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException(missing);
    }
    return new IndexHandle(directory, null, new SearcherManager(directory, null));
  }

  public boolean writable() {
    return writer != null;
  }

  /** The writer; fails with a clear message on a read-only handle. */
  public IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("this store was opened read-only");
    return writer;
  }

  /** A searcher over the latest visible state; give it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    return searchers.acquire();
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /**
   * Makes recent changes visible: uncommitted writes of this process for a writer, new commits
   * of another process for a reader.
   *
   * @return whether the view moved
   */
  public boolean refresh() throws IOException {
    long before = version();
    searchers.maybeRefreshBlocking();
    return version() != before;
  }

  private long version() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Makes everything written so far durable and visible. */
  public synchronized void commit() throws IOException {
    writer().commit();
    searchers.maybeRefresh();
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) writer.close();
    } finally {
      directory.close();
    }
  }
}
