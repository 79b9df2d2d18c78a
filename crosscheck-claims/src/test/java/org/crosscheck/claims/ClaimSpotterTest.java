package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spotter's features on sentences of our own, its weight file, and the shipped model beside the rules. */
class ClaimSpotterTest {

  private static List<String> features(String sentence, String place, ClaimType type, List<SpotterFeatures.Cue> cues,
      SpotterFeatures.Rules rules) {
    int at = sentence.indexOf(place);
    return new SpotterFeatures.Sentence(sentence, 0, sentence.length(), cues, false, 1, 0)
        .features(type, at, at + place.length(), "PPL", rules);
  }

  @Test
  void featuresTellTheRulesDecisionTheNearestTriggerAndTheWordsAroundThePlace() {
    String s = "Rebels captured Ridgeford on Monday.";
    List<SpotterFeatures.Cue> cues = List.of(new SpotterFeatures.Cue(7, 15, "GAIN", "captured"));
    List<String> f = features(s, "Ridgeford", ClaimType.CONTROL, cues, new SpotterFeatures.Rules("ASSERTED/GAIN", false, false));
    assertThat(f).contains("C|bias", "C|rule=ASSERTED/GAIN", "C|rule=fired&other=false", "C|cue=GAIN|b|0-2",
        "C|near=captured|b", "C|b1=captured", "C|a1=on", "C|s=rebels", "C|kind=PPL");
    // The place's own words are no evidence of a claim about it.
    assertThat(f).doesNotContain("C|s=ridgeford").noneMatch(x -> x.startsWith("A|"));
    assertThat(f).doesNotContain("C|neg", "C|quote");
    // Names and figures weigh as such, not as the sides and towns of the training reports.
    assertThat(f).contains("C|s=#name").doesNotContain("C|s=monday");
    assertThat(features("Rebels from the Sahel Front took 12 posts around Ridgeford.", "Ridgeford", ClaimType.CONTROL, List.of(),
        new SpotterFeatures.Rules(null, false, false))).contains("C|s=rebels", "C|s=#name", "C|s=#num").doesNotContain("C|s=sahel");
  }

  @Test
  void twoPlacesOfOneSentenceShareTheWordFeaturesBuiltOnce() {
    String s = "Militia fighters shelled Ashgrove and Millbrook overnight, the governor said.";
    List<SpotterFeatures.Cue> cues = List.of(new SpotterFeatures.Cue(17, 24, "ATTACK", "shelled"));
    SpotterFeatures.Sentence sentence = new SpotterFeatures.Sentence(s, 0, s.length(), cues, true, 2, 0);
    SpotterFeatures.Rules none = new SpotterFeatures.Rules(null, false, false);
    List<String> first = sentence.features(ClaimType.ATTACK, s.indexOf("Ashgrove"), s.indexOf("Ashgrove") + 8, "PPL", none);
    List<String> second = sentence.features(ClaimType.ATTACK, s.indexOf("Millbrook"), s.indexOf("Millbrook") + 9, "PPL", none);
    assertThat(first).contains("A|s=governor", "A|cw=shelled", "A|a1=and", "A|b2=fighters shelled");
    assertThat(second).contains("A|s=governor", "A|cw=shelled", "A|b1=and", "A|b2=#name and");
    // The model looks each feature up by its string: one string built per sentence is hashed once.
    assertThat(second.get(second.indexOf("A|s=governor"))).isSameAs(first.get(first.indexOf("A|s=governor")));
    assertThat(second.get(second.indexOf("A|cw=shelled"))).isEqualTo("A|cw=shelled");
  }

  @Test
  void featuresMarkNegationQuotesAndAPlaceWithNoTrigger() {
    String s = "\"We did not enter Lakeside,\" the commander said.";
    List<String> f = features(s, "Lakeside", ClaimType.ATTACK, List.of(), new SpotterFeatures.Rules(null, true, false));
    assertThat(f).contains("A|neg", "A|quote", "A|nocue", "A|rule=none", "A|rule=none&other=true", "A|b1=enter");
  }

  @Test
  void weightsGiveTheLogisticProbabilityAndAnUnknownFeatureWeighsNothing() {
    ClaimSpotter spotter = new ClaimSpotter(Map.of("C|bias", -1.0, "C|b1=captured", 3.0), 0.6, 0.1);
    assertThat(spotter.probability(List.of("C|bias", "C|b1=captured", "C|unseen"))).isCloseTo(1 / (1 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(spotter.probability(List.of("C|bias"))).isLessThan(0.5);
  }

  @Test
  void theWeightFileReadsBackAsWrittenInFeatureOrder() throws IOException {
    ClaimSpotter spotter = new ClaimSpotter(Map.of("C|s=took", 1.25, "A|bias", -0.5), 0.7, 0.05);
    StringWriter out = new StringWriter();
    spotter.write(out, List.of("made by a test"));
    assertThat(out.toString())
        .isEqualTo("# made by a test\n@add.CONTROL\t0.70\n@add.ATTACK\t0.70\n@drop\t0.05\nA|bias\t-0.5000\nC|s=took\t1.2500\n");
    ClaimSpotter back = ClaimSpotter.read(new StringReader(out.toString()), "test.tsv");
    assertThat(back.addAt(ClaimType.CONTROL)).isEqualTo(0.7);
    assertThat(back.dropBelow()).isEqualTo(0.05);
    assertThat(back.probability(List.of("C|s=took", "A|bias"))).isEqualTo(spotter.probability(List.of("C|s=took", "A|bias")));
  }

  @Test
  void aMalformedLineIsNamedWithItsFileAndLine() {
    assertThatThrownBy(() -> ClaimSpotter.read(new StringReader("@add\t0.6\nC|bias 1.0\n"), "broken.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("broken.tsv:2");
    assertThatThrownBy(() -> ClaimSpotter.read(new StringReader("C|bias\tmany\n"), "broken.tsv"))
        .isInstanceOf(IOException.class).hasMessageContaining("broken.tsv:1").hasMessageContaining("many");
  }

  @Test
  void aConfidentModelAddsAControlClaimTheRulesMissAndAnUnlikelyRuleClaimIsDropped() {
    ClaimExtractor rules = ClaimExtractor.rulesOnly(Handmade.gazetteer());
    // A model of our own, so the test does not move when the shipped weights are retrained.
    ClaimExtractor spotted = rules.withSpotter(new ClaimSpotter(Map.of("C|bias", -2.0, "C|b1=toured", 5.0), 0.6, 0.0));
    // "Toured" is no gain word of the rules' vocabulary (since "patrolled" became a presence verb, the rules read that one).
    AnnotatedArticle secured = Handmade.of("The army said troops had toured Ridgeford airport.").inMali().build();
    assertThat(rules.extract(secured)).noneMatch(c -> c.type() == ClaimType.CONTROL);
    assertThat(spotted.extract(secured)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement().satisfies(c -> {
      assertThat(c.place().name()).isEqualTo("Ridgeford");
      assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
      assertThat(c.claimant()).isNotNull(); // the army says so, as the rules' claimant resolver reads it
    });
    AnnotatedArticle taken = Handmade.of("Rebels captured Ridgeford on Monday.").inMali().build();
    assertThat(spotted.extract(taken)).extracting(Claim::type, c -> c.place().name())
        .containsExactlyElementsOf(rules.extract(taken).stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.type(), c.place().name())).toList());
    // A model that finds the rules' capture very unlikely drops it.
    ClaimExtractor doubting = rules.withSpotter(new ClaimSpotter(Map.of("C|bias", -9.0), 1.1, 0.1));
    assertThat(rules.extract(taken)).anyMatch(c -> c.type() == ClaimType.CONTROL);
    assertThat(doubting.extract(taken)).noneMatch(c -> c.type() == ClaimType.CONTROL);
  }

  @Test
  void aClaimTheModelAddsBeforeADenialOfItsOwnClauseIsByTheAccusersNotTheDenier() {
    // Before: the sentence's first trigger was the denial, so its speaker was taken for the accusers' claimant.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("A|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle accused = Handmade.of("Residents of Lakeside accuse the police of beating farmers at Ridgeford; the police deny it.").inMali().build();
    assertThat(spotted.extract(accused)).filteredOn(c -> c.type() == ClaimType.ATTACK && c.polarity() == Polarity.ASSERTED)
        .isNotEmpty().allSatisfy(c -> assertThat(c.claimant()).extracting(Party::name).isEqualTo("Residents of Lakeside"));
  }

  @Test
  void aPlaceAForceWithdrewToIsWhereItWentNotALossConceded() {
    // Before: a model adding every place read "had withdrawn to Ridgeford" as Ridgeford lost, conceded by the army.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle withdrawn = Handmade.of("The army said its detachment had withdrawn to Ridgeford to protect the town.").inMali().build();
    assertThat(spotted.extract(withdrawn)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement()
        .extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name()).isEqualTo("ASSERTED GAIN Ridgeford");
    // The place withdrawn from is still the one lost.
    AnnotatedArticle left = Handmade.of("The army said its detachment had withdrawn from Ridgeford.").inMali().build();
    assertThat(spotted.extract(left)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement()
        .extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name()).isEqualTo("CONCEDED LOSS Ridgeford");
  }

  @Test
  void aPlaceTheModelAddsWhereItsClauseTellsOnlyAMoveAwayIsLost() {
    // Before: with no taking or losing word in the clause, the added claim was read from the place itself or from a
    // light verb, as a gain asserted.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle moved = Handmade.of("To spare the people of Ridgeford from shelling, our units deployed there were repositioned.").inMali().build();
    assertThat(spotted.extract(moved)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement()
        .extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name()).isEqualTo("CONCEDED LOSS Ridgeford");
    AnnotatedArticle pulledOut = Handmade.of("In Ridgeford, the army detachment carried out a tactical withdrawal on Monday.").inMali().build();
    assertThat(spotted.extract(pulledOut)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement()
        .extracting(c -> c.effect() + " " + c.place().name()).isEqualTo("LOSS Ridgeford");
    // A withdrawal only asked for is none, as for the rules' own triggers: the landing is what the clause tells.
    AnnotatedArticle asked = Handmade.of("The minister said the rebels who landed at Ridgeford had broken the truce and called on them to withdraw.")
        .inMali().build();
    assertThat(spotted.extract(asked)).filteredOn(c -> c.type() == ClaimType.CONTROL).singleElement()
        .extracting(c -> c.effect() + " " + c.place().name()).isEqualTo("GAIN Ridgeford");
  }

  @Test
  void aNameRightAfterAHoldingPhraseIsTheHolderNotAPlaceTheModelAdds() {
    // Before: a model adding every place read the holder's name as a second place held.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle held = Handmade.of("The mayor told us the market had reopened and that Ridgeford was wholly under the control of Lakeside.")
        .inMali().build();
    assertThat(spotted.extract(held)).filteredOn(c -> c.type() == ClaimType.CONTROL).extracting(c -> c.place().name())
        .containsExactly("Ridgeford");
    // A place after the holder's words is still one held: "in the hands of the rebels in Lakeside".
    AnnotatedArticle placed = Handmade.of("The mayor said Ridgeford and the villages were in the hands of the rebels in Lakeside.")
        .inMali().build();
    assertThat(spotted.extract(placed)).filteredOn(c -> c.type() == ClaimType.CONTROL).extracting(c -> c.place().name())
        .contains("Ridgeford", "Lakeside");
  }

  @Test
  void aPlaceTheModelAddsRightAfterAMoveAndFromIsTheOneLeft() {
    // Before: a model adding every place read "redeployed from Ridgeford" as Ridgeford taken.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle moved = Handmade.of("The ministry said its troops had redeployed from Ridgeford to Lakeside.").inMali().build();
    assertThat(spotted.extract(moved)).filteredOn(c -> c.type() == ClaimType.CONTROL && c.place().name().equals("Ridgeford"))
        .singleElement().extracting(Claim::effect).isEqualTo(Effect.LOSS);
  }

  @Test
  void theShippedModelLoadsWithItsThresholds() {
    ClaimSpotter shipped = ClaimSpotter.shipped();
    assertThat(shipped.size()).isGreaterThan(100);
    assertThat(shipped.addAt(ClaimType.CONTROL)).isBetween(0.0, 1.0);
  }

  @Test
  void eachTypeMayHaveItsOwnThresholdAndOneLineSetsBoth() throws IOException {
    ClaimSpotter both = ClaimSpotter.read(new StringReader("@add\t0.6\n@drop\t0.1\n"), "both.tsv");
    assertThat(both.addAt(ClaimType.CONTROL)).isEqualTo(0.6);
    assertThat(both.addAt(ClaimType.ATTACK)).isEqualTo(0.6);
    ClaimSpotter apart = ClaimSpotter.read(new StringReader("@add\t0.6\n@add.ATTACK\t0.9\n"), "apart.tsv");
    assertThat(apart.addAt(ClaimType.CONTROL)).isEqualTo(0.6);
    assertThat(apart.addAt(ClaimType.ATTACK)).isEqualTo(0.9);
    // A model sure of a control claim but not past the attack threshold adds the control claim only.
    ClaimExtractor rules = ClaimExtractor.rulesOnly(Handmade.gazetteer());
    ClaimExtractor controlOnly = rules.withSpotter(new ClaimSpotter(Map.of("C|b1=secured", 3.0, "A|b1=secured", 3.0), 0.6, 1.1, 0.0));
    AnnotatedArticle secured = Handmade.of("The army said troops had secured Ridgeford airport.").inMali().build();
    assertThat(controlOnly.extract(secured)).extracting(Claim::type).contains(ClaimType.CONTROL).doesNotContain(ClaimType.ATTACK);
  }

  @Test
  void theExtractorShowsATrainerEveryCandidateWithWhatTheRulesFound() {
    List<SpotCandidate> seen = new java.util.ArrayList<>();
    ClaimExtractor.rulesOnly(Handmade.gazetteer()).extract(Handmade.of("Rebels captured Ridgeford on Monday.").inMali().build(), seen::add);
    assertThat(seen).extracting(SpotCandidate::type, SpotCandidate::ruleClaim)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ClaimType.CONTROL, true), org.assertj.core.groups.Tuple.tuple(ClaimType.ATTACK, false));
    assertThat(seen.get(0).place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void thePlaceAMovedPostWentToIsHeldNotLost() {
    // A spotter that reads every place as a control claim reads the destination with the move: held there, asserted.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    AnnotatedArticle moved = Handmade.of("The army said the troops at Ridgeford had been redeployed to Lakeside.").inMali().build();
    assertThat(spotted.extract(moved)).filteredOn(c -> c.type() == ClaimType.CONTROL && c.place().name().equals("Lakeside")).singleElement()
        .satisfies(c -> assertThat(c.effect()).isEqualTo(Effect.GAIN))
        .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
  }

  @Test
  void aPlaceAForceIsMovedOutsideOfIsLeftAndConceded() {
    // "repositioned outside X", "moved away from X": like "from X", the force left the place; its own side's account concedes it.
    ClaimExtractor spotted = ClaimExtractor.rulesOnly(Handmade.gazetteer()).withSpotter(new ClaimSpotter(Map.of("C|bias", 5.0), 0.6, 0.0));
    for (String sentence : List.of("The army admitted that its soldiers had been repositioned outside Ridgeford.",
        "The army admitted that its soldiers had been moved away from Ridgeford.")) {
      assertThat(spotted.extract(Handmade.of(sentence).inMali().build()))
          .filteredOn(c -> c.type() == ClaimType.CONTROL && c.place().name().equals("Ridgeford")).singleElement()
          .satisfies(c -> assertThat(c.effect()).isEqualTo(Effect.LOSS))
          .satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    }
  }
}
