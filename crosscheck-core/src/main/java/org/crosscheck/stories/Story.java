package org.crosscheck.stories;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.crosscheck.model.Ids;

/**
 * A story: the articles that report one event, in arrival order.
 *
 * @param id stable id, derived from the id of the story's first article
 * @param label the headline that best matches the story as a whole
 * @param start time of the earliest article with a time, or {@code null}
 * @param end time of the latest article with a time, or {@code null}
 * @param outlets outlets, most articles first (copies included: running a story is covering it)
 * @param topTerms heaviest content terms
 * @param topEntities heaviest entity keys
 * @param topPlaces heaviest place keys
 * @param articles the articles, in arrival order, copies marked
 * @param mergedStoryIds ids of stories that were merged into this one
 * @param closed whether the story has gone quiet and left memory
 */
public record Story(
    String id,
    String label,
    Instant start,
    Instant end,
    List<String> outlets,
    List<String> topTerms,
    List<String> topEntities,
    List<String> topPlaces,
    List<Member> articles,
    List<String> mergedStoryIds,
    boolean closed) {

  public Story {
    outlets = List.copyOf(outlets);
    topTerms = List.copyOf(topTerms);
    topEntities = List.copyOf(topEntities);
    topPlaces = List.copyOf(topPlaces);
    articles = List.copyOf(articles);
    mergedStoryIds = List.copyOf(mergedStoryIds);
  }

  /**
   * One article of a story.
   *
   * @param articleId the article
   * @param title its headline
   * @param outlet its outlet, or {@code null}
   * @param time its publication time, or {@code null}
   * @param copyOf the article it copies (or, for {@link DuplicateLink.Kind#VERSION}, the later
   *     version that supersedes it), or {@code null} when it is a report in its own right
   * @param copyKind how it copies {@code copyOf}, or {@code null}
   */
  public record Member(String articleId, String title, String outlet, Instant time, String copyOf,
      DuplicateLink.Kind copyKind) {

    Member asCopyOf(String original, DuplicateLink.Kind kind) {
      return new Member(articleId, title, outlet, time, original, kind);
    }

    /** This member as a revised version of its article gives it: new headline, outlet and time. */
    Member revised(String newTitle, String newOutlet, Instant newTime) {
      return new Member(articleId, newTitle, newOutlet, newTime, copyOf, copyKind);
    }
  }

  /** Every article id, copies included, in arrival order. */
  public List<String> articleIds() {
    return articles.stream().map(Member::articleId).toList();
  }

  /**
   * The articles as a reader follows the event: by publication time, undated ones last, arrival
   * order between equals (a folder ingested at once arrives in no useful order).
   */
  public List<Member> articlesByTime() {
    return articles.stream().sorted(Comparator.comparing(Member::time, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }

  /** How many distinct reports the story holds: each copy counts once, with its original. */
  public int reportCount() {
    return (int) articles.stream().filter(m -> m.copyOf() == null).count();
  }

  /**
   * This story with one more article, for a story that is no longer live: {@code m} as given and,
   * when {@code displacedId} is not null, that member marked as a copy of {@code m}.
   */
  public Story withArticle(Member m, String displacedId, DuplicateLink.Kind kind) {
    List<Member> members = new ArrayList<>();
    for (Member x : articles) members.add(x.articleId().equals(displacedId) ? x.asCopyOf(m.articleId(), kind) : x);
    members.add(m);
    Instant s = start;
    Instant e = end;
    if (m.time() != null) {
      if (s == null || m.time().isBefore(s)) s = m.time();
      if (e == null || m.time().isAfter(e)) e = m.time();
    }
    return new Story(id, label, s, e, outletsOf(members), topTerms, topEntities, topPlaces, members, mergedStoryIds, closed);
  }

  /**
   * This story with its member {@code m.articleId()} replaced by {@code m}'s headline, outlet and
   * time (a revised report), for a story that is no longer live; the span is worked out afresh.
   */
  public Story withRevised(Member m) {
    List<Member> members = new ArrayList<>();
    for (Member x : articles) members.add(x.articleId().equals(m.articleId()) ? x.revised(m.title(), m.outlet(), m.time()) : x);
    Instant s = null;
    Instant e = null;
    for (Member x : members) {
      if (x.time() == null) continue;
      if (s == null || x.time().isBefore(s)) s = x.time();
      if (e == null || x.time().isAfter(e)) e = x.time();
    }
    return new Story(id, label, s, e, outletsOf(members), topTerms, topEntities, topPlaces, members, mergedStoryIds, closed);
  }

  /**
   * This story with each member's outlet as {@code names} calls it now (a bare host stored before
   * the outlet's name was learned, say) and its outlets counted afresh; the same story when no
   * outlet changes.
   */
  public Story withOutletsNamed(UnaryOperator<String> names) {
    List<Member> members = new ArrayList<>();
    boolean changed = false;
    for (Member m : articles) {
      String named = m.outlet() == null ? null : names.apply(m.outlet());
      changed |= !Objects.equals(named, m.outlet());
      members.add(m.revised(m.title(), named, m.time()));
    }
    return changed ? new Story(id, label, start, end, outletsOf(members), topTerms, topEntities, topPlaces, members, mergedStoryIds, closed)
        : this;
  }

  /**
   * Outlets of {@code members}, most articles first, ties in order of first appearance; a site's
   * host ("lisbonherald.example") counts under the outlet's name when another report gives it.
   */
  static List<String> outletsOf(List<Member> members) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Member m : members) if (m.outlet() != null) counts.merge(m.outlet(), 1, Integer::sum);
    for (String host : List.copyOf(counts.keySet())) {
      counts.keySet().stream().filter(name -> Outlets.isSiteOf(host, name)).findFirst()
          .ifPresent(name -> counts.merge(name, counts.remove(host), Integer::sum));
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
  }

  /** The id of the story a report begins: stable, so the same stream gives the same ids. */
  public static String idFor(String firstArticleId) {
    return Ids.of("story:" + firstArticleId);
  }
}
