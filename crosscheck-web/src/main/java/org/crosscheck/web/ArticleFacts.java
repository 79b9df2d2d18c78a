package org.crosscheck.web;

import java.util.List;
import org.crosscheck.model.Article;

/**
 * What annotation found in one article, in the shape the pages and the API show: places with
 * coordinates, named entities and quotes. Today an implementation may annotate on demand; once
 * annotations are stored it reads them. {@link #NONE} leaves the sections that need them out.
 */
public interface ArticleFacts {

  Facts of(Article article);

  ArticleFacts NONE = article -> Facts.EMPTY;

  /** The facts of one article. */
  record Facts(List<PlaceRef> places, List<EntityRef> entities, List<QuoteRef> quotes) {
    public static final Facts EMPTY = new Facts(List.of(), List.of(), List.of());

    public Facts {
      places = List.copyOf(places);
      entities = List.copyOf(entities);
      quotes = List.copyOf(quotes);
    }
  }

  /**
   * A place named in the article.
   *
   * @param id a stable id (e.g. {@code geonames:706200})
   * @param name the gazetteer's name
   * @param region first-level admin division, or {@code null}
   * @param country ISO 3166-1 alpha-2 code, or empty
   * @param mentions how often the article names it
   */
  record PlaceRef(String id, String name, double lat, double lon, String region, String country, int mentions) {}

  /** A named person, organisation or place, with its type ("PERSON", "ORGANIZATION", ...). */
  record EntityRef(String id, String name, String type, int mentions) {}

  /** Words attributed to a speaker; {@code speakerId} may be null when the speaker is unnamed. */
  record QuoteRef(String speakerId, String speaker, String text, String kind, String cue) {}
}
