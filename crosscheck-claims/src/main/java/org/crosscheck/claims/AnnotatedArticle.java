package org.crosscheck.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.stories.Outlets;

/**
 * An article with its annotations and attributions, and the look-ups claim rules need over them.
 *
 * @param article the article (offsets refer to {@link Article#text()})
 * @param annotations what the annotator found in it
 * @param attributions its quotes and citations, over the same text
 * @param outlet the reporting outlet, as {@link Outlets#named} names it (read once: every claim
 *     carries it, and naming a text dump runs the wire-credit check)
 */
public record AnnotatedArticle(Article article, Annotations annotations, Attributions attributions, String text,
    Map<String, Place> placesById, Map<String, Entity> entitiesById, String outlet) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(attributions, "attributions");
  }

  public AnnotatedArticle(Article article, Annotations annotations, Attributions attributions) {
    this(article, annotations, attributions, article.text(), index(annotations.places()), entities(annotations.entities()),
        Outlets.named(article));
  }

  /** Attributes the article's quotes with {@code attributor} (stateless, shareable). */
  public static AnnotatedArticle of(Article article, Annotations annotations, Attributor attributor) {
    return new AnnotatedArticle(article, annotations, attributor.attribute(article.text(), annotations));
  }

  private static Map<String, Place> index(List<Place> places) {
    Map<String, Place> m = new HashMap<>();
    for (Place p : places) m.put(p.entityId(), p);
    return m;
  }

  private static Map<String, Entity> entities(List<Entity> entities) {
    Map<String, Entity> m = new HashMap<>();
    for (Entity e : entities) m.put(e.id(), e);
    return m;
  }

  /** The mentions inside {@code [from, to)}, in text order. */
  public List<Mention> mentionsIn(int from, int to) {
    List<Mention> all = annotations.mentions();
    int lo = 0;
    int hi = all.size();
    while (lo < hi) { // mentions are in text order: find the first starting at or after from
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < from) lo = mid + 1;
      else hi = mid;
    }
    List<Mention> out = new java.util.ArrayList<>();
    for (int i = lo; i < all.size() && all.get(i).start() < to; i++) {
      if (all.get(i).end() <= to) out.add(all.get(i));
    }
    return out;
  }

  /** The place a mention names, or {@code null}. */
  public Place place(Mention m) {
    return placesById.get(m.entityId());
  }

  /** The entity a mention names, or {@code null}. */
  public Entity entity(Mention m) {
    return entitiesById.get(m.entityId());
  }

  /** The entity with this id, or {@code null}. */
  public Entity entity(String entityId) {
    return entityId == null ? null : entitiesById.get(entityId);
  }

}
