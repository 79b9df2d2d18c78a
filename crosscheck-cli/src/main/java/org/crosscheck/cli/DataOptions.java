package org.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
public final class DataOptions {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_DATA:-crosscheck-data}",
      description = "Data directory (default: ${DEFAULT-VALUE}; env CROSSCHECK_DATA).")
  Path dataDir;

  public Path dataDir() {
    return dataDir;
  }
}
