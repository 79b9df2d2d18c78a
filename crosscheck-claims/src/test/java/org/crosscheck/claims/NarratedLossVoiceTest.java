package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A loss told in the outlet's own voice is asserted by the outlet, not conceded by the side that loses: a stationing verb
 * ("posted in X") is no speech cue that would make the retreating force its own source, and a source carried over from the
 * sentence before, into a sentence with no speech word of its own, does not turn the outlet's narration into the side's
 * admission. Concessions that a side does make stay conceded; on sentences of our own.
 */
class NarratedLossVoiceTest {

  private static List<Claim> control(Handmade article) {
    return article.claims(ClaimType.CONTROL).stream().filter(c -> c.effect() == Effect.LOSS).toList();
  }

  @Test
  void aForcePostedSomewhereIsNotItsOwnSource() {
    assertThat(control(Handmade.of("Malian gendarmes posted in Lakeside fell back towards Tessit shortly after midnight.").inMali()))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
          assertThat(c.place().name()).isEqualTo("Lakeside");
        });
  }

  @Test
  void aStatementPostedAtSomeHourStillSpeaks() {
    // A time after "posted" tells when the statement went out, not where a force stands.
    for (String posted : List.of("The Malian army posted around midnight that its soldiers had won back Lakeside.",
        "The Malian army posted in the evening that its soldiers had won back Lakeside.")) {
      assertThat(Handmade.of(posted).inMali().claims(ClaimType.CONTROL)).as(posted)
          .singleElement().satisfies(c -> assertThat(c.claimant()).extracting(Party::name).isEqualTo("Malian army"));
    }
  }

  @Test
  void aSourceCarriedIntoASentenceWithoutASpeechWordDoesNotConcedeItsLoss() {
    Handmade narrated = Handmade.of("The Malian army said four of its soldiers died in the raid. Malian police had pulled out of Lakeside "
        + "two days earlier, residents of the market quarter recall.").inMali();
    assertThat(control(Handmade.of("The Malian army said four of its soldiers died in the raid. Malian police had pulled out of Lakeside "
        + "two days before the raid.").inMali()))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
    // Its own statement, told with its own speech word, still concedes.
    assertThat(control(Handmade.of("The Malian army said four of its soldiers died in the raid. It said Malian police had pulled out of "
        + "Lakeside two days before the raid.").inMali()))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    assertThat(control(narrated)).singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
  }

  @Test
  void aLossInASpeakersTranscriptTurnIsTheSpeakers() {
    assertThat(control(Handmade.of("HOST: We reached the army's spokesman.",
        "COLONEL SANGARE (by phone): Malian troops said they were ambushed at dawn. Malian troops withdrew from Lakeside before "
            + "noon.").inMali()))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
  }

  @Test
  void aCarriedSourceInTheSidesOwnOutletStillConcedes() {
    assertThat(control(Handmade.of("The Malian army said four of its soldiers died in the raid. Malian police had pulled out of Lakeside "
        + "two days before the raid.").inMali().outlet("Malian Armed Forces")))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
  }
}
