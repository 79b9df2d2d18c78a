package org.crosscheck.claims;

import java.util.List;

/**
 * A place named in a sentence, taken as a possible claim of a type, with the features the {@link
 * ClaimSpotter} reads for it: what {@link ClaimExtractor#extract(AnnotatedArticle, java.util.function.Consumer)}
 * shows a trainer.
 *
 * @param articleId the article
 * @param sentence the sentence, as claims carry it
 * @param place the place
 * @param type the claim type
 * @param ruleClaim whether the rules read a claim of this type at this place in this sentence
 * @param features the spotter's features
 */
public record SpotCandidate(String articleId, String sentence, PlaceRef place, ClaimType type, boolean ruleClaim,
    List<String> features) {

  public SpotCandidate {
    features = List.copyOf(features);
  }
}
