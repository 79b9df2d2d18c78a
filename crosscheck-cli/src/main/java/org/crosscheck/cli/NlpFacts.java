package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.nlp.attribution.Quote;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.PlaceResolver;
import org.crosscheck.web.ArticleFacts;

/**
 * Facts for the web pages by annotating articles when a page first needs them (the server caches
 * the result per article version). The models load in the background from construction on; the
 * first page that needs them waits. Replaced by a store read once annotations are persisted.
 */
final class NlpFacts implements ArticleFacts {
  private final CompletableFuture<Annotator> annotator;
  private final Attributor attributor = new Attributor();

  NlpFacts() {
    annotator = CompletableFuture.supplyAsync(() -> new Annotator(NlpSettings.defaults(), new PlaceResolver(Gazetteer.loadDefault())));
  }

  @Override
  public Facts of(Article article) {
    Annotations a = annotator.join().annotate(article);
    Attributions quotes = attributor.attribute(article.text(), a);
    List<PlaceRef> places = new ArrayList<>();
    for (Place p : a.places()) places.add(new PlaceRef(p.entityId(), p.name(), p.lat(), p.lon(), p.region(), p.country(), p.mentions()));
    List<EntityRef> entities = new ArrayList<>();
    for (Entity e : a.entities()) entities.add(new EntityRef(e.id(), e.name(), e.type().name(), e.mentions()));
    List<QuoteRef> quoteRefs = new ArrayList<>();
    for (Quote q : quotes.quotes()) {
      String speaker = q.speakerId() == null ? q.speakerDescription() : a.entity(q.speakerId()).map(Entity::name).orElse(q.speakerDescription());
      quoteRefs.add(new QuoteRef(q.speakerId(), speaker, q.text(), q.kind().name().toLowerCase(Locale.ROOT), q.cue()));
    }
    return new Facts(places, entities, quoteRefs);
  }
}
