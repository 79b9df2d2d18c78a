package org.crosscheck.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One claim read from one article.
 *
 * @param id stable id: a hash of the article id, evidence span, type and object
 * @param articleId the article it was read from
 * @param type what it is about
 * @param actor who acts (takes, loses, attacks), or {@code null} when the text does not say
 * @param effect gain or loss for the actor
 * @param place the place it is about, or {@code null}
 * @param part the part of the place ("most of", "northern districts"), or {@code null}
 * @param quantity the number it states (attack counts included), or {@code null}
 * @param polarity asserted, denied or conceded
 * @param modality how firmly the report puts it
 * @param hedges weakening words ("all but", "appear to")
 * @param eventTime when the event happened
 * @param claimant who says so, or {@code null} when the outlet says it in its own voice
 * @param outlet the reporting outlet
 * @param reportTime when the article was published, or {@code null}
 * @param citations the provenance chain, from the outlet to the original source
 * @param evidenceStart start of the evidence sentence in the article text
 * @param evidenceEnd end of the evidence sentence
 * @param sentence the evidence sentence
 * @param confidence how sure the extractor is, in [0, 1]
 * @param deniesClaimId the claim this one denies, or {@code null}
 */
public record Claim(
    String id,
    String articleId,
    ClaimType type,
    Party actor,
    Effect effect,
    PlaceRef place,
    String part,
    Quantity quantity,
    Polarity polarity,
    Modality modality,
    List<String> hedges,
    EventTime eventTime,
    Party claimant,
    String outlet,
    OffsetDateTime reportTime,
    List<CitationHop> citations,
    int evidenceStart,
    int evidenceEnd,
    String sentence,
    double confidence,
    String deniesClaimId) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(eventTime, "eventTime");
    Objects.requireNonNull(sentence, "sentence");
    hedges = List.copyOf(hedges);
    citations = List.copyOf(citations);
  }

  /**
   * Hashed by its id alone, which equal claims share: the cross-check keys maps by claim, and
   * hashing every field (the sentence, the citation chain) on each look-up was a cost of its own.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** This claim with another actor and claimant (sides read afresh after extraction). */
  public Claim withParties(Party newActor, Party newClaimant) {
    return new Claim(id, articleId, type, newActor, effect, place, part, quantity, polarity, modality, hedges, eventTime,
        newClaimant, outlet, reportTime, citations, evidenceStart, evidenceEnd, sentence, confidence, deniesClaimId);
  }

  /** This claim with another confidence. */
  public Claim withConfidence(double newConfidence) {
    return new Claim(id, articleId, type, actor, effect, place, part, quantity, polarity, modality, hedges, eventTime,
        claimant, outlet, reportTime, citations, evidenceStart, evidenceEnd, sentence, newConfidence, deniesClaimId);
  }

  /** This claim as {@code newClaimant} states it, with {@code newPolarity}, denying {@code denies} (or nothing). */
  public Claim withStance(Polarity newPolarity, Party newClaimant, String denies) {
    return new Claim(id, articleId, type, actor, effect, place, part, quantity, newPolarity, modality, hedges, eventTime,
        newClaimant, outlet, reportTime, citations, evidenceStart, evidenceEnd, sentence, confidence, denies);
  }

  /**
   * This claim as published by {@code newOutlet} (its outlet's name learned since it was stored
   * under its bare host): the outlet and the citation chain's first hop, when that hop is the outlet.
   */
  public Claim withOutlet(String newOutlet) {
    List<CitationHop> hops = citations;
    if (!hops.isEmpty() && hops.get(0).kind() == CitationHop.Kind.OUTLET && Objects.equals(hops.get(0).name(), outlet)) {
      hops = new ArrayList<>(hops);
      hops.set(0, new CitationHop(CitationHop.Kind.OUTLET, newOutlet, hops.get(0).cue()));
    }
    return new Claim(id, articleId, type, actor, effect, place, part, quantity, polarity, modality, hedges, eventTime,
        claimant, newOutlet, reportTime, hops, evidenceStart, evidenceEnd, sentence, confidence, deniesClaimId);
  }

  /** The side of the actor, or {@code null}. */
  public String actorSide() {
    return actor == null ? null : actor.side();
  }

  /** The side of the claimant, or {@code null}. */
  public String claimantSide() {
    return claimant == null ? null : claimant.side();
  }

  /** The stable id of a claim: the same article, span, type and object always give the same id. */
  public static String idOf(String articleId, int start, int end, ClaimType type, String object) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = articleId + '\u0000' + start + ':' + end + '\u0000' + type + '\u0000' + object;
      byte[] hash = sha.digest(key.getBytes(StandardCharsets.UTF_8));
      return "claim:" + HexFormat.of().formatHex(hash, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
