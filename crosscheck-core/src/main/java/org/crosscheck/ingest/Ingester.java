package org.crosscheck.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.Store;

/**
 * Runs one ingest: resolves the names given, reads each input with the reader its content calls
 * for, stores the articles and tallies what happened. A bad input or item is recorded with its
 * reason and the run goes on; only a failing store stops it. The store is committed every
 * {@link IngestOptions#commitEvery()} articles and at the end, so a killed run loses at most the
 * articles since the last commit, and running again stores them without duplicates.
 */
public final class Ingester {
  /** Skips listed one by one in a summary; the rest are counted. */
  public static final int MAX_LISTED_SKIPS = 1_000;

  private static final Set<InputFormat> STREAMED = Set.of(InputFormat.JSONL, InputFormat.WARC);

  private final Store store;
  private final ReaderChooser readers;
  private final Inputs inputs;
  private final IngestOptions options;
  private final IngestProgress.Listener listener;

  /**
   * @param store where articles go; a {@link StagedStore} runs the later stages (outlet names,
   *     duplicates, stories) on what it stores
   */
  public Ingester(Store store, ReaderChooser readers, Inputs inputs, IngestOptions options, IngestProgress.Listener listener) {
    this.store = store;
    this.readers = readers;
    this.inputs = inputs;
    this.options = options;
    this.listener = listener;
  }

  /** Ingests everything {@code names} stand for. */
  public IngestSummary ingest(List<String> names) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(options.readers(), Thread.ofPlatform().daemon().name("ingest-reader-", 1).factory());
    try {
      Run run = new Run(pool);
      for (String name : names) {
        switch (inputs.resolve(name)) {
          case Inputs.Resolved.Missing missing -> run.missing(missing.name(), missing.reason());
          case Inputs.Resolved.Files files -> {
            for (Path file : files.files()) run.read(() -> InputSource.ofFile(file), file.toString());
          }
          case Inputs.Resolved.Url url -> run.read(() -> inputs.fetch(url.uri()), url.uri().toString());
        }
      }
      return run.finish();
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a reader found in one input, kept in order until the run stores it. */
  private sealed interface Found {
    record Accepted(Article article) implements Found {}

    record Skipped(String location, String reason) implements Found {}
  }

  /** Collects what a reader finds on a worker thread. */
  private static final class Buffer implements ArticleSink {
    final List<Found> found = new ArrayList<>();

    @Override
    public void accept(Article article) {
      found.add(new Found.Accepted(article));
    }

    @Override
    public void skip(String location, String reason) {
      found.add(new Found.Skipped(location, reason));
    }
  }

  /** Opens an input; may fail (a file that vanished, a URL that answers 404). */
  @FunctionalInterface
  private interface SourceOpener {
    InputSource open() throws IOException;
  }

  /**
   * The counters and the sink of one run. Single-document inputs are read on the pool, a few
   * ahead, and stored in input order on the calling thread; streamed inputs (JSON Lines, WARC)
   * are read on the calling thread so that nothing of them piles up in memory.
   */
  private final class Run implements ArticleSink {
    private final long started = System.nanoTime();
    private final ExecutorService pool;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final int readAhead;
    private final List<IngestSummary.Skip> skips = new ArrayList<>();
    private int inputCount;
    private long read, added, updated, unchanged, older, skipped, bytes;
    private long sinceCommit, committed;
    private long lastCommitNanos = started, lastProgressNanos = started;
    private String current = "";

    /** An input being read on the pool. */
    private record Pending(String name, long size, Future<Buffer> result) {}

    Run(ExecutorService pool) {
      this.pool = pool;
      this.readAhead = 4 * options.readers();
    }

    void missing(String name, String reason) throws IOException {
      drain(0);
      skip(name, reason);
    }

    void read(SourceOpener opener, String name) throws IOException {
      inputCount++;
      try {
        InputSource input = opener.open();
        ReportReader reader = readers.choose(input);
        if (STREAMED.contains(reader.format())) {
          drain(0);
          current = name;
          reader.read(input, this);
          if (input.size() > 0) bytes += input.size();
        } else if (input.size() > options.maxDocumentBytes()) {
          drain(0);
          skip(name, "too large: " + megabytes(input.size()) + " MB, over the " + megabytes(options.maxDocumentBytes())
              + " MB cap for a single document (raise it with --max-file-size)");
        } else {
          pending.add(new Pending(name, input.size(), pool.submit(() -> readAll(reader, input))));
          drain(readAhead);
        }
      } catch (StoreFailure e) {
        throw e.getCause();
      } catch (IOException | RuntimeException e) {
        drain(0);
        skip(name, reasonOf(e));
      }
      progress(false);
    }

    private static Buffer readAll(ReportReader reader, InputSource input) throws IOException {
      Buffer buffer = new Buffer();
      reader.read(input, buffer);
      return buffer;
    }

    /** Stores what the oldest pending inputs found until at most {@code keep} are pending. */
    private void drain(int keep) throws IOException {
      while (pending.size() > keep) {
        Pending next = pending.poll();
        current = next.name();
        try {
          for (Found found : next.result().get().found) {
            switch (found) {
              case Found.Accepted a -> accept(a.article());
              case Found.Skipped s -> skip(s.location(), s.reason());
            }
          }
          if (next.size() > 0) bytes += next.size();
        } catch (StoreFailure e) {
          throw e.getCause();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          skip(next.name(), cause instanceof Exception ex ? reasonOf(ex) : String.valueOf(cause));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while reading " + next.name(), e);
        }
      }
    }

    @Override
    public void accept(Article article) {
      read++;
      if (article.paragraphs().isEmpty()) {
        skipCounted(article.origin(), "no article text found");
        return;
      }
      try {
        Store.PutOutcome outcome = store.put(article);
        switch (outcome) {
          case NEW -> added++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
          case OLDER -> older++;
        }
        sinceCommit++;
        long now = System.nanoTime();
        if (sinceCommit >= options.commitEvery() || now - lastCommitNanos >= options.commitInterval().toNanos()) commit();
      } catch (IOException e) {
        throw new StoreFailure(e);
      }
      progress(false);
    }

    @Override
    public void skip(String location, String reason) {
      read++;
      skipCounted(location, reason);
    }

    private void skipCounted(String location, String reason) {
      skipped++;
      if (skips.size() < MAX_LISTED_SKIPS) skips.add(new IngestSummary.Skip(location, reason));
    }

    private void commit() throws IOException {
      store.commit();
      committed += sinceCommit;
      sinceCommit = 0;
      lastCommitNanos = System.nanoTime();
    }

    private void progress(boolean force) {
      long now = System.nanoTime();
      if (!force && now - lastProgressNanos < options.progressInterval().toNanos()) return;
      lastProgressNanos = now;
      listener.onProgress(new IngestProgress(current, read, added + updated + unchanged + older, committed, skipped, bytes,
          (now - started) / 1e9));
    }

    IngestSummary finish() throws IOException {
      drain(0);
      commit();
      return new IngestSummary(inputCount, read, added, updated, unchanged, older, skipped, skips, bytes,
          Duration.ofNanos(System.nanoTime() - started));
    }
  }

  /** Carries a store failure through a reader, which must not swallow it as a bad item. */
  private static final class StoreFailure extends UncheckedIOException {
    StoreFailure(IOException cause) {
      super(cause);
    }
  }

  private static String reasonOf(Exception e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "not readable (permission denied)";
    if (message == null || message.isBlank()) return e.getClass().getSimpleName();
    return message;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
  }
}
