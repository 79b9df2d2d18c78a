package org.crosscheck.analysis;

import java.time.LocalDate;

/**
 * Which analysed articles to find; every part is optional ({@code null}) and all given parts must hold.
 *
 * @param entity an entity the article names: id, name or any spelling seen
 * @param place a place the article names: id, name or any spelling seen
 * @param mentionedFrom the article mentions a date on or after this day (a month or year
 *     mentioned counts when it overlaps)
 * @param mentionedTo the article mentions a date on or before this day
 */
public record ArticleFilter(String entity, String place, LocalDate mentionedFrom, LocalDate mentionedTo) {

  public boolean isEmpty() {
    return blank(entity) && blank(place) && mentionedFrom == null && mentionedTo == null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
