package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who acts when a report leaves the attackers unnamed or names them only in passing (sides round 25). */
class WhoActsSidesTest {

  @Test
  void aGerundAfterBeforeOrAfterHasTheSubjectOfTheVerbItFollows() {
    // Before: "withdrawing" had no subject found and was the speaker's own loss, conceded by Mali.
    assertThat(Handmade.of("Mali's government says JNIM fighters overran the market in Ridgeford for a few hours before withdrawing.")
        .inMali().claims(ClaimType.CONTROL))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement()
        .satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
          assertThat(c.actorSide()).isEqualTo("JNIM");
        });
  }

  @Test
  void aSideNamedAsTheFirstVerbsObjectIsNotTheSubjectOfTheVerbJoinedAfterIt() {
    // Before: the side nearest the second verb was taken, and that is the first verb's object (JNIM).
    assertThat(Handmade.of("Malian troops drove back JNIM fighters near Ridgeford before withdrawing from the town.")
        .inMali().claims(ClaimType.CONTROL))
        .filteredOn(c -> c.effect() == Effect.LOSS).singleElement()
        .extracting(Claim::actorSide).isEqualTo("Mali");
    assertThat(Handmade.of("Malian troops attacked JNIM positions near Ridgeford and then entered the town.")
        .inMali().claims(ClaimType.CONTROL))
        .filteredOn(c -> c.effect() == Effect.GAIN).singleElement()
        .extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aWordSayingHowSureOrHowManyIsNoGroupsName() {
    assertThat(Handmade.of("Suspected militants attacked a police post in Ridgeford on Monday.").malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Suspected");
    assertThat(Handmade.of("Two gunmen were killed near Tessit, the army said.").malianTowns().claims(ClaimType.QUANTITY))
        .extracting(Claim::actorSide).doesNotContain("Two");
  }

  @Test
  void aGroupTheTextIntroducesAsOneIsWhomGenericAttackersStandFor() {
    assertThat(Handmade.of("Suspected militants attacked a police post in Ridgeford on Monday, police said.",
            "A group calling itself the Tessit Hill Front (THF) said its men had held the post until daybreak.")
        .malianTowns().claims(ClaimType.ATTACK))
        .extracting(Claim::actorSide).contains("THF");
  }

  @Test
  void peopleSayingWhatTheAttackWasOrThatNobodyClaimedItAreNotItsAttackers() {
    assertThat(Handmade.of("Gunmen attacked Ridgeford on Sunday night, killing four people. Witnesses claimed the attack lasted three hours.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Witnesses");
    assertThat(Handmade.of("Ridgeford came under attack on Sunday night. Nobody has claimed responsibility for the attack.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Nobody");
  }

  @Test
  void whoeverReportsAfterAGroupWordsCommaIsNoGroup() {
    assertThat(Handmade.of("The attack on Tessit was blamed on a local militia, Reuters reported. Gunmen also attacked Ridgeford on Sunday.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Reuters");
    assertThat(Handmade.of("Suspected militants attacked Ridgeford on Sunday. Officials blamed a breakaway faction, Defence Minister Ali Maiga said.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Defence Minister Ali Maiga");
  }

  @Test
  void someoneIntroducedAsAGroupsLeaderIsNoGroup() {
    assertThat(Handmade.of("Suspected militants attacked Ridgeford on Sunday. Sam Odu, a former rebel group commander, said the attackers came from the north.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).doesNotContain("Sam Odu");
  }

  @Test
  void aGroupClaimingTheAttacksOrClaimingItLaterStillOwnsTheAttack() {
    assertThat(Handmade.of("Ridgeford came under attack on Sunday night. The Zelmo Popular Front claimed the attacks late on Monday.")
        .malianTowns().claims(ClaimType.ATTACK))
        .isNotEmpty().extracting(Claim::actorSide).containsOnly("Zelmo Popular Front");
  }

  @Test
  void anAttackToldWithoutItsAttackerIsTheGroupThatClaimedIt() {
    assertThat(Handmade.of("A policeman wounded in Monday's attack on the police post at Ridgeford died on Wednesday.",
            "The Zelmo Popular Front, the outfit that has claimed the attack, issued a second statement.")
        .malianTowns().claims(ClaimType.ATTACK))
        .extracting(Claim::actorSide).contains("Zelmo Popular Front");
  }

  @Test
  void theClaimerIsNotGivenToAnotherItemOfARoundUp() {
    assertThat(Handmade.of("Senegal. Shells hit Ridgeford on Monday, residents said.",
            "Guinea. The Zelmo Popular Front claimed the attack on a post near Tessit.")
        .malianTowns().claims(ClaimType.ATTACK).stream().filter(c -> c.place().name().equals("Ridgeford")))
        .extracting(Claim::actorSide).doesNotContain("Zelmo Popular Front");
  }

  @Test
  void troopsActingAreNotTheGroupThatClaimedAnAttack() {
    assertThat(Handmade.of("The Zelmo Popular Front claimed the raid on Tessit.",
            "Troops recaptured Ridgeford after a gun battle, the army said.")
        .malianTowns().claims(ClaimType.ATTACK).stream().filter(c -> c.place().name().equals("Ridgeford")))
        .extracting(Claim::actorSide).doesNotContain("Zelmo Popular Front");
  }

  @Test
  void aMonitoringGroupIsNoArmedGroup() {
    assertThat(new GroupNames(Vocabulary.standard(), Sides.standard())
        .onlyGroup("The Tessit Rights Observatory, a monitoring group based in London, said 23 militants were killed."))
        .isNull();
    assertThat(new GroupNames(Vocabulary.standard(), Sides.standard())
        .onlyGroup("The Tessit Hill Front, a little-known armed group, said it killed 23 soldiers."))
        .isEqualTo("Tessit Hill Front");
  }

  @Test
  void aDateBeforeAGroupOfPeopleNamesNoGroup() {
    assertThat(Handmade.of("On the night of 15 to 16 March, a group of armed persons attacked the police in Ridgeford.",
            "The statements claiming that armed groups have seized Tessit are false.")
        .malianTowns().claims(ClaimType.CONTROL))
        .extracting(Claim::actorSide).doesNotContain("March");
  }

  @Test
  void aStateForceKnownByItsOwnNameIsItsStates() {
    Sides sides = Sides.standard();
    assertThat(sides.sideOf("Assam Rifles")).isEqualTo("India");
    assertThat(sides.sideOf("the Frontier Corps")).isEqualTo("Pakistan");
    // Pakistan's and Bangladesh's military media wings are both "ISPR": no side.
    assertThat(sides.sideOf("ISPR")).isNull();
  }
}
