package org.crosscheck.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each gold half is well formed: its articles load and every gold sentence is found in its article. */
class GoldSetTest {

  private static final Path GOLD = Path.of("src/test/resources/org/crosscheck/claims/gold");
  private final GoldArticles reader = new GoldArticles(Path.of("../crosscheck-cli/src/main/resources/org/crosscheck/cli/demo"),
      GOLD.resolve("own"));

  static List<String> halves() throws Exception {
    return GoldSet.halves(GOLD);
  }

  static List<String> blindHalves() throws Exception {
    return halves().stream().filter(h -> h.startsWith("blind")).toList();
  }

  @Test
  void halvesAreFoundInTheOrderTheyWereWritten() throws Exception {
    assertThat(halves()).startsWith("dev", "tune", "heldout", "blind", "blind2", "blind3");
    assertThat(blindHalves()).hasSizeGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest
  @MethodSource("halves")
  void everyGoldClaimPointsIntoItsArticle(String half) throws Exception {
    GoldSet set = GoldSet.read(GOLD.resolve(half + ".jsonl"));
    assertThat(set.articles()).isNotEmpty();
    Map<String, String> texts = new HashMap<>();
    for (GoldSet.GoldArticle a : set.articles()) {
      Article article = reader.read(a.ref());
      texts.put(a.ref(), ClaimsEvaluation.normalise(String.join(" ", article.paragraphs())));
    }
    for (GoldSet.GoldClaim c : set.claims()) {
      assertThat(texts).as("article of %s", c.sentence()).containsKey(c.article());
      assertThat(texts.get(c.article())).as("%s in %s", c.sentence(), c.article()).contains(ClaimsEvaluation.normalise(c.sentence()));
    }
  }

  @ParameterizedTest
  @MethodSource("blindHalves")
  void blindHalfTextsAreOwnAndPrefixed(String half) throws Exception {
    GoldSet set = GoldSet.read(GOLD.resolve(half + ".jsonl"));
    assertThat(set.articles()).allSatisfy(a -> assertThat(a.ref()).startsWith("own:" + half + "-"));
    assertThat(set.articles()).allSatisfy(a -> assertThat(a.exhaustive())
        .containsExactlyInAnyOrder(ClaimType.CONTROL, ClaimType.ATTACK, ClaimType.QUANTITY));
  }
}
