package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Random;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  private static final Instant FETCHED = Instant.parse("2025-12-26T00:00:00Z");
  private final FeedReader reader = new FeedReader(new ParagraphExtractor());

  private CollectingSink read(String fixture) throws IOException {
    return read(fixture, bytes(fixture));
  }

  private CollectingSink read(String name, byte[] bytes) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(InputSource.ofBytes(name, bytes, null, FETCHED), sink);
    return sink;
  }

  private static byte[] bytes(String fixture) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream(fixture)) {
      return in.readAllBytes();
    }
  }

  @Test
  void rss2ItemWithFullBodyGivesParagraphsAndFeedMetadata() throws IOException {
    CollectingSink sink = read("rss2-content-and-summary-items.xml");

    assertThat(sink.skipped).isEmpty();
    assertThat(sink.accepted).hasSize(2);
    Article a = sink.accepted.get(0);
    assertThat(a.format()).isEqualTo(InputFormat.FEED);
    assertThat(a.title()).isEqualTo("Bridge over the Lowmere reopens after repairs");
    assertThat(a.url()).isEqualTo("https://courier.example/2025/12/bridge-reopens");
    assertThat(a.source()).isEqualTo("Riverside Courier");
    assertThat(a.feedUrl()).isEqualTo("https://courier.example/feed/rss");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.authors()).containsExactly("Mara Quill");
    assertThat(a.tags()).containsExactly("Transport", "Lowmere");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:21:00+02:00"));
    assertThat(a.published().getOffset().getTotalSeconds()).isEqualTo(7200);
    assertThat(a.dateSource()).isEqualTo("feed");
    assertThat(a.description()).isEqualTo("The Lowmere bridge is open again.");
    assertThat(a.paragraphs()).containsExactly(
        "The Lowmere bridge reopened to traffic on Wednesday after four months of repairs.",
        "Engineers replaced two of the five spans, the county council said.");
    assertThat(a.imageUrl()).isEqualTo("https://courier.example/img/bridge.jpg");
    assertThat(a.origin()).isEqualTo("rss2-content-and-summary-items.xml#courier-1001");
  }

  @Test
  void summaryOnlyItemHasItsSummaryAsSingleParagraph() throws IOException {
    Article a = read("rss2-content-and-summary-items.xml").accepted.get(1);

    assertThat(a.description()).isEqualTo("The vote was moved to January after objections from farmers.");
    assertThat(a.paragraphs()).containsExactly(a.description());
    // relative link resolved against the feed's self link; "email (Name)" reduced to the name
    assertThat(a.url()).isEqualTo("https://courier.example/2025/12/dredging-vote");
    assertThat(a.authors()).containsExactly("Tobias Fenn");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-12-24T18:05:00Z"));
    assertThat(a.imageUrl()).isEqualTo("https://courier.example/img/river.jpg");
  }

  @Test
  void parserMarksWhichItemsCarryOnlyASummary() throws IOException {
    Feed feed = new FeedParser().parse(bytes("rss2-content-and-summary-items.xml"), null,
        "https://courier.example/feed/rss", FETCHED);

    assertThat(feed.items()).extracting(FeedItem::summaryOnly).containsExactly(false, true);
    assertThat(feed.feedUrl()).isEqualTo("https://courier.example/feed/rss");
  }

  @Test
  void rss1RdfItemsWithDublinCoreDates() throws IOException {
    CollectingSink sink = read("rss1-rdf.xml");

    assertThat(sink.skipped).isEmpty();
    assertThat(sink.titles()).containsExactly("Snow closes the upper pass", "Mill museum gets new roof");
    Article first = sink.accepted.get(0);
    assertThat(first.source()).isEqualTo("Hill Gazette");
    assertThat(first.authors()).containsExactly("Ilse Brandt");
    assertThat(first.tags()).containsExactly("Weather");
    assertThat(first.published()).isEqualTo(OffsetDateTime.parse("2025-12-20T07:30:00+01:00"));
    assertThat(first.paragraphs()).containsExactly(
        "Heavy snow closed the upper pass overnight.", "Ploughs are expected by noon.");
    Article second = sink.accepted.get(1);
    assertThat(second.published()).isEqualTo(OffsetDateTime.parse("2025-12-19T00:00:00Z"));
    assertThat(second.paragraphs()).containsExactly("The old mill museum has a new slate roof.");
  }

  @Test
  void atomEntriesWithHtmlAndXhtmlContentAndUpdatedTimes() throws IOException {
    CollectingSink sink = read("atom-content-and-updated.xml");

    assertThat(sink.skipped).isEmpty();
    Article strike = sink.accepted.get(0);
    assertThat(strike.title()).isEqualTo("Ferry strike & talks");
    assertThat(strike.url()).isEqualTo("https://harbourwire.example/news/ferry-strike");
    assertThat(strike.feedUrl()).isEqualTo("https://harbourwire.example/atom.xml");
    assertThat(strike.authors()).containsExactly("Ana Sol", "Piet Vos");
    assertThat(strike.tags()).containsExactly("Labour");
    assertThat(strike.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T08:00:00-05:00"));
    assertThat(strike.updated()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:45:00-05:00"));
    assertThat(strike.description()).isEqualTo("Ferry crews walked out at dawn.");
    assertThat(strike.paragraphs()).containsExactly(
        "Ferry crews walked out at dawn on Thursday.", "Talks resume on Friday, the union said.");
    assertThat(strike.imageUrl()).isEqualTo("https://harbourwire.example/t/ferry.jpg");

    Article dredging = sink.accepted.get(1);
    assertThat(dredging.paragraphs()).containsExactly(
        "Dredging of the inner harbour is finished.", "Larger ships can dock from January.");
    // only <updated>: no publication date is borrowed from it
    assertThat(dredging.published()).isNull();
    assertThat(dredging.updated()).isEqualTo(OffsetDateTime.parse("2025-12-24T16:00:00Z"));
  }

  @Test
  void trivialErrorsLoseNoItemAndABadDateLosesOnlyTheDate() throws IOException {
    CollectingSink sink = read("rss-with-trivial-errors.xml");

    assertThat(sink.skipped).isEmpty();
    assertThat(sink.titles()).containsExactly(
        "Café owners\u00a0protest — again", "Market day moved", "Choir wins regional prize");
    assertThat(sink.accepted.get(0).source()).isEqualTo("Smith & Sons Weekly");
    assertThat(sink.accepted.get(0).url()).isEqualTo("https://smith.example/cafe?id=1&page=2");
    assertThat(sink.accepted.get(0).description())
        .isEqualTo("Owners say rents rose 30% & more… &unknownentity; stays");
    assertThat(sink.accepted.get(0).published()).isEqualTo(OffsetDateTime.parse("2025-12-23T14:00:00+01:00"));
    assertThat(sink.accepted.get(1).published()).isNull();
    assertThat(sink.accepted.get(2).published()).isEqualTo(OffsetDateTime.parse("2025-12-22T08:00:00+01:00"));
    assertThat(sink.accepted.get(2).description()).isEqualTo("Score 5 < 7 but the choir still won.");
  }

  @Test
  void truncatedFeedKeepsTheCompleteItemsAndNamesTheBrokenOne() throws IOException {
    CollectingSink sink = read("rss-truncated-mid-item.xml");

    assertThat(sink.titles()).containsExactly("First complete item", "Second complete item");
    assertThat(sink.accepted.get(1).paragraphs()).containsExactly("Second, in full.");
    assertThat(sink.accepted.get(1).published()).isEqualTo(OffsetDateTime.parse("2025-12-20T10:00:00Z"));
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("rss-truncated-mid-item.xml item 3");
      assertThat(s.reason()).contains("not closed");
    });
  }

  @Test
  void declaredWindows1251IsDecoded() throws IOException {
    CollectingSink sink = read("rss-windows-1251.xml");

    assertThat(sink.skipped).isEmpty();
    Article a = sink.accepted.getFirst();
    assertThat(a.source()).isEqualTo("Вести Полтавы");
    assertThat(a.title()).isEqualTo("Мост через реку открыт");
    assertThat(a.language()).isEqualTo("ru");
  }

  @Test
  void latin1BytesUnderAUtf8LabelAreStillRead() throws IOException {
    String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Le Café</title><item><title>Crème brûlée à Noël</title>"
        + "<link>https://cafe.example/1</link><description>Déjà vu.</description></item>"
        + "</channel></rss>";
    CollectingSink sink = read("latin1.xml", feed.getBytes(Charset.forName("windows-1252")));

    assertThat(sink.titles()).containsExactly("Crème brûlée à Noël");
    assertThat(sink.accepted.getFirst().source()).isEqualTo("Le Café");
  }

  @Test
  void utf8BytesUnderALatin1LabelAreReadAsUtf8() throws IOException {
    String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
        + "<title>Kyiv Notes</title><item><title>Київ — зима</title>"
        + "<link>https://notes.example/1</link><description>Сніг.</description></item>"
        + "</channel></rss>";
    CollectingSink sink = read("mislabelled.xml", feed.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.titles()).containsExactly("Київ — зима");
  }

  @Test
  void randomBytesGiveOneClearSkip() throws IOException {
    byte[] noise = new byte[4096];
    new Random(20251225L).nextBytes(noise);

    CollectingSink sink = read("noise.bin", noise);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("noise.bin");
      assertThat(s.reason()).containsAnyOf("not well-formed XML", "not an RSS or Atom feed");
    });
  }

  @Test
  void htmlPageIsNotAFeed() throws IOException {
    byte[] html = "<html><head><title>Hi</title></head><body><p>Hello</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    CollectingSink sink = read("page.html", html);

    assertThat(sink.accepted).isEmpty();
    assertThat(sink.skipped).singleElement()
        .extracting(CollectingSink.Skip::reason).asString().contains("not an RSS or Atom feed (root element <html>)");
  }

  @Test
  void datesLaterThanTheFetchAreDropped() throws IOException {
    String feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>From the future</title>"
        + "<link>https://t.example/1</link><pubDate>Sat, 01 Jan 2028 00:00:00 GMT</pubDate>"
        + "<description>x</description></item></channel></rss>";

    CollectingSink sink = read("future.xml", feed.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.accepted.getFirst().published()).isNull();
  }

  @Test
  void aFeedFileKeepsDatesAfterItWasWritten(@TempDir Path dir) throws IOException {
    String feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>Scenario</title>"
        + "<link>https://t.example/1</link><pubDate>Sat, 01 Jan 2028 00:00:00 GMT</pubDate>"
        + "<description>x</description></item></channel></rss>";
    Path file = Files.writeString(dir.resolve("scenario.xml"), feed);
    CollectingSink sink = new CollectingSink();

    reader.read(InputSource.ofFile(file), sink);

    assertThat(sink.accepted.getFirst().published()).isEqualTo(OffsetDateTime.parse("2028-01-01T00:00:00Z"));
  }

  @Test
  void readFeedTakesBytesFromHttpWithTheUrlAsBase() {
    String feed = "<rss version=\"2.0\"><channel><title>T</title><link>https://t.example/</link>"
        + "<item><title>Relative</title><link>/news/1</link><description>x</description></item>"
        + "</channel></rss>";
    CollectingSink sink = new CollectingSink();

    reader.readFeed(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8",
        "https://feeds.t.example/main.rss", FETCHED, sink);

    Article a = sink.accepted.getFirst();
    assertThat(a.url()).isEqualTo("https://feeds.t.example/news/1");
    assertThat(a.feedUrl()).isEqualTo("https://feeds.t.example/main.rss");
    assertThat(a.origin()).isEqualTo("https://feeds.t.example/main.rss#item-1");
  }

  @Test
  void feedCutOffInsideCdataKeepsTheItemsBefore() throws IOException {
    String feed = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>T</title><item><title>Whole</title><link>https://t.example/1</link>"
        + "<description>x</description></item><item><title>Cut</title><link>https://t.example/2</link>"
        + "<content:encoded><![CDATA[<p>Half a sent";

    CollectingSink sink = read("cut-cdata.xml", feed.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.titles()).containsExactly("Whole");
    assertThat(sink.skipped).extracting(CollectingSink.Skip::location).containsExactly("cut-cdata.xml item 2");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    String feed = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
        + "<rss version=\"2.0\"><channel><title>T</title><item><title>A &xxe; B</title>"
        + "<link>https://t.example/1</link><description>x</description></item></channel></rss>";

    CollectingSink sink = read("xxe.xml", feed.getBytes(StandardCharsets.UTF_8));

    assertThat(sink.titles()).containsExactly("A &xxe; B");
  }

  @Test
  void itemsOfAFeedThatDeclaresNoLanguageGetTheLanguageOfTheirText() throws IOException {
    CollectingSink sink = read("atom-without-language.xml");

    assertThat(sink.accepted).singleElement()
        .satisfies(a -> assertThat(a.language()).isEqualTo("en"));
  }
}
