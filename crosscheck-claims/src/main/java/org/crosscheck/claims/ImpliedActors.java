package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in the actor a control claim leaves unsaid, after an article's claims are read.
 *
 * <ul>
 *   <li>A gain announced without its actor ("Kupiansk had been taken," the general told the
 *       president; "the town is fully under our control") is the claimant's own side's gain:
 *       sides announce their own advances.
 *   <li>A denial stands for the side of the claim it denies ("Congo's army denied the claim"
 *       denies the M23's gain), once that claim's actor is known.
 * </ul>
 *
 * <p>A claimant that is only "whoever opposes X" gives no side. Actors the text names are never changed.
 */
final class ImpliedActors {

  /** The article's claims, in the same order, with implied actors filled in. */
  static List<Claim> fill(List<Claim> claims) {
    Map<String, Claim> byId = new HashMap<>();
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      Claim filled = withActor(c, impliedActor(c, byId));
      byId.put(filled.id(), filled);
      out.add(filled);
    }
    return out;
  }

  private static Party impliedActor(Claim c, Map<String, Claim> earlier) {
    if (c.type() != ClaimType.CONTROL || c.actorSide() != null) return null;
    if (c.polarity() == Polarity.DENIED) {
      Claim denied = c.deniesClaimId() == null ? null : earlier.get(c.deniesClaimId());
      return denied == null ? null : denied.actor();
    }
    if (c.polarity() != Polarity.ASSERTED || c.effect() != Effect.GAIN || c.claimant() == null) return null;
    // Only a side the text gives: a state body's home-country guess ("an army spokesman") is the
    // place's country, wrong whenever one state's officer speaks of a town in another.
    String side = c.claimantSide();
    if (side == null || GroupNames.opposedTo(side) != null) return null;
    return Party.ofSide(c.claimant().name(), side);
  }

  private static Claim withActor(Claim c, Party actor) {
    if (actor == null) return c;
    return new Claim(c.id(), c.articleId(), c.type(), actor, c.effect(), c.place(), c.part(), c.quantity(), c.polarity(),
        c.modality(), c.hedges(), c.eventTime(), c.claimant(), c.outlet(), c.reportTime(), c.citations(), c.evidenceStart(),
        c.evidenceEnd(), c.sentence(), c.confidence(), c.deniesClaimId());
  }
}
