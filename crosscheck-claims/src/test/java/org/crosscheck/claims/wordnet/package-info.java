/**
 * Generating the claim word classes shipped in {@code wordnet.tsv} from WordNet 3.1 (sense roots
 * and hand-reviewed stop lists in {@code roots.tsv}), and checking that the shipped file is the
 * generator's output. Test scope only: depends on extjwnl and its WordNet 3.1 data, never on the
 * extractor.
 */
package org.crosscheck.claims.wordnet;
