package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final Instant FETCHED = Instant.parse("2026-01-10T00:00:00Z");
  private static final String PROSE = "<p>The river crossing near the town was rebuilt over the winter, and engineers say"
      + " the new span can carry twice the load of the old one, which had stood since the fifties.</p>"
      + "<p>Residents who had driven forty kilometres around the valley for two years welcomed the"
      + " opening, though several said the work had taken far longer than officials first promised.</p>";

  private final HtmlExtractor extractor = new HtmlExtractor();

  private Extraction extract(String fixture) {
    return extract(fixture, null);
  }

  private Extraction extract(String fixture, String url) {
    try (InputStream in = getClass().getResourceAsStream(fixture)) {
      return extractor.extract(new Page(in.readAllBytes(), null, url, FETCHED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Extraction extractHtml(String html, Charset encoding, String declared) {
    return extractor.extract(new Page(html.getBytes(encoding), declared, null, FETCHED));
  }

  @Test
  void jsonLdDatePublishedBeatsCreatedMetaTimeDatelineAndUrl() {
    Extraction x = extract("dates-all-sources.html", "https://news.example.com/2025/12/18/bridge");
    assertThat(x.published()).isEqualTo(OffsetDateTime.parse("2025-12-24T09:21:00+01:00"));
    assertThat(x.dateSource()).isEqualTo("json-ld");
    assertThat(x.updated()).isEqualTo(OffsetDateTime.parse("2025-12-24T11:00:00+01:00"));
    assertThat(x.authors()).containsExactly("Jane Doe");
    assertThat(x.title()).isEqualTo("Bridge reopens after two years");
    assertThat(x.language()).isEqualTo("en");
  }

  @Test
  void metaBeatsTimeAndDateline() {
    Extraction x = extract("dates-meta-time-dateline.html");
    assertThat(x.published()).isEqualTo(OffsetDateTime.parse("2025-12-23T08:00:00Z"));
    assertThat(x.dateSource()).isEqualTo("meta");
  }

  @Test
  void timeElementBeatsVisibleDateline() {
    Extraction x = extract("dates-time-dateline.html");
    assertThat(x.published()).isEqualTo(OffsetDateTime.parse("2025-12-21T06:00:00Z"));
    assertThat(x.dateSource()).isEqualTo("time");
  }

  @Test
  void visibleDatelineGivesPublishedAndUpdated() {
    Extraction x = extract("dates-dateline-only.html");
    assertThat(x.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:21:00Z"));
    assertThat(x.updated()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:23:00Z"));
    assertThat(x.dateSource()).isEqualTo("dateline");
  }

  @Test
  void urlDateIsTheLastResortAndNothingIsInvented() {
    Extraction fromUrl = extract("dates-none.html", "https://news.example.com/local/2025/12/18/bridge-reopens");
    assertThat(fromUrl.published()).isEqualTo(OffsetDateTime.parse("2025-12-18T00:00:00Z"));
    assertThat(fromUrl.dateSource()).isEqualTo("url");
    Extraction none = extract("dates-none.html", "https://news.example.com/local/bridge-reopens");
    assertThat(none.published()).isNull();
    assertThat(none.dateSource()).isNull();
  }

  @Test
  void futurePre1990AndScriptDatesAreRejected() {
    Extraction x = extract("dates-impossible.html");
    assertThat(x.published()).isEqualTo(OffsetDateTime.parse("2025-12-19T06:00:00Z"));
    assertThat(x.dateSource()).isEqualTo("time");
    Extraction onlyBad = extract("dates-only-impossible.html");
    assertThat(onlyBad.published()).isNull();
    assertThat(onlyBad.updated()).isNull();
  }

  @Test
  void withoutAFetchTimeDatesAfterThePresentArePassedOverButNotLost() throws IOException {
    Extraction choice = extractUnfetched("dates-impossible.html");
    assertThat(choice.published()).isEqualTo(OffsetDateTime.parse("2025-12-19T06:00:00Z"));
    Extraction onlyLater = extractUnfetched("dates-only-impossible.html");
    assertThat(onlyLater.published()).isEqualTo(OffsetDateTime.parse("2031-05-01T10:00:00Z"));
    assertThat(onlyLater.dateSource()).isEqualTo("json-ld");
    assertThat(onlyLater.updated()).isEqualTo(OffsetDateTime.parse("2031-05-02T10:00:00Z"));
  }

  private Extraction extractUnfetched(String fixture) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(fixture)) {
      return extractor.extract(new Page(in.readAllBytes(), null, null, null));
    }
  }

  @Test
  void statedAuthorsAreCleanedOfPrefixRolesAndProfileLinks() {
    Extraction x = extract("authors-noisy.html");
    assertThat(x.authors()).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void visibleBylinesAreCleanedOfWidgetsTimestampsAndHandlesAndCommentersIgnored() {
    Extraction x = extract("authors-visible-byline.html");
    assertThat(x.authors()).containsExactly("Jane Doe", "Josh Smith");
  }

  @Test
  void withoutASiteNameTheTitlesSuffixNamesTheOutletWhenItSpellsTheHost() {
    String page = "<html><head><title>%s</title><link rel=canonical href=\"%s\"></head><body><article>"
        + PROSE + "</article></body></html>";
    Extraction named = extractHtml(page.formatted("Bridge reopens | Gotland Island News",
        "https://www.gotlandnews.example/2026/bridge"), StandardCharsets.UTF_8, null);
    assertThat(named.siteName()).isEqualTo("Gotland Island News");
    Extraction notOutlet = extractHtml(page.formatted("Bridge reopens - a long wait ends",
        "https://www.gotlandnews.example/2026/bridge"), StandardCharsets.UTF_8, null);
    assertThat(notOutlet.siteName()).isNull();
  }

  @Test
  void aPageSavedWithoutItsAddressTakesTheTitlesSuffixAsOutletWhenItsHomeLinkSaysTheSame() {
    String page = "<html><head><title>Obock : l’armée se replie – Le Courrier de la Corne</title></head><body>"
        + "<header><a href=\"%s\" class=\"logo\">%s</a></header><article>" + PROSE + "</article></body></html>";
    assertThat(extractHtml(page.formatted("/", "Le Courrier de la Corne"), StandardCharsets.UTF_8, null).siteName())
        .isEqualTo("Le Courrier de la Corne");
    assertThat(extractHtml(page.formatted("./", "Le Courrier de la Corne"), StandardCharsets.UTF_8, null).siteName())
        .isEqualTo("Le Courrier de la Corne");
    assertThat(extractHtml(page.formatted("/region", "Le Courrier de la Corne"), StandardCharsets.UTF_8, null).siteName())
        .as("a link elsewhere is no home link").isNull();
    assertThat(extractHtml(page.formatted("/", "Accueil"), StandardCharsets.UTF_8, null).siteName())
        .as("a home link naming something else confirms nothing").isNull();
  }

  @Test
  void anAbsoluteHomeLinkCountsOnlyWhenItIsThePagesOwnSite() {
    // A reprint crediting its wire: the title ends with the wire's name and links the wire's home page.
    String page = "<html><head><title>Obock : l’armée se replie – Horn Wire</title>%s</head><body>"
        + "<p class=\"credit\">Source: <a href=\"%s\">Horn Wire</a></p><article>" + PROSE + "</article></body></html>";
    assertThat(extractHtml(page.formatted("", "https://hornwire.example/"), StandardCharsets.UTF_8, null).siteName())
        .as("with no address of its own, a page cannot show a link to another site is its home").isNull();
    String canonical = "<link rel=canonical href=\"https://www.lacorne.example/obock\">";
    assertThat(extractHtml(page.formatted(canonical, "https://hornwire.example/"), StandardCharsets.UTF_8, null).siteName())
        .as("another site's root is not this page's home").isNull();
    assertThat(extractHtml(page.formatted(canonical, "https://lacorne.example/"), StandardCharsets.UTF_8, null).siteName())
        .as("its own site's root, www or not, is").isEqualTo("Horn Wire");
    Page withAddress = new Page(page.formatted("", "https://hornwire.example/").getBytes(StandardCharsets.UTF_8), null,
        "https://lacorne.example/2026/obock", FETCHED);
    assertThat(extractor.extract(withAddress).siteName()).as("nor when the address comes with the page").isNull();
  }

  @Test
  void aTitlesOutletSuffixWithAccentsAndAnElidedArticleStillSpellsTheHost() {
    String page = "<html><head><title>%s</title><link rel=canonical href=\"%s\"></head><body><article>"
        + PROSE + "</article></body></html>";
    Extraction accented = extractHtml(page.formatted("Bridge reopens | L’Écho de la Sangha",
        "https://echosangha.example/actualite/bridge"), StandardCharsets.UTF_8, null);
    assertThat(accented.siteName()).isEqualTo("L’Écho de la Sangha");
    Extraction elidedKept = extractHtml(page.formatted("Bridge reopens | L'Écho du Nord",
        "https://www.lechodunord.example/bridge"), StandardCharsets.UTF_8, null);
    assertThat(elidedKept.siteName()).isEqualTo("L'Écho du Nord");
    Extraction otherOutlet = extractHtml(page.formatted("Bridge reopens | L’Écho de la Sangha",
        "https://www.dailymirror.example/bridge"), StandardCharsets.UTF_8, null);
    assertThat(otherOutlet.siteName()).isNull();
  }

  @Test
  void aShortLineOfTheAuthorsNameAndAPlaceIsTheBylineNotText() {
    Extraction x = extract("byline-name-and-place.html");
    assertThat(x.authors()).containsExactly("Maria Lindqvist");
    assertThat(x.paragraphs()).hasSize(3).noneMatch(p -> p.contains("Visby"))
        .contains("Maria Lindqvist travelled on the first crossing.");
  }

  @Test
  void furnitureGoesWhileListsQuotesAndSubheadingsStay() {
    Extraction x = extract("article-with-furniture.html");
    String text = String.join("\n", x.paragraphs());
    assertThat(x.isArticle()).isTrue();
    assertThat(x.paragraphs()).contains(
        "What the plan includes",
        "a higher embankment along the north bank of the river",
        "new drains under the market square",
        "\"We cannot keep bailing out the same streets every spring while we wait for someone else to act,\" the mayor told the meeting.");
    assertThat(x.paragraphs().get(0)).startsWith("The town council voted on Tuesday");
    assertThat(x.paragraphs().get(x.paragraphs().size() - 1)).startsWith("Residents who spoke at the meeting");
    assertThat(text).doesNotContain("cookies", "Share on", "Home", "Related stories", "Floods hit the market",
        "ten years ago", "Most read", "Copyright", "(Image:", "Invalid email", "Privacy Policy", "LOCAL",
        "latest local news", "Town council approves flood plan");
    assertThat(x.title()).isEqualTo("Town council approves flood plan");
    assertThat(x.canonicalUrl()).isEqualTo("https://news.example.com/local/flood-plan");
    assertThat(x.section()).isEqualTo("Local");
    assertThat(x.imageUrl()).isEqualTo("https://news.example.com/img/flood.jpg");
    assertThat(x.siteName()).isEqualTo("Valley News");
  }

  @Test
  void seedStyleCaptionsNewsletterPrivacySectionLabelsAndDatelinesAreDropped() {
    Extraction x = extract("seed-style-boilerplate.html");
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(0)).startsWith("The recapture");
    assertThat(x.paragraphs().get(1)).startsWith("Ukraine's army");
    assertThat(x.paragraphs().get(2)).startsWith("Troops have since");
  }

  @Test
  void indexPageIsRecognised() {
    assertThat(extract("index-page.html").notArticleReason()).startsWith("index page");
  }

  @Test
  void errorPageIsRecognised() {
    assertThat(extract("error-404.html").notArticleReason()).startsWith("error page");
  }

  @Test
  void paywallStubIsRecognised() {
    Extraction x = extract("paywall-stub.html");
    assertThat(x.notArticleReason()).startsWith("paywall stub");
    assertThat(x.isArticle()).isFalse();
  }

  @Test
  void metaCharsetUtf8LieOnWindows1252BytesIsCaught() {
    String html = "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body><article>"
        + "<p>The caf\u00e9 on the square reopened on Monday with a new cr\u00e8me br\u00fbl\u00e9e on the menu,"
        + " and the queue stretched past the church before the doors even opened in the morning.</p>"
        + PROSE + "</article></body></html>";
    Extraction x = extractHtml(html, Charset.forName("windows-1252"), null);
    assertThat(x.paragraphs().get(0)).contains("caf\u00e9", "cr\u00e8me br\u00fbl\u00e9e");
  }

  @Test
  void metaCharsetUtf8LieOnWindows1251BytesReadsAsCyrillic() {
    String html = "<html lang=\"uk\"><head><meta charset=\"utf-8\"></head><body><article>"
        + "<p>\u0421\u0438\u043b\u0438 \u043e\u0431\u043e\u0440\u043e\u043d\u0438 \u0432\u0456\u0434\u0431\u0438\u043b\u0438"
        + " \u043f\u2019\u044f\u0442\u044c \u0430\u0442\u0430\u043a \u043d\u0430 \u041a\u0443\u043f\u2019\u044f\u043d\u0441\u044c\u043a\u043e\u043c\u0443"
        + " \u043d\u0430\u043f\u0440\u044f\u043c\u043a\u0443.</p>" + PROSE + "</article></body></html>";
    Extraction x = extractHtml(html, Charset.forName("windows-1251"), null);
    assertThat(x.paragraphs().get(0)).startsWith("\u0421\u0438\u043b\u0438 \u043e\u0431\u043e\u0440\u043e\u043d\u0438");
  }

  @Test
  void latin1DeclarationOnUtf8BytesIsCaught() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>"
        + "<body><article><p>Zelensky visited Kupiansk (\u041a\u0443\u043f'\u044f\u043d\u0441\u044c\u043a) on"
        + " Friday, the caf\u00e9 owners said, and stayed for an hour talking to soldiers and residents.</p>"
        + PROSE + "</article></body></html>";
    Extraction x = extractHtml(html, StandardCharsets.UTF_8, null);
    assertThat(x.paragraphs().get(0)).contains("\u041a\u0443\u043f'\u044f\u043d\u0441\u044c\u043a", "caf\u00e9");
  }

  @Test
  void httpCharsetIsUsedForSingleByteCyrillic() {
    String html = "<html><body><article><p>\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0456"
        + " \u0432\u0456\u0439\u0441\u044c\u043a\u0430 \u0443\u0432\u0456\u0439\u0448\u043b\u0438 \u0432 \u043c\u0456\u0441\u0442\u043e.</p>"
        + PROSE + "</article></body></html>";
    Extraction x = extractHtml(html, Charset.forName("windows-1251"), "windows-1251");
    assertThat(String.join(" ", x.paragraphs())).contains("\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0456");
  }

  @Test
  void brokenMarkupStillGivesTheText() {
    String html = "<html><head><title>Broken</head><body><div class=content><p>The river crossing near the town"
        + " was rebuilt over the winter & engineers say the new span <b>can carry <i>twice</b></i> the load"
        + " of the old one.</div></div></span><p>Residents who had driven forty kilometres around the valley"
        + " for two years welcomed the opening, though several said the work took far longer than promised"
        + "<p>The council said a second bridge would follow next year if the budget allows it &copy 2025";
    Extraction x = extractHtml(html, StandardCharsets.UTF_8, null);
    assertThat(x.paragraphs()).hasSize(3);
    assertThat(x.paragraphs().get(0)).contains("winter & engineers", "can carry twice the load");
  }

  @Test
  void megabyteInlineScriptIsDroppedBeforeScoring() {
    String script = "<script>var data = \"" + "a".repeat(1 << 20) + "\"; var d = \"December 1, 2025\";</script>";
    String html = "<html><head>" + script + "</head><body>" + script + "<article>" + PROSE + "</article>" + script + "</body></html>";
    Extraction x = extractHtml(html, StandardCharsets.UTF_8, null);
    assertThat(x.paragraphs()).hasSize(2);
    assertThat(x.published()).isNull();
  }

  @Test
  void threeHundredDeepNestedTablesDoNotOverflowTheStack() {
    String html = "<html><body>" + "<table><tr><td>".repeat(300) + PROSE + "</td></tr></table>".repeat(300) + "</body></html>";
    Extraction x = extractHtml(html, StandardCharsets.UTF_8, null);
    assertThat(String.join(" ", x.paragraphs())).contains("The river crossing", "Residents who had driven");
  }

  @Test
  void emptyAndGarbageInputGiveNoArticleRatherThanAnError() {
    assertThat(extractor.extract(new Page(new byte[0], null, null, FETCHED)).isArticle()).isFalse();
    byte[] garbage = new byte[5000];
    new java.util.Random(7).nextBytes(garbage);
    assertThat(extractor.extract(new Page(garbage, "no-such-charset", "not a url", FETCHED)).isArticle()).isFalse();
  }

  @Test
  void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
    List<String> fixtures = List.of("article-with-furniture.html", "dates-all-sources.html",
        "authors-noisy.html", "index-page.html", "paywall-stub.html", "seed-style-boilerplate.html");
    List<Extraction> sequential = fixtures.stream().map(this::extract).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<Extraction>> parallel = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String f : fixtures) parallel.add(pool.submit(() -> extract(f)));
      }
      for (int i = 0; i < parallel.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % fixtures.size()));
      }
    }
  }
}
