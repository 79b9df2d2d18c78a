package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code crosscheck} command. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "crosscheck " + Main.VERSION,
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
  /** Crosscheck's version, the readable start of every analysis' fingerprint. */
  static final String VERSION = "0.1.0";

  /**
   * Lucene logs performance hints (vector module, native access) through JUL; users need none.
   * Held here because JUL keeps loggers weakly: once the language models fill the heap, a level
   * set on a logger nobody holds is collected with it and the hints come back.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests run commands through it. */
  public static CommandLine commandLine() {
    LUCENE_LOG.setLevel(Level.SEVERE);
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(LocalDate.class, Main::day)
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

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a day; write it as 2025-12-24");
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
