package org.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What the story-clustering evaluations are fed: text features alone or with annotations, and how annotating runs. */
final class StoryEvalInputs {
  @Option(names = "--text-only", description = "Cluster on the text's features alone, as ingest --no-analyze does.")
  boolean textOnly;

  @Option(names = "--cache", paramLabel = "DIR", description = "Keep the tagger's output here, keyed by the texts, so a second run takes seconds.")
  Path cache;

  @Option(names = "--threads", defaultValue = "2", description = "Annotating threads (default ${DEFAULT-VALUE}).")
  int threads;
}
