/**
 * What the analysis stages found in each article, kept and searched: entities, places, dates,
 * quotes, citations and claims, and the cross-check computed over the stored claims.
 *
 * <p>{@link org.crosscheck.analysis.Analyzer} runs the annotator, the attributor and the claim
 * extractor on one article into an {@link org.crosscheck.analysis.ArticleAnalysis};
 * {@link org.crosscheck.analysis.AnalysisStage} does so for every article ingest or the watcher
 * stores; {@link org.crosscheck.analysis.AnalysisStore} is the backend-neutral contract readers
 * (the CLI, the web UI) query. {@link org.crosscheck.analysis.StoryNames} and {@link
 * org.crosscheck.analysis.StoryFilter} give stories the names the analyses know, for listing and
 * for searching. Depends on crosscheck-core, crosscheck-nlp's and crosscheck-claims'
 * records and stages; never on a storage library (that is {@code org.crosscheck.analysis.lucene}).
 */
package org.crosscheck.analysis;
