package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.store.Store;
import org.crosscheck.stories.StoryStore;
import org.crosscheck.web.Analyses;
import org.crosscheck.web.ArticleFacts;
import org.crosscheck.web.DataView;
import org.crosscheck.web.WebApp;
import org.crosscheck.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", header = "Serves the web UI and the HTTP API over the data directory.", description = {
    "Serves the web UI and the HTTP API (OpenAPI at /api/openapi.json) over the data directory. "
    + "Reads only: an ingest or watch may run beside it; new reports and stories show within a second."})
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--no-annotate", description = "Leave out places, maps, names and quotes (read from the stored analyses otherwise).")
  boolean noAnnotate;

  @Override
  public Integer call() throws Exception {
    OutletNames outlets = Wiring.outletNames(data.dataDir());
    try (StoredFacts facts = new StoredFacts(data.dataDir(), outlets);
        Running running = start(data.dataDir(), new WebConfig(host, port, Duration.ofSeconds(1), data.dataDir().resolve("watch")),
            noAnnotate ? ArticleFacts.NONE : facts, facts, outlets)) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Crosscheck is serving " + data.dataDir() + " at " + running.app().url() + "  (Ctrl-C stops it)");
      out.flush();
      running.awaitShutdown();
    }
    return 0;
  }

  /** A started server with the stores it reads; closing stops it and closes them. */
  record Running(WebApp app, Store store, StoryStore stories, CountDownLatch stopped) implements AutoCloseable {
    void awaitShutdown() throws InterruptedException {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }

    @Override
    public void close() throws IOException {
      app.close();
      store.close();
      if (stories != null) stories.close();
    }
  }

  /**
   * Opens the data directory read-only and starts the server over it, outlets named by {@code
   * outlets} (those {@code analyses} name them by too, so the pages and the statuses agree).
   */
  static Running start(Path dataDir, WebConfig config, ArticleFacts facts, Analyses analyses, OutletNames outlets) throws IOException {
    Store store = Wiring.openStoreReadOnly(dataDir);
    StoryStore stories = null;
    try {
      if (Files.isDirectory(dataDir.resolve("stories"))) stories = Wiring.openStoriesReadOnly(dataDir);
      WebApp app = WebApp.create(config, new DataView(store, stories, facts, analyses, outlets)).start();
      return new Running(app, store, stories, new CountDownLatch(1));
    } catch (IOException | RuntimeException e) {
      store.close();
      if (stories != null) stories.close();
      throw e;
    }
  }
}
