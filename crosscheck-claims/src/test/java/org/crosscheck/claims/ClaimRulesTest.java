package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** The clause, modality, passive, place-fallback and claimant rules on sentences of our own, about made-up and real places. */
class ClaimRulesTest {

  private static List<Claim> control(Handmade article) {
    return article.claims(ClaimType.CONTROL);
  }

  private static Handmade about(String text) {
    return new Handmade().paragraph(text)
        .place("Ridgeford", 1001, "PPL", "ML").place("Lakeside", 1002, "PPL", "ML").place("Tessit", 1003, "PPL", "ML")
        .place("Port Alden", 1004, "PPL", "ML").place("Mali", 2453866, "PCLI", "ML");
  }

  @Test
  void aFactualCaptureIsAClaim() {
    assertThat(control(about("Malian troops captured Ridgeford on Sunday.")))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Ridgeford");
          assertThat(c.actorSide()).isEqualTo("Mali");
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        });
  }

  @Test
  void conditionalGenericAndQuestionSentencesClaimNothing() {
    assertThat(control(about("If the army takes Ridgeford, the rebels will have to leave the valley."))).isEmpty();
    assertThat(control(about("Whoever holds Ridgeford holds the road to the river."))).isEmpty();
    assertThat(control(about("Has Ridgeford really been captured?"))).isEmpty();
  }

  @Test
  void possibleWantedOrAttemptedEventsClaimNothing() {
    assertThat(control(about("Analysts warned that the militia could seize Port Alden within days."))).isEmpty();
    assertThat(control(about("The militia tried to take Port Alden twice last week."))).isEmpty();
  }

  @Test
  void aNominalisedEventCountsAsAFactButNotAsAGoal() {
    assertThat(control(about("Reserves needed for the capture of Lakeside were sent to another front."))).isEmpty();
    assertThat(control(about("The capture of Lakeside was confirmed by both sides on Monday.")))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aForGivingTheReasonForADeedNamesItAsDoneNotAsAGoal() {
    assertThat(about("Officials in Tessit blamed a rebel faction from the hills for the raid on Lakeside.").claims(ClaimType.ATTACK))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Lakeside");
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        });
    assertThat(about("A splinter group claimed responsibility for an assault on Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    // A "for" of purpose stays a goal, though the sentence tells of a deed done.
    Handmade purpose = about("The army, which took Tessit on Monday, sent two brigades for the assault on Ridgeford.");
    assertThat(purpose.claims(ClaimType.ATTACK)).isEmpty();
    assertThat(purpose.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aForAskingForADeedAfterABlameWordIsStillAGoal() {
    // The blame word governs the call or plan, whose "for" asks for the deed: none is told as done.
    assertThat(about("The minister condemned calls for an assault on Lakeside. Rebels attacked Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(about("The rebels vowed revenge and called for an offensive on Ridgeford. Rebels attacked Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aPlaceBeyondAClauseBreakIsNotTheTriggersObject() {
    List<Claim> claims = control(about("Malian troops captured Ridgeford, which Lakeside elders had visited the year before."));
    assertThat(claims).extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void aListOfPlacesAfterTheTriggerAreAllObjects() {
    assertThat(control(about("Malian troops retook Ridgeford, Lakeside and Tessit overnight.")))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford", "Lakeside", "Tessit");
  }

  @Test
  void aPassiveCaptureWithoutAnAgentIsTheClaimantsOwnGainAndConcedesNothing() {
    Handmade article = about("Amara Diallo, a Malian army spokesman, said Tessit was captured on Sunday.")
        .name("Amara Diallo", EntityType.PERSON);
    assertThat(control(article)).singleElement().satisfies(c -> {
      assertThat(c.actorSide()).isEqualTo("Mali");
      assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
      assertThat(c.claimant().name()).isEqualTo("Amara Diallo");
      assertThat(c.claimantSide()).isEqualTo("Mali");
    });
  }

  @Test
  void aLossWithoutALoserIsTheSpeakersOwnAndSoConceded() {
    Handmade article = about("Amara Diallo, a Malian army spokesman, said Tessit had been lost after heavy fighting.")
        .name("Amara Diallo", EntityType.PERSON);
    assertThat(control(article)).singleElement().satisfies(c -> {
      assertThat(c.actorSide()).isEqualTo("Mali");
      assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
    });
  }

  @Test
  void aPlaceTheTaggerMistookForAPersonIsFoundInTheGazetteer() {
    Handmade article = new Handmade().paragraph("Sudanese army units entered Wad Madani on Saturday.")
        .name("Wad Madani", EntityType.PERSON).place("Khartoum", 379252, "PPLC", "SD");
    assertThat(control(article)).singleElement().satisfies(c -> {
      assertThat(c.place().name()).isEqualTo("Wad Medani");
      assertThat(c.place().surface()).isEqualTo("Wad Madani");
      assertThat(c.actorSide()).isEqualTo("Sudan");
    });
  }

  @Test
  void ofTwoPlacesWithTheNameTheOneInTheArticlesCountryWins() {
    Handmade article = new Handmade().paragraph("Sudanese troops recaptured Sennar from the militia.")
        .place("Khartoum", 379252, "PPLC", "SD");
    // The troops' taking and the militia's loss, both at that Sennar.
    assertThat(control(article)).extracting(c -> c.place().geonameId()).containsExactly(367644L, 367644L);
  }

  @Test
  void aNameAfterTheQuoteIsTheSpeakerNotAPlace() {
    Handmade article = about("\"The town of Ridgeford is fully under our control,\" Gerasimov told reporters.")
        .name("Gerasimov", EntityType.PERSON);
    assertThat(control(article)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
  }

  @Test
  void theClaimantOfAQuotedStatementIsItsSpeakerAndTheRelayingOutletIsOnTheChain() {
    Handmade article = about("The Sahel Courier reported that Malian officials say their troops retook Tessit on Friday.")
        .name("Sahel Courier", EntityType.ORGANIZATION);
    Claim c = control(article).get(0);
    assertThat(c.claimant().name()).isEqualTo("Malian officials");
    assertThat(c.claimantSide()).isEqualTo("Mali");
    assertThat(c.actorSide()).isEqualTo("Mali");
    assertThat(c.citations()).extracting(CitationHop::name).contains("Sahel Courier");
  }
}
