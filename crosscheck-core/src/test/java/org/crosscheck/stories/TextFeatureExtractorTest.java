package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class TextFeatureExtractorTest {
  @Test
  void figuresAreKeptWholeAndOneDigitNumbersAndCodesAreNot() {
    var numbers = TextFeatureExtractor.numbers(
        "A magnitude 5.2 quake in 2008 left 1,000 homeless; the 76ers were 9-14 in their 81st season, 3 days on, G8 and mp3 aside. 2008 again.");
    assertThat(numbers).containsOnlyKeys("5.2", "2008", "1000", "9-14", "81st");
    assertThat(numbers.get("2008")).isEqualTo(2.0);
  }

  @Test
  void clockTimesAreNotFigures() {
    var numbers = TextFeatureExtractor.numbers("Posted 11:06 PM, updated 2: 30 a.m. and 5:59:13; the toll rose to 45 by 10.30.");
    assertThat(numbers).containsOnlyKeys("45", "10.30");
  }

  @Test
  void weekdaysCountBesideTheFiguresAndNotAsNames() {
    var numbers = TextFeatureExtractor.numbers("The quake struck on Sunday; Sunday's aftershock and a Thursday briefing followed. Sundays are quiet.");
    assertThat(numbers).containsOnlyKeys("day:sunday", "day:thursday");
    assertThat(numbers.get("day:sunday")).isEqualTo(2.0);
  }

  @Test
  void aWeekdayBeforeANameIsPartOfTheNameNotADate() {
    var numbers = TextFeatureExtractor.numbers("Friday Ekpo told the Sunday Times that the raid began on Tuesday March 3 "
        + "and ended Thursday.");
    assertThat(numbers).containsOnlyKeys("day:tuesday", "day:thursday");
  }

  @Test
  void aSentenceCaseHeadlineNamesWhoTheReportIsAboutAndDaysAndMonthsNameNoOne() {
    Article a = new ArticleBuilder(InputFormat.TEXT, "test:pilot").title("Harbour pilot Ola Brenner held after ferry collision")
        .paragraph("The pilot was held on Sunday after the ferry struck a pier in Bergen in March, police said.").build();
    var names = TextFeatureExtractor.english().extract(a).entities();
    assertThat(names).containsKeys("ola brenner", "brenner", "bergen");
    assertThat(names).doesNotContainKeys("sunday", "march");
  }

  @Test
  void aTitleCaseHeadlineGivesNoNames() {
    Article a = new ArticleBuilder(InputFormat.TEXT, "test:pilot").title("Harbour Pilot Held After Ferry Collision")
        .paragraph("The ferry struck a pier in Bergen, police said.").build();
    assertThat(TextFeatureExtractor.english().extract(a).entities()).containsOnlyKeys("bergen");
  }

  @Test
  void figuresAreKeptWithWhatTheyMeasureOnEitherSide() {
    var measures = TextFeatureExtractor.english().measures(
        "A magnitude 4.4 tremor shook the valley; a 4.6-magnitude quake followed. The blast killed 3 and 1,200 homes burned.");
    assertThat(measures).containsOnlyKeys("measure:magnitude=4.4", "measure:tremor=4.4", "measure:magnitude=4.6",
        "measure:killed=3", "measure:home=1200");
    assertThat(measures.get("measure:magnitude=4.4")).isEqualTo(1.0);
  }

  @Test
  void yearsClockTimesAndStopWordsMeasureNothing() {
    var measures = TextFeatureExtractor.english().measures(
        "In 2008 the talks at 10:30 ran for the 2 of them, since 1999, from 12 on, at least 40 and nearly 7 in all.");
    assertThat(measures).isEmpty();
  }

  @Test
  void measuresJoinTheNumbersOfAnArticle() {
    Article a = new ArticleBuilder(InputFormat.TEXT, "test:toll").title("Mine blast toll rises")
        .paragraph("The blast killed 12 miners on Sunday.").build();
    assertThat(TextFeatureExtractor.english().extract(a).numbers()).containsOnlyKeys("12", "day:sunday", "measure:killed=12", "measure:miner=12");
  }

  @Test
  void foldedNameKeysAreShownAsTheTextsWriteThem() {
    TextFeatureExtractor extractor = TextFeatureExtractor.english();
    String text = "Le gouverneur Cláudio Castro s'est rendu à Petrópolis. Selon la Défense civile, Petrópolis compte 9 morts.";
    List<String> keys = List.of("petrópoli", "cláudio castro", "défense", "absent name");

    assertThat(extractor.namesAsWritten(keys, List.of(text))).containsExactly("Petrópolis", "Cláudio Castro", "Défense");
  }

  @Test
  void aWordTheTextsAlsoWriteInLowerCaseIsNoName() {
    // "Вони" ("they") opens a sentence; the tokenizer knows no Ukrainian stopwords, but the text writes it in lower case too.
    String text = "Вони відступили з Куп’янська. Сили оборони кажуть, що вони тримають місто.";
    List<String> keys = List.of(TextFeatureExtractor.nameKey("Вони"), TextFeatureExtractor.nameKey("Куп’янська"));

    assertThat(TextFeatureExtractor.english().namesAsWritten(keys, List.of(text))).containsExactly("Куп’янська");
  }
}
