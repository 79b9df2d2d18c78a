package org.crosscheck.nlp.attribution;

import java.util.List;
import java.util.Objects;
import org.crosscheck.nlp.Annotations.Span;

/**
 * Something a source said, as the article gives it.
 *
 * @param text the words attributed, the parts joined by a space (quote marks left out)
 * @param span from the start of the first part to the end of the last
 * @param parts the content pieces in text order: for a direct quote each quoted stretch with its
 *     quote marks ("They are surrendering," … "There have even been cases …"), for reported speech
 *     the reported clause
 * @param kind direct, partial (reported speech holding quoted words) or indirect
 * @param speakerId the {@link org.crosscheck.nlp.Entity} id of the speaker, or {@code null} when
 *     the speaker is not named ("another Russian military blogger") or not found
 * @param speakerDescription the words naming the speaker as written ("Trehubov", "he", "Another
 *     Russian military blogger"), or, for a quote that carries on an earlier one, that one's
 *     description; {@code null} when no speaker was found
 * @param speakerSpan where those words are, or {@code null} when the quote itself names no one
 * @param cue the attributing words ("said", "according to", "also reported"), or {@code null} for
 *     a quote that carries on the one before it
 * @param cueSpan where the cue is, or {@code null}
 * @param sentence index of the sentence the quote starts in
 */
public record Quote(
    String text,
    Span span,
    List<Span> parts,
    Kind kind,
    String speakerId,
    String speakerDescription,
    Span speakerSpan,
    String cue,
    Span cueSpan,
    int sentence) {

  /** How the words reach the reader. */
  public enum Kind {
    /** Verbatim, between quote marks. */
    DIRECT,
    /** Reported speech with some verbatim words in quote marks. */
    PARTIAL,
    /** Reported speech: "X said that …", "according to X, …". */
    INDIRECT
  }

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new IllegalArgumentException("a quote needs at least one part");
  }
}
