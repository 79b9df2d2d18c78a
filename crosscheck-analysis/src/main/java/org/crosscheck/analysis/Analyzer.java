package org.crosscheck.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.crosscheck.claims.AnnotatedArticle;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.extract.LanguageGuesser;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.nlp.geo.Gazetteer;

/**
 * Runs the analysis stages on one article: annotation (entities, places, dates), attribution
 * (quotes, citations) and claim extraction.
 *
 * <p>The annotator loads CoreNLP's models and the gazetteer (10-20 s), so it is loaded on the
 * first {@link #analyze} call, not when the analyzer is built: commands that may analyse nothing
 * (an ingest of unchanged reports) stay fast. Keep one per process; safe for several threads.
 */
public final class Analyzer {
  private final Supplier<Annotator> loader;
  private final Attributor attributor;
  private final Supplier<ClaimExtractor> claimsLoader;
  private final String fingerprint;
  private volatile Annotator annotator;
  private volatile ClaimExtractor claims;

  /**
   * @param loader builds the annotator; called once, on first use
   * @param attributor the quote and citation stage
   * @param claimsLoader builds the claim stage (it reads the gazetteer); called once, on first use
   * @param fingerprint what these stages are ({@link AnalyserFingerprint}), recorded with each analysis
   */
  public Analyzer(Supplier<Annotator> loader, Attributor attributor, Supplier<ClaimExtractor> claimsLoader,
      String fingerprint) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.attributor = Objects.requireNonNull(attributor, "attributor");
    this.claimsLoader = Objects.requireNonNull(claimsLoader, "claimsLoader");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * The default stages, resolving places against {@code gazetteer} (read when first needed).
   *
   * @param version Crosscheck's version, the readable start of the fingerprint
   * @param gazetteerIdentity what tells this gazetteer from another without reading it (see
   *     {@link AnalyserFingerprint#of})
   */
  public static Analyzer standard(Supplier<Gazetteer> gazetteer, String version, String gazetteerIdentity) {
    Supplier<Gazetteer> once = memoized(gazetteer);
    NlpSettings settings = NlpSettings.defaults();
    return new Analyzer(() -> Annotator.load(settings, once), new Attributor(),
        () -> ClaimExtractor.standard(once.get()), AnalyserFingerprint.of(version, settings, gazetteerIdentity));
  }

  /** The fingerprint recorded with every analysis this analyser makes. */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The longest text analysed: ten times a long live blog. Longer "reports" are dumps or
   * concatenations, and the tagger's memory grows with them until a run dies.
   */
  public static final int MAX_TEXT_CHARS = 500_000;

  /** What a summary counts texts over {@link #MAX_TEXT_CHARS} as. */
  public static final String TOO_LONG = "too long to be one report";

  /** The language the models read; the claim rules and word lists are English too. */
  private static final String MODEL_LANGUAGE = "en";

  /**
   * Analyses the article's current text. An article it will not analyse throws {@link AnalysisDeclined};
   * a failure on a strange text is thrown as another runtime exception.
   */
  public ArticleAnalysis analyze(Article article) {
    int length = article.text().length();
    if (length > MAX_TEXT_CHARS) {
      throw AnalysisDeclined.because(TOO_LONG, String.format(Locale.ROOT,
          "text of %,d characters is longer than the %,d one report can hold; stored, not analysed", length, MAX_TEXT_CHARS));
    }
    // The text decides, not the declared language: pages often declare their site's language. An
    // English tagger on Ukrainian prose names pronouns and inflected forms as people and places.
    String language = LanguageGuesser.defaults().guess(article.text());
    if (language != null && !language.equals(MODEL_LANGUAGE)) {
      String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
      throw AnalysisDeclined.forLanguage(name, String.format(Locale.ROOT,
          "written in %s (%s) and the models read English only; stored and searchable, not analysed", name, language));
    }
    Annotations annotations = annotator().annotate(article);
    Attributions attributions = attributor.attribute(article.text(), annotations);
    AnnotatedArticle annotated = new AnnotatedArticle(article, annotations, attributions);
    return new ArticleAnalysis(article.id(), article.contentHash(), article.title(), annotated.outlet(),
        article.published(), annotations, attributions, claimExtractor().extract(annotated), fingerprint);
  }

  /** Whether the models are loaded (a caller may want to say why the first article takes long). */
  public boolean loaded() {
    return annotator != null;
  }

  private ClaimExtractor claimExtractor() {
    ClaimExtractor c = claims;
    if (c == null) {
      synchronized (this) {
        c = claims;
        if (c == null) claims = c = claimsLoader.get();
      }
    }
    return c;
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) value = supplier.get();
        return value;
      }
    };
  }

  private Annotator annotator() {
    Annotator a = annotator;
    if (a == null) {
      synchronized (this) {
        a = annotator;
        if (a == null) annotator = a = loader.get();
      }
    }
    return a;
  }
}
