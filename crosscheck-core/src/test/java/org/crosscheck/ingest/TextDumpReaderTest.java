package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Random;
import org.crosscheck.model.Article;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

class TextDumpReaderTest {
  private final TextDumpReader reader = new TextDumpReader();

  private CollectingSink read(InputSource input) throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(input, sink);
    return sink;
  }

  @Test
  void readsSeed000() throws Exception {
    InputSource input = Fixtures.seed("000_ee8a5f18b5e8236e.txt");
    Article a = read(input).only();

    String standfirst = "The recapture of the eastern city will come as a humiliating blow to Vladimir Putin and his army high command.";
    assertThat(a.description()).isEqualTo(standfirst);
    assertThat(a.title()).isEqualTo(standfirst.substring(0, standfirst.length() - 1));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:21Z"));
    assertThat(a.updated()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:23Z"));
    assertThat(a.dateSource()).isEqualTo("dateline");
    assertThat(a.section()).isEqualTo("UKRAINE");
    assertThat(a.tags()).containsExactly("KUPYANSK");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.format()).isEqualTo(InputFormat.TEXT);
    assertThat(a.origin()).isEqualTo(input.name());

    assertThat(a.paragraphs().get(0)).startsWith("Ukraine's army has all but liberated Kupyansk")
        .contains(standfirst);
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("(Image:") || p.contains("Invalid email")
        || p.contains("sign-up") || p.contains("Privacy Policy") || p.equals("KUPYANSK") || p.equals("UKRAINE"));
    assertThat(a.paragraphs()).anyMatch(p -> p.contains("Rybar noted"))
        .anyMatch(p -> p.startsWith("\u201cA working group will convene"));
    assertThat(a.paragraphs()).hasSize(17);
  }

  private Article dump(String text) throws Exception {
    return read(Fixtures.bytes("dump.txt", text.getBytes(StandardCharsets.UTF_8))).only();
  }

  private static final String BODY = "Ferries stopped at noon.\n\nThe port said they would resume on Monday.\n\n";

  @Test
  void aSourceLineNamesTheOutletAndIsNotReportText() throws Exception {
    Article a = dump("Port closed by storm\n\nSource: Lakeside Courier\n\n" + BODY);
    assertThat(a.source()).isEqualTo("Lakeside Courier");
    assertThat(a.title()).isEqualTo("Port closed by storm");
    assertThat(a.paragraphs()).noneMatch(p -> p.contains("Lakeside Courier"));
    assertThat(dump("Port closed by storm\n\n" + BODY + "Published by The Harbour Gazette").source()).isEqualTo("The Harbour Gazette");
  }

  @Test
  void aBylineEndingInAnOutletsNameGivesTheOutletNotASecondAuthor() throws Exception {
    Article a = dump("Port closed by storm\n\nBy Anna Berg, Harbour Gazette\n\n" + BODY);
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.source()).isEqualTo("Harbour Gazette");
    Article twoAuthors = dump("Port closed by storm\n\nBy Anna Berg, Tomas Lind\n\n" + BODY);
    assertThat(twoAuthors.authors()).containsExactly("Anna Berg", "Tomas Lind");
    assertThat(twoAuthors.source()).isNull();
  }

  @Test
  void aClosingCopyrightLineNamesTheOutletWhenNothingElseDoes() throws Exception {
    assertThat(dump("Port closed by storm\n\n" + BODY + "© 2027 Harbour Gazette. All rights reserved.").source()).isEqualTo("Harbour Gazette");
    assertThat(dump("Port closed by storm\n\nBy Anna Berg, Lakeside Courier\n\n" + BODY + "Copyright 2027 Harbour Gazette").source())
        .isEqualTo("Lakeside Courier");
    // A sentence that starts like a credit is report text, and a dump that names no outlet has none.
    assertThat(dump("Port closed by storm\n\n" + BODY + "Source: a harbour official who asked not to be named.").source()).isNull();
    assertThat(dump("Port closed by storm\n\n" + BODY).source()).isNull();
  }

  @Test
  void readsHeadlineStandfirstBylineAndZonedDateline() throws Exception {
    Article a = read(Fixtures.resource("dump-with-headline-byline-and-zone.txt")).only();
    assertThat(a.title()).isEqualTo("Ceasefire talks resume in Geneva");
    assertThat(a.description()).startsWith("Negotiators from both sides");
    assertThat(a.authors()).containsExactly("Anna Berg", "Tomas Lind");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-03-15T14:05+01:00"));
    assertThat(a.updated()).isNull();
    assertThat(a.section()).isEqualTo("WORLD");
    assertThat(a.tags()).containsExactly("DIPLOMACY");
    assertThat(a.paragraphs()).containsExactly(
        "Negotiators returned to Geneva on Monday. The mediators said the first session lasted four hours and ended without a statement.",
        "The next session is planned for Wednesday, officials said.");
  }

  @Test
  void withoutDatelineAHeadlineLikeFirstLineIsTheTitle() throws Exception {
    Article a = read(Fixtures.resource("dump-without-dateline.txt")).only();
    assertThat(a.title()).isEqualTo("Flooding closes river crossings");
    assertThat(a.published()).isNull();
    assertThat(a.paragraphs()).first().asString().startsWith("Heavy rain overnight");
    assertThat(a.text()).contains("Engineers expect the water to fall by the weekend.");
  }

  @Test
  void withoutHeadlineTheTitleIsDerivedAndTheLeadStays() throws Exception {
    String text = "The council approved the budget on Monday. It includes new spending on schools and roads across the region.\n"
        + "Opposition members voted against the plan.\n";
    Article a = read(Fixtures.bytes("lead.txt", text.getBytes(StandardCharsets.UTF_8))).only();
    assertThat(a.title()).isEqualTo("The council approved the budget on Monday");
    assertThat(a.paragraphs()).hasSize(2).first().asString().startsWith("The council approved");
  }

  @Test
  void aWireDatelineWithAYearDatesADumpThatHasNoDateLine() throws Exception {
    Article a = read(Fixtures.resource("dump-wire-dateline-with-date.txt")).only();
    assertThat(a.title()).isEqualTo("Port of Mombasa reopens after storm");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2026-03-03T00:00Z"));
    assertThat(a.dateSource()).isEqualTo("dateline");
    assertThat(a.authors()).containsExactly("Lena Okafor");
    assertThat(a.paragraphs()).hasSize(2).first().asString().startsWith("MOMBASA, Kenya, March 3, 2026 (AFP) - The port");
  }

  @Test
  void joinsHardWrappedLines() throws Exception {
    Article a = read(Fixtures.resource("dump-hard-wrapped.txt")).only();
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(0)).startsWith("Wind gusts").endsWith("the grid operator said.");
  }

  @Test
  void readsWindows1251Text() throws Exception {
    Article a = read(Fixtures.resource("dump-windows-1251.txt")).only();
    assertThat(a.title()).isEqualTo("Армія відбила атаку біля міста");
    assertThat(a.language()).isEqualTo("uk");
  }

  @Test
  void mangledInputsAreSkippedWithAReason() throws Exception {
    CollectingSink furniture = read(Fixtures.resource("dump-only-furniture.txt"));
    assertThat(furniture.accepted).isEmpty();
    assertThat(furniture.skipped).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo("dump-only-furniture.txt");
      assertThat(s.reason()).contains("no body text");
    });

    assertThat(read(Fixtures.bytes("empty.txt", new byte[0])).skipped)
        .singleElement().satisfies(s -> assertThat(s.reason()).contains("empty"));

    byte[] noise = new byte[2048];
    new Random(7).nextBytes(noise);
    CollectingSink random = read(Fixtures.bytes("noise.txt", noise));
    assertThat(random.accepted).isEmpty();
    assertThat(random.skipped).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("binary content"));

    byte[] seed = Fixtures.seed("000_ee8a5f18b5e8236e.txt").open().readAllBytes();
    byte[] cut = java.util.Arrays.copyOf(seed, 400);
    Article truncated = read(Fixtures.bytes("cut.txt", cut)).only();
    assertThat(truncated.published()).isEqualTo(OffsetDateTime.parse("2025-12-25T09:21Z"));
    assertThat(truncated.paragraphs()).isNotEmpty();

    TextDumpReader small = new TextDumpReader(java.time.ZoneOffset.UTC,
        org.crosscheck.extract.TextBoilerplate.defaults(), org.crosscheck.extract.LanguageGuesser.defaults(), 100);
    CollectingSink tooBig = new CollectingSink();
    small.read(Fixtures.bytes("big.txt", seed), tooBig);
    assertThat(tooBig.skipped).singleElement().satisfies(s -> assertThat(s.reason()).contains("too large"));
  }
}
