package org.crosscheck.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.EventTime;
import org.crosscheck.claims.Modality;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Polarity;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;

/**
 * Stored analyses of the {@link Fixture} reports, written by hand as the stages would: both name
 * Kupiansk (spelled Kupyansk too) and the spokesman Oleh Hostile, whose name carries markup; the
 * first has him say the town is held and asserts Ukrainian control, the second reports Russia
 * denying it, so the claim key is contested.
 */
final class AnalysisFixture {
  static final String KUPIANSK = "geonames:704508";
  static final String SPEAKER_ID = "person:oleh-hostile";
  static final String SPEAKER = "Oleh <b>Hostile</b>";
  static final Place KUPIANSK_PLACE = new Place(KUPIANSK, 704508, "Kupiansk", 49.7106, 37.6156, "PPLA2", "UA",
      "Kharkiv Oblast", List.of("Kupiansk", "Kupyansk"), 2);

  private AnalysisFixture() {}

  static void write(Path dataDir, Fixture f) throws IOException {
    write(dataDir, first(f), second(f));
  }

  static void write(Path dataDir, ArticleAnalysis... analyses) throws IOException {
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dataDir, UnaryOperator.identity())) {
      for (ArticleAnalysis a : analyses) store.put(a);
      store.commit();
    }
  }

  static ArticleAnalysis first(Fixture f) {
    return analysis(f.first, Polarity.ASSERTED, "Ukrainian officials", "Ukraine", "The town is <held> by our forces");
  }

  static ArticleAnalysis second(Fixture f) {
    return analysis(f.second, Polarity.DENIED, "Russian officials", "Russia", "Nothing has changed");
  }

  private static ArticleAnalysis analysis(Article a, Polarity polarity, String claimant, String side, String quote) {
    List<Entity> entities = List.of(
        new Entity(SPEAKER_ID, EntityType.PERSON, SPEAKER, List.of(), 1, List.of("spokesman"), "Ukraine"),
        new Entity(KUPIANSK, EntityType.LOCATION, "Kupiansk", List.of("Kupyansk"), 2, List.of(), null));
    Annotations annotations = new Annotations(a.id(), List.of(new Annotations.Span(0, 100)), List.of(), entities,
        List.of(KUPIANSK_PLACE), List.of(new TimeRef(0, 8, "Thursday", "2025-12-25", TimeRef.Granularity.DAY, null)));
    Annotations.Span span = new Annotations.Span(10, 10 + quote.length());
    Attributions attributions = new Attributions(a.id(),
        List.of(new Quote(quote, span, List.of(span), Quote.Kind.DIRECT, SPEAKER_ID, null, null, "said", null, 0)),
        List.of(new Citation(Citation.Kind.OUTLET, "Wire Agency", null, null, "reported", new Annotations.Span(50, 61))));
    PlaceRef place = new PlaceRef(KUPIANSK, 704508, "Kupiansk", "Kupiansk", 49.7106, 37.6156);
    Claim claim = new Claim(Claim.idOf(a.id(), 0, 40, ClaimType.CONTROL, KUPIANSK), a.id(), ClaimType.CONTROL,
        Party.ofSide("Ukrainian forces", "Ukraine"), Effect.GAIN, place, null, null, polarity, Modality.CLAIMED, List.of(),
        new EventTime("2025-12-25", TimeRef.Granularity.DAY, true), Party.ofSide(claimant, side), a.source(), a.published(),
        List.of(), 0, 40, "Ukrainian forces control most of <Kupiansk>.", 0.8, null);
    return new ArticleAnalysis(a.id(), a.contentHash(), a.title(), a.source(), a.published(), annotations, attributions, List.of(claim));
  }
}
