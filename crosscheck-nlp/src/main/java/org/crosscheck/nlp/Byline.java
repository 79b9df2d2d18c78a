package org.crosscheck.nlp;

import java.util.List;
import java.util.Objects;

/**
 * The names an article is signed with, kept apart because they are read apart: an author's name
 * where the text writes it is a person ("By Jordan Paris" names no place), the outlet's an
 * organisation ("(Red Sea Wire)" names no state).
 *
 * @param authors the authors' names, as the article states them
 * @param outlet the outlet's name, or {@code null}
 */
public record Byline(List<String> authors, String outlet) {
  /** An article signed by nobody the annotator is told of. */
  public static final Byline NONE = new Byline(List.of(), null);

  public Byline {
    authors = authors.stream().filter(Objects::nonNull).toList();
  }
}
