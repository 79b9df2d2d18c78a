package org.crosscheck.analysis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.Place;

/**
 * Folds per-article entities and places into one summary each, the same way whatever store they
 * come from. Rows are taken oldest article first, so the result does not depend on storage order.
 */
public final class Aggregates {
  private Aggregates() {}

  /** An entity as one article gives it. */
  public record EntityInArticle(Entity entity, ArticleRef article) {}

  /** A place as one article gives it. */
  public record PlaceInArticle(Place place, ArticleRef article) {}

  /** Oldest article first; undated articles last; ties by article id. */
  public static final Comparator<ArticleRef> ARTICLE_ORDER = Comparator
      .comparing((ArticleRef a) -> a.published() == null ? null : a.published().toInstant(),
          Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(ArticleRef::id);

  /** One summary per entity id, most articles first, then most mentions, then id. */
  public static List<EntitySummary> entities(List<EntityInArticle> rows) {
    Map<String, List<EntityInArticle>> byId = group(rows, r -> r.entity().id(), EntityInArticle::article);
    List<EntitySummary> out = new ArrayList<>(byId.size());
    byId.forEach((id, group) -> out.add(entity(group)));
    out.sort(Comparator.comparingInt(EntitySummary::articles).reversed()
        .thenComparing(Comparator.comparingInt(EntitySummary::mentions).reversed())
        .thenComparing(EntitySummary::id));
    return out;
  }

  private static EntitySummary entity(List<EntityInArticle> group) {
    Map<String, Integer> names = new HashMap<>();
    Set<String> spellings = new LinkedHashSet<>();
    Set<String> roles = new LinkedHashSet<>();
    Map<String, Integer> sides = new HashMap<>();
    Set<String> articles = new LinkedHashSet<>();
    int mentions = 0;
    for (EntityInArticle r : group) {
      Entity e = r.entity();
      names.merge(e.name(), 1, Integer::sum);
      spellings.add(e.name());
      spellings.addAll(e.aliases());
      roles.addAll(e.roles());
      if (e.side() != null) sides.merge(e.side(), 1, Integer::sum);
      articles.add(r.article().id());
      mentions += e.mentions();
    }
    String name = mostFrequent(names);
    spellings.remove(name);
    Entity first = group.get(0).entity();
    return new EntitySummary(first.id(), first.type(), name, List.copyOf(spellings), List.copyOf(roles),
        sides.isEmpty() ? null : mostFrequent(sides), articles.size(), mentions,
        seen(group, EntityInArticle::article, true), seen(group, EntityInArticle::article, false));
  }

  /** One summary per place id, most articles first, then most mentions, then id. */
  public static List<PlaceSummary> places(List<PlaceInArticle> rows) {
    Map<String, List<PlaceInArticle>> byId = group(rows, r -> r.place().entityId(), PlaceInArticle::article);
    List<PlaceSummary> out = new ArrayList<>(byId.size());
    byId.forEach((id, group) -> {
      Place p = group.get(0).place();
      Set<String> surfaces = new LinkedHashSet<>();
      Set<String> articles = new LinkedHashSet<>();
      int mentions = 0;
      for (PlaceInArticle r : group) {
        surfaces.addAll(r.place().surfaces());
        articles.add(r.article().id());
        mentions += r.place().mentions();
      }
      out.add(new PlaceSummary(id, p.geonameId(), p.name(), p.lat(), p.lon(), p.featureCode(), p.country(), p.region(),
          List.copyOf(surfaces), articles.size(), mentions,
          seen(group, PlaceInArticle::article, true), seen(group, PlaceInArticle::article, false)));
    });
    out.sort(Comparator.comparingInt(PlaceSummary::articles).reversed()
        .thenComparing(Comparator.comparingInt(PlaceSummary::mentions).reversed())
        .thenComparing(PlaceSummary::id));
    return out;
  }

  private static <R> Map<String, List<R>> group(List<R> rows, Function<R, String> id, Function<R, ArticleRef> article) {
    List<R> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(article, ARTICLE_ORDER));
    Map<String, List<R>> byId = new LinkedHashMap<>();
    for (R r : sorted) byId.computeIfAbsent(id.apply(r), k -> new ArrayList<>()).add(r);
    return byId;
  }

  /** The key counted most; ties go to the longer, then the alphabetically first. */
  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .findFirst().orElseThrow().getKey();
  }

  private static <R> OffsetDateTime seen(List<R> group, Function<R, ArticleRef> article, boolean first) {
    OffsetDateTime best = null;
    for (R r : group) {
      OffsetDateTime t = article.apply(r).published();
      if (t == null) continue;
      if (best == null || (first ? t.isBefore(best) : t.isAfter(best))) best = t;
    }
    return best;
  }
}
