package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code crosscheck} command. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "crosscheck 0.1.0",
    description = "Turns streams of news into a cross-checked record of events.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      AnalyzeCommand.class,
      ExtractCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      AnalysisCommands.Entities.class,
      AnalysisCommands.Entity.class,
      AnalysisCommands.Places.class,
      AnalysisCommands.Quotes.class,
      AnalysisCommands.Citations.class,
      AnalysisCommands.Claims.class,
      AnalysisCommands.Timeline.class,
      EvalCommand.class,
      BenchCommand.class,
      WatchCommand.class,
      FeedsCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Lucene logs performance hints (vector module, native access) through JUL; users need none.
    java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run commands through it. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          // Expected failures (no data yet, a busy data directory) get one line, not a stack trace.
          if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException
              || e instanceof IllegalStateException) {
            cmd.getErr().println("crosscheck: " + e.getMessage());
            return 1;
          }
          throw e;
        });
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
