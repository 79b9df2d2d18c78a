/**
 * The embedded {@link org.crosscheck.analysis.AnalysisStore} on Lucene, in {@code <data>/analysis/index}.
 * Depends on {@code org.crosscheck.analysis} and Lucene core; nothing outside this package sees a
 * Lucene type.
 */
package org.crosscheck.analysis.lucene;
