/**
 * The annotation step: sentences, named entities with one identity across spellings, places
 * resolved to coordinates, and dates normalised against the publication date.
 *
 * <p>{@link org.crosscheck.nlp.Annotator} wraps Stanford CoreNLP (tokenize, ssplit, CRF ner; no
 * pos, no SUTime, no coref, no quote attribution); {@link org.crosscheck.nlp.TimeExpressions} finds
 * and normalises dates and times from word lists in resource files. The result records ({@link
 * org.crosscheck.nlp.Annotations}, {@link org.crosscheck.nlp.Mention}, {@link
 * org.crosscheck.nlp.Entity}, {@link org.crosscheck.nlp.Place}, {@link org.crosscheck.nlp.TimeRef})
 * carry no CoreNLP types. Depends on crosscheck-core's model, on {@code org.crosscheck.nlp.geo}
 * and on CoreNLP.
 */
package org.crosscheck.nlp;
