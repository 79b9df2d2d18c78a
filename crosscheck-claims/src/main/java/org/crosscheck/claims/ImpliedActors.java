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
 *   <li>A repelled attack told without its attacker ("the attack was repelled", "troops drove off
 *       the assailants") is by the side the report names as attacking that place, nearest first:
 *       a report tells an attack once and its outcome after (or the outcome first, in a lead).
 *   <li>An attack told without its attacker in the sentence of a taking of the same place ("ISWAP
 *       fighters overran the base at X after attacking it from three sides") is by the taker: a
 *       place is taken by attacking it.
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
    for (int i = 0; i < out.size(); i++) out.set(i, withActor(out.get(i), repelledAttacker(out, i)));
    for (int i = 0; i < out.size(); i++) out.set(i, withActor(out.get(i), takerOfPlace(out, i)));
    return out;
  }

  /** The actor of a taking told in the same sentence, of the same place, with the same stance, for an attack with no attacker. */
  private static Party takerOfPlace(List<Claim> claims, int at) {
    Claim c = claims.get(at);
    if (c.type() != ClaimType.ATTACK || c.effect() != Effect.GAIN || c.actorSide() != null || c.place() == null) return null;
    for (Claim o : claims) {
      if (o.type() == ClaimType.CONTROL && o.effect() == Effect.GAIN && o.actorSide() != null && o.polarity() == c.polarity()
          && o.evidenceStart() == c.evidenceStart() && o.place() != null && o.place().entityId().equals(c.place().entityId())) {
        return o.actor();
      }
    }
    return null;
  }

  /** The attacker of a repelled attack with none named: that of the nearest attack on the same place whose attacker is known and is not the repeller's side. */
  private static Party repelledAttacker(List<Claim> claims, int at) {
    Claim c = claims.get(at);
    if (c.type() != ClaimType.ATTACK || c.effect() != Effect.LOSS || c.actorSide() != null || c.place() == null) return null;
    Party best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < claims.size(); i++) {
      Claim o = claims.get(i);
      if (i == at || o.type() != ClaimType.ATTACK || o.actorSide() == null || o.actorSide().equals(c.claimantSide())
          || GroupNames.opposedTo(o.actorSide()) != null || o.place() == null || !o.place().entityId().equals(c.place().entityId())) {
        continue;
      }
      // An earlier telling is preferred: the attack before its outcome.
      int distance = i < at ? at - i : 2 * (i - at);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = o.actor();
      }
    }
    return best;
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
    return actor == null ? c : c.withParties(actor, c.claimant());
  }
}
