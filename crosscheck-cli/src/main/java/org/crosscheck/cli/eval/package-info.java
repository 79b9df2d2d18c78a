/**
 * Evaluation and benchmark commands: plain classes with a {@code main} and a public method that
 * returns the figures, so a picocli command can call them. They read evaluation data from the
 * shared directory and print what they measured.
 *
 * <p>May depend on crosscheck-core.
 */
package org.crosscheck.cli.eval;
