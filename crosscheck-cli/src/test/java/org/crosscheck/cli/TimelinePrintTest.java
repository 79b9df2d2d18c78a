package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.claims.CitationHop;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.CrossChecker;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.EventTime;
import org.crosscheck.claims.Modality;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.TimelineEntry;
import org.crosscheck.nlp.TimeRef;
import org.junit.jupiter.api.Test;

/** The terminal timeline when one name is two gazetteer places (a town and the region named after it). */
class TimelinePrintTest {
  private static final PlaceRef TOWN = new PlaceRef("geonames:11", 11, "Harbourton", "Harbourton", 12.0, 43.3);
  private static final PlaceRef REGION = new PlaceRef("geonames:12", 12, "Harbourton", "Harbourton", 12.4, 43.0);
  private static final Party REBEL = new Party("person:rebel", "Rebel Spokesman", null, "Coast Front");
  private static int counter;

  private static Claim control(String article, PlaceRef place, String day, String sentence) {
    int n = counter++;
    return new Claim(Claim.idOf(article, n, n + 1, ClaimType.CONTROL, place.entityId()), article, ClaimType.CONTROL,
        Party.ofSide("Coast Front fighters", "Coast Front"), Effect.GAIN, place, null, null, Polarity.ASSERTED, Modality.CLAIMED,
        List.of(), new EventTime(day, TimeRef.Granularity.DAY, true), REBEL, "Daily " + article,
        OffsetDateTime.parse(day + "T12:00:00Z"), List.of(new CitationHop(CitationHop.Kind.OUTLET, "Daily " + article, null)),
        n, n + 1, sentence, 0.9, null);
  }

  private static String printed(List<Claim> claims) {
    CrossChecker checker = CrossChecker.withoutDuplicates();
    checker.add(claims);
    List<TimelineEntry> entries = new ArrayList<>(checker.timeline(TOWN.entityId()));
    entries.addAll(checker.timeline(REGION.entityId()));
    StringWriter out = new StringWriter();
    AnalysisCommands.printTimeline(new PrintWriter(out, true), "Harbourton", entries, checker.assessments());
    return out.toString();
  }

  @Test
  void periodsOfTwoPlacesUnderOneNameSayWhichPlaceEachIs() {
    String out = printed(List.of(
        control("a1", TOWN, "2031-03-02", "The front said it took Harbourton."),
        control("a2", TOWN, "2031-03-03", "The front said it holds Harbourton."),
        control("a3", REGION, "2031-03-02", "The front said it holds Harbourton.")));
    assertThat(out).contains("the name is 2 places in the gazetteer")
        .contains("geonames:11 at 12.00, 43.30 (2 claim(s))").contains("geonames:12 at 12.40, 43.00 (1 claim(s))");
    assertThat(out.lines().filter(l -> l.startsWith("  2031-"))).hasSize(2)
        .anyMatch(l -> l.endsWith("[geonames:11]")).anyMatch(l -> l.endsWith("[geonames:12]"));
  }

  @Test
  void oneSinglePlaceNeedsNoIds() {
    String out = printed(List.of(control("b1", TOWN, "2031-03-02", "The front said it took Harbourton.")));
    assertThat(out).doesNotContain("gazetteer").doesNotContain("[geonames:");
  }

  @Test
  void aPlaceWithNoControlClaimSaysSoAndWhereItsOtherClaimsAre() {
    StringWriter out = new StringWriter();
    AnalysisCommands.printTimeline(new PrintWriter(out, true), "Harbourton", List.of(), List.of());
    assertThat(out.toString()).isEqualTo("Harbourton: no control claims about it in the analysed reports"
        + " (its other claims: crosscheck claims --place \"Harbourton\")" + System.lineSeparator());
  }
}
