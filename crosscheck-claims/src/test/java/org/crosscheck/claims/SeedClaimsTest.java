package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The claims DESIGN.md names in the two seed reports, and one text about another war. */
class SeedClaimsTest {

  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.standard();

  private static List<Claim> claims(String ref) throws Exception {
    return EXTRACTOR.extract(Annotated.article(ref));
  }

  private static List<Claim> about(List<Claim> claims, ClaimType type, String place) {
    return claims.stream().filter(c -> c.type() == type && c.place() != null
        && (c.place().name().equalsIgnoreCase(place) || place.equalsIgnoreCase(c.place().surface()))).toList();
  }

  @Test
  void gerasimovClaimIsAssertedByRussiaAndDeniedByUkraine() throws Exception {
    List<Claim> kupyansk = about(claims("demo:seeds/000_ee8a5f18b5e8236e.txt"), ClaimType.CONTROL, "Kupyansk");
    Claim gerasimov = kupyansk.stream().filter(c -> c.polarity() == Polarity.ASSERTED && c.claimant() != null
        && c.claimant().name().contains("Gerasimov")).findFirst().orElseThrow();
    assertThat(gerasimov.actorSide()).isEqualTo("Russia");
    assertThat(gerasimov.effect()).isEqualTo(Effect.GAIN);
    assertThat(gerasimov.eventTime().value()).startsWith("2025-11");

    Claim denial = kupyansk.stream().filter(c -> c.polarity() == Polarity.DENIED).findFirst().orElseThrow();
    assertThat(denial.deniesClaimId()).isEqualTo(gerasimov.id());
    assertThat(denial.claimantSide()).isEqualTo("Ukraine");
    assertThat(denial.sentence()).contains("denied the claims");
  }

  @Test
  void rybarConcedesTheVillagesAsAgainstHisOwnSide() throws Exception {
    List<Claim> all = claims("demo:seeds/000_ee8a5f18b5e8236e.txt");
    for (String village : List.of("Kindrashivka", "Radkivka", "Moskovka")) {
      Claim c = about(all, ClaimType.CONTROL, village).get(0);
      assertThat(c.polarity()).as(village).isEqualTo(Polarity.CONCEDED);
      assertThat(c.effect()).isEqualTo(Effect.LOSS);
      assertThat(c.actorSide()).isEqualTo("Russia");
      assertThat(c.claimant().name()).contains("Rybar");
    }
  }

  @Test
  void ukraineSaysItControlsKupyansk() throws Exception {
    List<Claim> kupyansk = about(claims("demo:seeds/003_f6196b3834659f35.txt"), ClaimType.CONTROL, "Kupyansk");
    assertThat(kupyansk).anySatisfy(c -> {
      assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
      assertThat(c.effect()).isEqualTo(Effect.GAIN);
      assertThat(c.actorSide()).isEqualTo("Ukraine");
      assertThat(c.sentence()).contains("maintain control of Kupyansk");
    });
  }

  @Test
  void generalStaffReportsFiveAttacksRepelledOnDecember24() throws Exception {
    List<Claim> all = claims("demo:seeds/003_f6196b3834659f35.txt");
    for (String village : List.of("Petropavlivka", "Pishchane", "Zahryzove")) {
      Claim c = about(all, ClaimType.ATTACK, village).get(0);
      assertThat(c.quantity().low()).as(village).isEqualTo(5);
      assertThat(c.effect()).isEqualTo(Effect.LOSS); // repelled
      assertThat(c.actorSide()).isEqualTo("Russia");
      assertThat(c.eventTime().value()).isEqualTo("2025-12-24");
      assertThat(c.claimant().name()).contains("General Staff");
      assertThat(c.outlet()).isNotBlank();
    }
  }

  @Test
  void severalDozenTroopsIsAnApproximateQuantity() throws Exception {
    Claim c = claims("demo:seeds/003_f6196b3834659f35.txt").stream()
        .filter(x -> x.type() == ClaimType.QUANTITY && x.quantity().text().contains("several dozen")).findFirst().orElseThrow();
    assertThat(c.quantity().low()).isLessThan(c.quantity().high());
    assertThat(c.quantity().approximation()).isEqualTo("several dozen");
    assertThat(c.claimant().name()).contains("Trehubov");
  }

  @Test
  void aCaptureClaimInAnotherWarIsContested() throws Exception {
    List<Claim> claims = claims("fixture:aleppo-rebels.md");
    List<Claim> aleppo = about(claims, ClaimType.CONTROL, "Aleppo");
    assertThat(aleppo).extracting(Claim::polarity).contains(Polarity.ASSERTED, Polarity.DENIED);
    // Rebels of a country are a side of their own, not the country's government.
    assertThat(aleppo).allSatisfy(c -> assertThat(c.actorSide()).isEqualTo("Syria opposition"));
    assertThat(aleppo).filteredOn(c -> c.polarity() == Polarity.DENIED)
        .allSatisfy(c -> assertThat(c.claimantSide()).isEqualTo("Syria"));
    CrossChecker checker = CrossChecker.withoutDuplicates();
    checker.add(claims);
    Assessment a = checker.assessment(CrossChecker.keyOf(aleppo.get(0))).orElseThrow();
    assertThat(a.status()).isEqualTo(Status.CONTESTED);
  }
}
