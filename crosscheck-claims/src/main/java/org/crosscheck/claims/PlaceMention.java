package org.crosscheck.claims;

import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;

/**
 * A place as a sentence names it: the mention, the place it stands for (resolved or not) and its gazetteer feature code
 * (empty when unresolved). Its own record since {@link ClaimExtractor}, {@link PlaceReferences} and
 * {@link Locators} all read it.
 */
record PlaceMention(Mention mention, PlaceRef ref, String featureCode) {
  /** The mention as the text names it, resolved to {@code p} or, when {@code p} is null, unresolved. */
  static PlaceMention of(Mention m, Place p) {
    return new PlaceMention(m, refOf(m, p), p == null ? "" : p.featureCode());
  }

  /** A place the fallback found where the tagger named none. */
  static PlaceMention of(PlaceFallback.Found f) {
    return new PlaceMention(f.mention(), f.ref(), f.featureCode());
  }

  static PlaceRef refOf(Mention m, Place p) {
    return p == null ? new PlaceRef(m.entityId(), 0, m.text(), m.text(), Double.NaN, Double.NaN)
        : new PlaceRef(p.entityId(), p.geonameId(), p.name(), m.text(), p.lat(), p.lon());
  }
}
