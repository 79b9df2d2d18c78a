package org.crosscheck.nlp.attribution;

import java.util.Locale;
import java.util.Objects;
import org.crosscheck.nlp.Annotations.Span;

/**
 * A provenance edge: the article relays what an outlet, person, event or report gave out.
 *
 * @param kind what is relayed
 * @param target the name as written, without a leading article ("Kyiv Post", "televised
 *     briefing", "a report" becomes "report")
 * @param targetId the {@link org.crosscheck.nlp.Entity} id of the target, if the annotator knows it
 * @param via who carried it, where the text says so ("Ukrainian state media" for a briefing
 *     carried by Ukrainian state media), or {@code null}
 * @param cue the words that make the link ("reported", "according to", "told", "during")
 * @param span where the target is named
 */
public record Citation(Kind kind, String target, String targetId, String via, String cue, Span span) {

  /** What a citation points at. */
  public enum Kind {
    /** A news outlet or agency: "The Kyiv Post reported", "told TASS". */
    OUTLET,
    /** A person or group: "according to Ukrainian officials". */
    PERSON,
    /** An occasion: "during a televised briefing", "in a statement". */
    EVENT,
    /** A document with no named author: "according to a report". */
    REPORT
  }

  public Citation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(span, "span");
  }

  /**
   * The kind as a listing shows it: a {@link Kind#PERSON} source reads "person" or "organisation"
   * when the annotator knows which ("according to the United Nations"), else "source".
   */
  public String kindLabel() {
    if (kind != Kind.PERSON) return kind.name().toLowerCase(Locale.ROOT);
    if (targetId != null && targetId.startsWith("person:")) return "person";
    if (targetId != null && targetId.startsWith("organization:")) return "organisation";
    return "source";
  }
}
