/**
 * Places: a GeoNames-derived gazetteer in a compact format of our own, its importer for GeoNames
 * dumps, name folding across transliterations and scripts, and the context-based resolver.
 *
 * <p>Depends on the annotation records of {@code org.crosscheck.nlp} and Jackson (for GeoJSON), never
 * on CoreNLP, so it can be used without loading any language model.
 */
package org.crosscheck.nlp.geo;
