package org.crosscheck.claims;

/**
 * A person, organisation or group acting in or speaking about events.
 *
 * @param entityId the annotation's entity id, or {@code null} for an unnamed party ("Ukrainian officials")
 * @param name the name or the words as written
 * @param description a role or description the text gives, or {@code null}
 * @param side the country or group it stands for ("Ukraine", "M23"), or {@code null} when unknown
 */
public record Party(String entityId, String name, String description, String side) {

  /** A party known only by its side ("Russian troops"). */
  public static Party ofSide(String words, String side) {
    return new Party(null, words, null, side);
  }
}
