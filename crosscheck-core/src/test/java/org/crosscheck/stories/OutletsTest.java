package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class OutletsTest {
  private static Article dump(String origin, String text) {
    return new ArticleBuilder(InputFormat.TEXT, origin).title("Ferry fire").paragraph(text).build();
  }

  @Test
  void aReportNamingNoOutletIsListedByItsFileSoTwoSuchReportsStayApart() {
    Article first = dump("/inbox/2026/ferry-notes.txt", "A ferry caught fire off the island on Monday.");
    Article second = dump("C:\\inbox\\harbour.txt", "The harbour was closed after the fire.");
    assertThat(Outlets.reportedBy(first)).isEmpty();
    assertThat(Outlets.named(first)).isEqualTo("unknown outlet (ferry-notes.txt)");
    assertThat(Outlets.named(second)).isEqualTo("unknown outlet (harbour.txt)");
    assertThat(TextFeatureExtractor.english().extract(first).outlet()).isEqualTo(Outlets.named(first));
  }

  @Test
  void aNamedSourceOrAHostComesFirst() {
    Article sourced = new ArticleBuilder(InputFormat.JSONL, "feed.jsonl:3").source("Harbour Gazette").title("Ferry fire")
        .paragraph("A ferry caught fire.").build();
    Article hosted = new ArticleBuilder(InputFormat.HTML, "page.html").url("https://www.harbour-news.example/ferry").title("Ferry fire")
        .paragraph("A ferry caught fire.").build();
    assertThat(Outlets.named(sourced)).isEqualTo("Harbour Gazette");
    assertThat(Outlets.named(hosted)).isEqualTo("harbour-news.example");
  }

  @Test
  void aHostIsTheSiteOfTheOutletItsNameSpells() {
    assertThat(Outlets.isSiteOf("www.harbour-news.example", "Harbour News")).isTrue();
    assertThat(Outlets.isSiteOf("harbourgazette.example", "The Harbour Gazette")).isTrue();
    assertThat(Outlets.isSiteOf("theharbourgazette.example", "Harbour Gazette")).isTrue();
    assertThat(Outlets.isSiteOf("harbour.example", "Harbour Gazette")).isFalse();
    assertThat(Outlets.isSiteOf("Harbour Gazette", "Harbour Gazette")).isFalse();
  }
}
