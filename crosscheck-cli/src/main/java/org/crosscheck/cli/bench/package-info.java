/**
 * Benchmarks: synthetic corpora in every input shape, generated from a seed, and the harness that
 * times ingest over them. Figures are printed, never asserted.
 *
 * <p>May depend on {@code ingest}, {@code store} and the CLI wiring.
 */
package org.crosscheck.cli.bench;
