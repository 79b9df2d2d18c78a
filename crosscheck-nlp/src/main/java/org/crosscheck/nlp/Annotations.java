package org.crosscheck.nlp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the annotator found in one article.
 *
 * @param articleId the annotated article's id
 * @param sentences sentence spans, as {@code [start, end)} character offsets in the text
 * @param mentions every entity mention, in text order
 * @param entities the distinct entities, most mentioned first
 * @param places the resolved places, most mentioned first
 * @param times the date and time expressions, in text order
 */
public record Annotations(
    String articleId,
    List<Span> sentences,
    List<Mention> mentions,
    List<Entity> entities,
    List<Place> places,
    List<TimeRef> times) {

  /** A character span. */
  public record Span(int start, int end) {}

  public Annotations {
    Objects.requireNonNull(articleId, "articleId");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    times = List.copyOf(times);
  }

  /** The entity with this id, if the article names it. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
