package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletNamesTest {

  private static Article report(String url, String source) {
    return new ArticleBuilder(InputFormat.HTML, "x.html").url(url).source(source).title("t").paragraph("p").build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "NPA - World news;NPA",
      "The Harbour Courier | Europe;The Harbour Courier",
      "Wire Today: Latest headlines;Wire Today",
      "Black Sea Bulletin - Odesa;Black Sea Bulletin",
      "Mid-Atlantic Review;Mid-Atlantic Review",
      "Tom & Jerry - The Complete Guide to Everything About Cats and Mice;Tom & Jerry - The Complete Guide to Everything About Cats and Mice",
  })
  void feedTitlesLoseTheirSectionButRealNamesStayWhole(String given, String expected) {
    assertThat(OutletNames.clean(given)).isEqualTo(expected);
  }

  @Test
  void aHostLearnsTheNameItsReportsGiveAndLendsItToReportsWithoutOne(@TempDir Path dir) throws IOException {
    OutletNames names = OutletNames.load(dir.resolve("outlets.tsv"));
    assertThat(names.normalize(report("https://www.harbour-courier.example/a", "The Harbour Courier | World")).source())
        .isEqualTo("The Harbour Courier");
    assertThat(names.normalize(report("https://harbour-courier.example/b", "harbour-courier.example")).source())
        .isEqualTo("The Harbour Courier");
    assertThat(names.normalize(report("https://m.harbour-courier.example/c", null)).source()).isEqualTo("The Harbour Courier");
    assertThat(names.normalize(report("https://unknown.example/d", null)).source()).isEqualTo("unknown.example");
    names.save();

    OutletNames reloaded = OutletNames.load(dir.resolve("outlets.tsv"));
    assertThat(reloaded.normalize(report("https://harbour-courier.example/e", null)).source()).isEqualTo("The Harbour Courier");
  }

  @Test
  void aSubdomainWithoutANameTakesTheNameLearnedForItsSite() {
    OutletNames names = OutletNames.inMemory();
    names.normalize(report("https://www.globe-today.example/world/a", "Globe Today"));
    assertThat(names.normalize(report("https://briefing.globe-today.example/africa/2027-03-15", null)).source()).isEqualTo("Globe Today");
    assertThat(names.normalize(report("https://live.globe-today.example/b", "live.globe-today.example")).source()).isEqualTo("Globe Today");
    assertThat(names.normalize(report("https://today.example/c", null)).source()).as("not a parent, only a suffix of the name")
        .isEqualTo("today.example");
    names.normalize(report("https://radio.globe-today.example/d", "Globe Radio"));
    assertThat(names.normalize(report("https://radio.globe-today.example/e", null)).source()).as("its own name wins").isEqualTo("Globe Radio");
  }

  @Test
  void aHostListedBeforeItsNameWasLearnedGoesByThatNameOnceLearned() {
    OutletNames names = OutletNames.inMemory();
    String early = names.normalize(report("https://www.south-courier.example/floods", null)).source();
    assertThat(early).isEqualTo("south-courier.example");
    assertThat(names.nameOf(early)).isEqualTo("south-courier.example");
    assertThat(names.hostsCalled("The Southern Courier")).isEmpty();

    names.normalize(report("https://south-courier.example/strike", "The Southern Courier - Business"));
    assertThat(names.nameOf(early)).isEqualTo("The Southern Courier");
    assertThat(names.nameOf("live.south-courier.example")).as("a subdomain, by its site").isEqualTo("The Southern Courier");
    assertThat(names.hostsCalled("the southern courier")).containsExactly("south-courier.example");
    assertThat(names.nameOf("Coast Wire")).as("a name stays a name").isEqualTo("Coast Wire");
    assertThat(names.nameOf("unknown outlet (a.txt)")).isEqualTo("unknown outlet (a.txt)");
    assertThat(names.nameOf("elsewhere.example")).isEqualTo("elsewhere.example");
  }

  @Test
  void aShippedNameForTheHostItselfBeatsANameLearnedForItsParent() {
    OutletNames names = OutletNames.inMemory();
    names.normalize(report("https://go.com/a", "Go Portal"));
    assertThat(names.normalize(report("https://abcnews.go.com/b", null)).source()).isEqualTo("ABC News");
    assertThat(names.normalize(report("https://games.go.com/c", null)).source()).isEqualTo("Go Portal");
  }

  @Test
  void wellKnownHostsAreNamedFromTheShippedListUnlessTheReportsTeachOtherwise() {
    OutletNames names = OutletNames.inMemory();
    assertThat(names.normalize(report("https://www.foxnews.com/world/a", "https://feeds.foxnews.com/foxnews/world")).source())
        .isEqualTo("Fox News");
    assertThat(names.normalize(report("https://edition.cnn.com/2025/12/25/europe/b", null)).source()).isEqualTo("CNN");
    assertThat(names.normalize(report("https://www.kyivpost.com/post/c", "Kyiv Post | Ukraine's Global Voice")).source())
        .isEqualTo("Kyiv Post");

    names.normalize(report("https://www.reuters.com/world/d", "Thomson Reuters Wire"));
    assertThat(names.normalize(report("https://reuters.com/world/e", null)).source()).isEqualTo("Thomson Reuters Wire");
  }

  @Test
  void aReportWithNeitherNameNorAddressKeepsWhatItHad() {
    Article textDump = new ArticleBuilder(InputFormat.TEXT, "/tmp/a.txt").title("t").paragraph("p").build();
    assertThat(OutletNames.inMemory().normalize(textDump).source()).isNull();
  }
  @Test
  void aReaderSeesASecondSaveThatKeptTheFirstSavesTimestamp(@TempDir Path dir) throws IOException {
    // A file system's clock ticks coarsely: two saves in one tick leave one modification time.
    Path file = dir.resolve("outlets.tsv");
    FileTime tick = FileTime.fromMillis(1_700_000_000_000L);
    OutletNames writer = OutletNames.load(file);
    OutletNames reader = OutletNames.load(file);
    writer.normalize(report("https://first.example/a", "First Wire"));
    writer.save();
    Files.setLastModifiedTime(file, tick);
    assertThat(reader.refresh()).isTrue();
    writer.normalize(report("https://second.example/a", "Second Wire"));
    writer.save();
    Files.setLastModifiedTime(file, tick);
    assertThat(reader.refresh()).isTrue();
    assertThat(reader.nameOf("second.example")).isEqualTo("Second Wire");
  }
}
