/**
 * Evaluations and benchmarks of the annotation layer, run as plain main classes: geoparsing on
 * LGL and GeoWebNews, attribution on PolNeAR, annotation throughput, and our date finder beside
 * SUTime. They read the shared evaluation data and print figures; nothing here is asserted.
 *
 * <p>May depend on everything in {@code crosscheck-nlp}.
 */
package org.crosscheck.nlp.eval;
