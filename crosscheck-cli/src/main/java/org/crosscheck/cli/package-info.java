/**
 * The {@code crosscheck} command line: one picocli command class per subcommand, the wiring of
 * stages into a pipeline ({@link org.crosscheck.cli.Wiring}), and the bundled demo corpus.
 * Commands print for people by default and JSON with {@code --json}.
 *
 * <p>May depend on every other module; nothing depends on it.
 */
package org.crosscheck.cli;
