package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts of people and things beyond soldiers and tanks, and counts whose noun is left out. */
class CountedNounsTest {

  private static java.util.List<Claim> counts(String text) {
    return Handmade.of(text).malianTowns().claims(ClaimType.QUANTITY);
  }

  @Test
  void suspectsCrewsAndCampsAreCounted() {
    assertThat(counts("Police said five suspects were arrested, 12 fishermen were freed and two bandit camps were burnt."))
        .extracting(c -> c.quantity().low() + " " + c.quantity().category())
        .containsExactly("5 prisoners", "12 people", "2 sites");
  }

  @Test
  void aCountWithItsNounLeftOutTakesItsCategoryFromWhatBefellIt() {
    assertThat(counts("Nine raiders were killed and four were detained near Tessit."))
        .extracting(c -> c.quantity().low() + " " + c.quantity().category())
        .containsExactly("9 casualties", "4 prisoners");
  }

  @Test
  void aCountOfSourcesIsNoQuantityEvenPastARelativeClauseOrAPlace() {
    assertThat(counts("Two residents who fled to Lakeside on Sunday told reporters that gunmen had looted the market.")).isEmpty();
    assertThat(counts("Three witnesses in Tessit said the shelling lasted all night.")).isEmpty();
    assertThat(counts("Four soldiers who were wounded near Tessit were flown to Lakeside."))
        .extracting(c -> c.quantity().low()).containsExactly(4L);
  }

  @Test
  void sourcesReachedOrNamedByTheirTownAndSourcesAReporterSpokeToAreNoCounts() {
    assertThat(counts("Three farmers reached by phone said the bridge at Tessit was still closed.")).isEmpty();
    assertThat(counts("Two villagers of Tessit, contacted on Monday, said the market had reopened.")).isEmpty();
    assertThat(counts("Four workers described heavy shelling near Tessit.")).isEmpty();
    assertThat(counts("The militia still holds the ford at Tessit, according to two fishermen who cross it daily.")).isEmpty();
    assertThat(counts("We spoke to three students in Tessit on Sunday.")).isEmpty();
    // Sources' fate is still told: a count that something befell, then a speaker.
    assertThat(counts("Two villagers of Tessit were killed, the police said.")).extracting(c -> c.quantity().low()).containsExactly(2L);
  }

  @Test
  void nobodyHurtIsNoCountOfOne() {
    assertThat(counts("No one was injured when the shell landed near Tessit.")).isEmpty();
  }

  @Test
  void aSingleOfficerLostToAStateBodysOwnSideIsConceded() {
    assertThat(Handmade.of("Bandits attacked the police station in Tessit.", "One police officer lost his life.")
        .malianTowns().outlet("Malian National Police").claims(ClaimType.QUANTITY))
        .extracting(c -> c.quantity().low() + " " + c.polarity()).containsExactly("1 CONCEDED");
  }

  @Test
  void aDayOfAMonthASpeakingCountAndAPersonsFamilyAreNoCounts() {
    assertThat(counts("Drone footage from June 3 shows militia trucks near the bridge in Tessit.")).isEmpty();
    assertThat(counts("One told reporters rebel fighters had reached Lakeside.")).isEmpty();
    assertThat(counts("The militia still holds the market in Tessit, said one trader, who spoke on condition of anonymity.")).isEmpty();
    assertThat(counts("A nurse who left Tessit with her two daughters said the clinic had closed.")).isEmpty();
    assertThat(counts("The governor said 14 soldiers were killed near Tessit on June 3."))
        .extracting(c -> c.quantity().low()).containsExactly(14L);
  }
}
