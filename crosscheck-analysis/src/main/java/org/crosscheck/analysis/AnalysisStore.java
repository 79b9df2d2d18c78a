package org.crosscheck.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.TimelineEntry;

/**
 * Where article analyses live, and the questions asked across them: who and where the reports
 * talk about, who said what, which claims are made and how they cross-check.
 *
 * <p>Names are looked up the way users type them: an id, or a name or any spelling an article
 * used, folded (Zelensky = Zelenskyy, Kupyansk = Kupiansk). Statuses are computed when asked,
 * over every stored claim, so they change as new reports arrive; reprints and copies count once
 * through the representative function the store was opened with. Writes become durable and
 * visible at {@link #commit()}. Implementations (Lucene now, OpenSearch later) keep their own
 * types behind this interface.
 */
public interface AnalysisStore extends AutoCloseable {

  /** Stores the analysis of an article, replacing any earlier one of the same article. */
  void put(ArticleAnalysis analysis) throws IOException;

  Optional<ArticleAnalysis> get(String articleId) throws IOException;

  /** The content hash of the version last analysed, without reading the analysis. */
  Optional<String> analysedHash(String articleId) throws IOException;

  /**
   * The fingerprint of the analyser that made the stored analysis ({@link ArticleAnalysis#analyser()}),
   * without reading the analysis where the store can; empty when there is no analysis or it
   * recorded none (stored before analyses did).
   */
  default Optional<String> analyser(String articleId) throws IOException {
    return get(articleId).map(ArticleAnalysis::analyser);
  }

  /**
   * How many stored analyses another analyser than the one with {@code fingerprint} made, those
   * that recorded none included: the analyses out of date though their articles did not change.
   */
  default long countMadeByOthers(String fingerprint) throws IOException {
    long others = 0;
    for (String id : articleIds(new ArticleFilter(null, null, null, null))) {
      if (!analyser(id).filter(fingerprint::equals).isPresent()) others++;
    }
    return others;
  }

  /** How many articles have an analysis. */
  long count() throws IOException;

  /** Entities across articles, most articles first (then most mentions, then id). */
  List<EntitySummary> entities(EntityQuery query) throws IOException;

  /** One entity by id, name or spelling, with its articles, quotes and claims over time. */
  Optional<EntityProfile> entity(String idOrName) throws IOException;

  /** Resolved places across articles, most articles first. */
  List<PlaceSummary> places(PlaceQuery query) throws IOException;

  /** The places as a GeoJSON FeatureCollection (RFC 7946), one Point each. */
  default ObjectNode geoJson(List<PlaceSummary> places) {
    return PlaceMaps.featureCollection(places);
  }

  /** Ids of the analysed articles that pass the filter, sorted; every analysed article for an empty filter. */
  List<String> articleIds(ArticleFilter filter) throws IOException;

  /**
   * Quotes, oldest article first. With a speaker (id, name or spelling), the quotes of that one
   * entity across every article; without one, every attributed quote.
   */
  List<QuoteHit> quotes(String speaker, int limit) throws IOException;

  /** Citations, oldest article first; with an outlet (or person, or event) name, only those relaying it. */
  List<CitationHit> citations(String target, int limit) throws IOException;

  /** Claims passing the query, by event time, then report time, then id. */
  List<ClaimHit> claims(ClaimQuery query) throws IOException;

  /** The cross-check of every claim key, or of those about one place (id, name or spelling). */
  List<Assessment> assessments(String place) throws IOException;

  /** The control claims about one place (id, name or spelling) in time order, each with its key's status. */
  List<TimelineEntry> timeline(String place) throws IOException;

  /**
   * Makes what another process committed since the last call visible, for a reader beside a
   * writer (a server beside an ingest). Returns whether what reads see changed.
   */
  boolean refresh() throws IOException;

  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
