package org.crosscheck.stories;

import java.util.List;
import java.util.Optional;

/**
 * What the {@link DuplicateDetector} found about one article.
 *
 * @param articleId the article
 * @param canonicalUrl its canonical address, or {@code null} when it has none
 * @param wire the wire agency it credits, if any
 * @param links the links this article created: usually none or one (this article onto its
 *     original); when it predates the original it was matched to, the old original is linked onto
 *     it instead; a new version links the old one onto this
 */
public record DuplicateResult(String articleId, String canonicalUrl, Optional<WireCredit> wire, List<DuplicateLink> links) {
  public DuplicateResult {
    links = List.copyOf(links);
  }

  /** Whether this article was folded onto another one. */
  public boolean isCopy() {
    return links.stream().anyMatch(l -> l.copyId().equals(articleId));
  }
}
