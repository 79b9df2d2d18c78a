package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabularyFilesTest {
  private final Vocabulary vocabulary = Vocabulary.standard();

  @Test
  void everyClassFileIsRead() {
    assertThat(vocabulary.contains("speech", "the governor told reporters")).isTrue();
    assertThat(vocabulary.contains("claimnoun", "rejected the allegations")).isTrue();
    assertThat(vocabulary.contains("unitnoun", "assault brigades")).isTrue();
    assertThat(vocabulary.contains("followsplace", "overnight")).isTrue();
  }

  @Test
  void notAPlaceWordsMatchOnlyAsWritten() {
    assertThat(vocabulary.isExactly("notaplace", "May")).isTrue();
    assertThat(vocabulary.isExactly("notaplace", "may")).isFalse();
    assertThat(vocabulary.isExactly("notaplace", "Mayo")).isFalse();
  }

  @Test
  void anEmbeddedClassMatchesInAnyCaseAsWholeWords() {
    Pattern p = Pattern.compile("^" + vocabulary.regex("speech") + ",");
    assertThat(p.matcher("According to, ").find()).isTrue();
    assertThat(p.matcher("Saidi, ").find()).isFalse();
  }

  @Test
  void aClassEmbeddedAsWrittenReadsAPhrasesSpacesAsTheCaseFreeFormDoes() {
    // "carried out" (lightverb): a line break or two spaces between its words are still the phrase.
    for (String text : List.of("carried  out", "carried\nout")) {
      assertThat(Pattern.compile("^" + vocabulary.regex("lightverb") + "$").matcher(text).find()).as(text).isTrue();
      assertThat(Pattern.compile("^" + vocabulary.regexAsWritten("lightverb") + "$").matcher(text).find()).as(text).isTrue();
    }
  }

  @Test
  void aClassEmbeddedAsWrittenKeepsItsCase() {
    // "armedword" holds "Islamist" capitalised and "rebel" in lower case: each matches only so.
    Pattern p = Pattern.compile("^" + vocabulary.regexAsWritten("armedword") + "$");
    assertThat(p.matcher("Islamist").find()).isTrue();
    assertThat(p.matcher("islamist").find()).isFalse();
    assertThat(p.matcher("rebel").find()).isTrue();
    assertThat(p.matcher("Rebel").find()).isFalse();
    assertThat(p.matcher("rebels").find()).isFalse();
  }

  @Test
  void everyArmedForceStandsForAListedCountry() {
    Sides sides = Sides.standard();
    for (String line : Vocabulary.lines("armedforces.tsv")) {
      String[] f = line.split("\t");
      assertThat(sides.isCountry(f[1])).as(line).isTrue();
      assertThat(sides.sideOf(f[0] + " troops")).as(line).isEqualTo(f[1]);
    }
  }
}
