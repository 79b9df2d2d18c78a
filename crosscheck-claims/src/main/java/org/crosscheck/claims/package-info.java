/**
 * Claims and their cross-check: who says which side took, holds, lost or attacked which place,
 * how many, when, on whose word, and whether independent sources agree, disagree or concede.
 *
 * <p>{@link org.crosscheck.claims.ClaimExtractor} reads {@link org.crosscheck.claims.Claim}s from
 * an article and its {@link org.crosscheck.nlp.Annotations} with vocabulary from data files
 * ({@code lexicon.tsv}, {@code quantities.tsv}, {@code countries.tsv}, {@code metonyms.tsv}, {@code armedforces.tsv});
 * {@link org.crosscheck.claims.ClaimantResolver} says who makes a claim ({@link
 * org.crosscheck.claims.QuoteClaimantResolver}: the speaker of the quote holding it, from the
 * article's attributions); {@link org.crosscheck.claims.PlaceFallback} finds places the tagger
 * missed in the gazetteer; {@link org.crosscheck.claims.ClaimSpotter} (weights in {@code spotter.tsv})
 * adds claims the rules missed and drops ones it finds very unlikely; {@link org.crosscheck.claims.CrossChecker} groups claims by {@link
 * org.crosscheck.claims.ClaimKey} (type, place, side, a window of event days) into {@link
 * org.crosscheck.claims.Assessment}s and per-place timelines. Depends on crosscheck-core's model
 * and on crosscheck-nlp's result records, attribution and gazetteer, never on CoreNLP itself.
 *
 * <p>{@link org.crosscheck.claims.ClaimExtractor} keeps the sentence loop and the claim rules (control, attack,
 * quantity, denials, actors); each mechanism it asks about lives in its own package-private class, built once from
 * {@link org.crosscheck.claims.Vocabulary}: {@code TriggerSearch} finds a sentence's {@code Trigger}s;
 * {@code PlaceReferences} says which places ({@code PlaceMention}s) a sentence names or refers to ("the town",
 * "there", the topic of the paragraph or the report); {@code Locators} whether a place only locates another;
 * {@code SideParties} which side a stretch of text names; {@code Concessions} who concedes or admits a claim and who
 * speaks for their own side or a state. {@code State} is what the loop carries from one sentence to the next.
 */
package org.crosscheck.claims;
