package org.crosscheck.analysis.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.analysis.Aggregates;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.ArticleRef;
import org.crosscheck.analysis.CitationHit;
import org.crosscheck.analysis.Lookup;
import org.crosscheck.analysis.Periods;
import org.crosscheck.analysis.QuoteHit;
import org.crosscheck.claims.Claim;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;

/**
 * The documents one analysis becomes: the analysis itself (its JSON, the record of truth, plus the
 * ids and days articles are filtered by) and one small document per entity, place, quote, citation
 * and claim, each with its own JSON, so listings across articles read only what they list. All
 * carry the article id and are replaced together.
 */
final class AnalysisDocuments {
  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String HASH = "hash";
  /** The fingerprint of the analyser that made an analysis; absent from those stored before it was recorded. */
  static final String ANALYSER = "analyser";
  static final String JSON = "json";
  /** Folded names an entity or place answers to. */
  static final String KEY = "key";
  static final String ENTITY = "entity";
  static final String TYPE = "type";
  static final String PLACE = "place";
  static final String PLACE_KEY = "place_key";
  static final String COUNTRY = "country";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_KEY = "speaker_key";
  static final String TARGET = "target";
  static final String CLAIMANT = "claimant";
  static final String CLAIMANT_KEY = "claimant_key";
  static final String ACTOR = "actor";
  /** Day spans (epoch days, both ends included): the dates an article mentions, a claim's event time. */
  static final String DAYS = "days";

  enum Kind { ANALYSIS, ENTITY, PLACE, QUOTE, CITATION, CLAIM }

  /** The marker of claims without a place. */
  static final String NO_PLACE = "-";

  private AnalysisDocuments() {}

  static String kind(Kind k) {
    return k.name().toLowerCase(java.util.Locale.ROOT);
  }

  static List<Document> of(ArticleAnalysis a) {
    ArticleRef ref = a.ref();
    List<Document> docs = new ArrayList<>();
    docs.add(analysis(a));
    for (Entity e : a.annotations().entities()) {
      Document d = doc(Kind.ENTITY, a.articleId(), new Aggregates.EntityInArticle(e, ref));
      d.add(new KeywordField(ENTITY, e.id(), Field.Store.YES));
      d.add(new KeywordField(TYPE, e.type().name(), Field.Store.NO));
      for (String k : Lookup.keys(e)) d.add(new KeywordField(KEY, k, Field.Store.NO));
      docs.add(d);
    }
    for (Place p : a.annotations().places()) {
      Document d = doc(Kind.PLACE, a.articleId(), new Aggregates.PlaceInArticle(p, ref));
      d.add(new KeywordField(PLACE, p.entityId(), Field.Store.NO));
      if (p.country() != null && !p.country().isEmpty()) d.add(new KeywordField(COUNTRY, p.country().toUpperCase(java.util.Locale.ROOT), Field.Store.NO));
      docs.add(d);
    }
    for (Quote q : a.attributions().quotes()) {
      String name = q.speakerId() == null ? q.speakerDescription()
          : a.annotations().entity(q.speakerId()).map(Entity::name).orElse(q.speakerDescription());
      Document d = doc(Kind.QUOTE, a.articleId(), new QuoteHit(ref, q, name));
      if (q.speakerId() != null) d.add(new KeywordField(SPEAKER, q.speakerId(), Field.Store.NO));
      addKey(d, SPEAKER_KEY, q.speakerDescription());
      docs.add(d);
    }
    for (Citation c : a.attributions().citations()) {
      Document d = doc(Kind.CITATION, a.articleId(), new CitationHit(ref, c));
      addKey(d, TARGET, c.target());
      if (c.targetId() != null) d.add(new KeywordField(ENTITY, c.targetId(), Field.Store.NO));
      docs.add(d);
    }
    for (Claim c : a.claims()) {
      Document d = doc(Kind.CLAIM, a.articleId(), c);
      d.add(new KeywordField(TYPE, c.type().name(), Field.Store.NO));
      d.add(new KeywordField(PLACE, c.place() == null ? NO_PLACE : c.place().entityId(), Field.Store.NO));
      if (c.place() != null) {
        addKey(d, PLACE_KEY, c.place().name());
        addKey(d, PLACE_KEY, c.place().surface());
      }
      if (c.claimant() != null) {
        if (c.claimant().entityId() != null) d.add(new KeywordField(CLAIMANT, c.claimant().entityId(), Field.Store.NO));
        addKey(d, CLAIMANT_KEY, c.claimant().name());
      }
      if (c.actor() != null && c.actor().entityId() != null) d.add(new KeywordField(ACTOR, c.actor().entityId(), Field.Store.NO));
      Periods.of(c.eventTime().value()).ifPresent(days -> addDays(d, days));
      docs.add(d);
    }
    return docs;
  }

  private static Document analysis(ArticleAnalysis a) {
    Document d = doc(Kind.ANALYSIS, a.articleId(), a);
    d.add(new StoredField(HASH, a.contentHash()));
    if (a.analyser() != null) d.add(new KeywordField(ANALYSER, a.analyser(), Field.Store.YES));
    Set<String> keys = new LinkedHashSet<>();
    for (Entity e : a.annotations().entities()) {
      d.add(new KeywordField(ENTITY, e.id(), Field.Store.NO));
      if (e.type() == EntityType.LOCATION) d.add(new KeywordField(PLACE, e.id(), Field.Store.NO));
      keys.addAll(Lookup.keys(e));
    }
    for (String k : keys) d.add(new KeywordField(KEY, k, Field.Store.NO));
    for (TimeRef t : a.annotations().times()) Periods.of(t.value()).ifPresent(days -> addDays(d, days));
    return d;
  }

  private static Document doc(Kind kind, String articleId, Object json) {
    Document d = new Document();
    d.add(new StringField(KIND, kind(kind), Field.Store.NO));
    d.add(new StringField(ARTICLE, articleId, Field.Store.YES));
    d.add(new StoredField(JSON, new BytesRef(Json.toBytes(json))));
    return d;
  }

  private static void addKey(Document d, String field, String name) {
    String k = Lookup.key(name);
    if (!k.isEmpty()) d.add(new KeywordField(field, k, Field.Store.NO));
  }

  private static void addDays(Document d, Periods.Days days) {
    d.add(new LongRange(DAYS, new long[] {days.first().toEpochDay()}, new long[] {days.last().toEpochDay()}));
  }

  /** The epoch day of a filter bound, open ends as the extremes. */
  static long epochDay(LocalDate day, boolean upper) {
    return Optional.ofNullable(day).map(LocalDate::toEpochDay).orElse(upper ? Long.MAX_VALUE : Long.MIN_VALUE);
  }
}
