package org.crosscheck.claims;

import java.util.List;
import java.util.Optional;
import org.crosscheck.nlp.Annotations;

/**
 * Says who makes the statements of one sentence. Kept narrow so that an adapter over quote and
 * citation attribution can replace the simple cue-verb version.
 */
public interface ClaimantResolver {

  /**
   * Who a sentence's statements come from.
   *
   * @param claimant the source
   * @param cue the attribution words ("said", "according to")
   * @param relays outlets or bodies the statement passed through on the way ("The Kyiv Post
   *     reported that ..."), outermost first
   * @param inherited whether it was carried over from an earlier sentence rather than read here
   */
  record Attribution(Party claimant, String cue, List<CitationHop> relays, boolean inherited) {
    public Attribution {
      relays = List.copyOf(relays);
    }
  }

  /**
   * @param article the article
   * @param sentence the sentence span
   * @param anchor the offset of the statement of interest in the sentence (the trigger word)
   * @param previous the attribution of the sentence before, or {@code null}
   */
  Optional<Attribution> resolve(AnnotatedArticle article, Annotations.Span sentence, int anchor, Attribution previous);
}
