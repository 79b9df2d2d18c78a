package org.crosscheck.analysis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.EventTime;
import org.crosscheck.claims.Modality;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Polarity;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;

/** Builds article analyses by hand, as the stages would, so store tests need no models. */
public final class Analyses {
  public static final String KUPIANSK = "geonames:704508";
  public static final Place KUPIANSK_PLACE = new Place(KUPIANSK, 704508, "Kupiansk", 49.7106, 37.6156, "PPLA2", "UA",
      "Kharkiv Oblast", List.of("Kupyansk"), 1);
  public static final Place ODESA_PLACE = new Place("geonames:698740", 698740, "Odesa", 46.4775, 30.7326, "PPLA", "UA",
      "Odesa Oblast", List.of("Odesa"), 1);

  private final String id;
  private final String outlet;
  private final OffsetDateTime published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Place> places = new ArrayList<>();
  private final List<TimeRef> times = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Citation> citations = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();

  private Analyses(String id, String outlet, OffsetDateTime published) {
    this.id = id;
    this.outlet = outlet;
    this.published = published;
  }

  public static Analyses article(String id, String outlet, String published) {
    return new Analyses(id, outlet, published == null ? null : OffsetDateTime.parse(published));
  }

  public Analyses entity(String entityId, EntityType type, String name, int mentions, String... aliases) {
    entities.add(new Entity(entityId, type, name, List.of(aliases), mentions, List.of(), null));
    return this;
  }

  public Analyses person(String entityId, String name, String role, String side, String... aliases) {
    entities.add(new Entity(entityId, EntityType.PERSON, name, List.of(aliases), 2, List.of(role), side));
    return this;
  }

  public Analyses place(Place p) {
    places.add(p);
    List<String> aliases = p.surfaces().stream().filter(s -> !s.equals(p.name())).toList();
    entities.add(new Entity(p.entityId(), EntityType.LOCATION, p.name(), aliases, p.mentions(), List.of(), null));
    return this;
  }

  public Analyses time(String text, String value) {
    times.add(new TimeRef(0, text.length(), text, value, TimeRef.Granularity.DAY, null));
    return this;
  }

  public Analyses quote(String text, int start, String speakerId, String description) {
    Annotations.Span span = new Annotations.Span(start, start + text.length());
    quotes.add(new Quote(text, span, List.of(span), Quote.Kind.DIRECT, speakerId, description, null, "said", null, 0));
    return this;
  }

  public Analyses citation(String target, int start) {
    citations.add(new Citation(Citation.Kind.OUTLET, target, null, null, "reported", new Annotations.Span(start, start + target.length())));
    return this;
  }

  /** A control claim about Kupiansk by {@code actorSide}. */
  public Analyses control(int start, String actorSide, Effect effect, Polarity polarity, String eventTime, Party claimant) {
    return control(start, actorSide, effect, polarity, eventTime, claimant,
        new PlaceRef(KUPIANSK, 704508, "Kupiansk", "Kupyansk", 49.7106, 37.6156));
  }

  public Analyses control(int start, String actorSide, Effect effect, Polarity polarity, String eventTime, Party claimant,
      PlaceRef place) {
    String claimId = Claim.idOf(id, start, start + 40, ClaimType.CONTROL, place == null ? "-" : place.entityId());
    claims.add(new Claim(claimId, id, ClaimType.CONTROL, Party.ofSide(actorSide + " forces", actorSide), effect, place,
        null, null, polarity, Modality.CLAIMED, List.of(), new EventTime(eventTime, TimeRef.Granularity.DAY, true),
        claimant, outlet, published, List.of(), start, start + 40, "A sentence of the report.", 0.8, null));
    return this;
  }

  public ArticleAnalysis build() {
    Annotations annotations = new Annotations(id, List.of(new Annotations.Span(0, 100)), List.of(), entities, places, times);
    return new ArticleAnalysis(id, "hash-" + id, "Title of " + id, outlet, published, annotations,
        new Attributions(id, quotes, citations), claims);
  }
}
