package org.crosscheck.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.crosscheck.claims.eval.ClaimsEvaluation;
import org.crosscheck.claims.eval.GoldArticles;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.geo.PlaceResolver;

/** The one annotator the tests of a JVM share (it loads in ~15-30 s), and each article annotated once. */
final class Annotated {

  private static Annotator annotator;
  private static final Map<String, AnnotatedArticle> CACHE = new HashMap<>();

  private Annotated() {}

  static Path shared() {
    return Path.of(System.getProperty("crosscheck.shared", "../../shared"));
  }

  /** {@code demo:PATH} from the demo corpus, {@code fixture:FILE} from this package's fixtures. */
  static synchronized AnnotatedArticle article(String ref) throws IOException {
    AnnotatedArticle cached = CACHE.get(ref);
    if (cached != null) return cached;
    if (annotator == null) {
      annotator = new Annotator(NlpSettings.defaults(), new PlaceResolver(ClaimsEvaluation.ukraineGazetteer(shared())));
    }
    GoldArticles reader = new GoldArticles(Path.of("../crosscheck-cli/src/main/resources/org/crosscheck/cli/demo"),
        Path.of("src/test/resources/org/crosscheck/claims/fixtures"));
    Article a = reader.read(ref.replaceFirst("^fixture:", "own:"));
    AnnotatedArticle annotated = new AnnotatedArticle(a, annotator.annotate(a));
    CACHE.put(ref, annotated);
    return annotated;
  }
}
