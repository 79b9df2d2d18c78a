package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.attribution.Attributions;
import org.junit.jupiter.api.Test;

/** Which outlet a claim is reported by when the input names none. */
class ReportingOutletTest {

  private static String outletOf(ArticleBuilder b) {
    Article a = b.title("Ferry fire").build();
    Annotations none = new Annotations(a.id(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new AnnotatedArticle(a, none, new Attributions(a.id(), List.of(), List.of())).outlet();
  }

  private static ArticleBuilder dump(String file, String firstParagraph) {
    return new ArticleBuilder(InputFormat.TEXT, "/tmp/in/" + file).paragraph(firstParagraph)
        .paragraph("Passengers were taken ashore by fishing boats, the port authority said.");
  }

  @Test
  void aDumpOfWireCopyIsReportedByTheAgencyItsDatelineCredits() {
    assertThat(outletOf(dump("ferry.txt", "BARI, Italy (AP) — A ferry caught fire off the coast on Sunday.")))
        .isEqualTo("Associated Press");
  }

  @Test
  void twoDumpsOfOneAgencyAreOneOutletAndTwoUncreditedDumpsAreTwo() {
    String first = outletOf(dump("a.txt", "BARI, Italy (AP) — A ferry caught fire off the coast on Sunday."));
    String second = outletOf(dump("b.txt", "BARI, Italy (AP) — Firefighters boarded the burning ferry."));
    assertThat(first).isEqualTo(second);
    assertThat(outletOf(dump("c.txt", "A ferry caught fire off Bari on Sunday.")))
        .isEqualTo("unknown outlet (c.txt)")
        .isNotEqualTo(outletOf(dump("d.txt", "A ferry caught fire off Bari on Sunday.")));
  }

  @Test
  void anOutletTheInputNamesWinsOverTheCredit() {
    assertThat(outletOf(dump("e.txt", "BARI, Italy (AP) — A ferry caught fire.").source("Adriatic Daily")))
        .isEqualTo("Adriatic Daily");
  }

  @Test
  void anUnknownCreditNamesNoOutlet() {
    assertThat(outletOf(dump("f.txt", "BARI, Italy (XYZQ) — A ferry caught fire."))).isEqualTo("unknown outlet (f.txt)");
  }
}
