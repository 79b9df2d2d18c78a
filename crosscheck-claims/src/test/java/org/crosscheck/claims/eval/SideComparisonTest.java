package org.crosscheck.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.claims.CitationHop;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.CrossChecker;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.EventTime;
import org.crosscheck.claims.Modality;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Polarity;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/**
 * The evaluation counts as one side what the cross-check's keys count as one, and no more: a
 * gold side written as another listed form of the same state, or as the name a report introduced
 * with the acronym the claim carries, is the claim's side; a phrase that only names a state is not.
 */
class SideComparisonTest {

  private static Claim said(String sentence, String actorSide) {
    PlaceRef town = new PlaceRef("geonames:1", 1, "Northtown", "Northtown", 50, 30);
    return new Claim(Claim.idOf("a1", 0, 1, ClaimType.CONTROL, town.entityId()), "a1", ClaimType.CONTROL,
        Party.ofSide(actorSide + " fighters", actorSide), Effect.GAIN, town, null, null, Polarity.ASSERTED,
        Modality.CLAIMED, List.of(), new EventTime("2030-06-02", TimeRef.Granularity.DAY, true), null, "Outlet A",
        OffsetDateTime.parse("2030-06-02T12:00:00Z"), List.of(new CitationHop(CitationHop.Kind.OUTLET, "Outlet A", null)),
        0, 1, sentence, 0.9, null);
  }

  @Test
  void aStatesOtherListedNameIsThatState() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    assertThat(ClaimsEvaluation.sameSide("DR Congo", "Democratic Republic of the Congo", checker)).isTrue();
    assertThat(ClaimsEvaluation.sameSide("Côte d'Ivoire", "Ivory Coast", checker)).isTrue();
    assertThat(ClaimsEvaluation.sameSide("Chadian rebels", "Chad", checker)).isFalse();
    assertThat(ClaimsEvaluation.sameSide("Chad", null, checker)).isFalse();
  }

  @Test
  void aNameAReportIntroducedWithAnAcronymIsTheAcronymsSide() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    assertThat(ClaimsEvaluation.sameSide("Coastal Liberation Army", "CLA", checker)).isFalse();
    checker.add(List.of(said("The Coastal Liberation Army (CLA) said it had taken Northtown.", "CLA")));
    assertThat(ClaimsEvaluation.sameSide("Coastal Liberation Army", "CLA", checker)).isTrue();
    assertThat(ClaimsEvaluation.sameSide("Coastal Front", "CLA", checker)).isFalse();
  }

  @Test
  void aGoldClaimPairsWithItsOwnSidesClaimWhenTwoMatch() {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    String sentence = "The Army drove the CLA out of Northtown.";
    Claim armys = said(sentence, "Army");
    Claim clas = said(sentence, "CLA");
    List<Claim> unmatched = List.of(armys, clas);
    assertThat(ClaimsEvaluation.hitFor(gold(sentence, "CLA"), unmatched, checker)).isSameAs(clas);
    assertThat(ClaimsEvaluation.hitFor(gold(sentence, "Army"), unmatched, checker)).isSameAs(armys);
    assertThat(ClaimsEvaluation.hitFor(gold(sentence, "Coastal Front"), unmatched, checker)).isSameAs(armys);
    assertThat(ClaimsEvaluation.hitFor(gold("Nobody holds Northtown.", "CLA"), unmatched, checker)).isNull();
  }

  private static GoldSet.GoldClaim gold(String sentence, String side) {
    return new GoldSet.GoldClaim("a1", sentence, ClaimType.CONTROL, "Northtown", side, "gain", Polarity.ASSERTED, null, null);
  }
}
