package org.crosscheck.nlp;

import java.util.Objects;

/**
 * One occurrence of a named entity in an article's text.
 *
 * @param start character offset of the first character in {@code Article.text()}
 * @param end character offset after the last character
 * @param text the words as written ("Zelenskyy's" is reported as "Zelenskyy")
 * @param type the kind of entity
 * @param entityId the canonical id of the {@link Entity} it refers to
 */
public record Mention(int start, int end, String text, EntityType type, String entityId) {
  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entityId, "entityId");
  }
}
