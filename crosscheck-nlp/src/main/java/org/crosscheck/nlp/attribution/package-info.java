/**
 * Who said what, and who relays whom: quotes with their speakers, and citations of outlets,
 * people, events and reports, found by our own fast rules over the annotation step's sentences
 * and entity mentions (no CoreNLP coref or quote annotator).
 *
 * <p>{@link org.crosscheck.nlp.attribution.Attributor} reads an article's text with its {@link
 * org.crosscheck.nlp.Annotations} and gives {@link org.crosscheck.nlp.attribution.Attributions}.
 * The word lists it reads by (cue verbs, role nouns, outlet and event words) are resource files
 * beside the classes, loaded through {@link org.crosscheck.nlp.attribution.Lexicon}. Depends on
 * the JDK and on the records of {@code org.crosscheck.nlp}; loads no language model.
 */
package org.crosscheck.nlp.attribution;
