package org.crosscheck.claims.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each gold half is well formed: its articles load and every gold sentence is found in its article. */
class GoldSetTest {

  private static final Path GOLD = Path.of("src/test/resources/org/crosscheck/claims/gold");
  private final GoldArticles reader = new GoldArticles(Path.of("../crosscheck-cli/src/main/resources/org/crosscheck/cli/demo"),
      GOLD.resolve("own"));

  @ParameterizedTest
  @ValueSource(strings = {"dev", "tune", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"})
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
  @ValueSource(strings = {"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8"})
  void blindHalfTextsAreOwnAndPrefixed(String half) throws Exception {
    GoldSet set = GoldSet.read(GOLD.resolve(half + ".jsonl"));
    assertThat(set.articles()).allSatisfy(a -> assertThat(a.ref()).startsWith("own:" + half + "-"));
    assertThat(set.articles()).allSatisfy(a -> assertThat(a.exhaustive())
        .containsExactlyInAnyOrder(ClaimType.CONTROL, ClaimType.ATTACK, ClaimType.QUANTITY));
  }
}
