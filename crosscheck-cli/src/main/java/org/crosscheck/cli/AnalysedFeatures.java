package org.crosscheck.cli;

import java.util.HashMap;
import java.util.Map;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.stories.ArticleFeatures;

/**
 * Story features from the text and what the annotator found in it: the text's terms, figures and
 * capitalised names as they are, plus the annotator's keys (see {@link ArticleFeatures#places()}):
 * the canonical ids of the people it names, weighted by mentions, and its resolved places at three
 * levels, the place itself, its first-level region and its country, the coarser keys weighing
 * less, so two reports from one town agree most and two from one country a little. The text's
 * names stay as they are without an annotator, so the join model reads them alike either way.
 */
public final class AnalysedFeatures {
  /** Weight of a place's region key, per mention, against 1 for the place itself. */
  static final double REGION_WEIGHT = 0.5;
  /** Weight of a place's country key, per mention. */
  static final double COUNTRY_WEIGHT = 0.25;

  private AnalysedFeatures() {}

  /** {@code text} (the text's features) with the entities and places of {@code annotations} added. */
  public static ArticleFeatures of(ArticleFeatures text, Annotations annotations) {
    Map<String, Double> keys = new HashMap<>(text.places());
    for (Entity e : annotations.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      String key = e.id().startsWith(ArticleFeatures.PERSON) ? e.id() : ArticleFeatures.PERSON + e.id();
      keys.merge(key, (double) e.mentions(), Double::sum);
    }
    for (Place p : annotations.places()) addPlace(keys, p);
    return text.withNames(text.entities(), keys);
  }

  /**
   * A country named as such gives its country key; a first-level region its region and country;
   * anything finer its own key, its region's and its country's.
   */
  static void addPlace(Map<String, Double> places, Place p) {
    double n = p.mentions();
    String code = p.featureCode() == null ? "" : p.featureCode();
    boolean hasCountry = p.country() != null && !p.country().isEmpty();
    if (code.startsWith("PCL") && hasCountry) {
      places.merge(ArticleFeatures.COUNTRY + p.country(), n, Double::sum);
      return;
    }
    boolean isRegion = code.equals("ADM1");
    String region = isRegion ? p.name() : p.region();
    if (!isRegion) places.merge(ArticleFeatures.PLACE + p.geonameId(), n, Double::sum);
    if (region != null && hasCountry) {
      places.merge(ArticleFeatures.REGION + p.country() + "/" + region, isRegion ? n : REGION_WEIGHT * n, Double::sum);
    } else if (isRegion) {
      places.merge(ArticleFeatures.PLACE + p.geonameId(), n, Double::sum);
    }
    if (hasCountry) places.merge(ArticleFeatures.COUNTRY + p.country(), COUNTRY_WEIGHT * n, Double::sum);
  }
}
