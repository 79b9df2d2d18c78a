package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class WireDetectorTest {
  private final WireDetector wires = new WireDetector(WireAgencies.withDefaults());

  private static Article article(String source, List<String> authors, String... paragraphs) {
    return new ArticleBuilder(InputFormat.TEXT, "t").source(source).authors(authors).title("A headline")
        .paragraphs(List.of(paragraphs)).build();
  }

  @Test
  void readsAgencyFromDatelineCredit() {
    var credit = wires.detect(article("Daily Planet", List.of(), "KYIV, Dec 25 (Reuters) - Ukraine said on Thursday ...", "More text."));
    assertThat(credit).get().extracting(WireCredit::agencyId, WireCredit::known).containsExactly("reuters", true);
  }

  @Test
  void readsAgencyFromADatelineNamingTheCountryOrStateToo() {
    assertThat(wires.detect(article("Daily Planet", List.of(), "BARI, Italy (AP) — A ferry caught fire on Sunday.", "More.")))
        .get().extracting(WireCredit::agencyId).isEqualTo("ap");
    assertThat(wires.detect(article("Daily Planet", List.of(), "SPRINGFIELD, Ill., March 3 (Reuters) - Flooding closed roads.", "More.")))
        .get().extracting(WireCredit::agencyId).isEqualTo("reuters");
  }

  @Test
  void readsAgencyFromSignOff() {
    var credit = wires.detect(article("Daily Planet", List.of(), "The storm hit the coast overnight.", "Officials expect more rain. — AP"));
    assertThat(credit).get().extracting(WireCredit::agencyId).isEqualTo("ap");
  }

  @Test
  void recognisesAnUnlistedAgencyByTheDatelineShapeAndNamesItFromTheText() {
    var credit = wires.detect(article("Bergen Herald", List.of(),
        "Oslo (NPA) — The Nordic Press Agency (NPA) reports that the ferry strike ended on Monday.", "Talks resume next week."));
    assertThat(credit).get().satisfies(c -> {
      assertThat(c.agencyId()).isEqualTo("npa");
      assertThat(c.agencyName()).isEqualTo("Nordic Press Agency");
      assertThat(c.known()).isFalse();
    });
  }

  @Test
  void anUnlistedAgencyWhoseNameEndsInWireIsRecognisedInTheDateline() {
    var credit = wires.detect(article("Frontier Times", List.of(),
        "PESHAWAR, Pakistan (Meridian Wire) — A bomb exploded in a crowded bazaar on Wednesday.", "More text."));
    assertThat(credit).get().satisfies(c -> {
      assertThat(c.agencyId()).isEqualTo("meridian-wire");
      assertThat(c.agencyName()).isEqualTo("Meridian Wire");
      assertThat(c.known()).isFalse();
    });
    assertThat(wires.detect(article("Frontier Times", List.of(), "PESHAWAR (Live Coverage) — A bomb exploded.", "More."))).isEmpty();
  }

  @Test
  void readsAgencyFromByline() {
    assertThat(wires.detect(article("Daily Planet", List.of("By Associated Press"), "Text here."))).get()
        .extracting(WireCredit::agencyId).isEqualTo("ap");
  }

  @Test
  void aMentionInTheBodyIsNoCredit() {
    assertThat(wires.detect(article("Daily Planet", List.of(), "Prices rose, according to Reuters and AFP reporting.",
        "Analysts said (privately) - and publicly - that more was coming.", "The end."))).isEmpty();
  }

  @Test
  void aParenthesisedLocationIsNoAgency() {
    assertThat(wires.detect(article("Daily Planet", List.of(), "Kupyansk (Kharkiv region) - fighting went on.", "The end."))).isEmpty();
  }

  @Test
  void lowercaseApIsNoCredit() {
    assertThat(wires.detect(article("Daily Planet", List.of(), "The first paragraph.", "It was a quick snap - ap"))).isEmpty();
  }
}
