/**
 * Places: a gazetteer in a compact format of our own (GeoNames features, plus US counties from
 * Census outlines, country and region points and our own seas and regions, see the README beside
 * the shipped file), its importers for GeoNames dumps and those sources, name folding across
 * transliterations and scripts, and the resolver that picks a feature for each toponym from the
 * text's context and the outlet's web address.
 *
 * <p>Depends on the annotation records of {@code org.crosscheck.nlp} and Jackson (GeoJSON and
 * TopoJSON), never on CoreNLP, so it can be used without loading any language model.
 */
package org.crosscheck.nlp.geo;
