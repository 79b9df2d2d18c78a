package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.stories.DuplicateLink.Kind;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 3, 3, 9, 0, 0, 0, ZoneOffset.UTC);
  private final DuplicateDetector detector = DuplicateDetector.withDefaults();

  private static Article copyOf(Article a, String origin, String url, String source, String title) {
    return new ArticleBuilder(InputFormat.TEXT, origin).url(url).source(source).title(title)
        .published(a.published(), "test").paragraphs(a.paragraphs()).build();
  }

  @Test
  void sameTextUnderAnotherAddressIsAnExactCopyOfTheFirst() {
    Article seed = Fixtures.seedMarkdown();
    Article mirror = copyOf(seed, "mirror", "https://mirror.example/kupyansk", "Mirror", seed.title());
    assertThat(detector.add(seed).links()).isEmpty();
    DuplicateResult r = detector.add(mirror);
    assertThat(r.links()).singleElement().satisfies(l -> {
      assertThat(l.copyId()).isEqualTo(mirror.id());
      assertThat(l.originalId()).isEqualTo(seed.id());
      assertThat(l.kind()).isEqualTo(Kind.EXACT);
    });
  }

  @Test
  void trackingParametersDoNotMakeANewPage() {
    Article seed = Fixtures.seedMarkdown();
    Article tracked = copyOf(seed, "feed", seed.url() + "?utm_source=rss&utm_medium=feed", "Fox News", seed.title());
    detector.add(seed);
    DuplicateResult r = detector.add(tracked);
    assertThat(r.canonicalUrl()).isEqualTo(UrlCanonicalizer.withDefaults().canonicalize(seed.url()));
    assertThat(r.links()).singleElement().extracting(DuplicateLink::kind).isEqualTo(Kind.EXACT);
  }

  @Test
  void aChangedPageAtTheSameAddressIsANewVersionThatSupersedesTheOld() {
    Article seed = Fixtures.seedMarkdown();
    List<String> changed = new ArrayList<>(seed.paragraphs());
    changed.add("Update: the Ukrainian General Staff later confirmed the figures.");
    Article later = new ArticleBuilder(InputFormat.HTML, "refetch").url(seed.url() + "?cmpid=x").source("Fox News").title(seed.title())
        .published(seed.published(), "test").updated(seed.published().plusHours(3)).paragraphs(changed).build();
    detector.add(seed);
    assertThat(detector.add(later).links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(Kind.VERSION);
      assertThat(l.copyId()).isEqualTo(seed.id());
      assertThat(l.originalId()).isEqualTo(later.id());
    });
    assertThat(detector.representative(seed.id())).isEqualTo(later.id());
  }

  @Test
  void aCopyOfAnUpdatedArticlesOldTextIsANearCopyNotAnExactOne() {
    Article seed = Fixtures.seedMarkdown();
    List<String> changed = new ArrayList<>(seed.paragraphs());
    changed.set(changed.size() - 1, "Update: the toll rose to 31, from 23 counted earlier in the day.");
    Article updated = new ArticleBuilder(InputFormat.MARKDOWN, "same-file").url(seed.url()).source("Fox News").title(seed.title())
        .published(seed.published(), "test").updated(seed.published().plusHours(3)).paragraphs(changed).build();
    assertThat(updated.id()).isEqualTo(seed.id());
    detector.add(seed);
    detector.revise(updated);
    Article oldCopy = copyOf(seed, "old-copy", "https://mirror.example/kupyansk", "Mirror", seed.title());
    assertThat(detector.add(oldCopy).links()).singleElement().satisfies(l -> {
      assertThat(List.of(l.copyId(), l.originalId())).containsExactlyInAnyOrder(seed.id(), oldCopy.id());
      assertThat(l.kind()).isEqualTo(Kind.NEAR);
    });
    Article newCopy = copyOf(updated, "new-copy", "https://mirror2.example/kupyansk", "Mirror Two", seed.title());
    assertThat(detector.add(newCopy).links()).singleElement().extracting(DuplicateLink::kind).isEqualTo(Kind.EXACT);
  }

  @Test
  void aCopyOfTheTextAHeadlineOnlyUpdateKeptIsStillExact() {
    Article seed = Fixtures.seedMarkdown();
    Article retitled = new ArticleBuilder(InputFormat.MARKDOWN, "same-file").url(seed.url()).source("Fox News").title("Updated: " + seed.title())
        .published(seed.published(), "test").updated(seed.published().plusHours(3)).paragraphs(seed.paragraphs()).build();
    assertThat(retitled.contentHash()).isNotEqualTo(seed.contentHash());
    detector.add(seed);
    detector.revise(retitled);
    Article copy = copyOf(retitled, "copy", "https://mirror.example/kupyansk", "Mirror", "Another headline altogether");
    assertThat(detector.add(copy).links()).singleElement().extracting(DuplicateLink::kind).isEqualTo(Kind.EXACT);
  }

  @Test
  void anUncreditedReprintOfWireCopyLinksToTheCreditedOriginal() {
    Article original = Fixtures.fixture("reuters-wire-original.txt", "Nordic Business Daily", T0);
    Article reprint = Fixtures.fixture("reuters-wire-reprint.txt", "Fjord Times", T0.plusHours(1));
    assertThat(detector.add(original).wire()).get().extracting(WireCredit::agencyId).isEqualTo("reuters");
    DuplicateResult r = detector.add(reprint);
    assertThat(r.wire()).isEmpty();
    assertThat(r.links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(Kind.WIRE);
      assertThat(l.originalId()).isEqualTo(original.id());
      assertThat(l.wireAgency()).isEqualTo("reuters");
    });
  }

  @Test
  void twentyReprintsFoldOntoOneOriginal() {
    Article original = Fixtures.fixture("reuters-wire-original.txt", "Nordic Business Daily", T0);
    detector.add(original);
    for (int i = 0; i < 20; i++) {
      Article reprint = new ArticleBuilder(InputFormat.TEXT, "reprint" + i).url("https://outlet" + i + ".example/norway-rates")
          .source("Outlet " + i).title(i % 2 == 0 ? "Opinion | " + original.title() : original.title() + " - Outlet " + i + " News")
          .published(T0.plusMinutes(10 + i), "test").paragraphs(original.paragraphs().subList(i % 2, original.paragraphs().size())).build();
      detector.add(reprint);
      assertThat(detector.representative(reprint.id())).isEqualTo(original.id());
    }
  }

  @Test
  void aLightlyEditedRepublicationIsANearCopy() {
    Article seed = Fixtures.seedTextDump();
    List<String> edited = new ArrayList<>();
    for (String p : seed.paragraphs()) edited.add(p.replace("Russian", "Moscow's").replace("city", "town"));
    Article copy = new ArticleBuilder(InputFormat.TEXT, "aggregator").url("https://aggregator.example/x").source("Aggregator")
        .title("Opinion | " + seed.title()).paragraphs(edited.subList(0, edited.size() - 2)).build();
    detector.add(seed);
    assertThat(detector.add(copy).links()).singleElement().satisfies(l -> {
      assertThat(l.kind()).isEqualTo(Kind.NEAR);
      assertThat(l.similarity()).isBetween(0.3, 1.0);
    });
  }

  @Test
  void twoReportsOfOneEventAreNotCopies() {
    detector.add(Fixtures.seedTextDump());
    assertThat(detector.add(Fixtures.seedMarkdown()).links()).isEmpty();
    assertThat(detector.add(Fixtures.fixture("lookalike-odesa-strike.txt", "Black Sea News", T0)).links()).isEmpty();
  }

  @Test
  void anOriginalArrivingLateBecomesTheOriginal() {
    Article original = Fixtures.fixture("reuters-wire-original.txt", "Nordic Business Daily", T0);
    Article early = Fixtures.fixture("reuters-wire-reprint.txt", "Fjord Times", T0.plusHours(2));
    detector.add(early);
    DuplicateResult r = detector.add(original);
    assertThat(r.links()).singleElement().satisfies(l -> {
      assertThat(l.copyId()).isEqualTo(early.id());
      assertThat(l.originalId()).isEqualTo(original.id());
    });
  }
}
