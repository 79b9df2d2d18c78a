package org.crosscheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.attribution.Quote;
import org.crosscheck.web.Analyses;
import org.crosscheck.web.ArticleFacts;

/**
 * The web pages' facts read from the stored analyses, so serving loads no models. The analysis
 * index is opened when first needed (an ingest beside the server may create it later) and
 * refreshed when its writer commits. An article not analysed yet simply has no facts.
 */
final class StoredFacts implements ArticleFacts, Analyses, AutoCloseable {
  private final Path dataDir;
  private final OutletNames outlets;
  private Wiring.ReadAnalyses analyses;
  /** Opened by a request since the poller last looked: what pages saw changed, so the next refresh says so. */
  private boolean openedSinceRefresh;

  /** @param outlets the names statuses know outlets by; the server's, which its poller reads again */
  StoredFacts(Path dataDir, OutletNames outlets) {
    this.dataDir = dataDir;
    this.outlets = outlets;
  }

  @Override
  public Facts of(Article article) {
    try {
      Optional<AnalysisStore> store = store();
      if (store.isEmpty()) return Facts.EMPTY;
      return store.get().get(article.id()).map(StoredFacts::facts).orElse(Facts.EMPTY);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the analyses in " + dataDir, e);
    }
  }

  /** Opens the analyses on first need; until an ingest has written some, there are none. */
  @Override
  public synchronized Optional<AnalysisStore> store() {
    if (analyses == null) {
      try {
        analyses = Wiring.openAnalysesReadOnly(dataDir, outlets);
        openedSinceRefresh = true;
      } catch (IOException notAnalysedYet) {
        return Optional.empty();
      }
    }
    return Optional.of(analyses.store());
  }

  /** Called by the server's poller only, so requests never wait on a refresh. */
  @Override
  public synchronized boolean refresh() throws IOException {
    if (analyses == null && store().isEmpty()) return false;
    boolean changed = analyses.store().refresh() | openedSinceRefresh;
    openedSinceRefresh = false;
    if (analyses.stories() != null) analyses.stories().refresh(); // the representative function reads them
    return changed;
  }

  private static Facts facts(ArticleAnalysis a) {
    List<PlaceRef> places = new ArrayList<>();
    for (Place p : a.annotations().places()) {
      places.add(new PlaceRef(p.entityId(), p.name(), p.lat(), p.lon(), p.region(), p.country(), p.mentions()));
    }
    List<EntityRef> entities = new ArrayList<>();
    for (Entity e : a.annotations().entities()) entities.add(new EntityRef(e.id(), e.name(), e.type().name(), e.mentions()));
    List<QuoteRef> quotes = new ArrayList<>();
    for (Quote q : a.attributions().quotes()) {
      String speaker = q.speakerId() == null ? q.speakerDescription()
          : a.annotations().entity(q.speakerId()).map(Entity::name).orElse(q.speakerDescription());
      quotes.add(new QuoteRef(q.speakerId(), speaker, q.text(), q.kind().name().toLowerCase(Locale.ROOT), q.cue()));
    }
    return new Facts(places, entities, quotes);
  }

  @Override
  public synchronized void close() throws IOException {
    if (analyses != null) analyses.close();
  }
}
