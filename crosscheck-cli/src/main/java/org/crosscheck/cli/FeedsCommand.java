package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crosscheck.json.Json;
import org.crosscheck.watch.FeedHealth;
import org.crosscheck.watch.FeedList;
import org.crosscheck.watch.WatchConfig;
import org.crosscheck.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "feeds", description = "The list of watched feeds and how each is doing.",
    subcommands = {FeedsCommand.Import.class, FeedsCommand.Export.class, FeedsCommand.ListFeeds.class,
        FeedsCommand.Remove.class, FeedsCommand.Status.class})
final class FeedsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path watchDir(DataOptions data) {
    return data.dataDir().resolve("watch");
  }

  @Command(name = "import", description = "Adds the feeds of an OPML file or a list of URLs to the watched list.")
  static final class Import implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "FILE", description = "OPML, or a text file with one URL (and optional title) per line.") Path file;

    @Override
    public Integer call() throws Exception {
      FeedList.Parsed parsed = FeedList.read(file);
      FeedList before = FeedList.load(watchDir(data));
      FeedList after = before.merge(parsed.list());
      after.save(watchDir(data));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "Imported %d feed(s) from %s: %d new, %d watched in all%n", parsed.list().entries().size(), file,
          after.entries().size() - before.entries().size(), after.entries().size());
      parsed.problems().forEach(p -> out.println("  skipped " + p));
      return 0;
    }
  }

  @Command(name = "export", description = "Prints the watched list as OPML (default) or as a text list.")
  static final class Export implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--text", description = "One URL and title per line instead of OPML.") boolean text;

    @Override
    public Integer call() throws Exception {
      FeedList list = FeedList.load(watchDir(data));
      spec.commandLine().getOut().print(text ? list.toText() : list.toOpml());
      return 0;
    }
  }

  @Command(name = "list", description = "Lists the watched feeds.")
  static final class ListFeeds implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--json", description = "As JSON.") boolean json;

    @Override
    public Integer call() throws Exception {
      FeedList list = FeedList.load(watchDir(data));
      PrintWriter out = spec.commandLine().getOut();
      if (json) out.println(Json.toPrettyString(list.entries()));
      else list.entries().forEach(e -> out.println(e.url() + (e.title() == null ? "" : "  " + e.title())));
      return 0;
    }
  }

  @Command(name = "remove", description = "Stops watching a feed (its stored articles stay).")
  static final class Remove implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "URL") String url;

    @Override
    public Integer call() throws Exception {
      FeedList list = FeedList.load(watchDir(data));
      FeedList after = list.without(url);
      if (after.entries().size() == list.entries().size()) throw new IllegalArgumentException("not a watched feed: " + url);
      after.save(watchDir(data));
      spec.commandLine().getOut().println("Removed " + url);
      return 0;
    }
  }

  @Command(name = "status", header = "Per feed: last success, errors, items per day and flags.", description = {
      "Per feed: last success, errors, items per day, and flags (failing, silent, all-failing, disallowed). "
      + "Reads the saved watch state, so it works while 'watch' runs."})
  static final class Status implements Callable<Integer> {
    @Mixin DataOptions data;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--json", description = "As JSON.") boolean json;

    @Override
    public Integer call() throws Exception {
      Path dir = watchDir(data);
      List<FeedHealth> health = FeedHealth.all(FeedList.load(dir), WatchState.load(dir), WatchConfig.builder().build(), Instant.now());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.toPrettyString(health));
        return 0;
      }
      long flagged = health.stream().filter(h -> !h.healthy()).count();
      out.printf(Locale.ROOT, "%d feed(s): %d ok, %d need attention%n", health.size(), health.size() - flagged, flagged);
      health.forEach(h -> out.println(h.line()));
      return 0;
    }
  }
}
