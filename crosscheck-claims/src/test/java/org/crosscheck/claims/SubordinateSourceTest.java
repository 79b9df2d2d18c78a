package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** A source named inside a subordinate clause ("a day after the army said ...") is that clause's subject alone. */
class SubordinateSourceTest {

  @Test
  void theSubjectOfACueAfterASubordinatorStartsAfterIt() {
    List<Claim> attacks = Handmade.of("The attack on Ridgeford came a day after the army said it had repelled an assault on Lakeside.")
        .malianTowns().claims(ClaimType.ATTACK);
    assertThat(attacks).filteredOn(c -> c.place().name().equals("Lakeside")).singleElement()
        .satisfies(c -> assertThat(c.claimant().name()).isEqualTo("army"));
  }

  @Test
  void aNamedSourceAfterASubordinatorIsNotJoinedToTheWordsBeforeIt() {
    List<Claim> control = Handmade.of("Fighting resumed in Lakeside two days after the Azawad Front said it had seized Tessit.")
        .malianTowns().name("Azawad Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(control).filteredOn(c -> c.place().name().equals("Tessit")).singleElement()
        .satisfies(c -> assertThat(c.claimant().name()).isEqualTo("Azawad Front"));
  }

  @Test
  void aCueWordAfterADeterminerIsANounAndNamesNoSource() {
    List<Claim> control = Handmade.of("The Azawad Front said on Sunday it had taken the army base in Tessit, a claim the army denied.")
        .malianTowns().name("Azawad Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(control).extracting(c -> c.polarity() + " by " + c.claimant().name()).contains("ASSERTED by Azawad Front")
        .noneMatch(s -> s.contains("Tessit"));
  }

  @Test
  void aDenialSetOffAfterTheClaimIsItsSubjectsDenial() {
    List<Claim> claim = Handmade.of("The Azawad Front said on Sunday it had taken the army base in Tessit, a claim the army denied.")
        .malianTowns().name("Azawad Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(claim).extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by Azawad Front", "DENIED by army");
    List<Claim> which = Handmade.of("The army said its troops had retaken Lakeside, which the Azawad Front denies.")
        .malianTowns().name("Azawad Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(which).extracting(c -> c.polarity() + " by " + c.claimant().name())
        .containsExactlyInAnyOrder("ASSERTED by army", "DENIED by Azawad Front");
  }

  @Test
  void aSourceInsideWhatAnOutletReportedIsTheSourceAndTheOutletRelaysIt() {
    List<Claim> control = Handmade.of("The Frontline Post also reported that Nigerien war bloggers have begun quietly admitting that "
        + "Tessit is no longer under Nigerien control.").malianTowns().name("Frontline Post", EntityType.ORGANIZATION).claims(ClaimType.CONTROL);
    assertThat(control).singleElement().satisfies(c -> {
      assertThat(c.claimant().name()).isEqualTo("Nigerien war bloggers");
      assertThat(c.claimant().side()).isEqualTo("Niger");
      assertThat(c.citations()).extracting(CitationHop::name).contains("Frontline Post");
    });
  }
}
