/**
 * Measuring claim extraction and the cross-check against the hand-written gold set: loading the
 * gold articles (demo corpus files and our own texts) through the standard readers, annotating
 * them once, matching extracted claims to gold claims, and timing extraction plus cross-check; and
 * training the claim spotter ({@code SpotterTraining}, with CoreNLP's linear classifier).
 * Depends on {@code org.crosscheck.claims}, the ingest readers, the NLP annotator and CoreNLP.
 */
package org.crosscheck.claims.eval;
