package org.crosscheck.stories;

import java.time.Duration;

/**
 * Settings of the {@link StoryClusterer}, with defaults in {@link #defaults()} for text features
 * and {@link #annotated()} for text and annotator features (each chosen by cross-validation over
 * the ECB+ topics outside test; see {@code StoryClusteringEvaluation --cv}).
 *
 * @param termWeight weight of the content-term cosine in the combined similarity
 * @param entityWeight weight of the entity cosine (counted when the article has entities)
 * @param placeWeight weight of the place cosine (counted when the article has places)
 * @param threshold join probability ({@code joinModel}) from which an article joins a story
 * @param minSimilarity topical similarity (scaled by salience) an article needs to a story before
 *     the join model is asked; two stories need it too before they may merge
 * @param mergeThreshold join probability of one story's centroid to another from which they
 *     become one story
 * @param decay time constant of the exponential decay of similarity with the gap between an
 *     article and the story's latest article
 * @param closeAfter a story with no new article for this long (stream time) closes
 * @param maxLateness the most a story's closing is put off for reports arriving behind the stream
 *     clock: a story closes after {@code closeAfter} plus the longest such delay noted while the
 *     clock moved through its last {@code maxLateness}, up to this (a folder of dumps, a crawl or a
 *     backfill arrives out of publication order, and a report whose story closed before it arrived
 *     would open a story of its own; once the stream is back in order the allowance wears off)
 * @param maxLiveStories when more stories are live, the least recently updated closes
 * @param centroidTerms entries kept per story centroid (terms; entities and places keep half)
 * @param indexTerms a story's heaviest terms that lead to it in the inverted index
 * @param queryTerms an article's heaviest terms looked up in the inverted index
 * @param maxCandidates stories scored in full per article, best by index overlap first
 * @param salientEntities how many of an article's heaviest entities count as what it is about
 * @param salienceFloor the factor on the similarity when the story knows none of them (1 = off)
 * @param pruneFrom a vocabulary holding this many keys is pruned of its rare keys (and again each
 *     time it doubles from what the pruning left)
 * @param pruneMinDf keys seen in fewer documents than this are forgotten by a pruning unless a
 *     live story holds them
 * @param joinModel how likely an article belongs to a story, from their similarities
 * @param crossLanguageThreshold the share of names (the article's heaviest the story holds, the
 *     story's heaviest the article holds, accents aside), decayed by the time gap, from which a
 *     report in another language than the story's joins it; such a report is compared by what needs
 *     no translation, as the join model was fitted on reports of one language
 * @param mainLanguage the language the join model was fitted on and the analysis reads (ISO
 *     639-1): a report in it never joins a story in another language, it gathers such stories
 *     into its own, so that stories keep centroids the join model can read
 */
public record ClusteringConfig(
    double termWeight,
    double entityWeight,
    double placeWeight,
    double threshold,
    double minSimilarity,
    double mergeThreshold,
    Duration decay,
    Duration closeAfter,
    Duration maxLateness,
    int maxLiveStories,
    int centroidTerms,
    int indexTerms,
    int queryTerms,
    int maxCandidates,
    int salientEntities,
    double salienceFloor,
    int pruneFrom,
    int pruneMinDf,
    JoinModel joinModel,
    double crossLanguageThreshold,
    String mainLanguage) {

  /** Settings for articles known by their text alone (no annotator, or a language it lacks). */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(1.0, 1.0, 1.0, 0.5, 0.2, 0.9, Duration.ofDays(5), Duration.ofDays(10), Duration.ofDays(30), 200_000,
        150, 20, 30, 40, 2, 0.7, 200_000, 3, JoinModel.defaults(), 0.4, "en");
  }

  /**
   * Settings for articles with the annotator's people and places among their features: those
   * count only through the join model ({@link JoinModel#annotated()}), not in the topical
   * similarity (an article naming other towns than its story's is often of the same event).
   */
  public static ClusteringConfig annotated() {
    return defaults().withWeights(1.0, 1.0, 0.0).withThreshold(0.6).withMergeThreshold(0.8).withJoinModel(JoinModel.annotated());
  }

  public ClusteringConfig withThreshold(double t) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, t, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withWeights(double terms, double entities, double places) {
    return new ClusteringConfig(terms, entities, places, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withMergeThreshold(double t) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, t, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withSalience(int entities, double floor) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, entities, floor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withMaxLiveStories(int n) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        n, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withMaxLateness(Duration d) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, d,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withPruning(int from, int minDf) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, from, minDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withJoinModel(JoinModel model) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, model, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withMinSimilarity(double s) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, s, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, crossLanguageThreshold, mainLanguage);
  }

  public ClusteringConfig withCrossLanguageThreshold(double t) {
    return new ClusteringConfig(termWeight, entityWeight, placeWeight, threshold, minSimilarity, mergeThreshold, decay, closeAfter, maxLateness,
        maxLiveStories, centroidTerms, indexTerms, queryTerms, maxCandidates, salientEntities, salienceFloor, pruneFrom, pruneMinDf, joinModel, t, mainLanguage);
  }
}
