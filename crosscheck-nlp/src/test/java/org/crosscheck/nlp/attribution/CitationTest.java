package org.crosscheck.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.Annotations.Span;
import org.junit.jupiter.api.Test;

class CitationTest {
  private static Citation cite(Citation.Kind kind, String targetId) {
    return new Citation(kind, "Harbour Board", targetId, null, "according to", new Span(0, 13));
  }

  @Test
  void aSourceReadsAsPersonOrOrganisationOnlyWhenTheAnnotatorKnowsWhich() {
    assertThat(cite(Citation.Kind.PERSON, "person:vale").kindLabel()).isEqualTo("person");
    assertThat(cite(Citation.Kind.PERSON, "organization:harbour-board").kindLabel()).isEqualTo("organisation");
    assertThat(cite(Citation.Kind.PERSON, null).kindLabel()).isEqualTo("source");
    assertThat(cite(Citation.Kind.OUTLET, null).kindLabel()).isEqualTo("outlet");
  }
}
