package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/** A place's timeline grouped by period, with word-for-word copies folded onto the first report. */
class PlaceTimelineTest {

  private static final PlaceRef TOWN = new PlaceRef("geonames:2", 2, "Riverford", "Riverford", 48, 31);
  private static final Party GENERAL = new Party("person:east", "General East", null, "Eastland");
  private static final Party COLONEL = new Party("person:west", "Colonel West", null, "Westland");
  private static int counter;

  private static Claim control(String article, String outlet, Polarity polarity, Party claimant, String day, String sentence) {
    int n = counter++;
    return new Claim(Claim.idOf(article, n, n + 1, ClaimType.CONTROL, TOWN.entityId()), article, ClaimType.CONTROL,
        Party.ofSide("Eastland troops", "Eastland"), Effect.GAIN, TOWN, null, null, polarity, Modality.CLAIMED, List.of(),
        new EventTime(day, TimeRef.Granularity.DAY, true), claimant, outlet, OffsetDateTime.parse(day + "T12:00:00Z"),
        List.of(new CitationHop(CitationHop.Kind.OUTLET, outlet, null)), n, n + 1, sentence, 0.9, null);
  }

  private static List<PlaceTimeline.Question> timeline(List<Claim> claims) {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    checker.add(claims);
    return PlaceTimeline.of(checker.timeline(TOWN.entityId()), checker.assessments());
  }

  @Test
  void claimsMonthsApartAreSeparateQuestionsEachWithItsStatus() {
    List<PlaceTimeline.Question> questions = timeline(List.of(
        control("a1", "Wire", Polarity.ASSERTED, GENERAL, "2031-01-05", "General East said his troops took Riverford."),
        control("a2", "Daily", Polarity.DENIED, COLONEL, "2031-01-06", "Colonel West denied that Riverford had fallen."),
        control("a3", "Wire", Polarity.ASSERTED, GENERAL, "2031-04-20", "General East said the troops hold Riverford.")));

    assertThat(questions).hasSize(2);
    assertThat(questions.get(0).period()).isEqualTo("2031-01-05..2031-01-06");
    assertThat(questions.get(1).period()).isEqualTo("2031-04-20");
    assertThat(questions.get(0).assessment().status()).isEqualTo(Status.CONTESTED);
    assertThat(questions.get(0).claimCount()).isEqualTo(2);
    assertThat(questions.get(1).assessment().status()).isEqualTo(Status.SINGLE_SOURCE);
    assertThat(questions.get(1).lines()).singleElement()
        .satisfies(l -> assertThat(l.entry().claim().sentence()).contains("hold Riverford"));
  }

  @Test
  void aClaimReprintedWordForWordIsOneLineWithItsCopies() {
    Claim wire = control("b1", "Wire", Polarity.ASSERTED, GENERAL, "2031-02-01", "General East said his troops “took” Riverford.");
    Claim reprint = control("b2", "Evening Paper", Polarity.ASSERTED, GENERAL, "2031-02-01", "General East said his troops \"took\" Riverford.");
    Claim reworded = control("b3", "Weekly", Polarity.ASSERTED, GENERAL, "2031-02-01", "Riverford was taken, General East said.");

    List<PlaceTimeline.Line> lines = timeline(List.of(wire, reprint, reworded)).get(0).lines();

    assertThat(lines).hasSize(2);
    PlaceTimeline.Line folded = lines.stream().filter(l -> !l.copies().isEmpty()).findFirst().orElseThrow();
    assertThat(Stream.concat(Stream.of(folded.entry().claim()), folded.copies().stream())).containsExactlyInAnyOrder(wire, reprint);
    assertThat(lines).filteredOn(l -> l.copies().isEmpty()).singleElement().satisfies(l -> assertThat(l.entry().claim()).isEqualTo(reworded));
  }

  @Test
  void theSameWordsFromOtherClaimantsOrWithAnotherPolarityAreNotCopies() {
    Claim asserted = control("c1", "Wire", Polarity.ASSERTED, GENERAL, "2031-03-01", "Riverford has fallen, the statement said.");
    Claim denied = control("c2", "Daily", Polarity.DENIED, GENERAL, "2031-03-01", "Riverford has fallen, the statement said.");
    Claim otherClaimant = control("c3", "Post", Polarity.ASSERTED, COLONEL, "2031-03-01", "Riverford has fallen, the statement said.");

    assertThat(timeline(List.of(asserted, denied, otherClaimant)).get(0).lines())
        .allSatisfy(l -> assertThat(l.copies()).isEmpty()).hasSize(3);
  }
}
