package org.crosscheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Finds sentences, named entities, places and time expressions in an article's text: CoreNLP
 * tokenizes, splits sentences and tags entities; {@link TimeExpressions} finds the dates.
 *
 * <p>Loads the CoreNLP models once, when built (a few seconds); keep one per process. {@link
 * #annotate} may be called from several threads at once: CoreNLP's pipeline keeps no state
 * between documents, and the resolver and linker are stateless.
 */
public final class Annotator {

  private static final Pattern GENERIC_AFTER =
      Pattern.compile("^\\s+(region|oblast|province|river|county|district|raion|state)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Words before a name that ask for the state, not its namesake city: "the state of Washington". */
  private static final Pattern STATE_BEFORE =
      Pattern.compile("\\b(state\\s+of|upstate|downstate)\\s+$", Pattern.CASE_INSENSITIVE);

  private final StanfordCoreNLP pipeline;
  private final TimeExpressions times;
  private final PlaceResolver resolver;
  private final EntityLinker linker;

  public Annotator(NlpSettings settings, PlaceResolver resolver) {
    this(new Models(settings), resolver);
  }

  private Annotator(Models models, PlaceResolver resolver) {
    this.pipeline = models == null ? null : models.pipeline;
    this.times = TimeExpressions.english();
    this.resolver = resolver;
    this.linker = new EntityLinker(resolver.gazetteer());
  }

  /**
   * An annotator without CoreNLP that only finishes texts already {@link #tag tagged}: lets an
   * evaluation keep the tagger's output and re-run place resolution in seconds.
   */
  public static Annotator forTagged(PlaceResolver resolver) {
    return new Annotator((Models) null, resolver);
  }

  /** What the tagger found in a text: its sentences and its named-entity mentions. */
  public record Tagged(List<Annotations.Span> sentences, List<Name> names) {
    public Tagged {
      sentences = List.copyOf(sentences);
      names = List.copyOf(names);
    }
  }

  /** One named-entity mention as the tagger labelled it. */
  public record Name(int start, int end, EntityType type) {}

  /**
   * Loads the models while another thread loads the gazetteer, which takes about as long: the
   * way to start an annotator in half the time on two cores.
   */
  public static Annotator load(NlpSettings settings, java.util.function.Supplier<Gazetteer> gazetteer) {
    var places = java.util.concurrent.CompletableFuture.supplyAsync(gazetteer);
    Models models = new Models(settings);
    return new Annotator(models, new PlaceResolver(places.join()));
  }

  /** The CoreNLP parts, loaded once. */
  private static final class Models {
    final StanfordCoreNLP pipeline;

    Models(NlpSettings settings) {
      pipeline = new StanfordCoreNLP(settings.toProperties());
    }
  }

  /** Annotates an article's text (offsets refer to {@link Article#text()}). */
  public Annotations annotate(Article article) {
    LocalDate published = article.published() == null ? null : article.published().toLocalDate();
    String url = article.canonicalUrl() != null ? article.canonicalUrl() : article.url();
    Byline byline = new Byline(article.authors(), article.source());
    return annotate(article.id(), article.text(), published, tag(article.text()), url, byline);
  }

  /**
   * Annotates a text.
   *
   * @param published the date relative expressions are read against ("Thursday", "in November");
   *     {@code null} leaves them unresolved
   */
  public Annotations annotate(String id, String text, LocalDate published) {
    return annotate(id, text, published, tag(text));
  }

  /** Runs the CoreNLP tagger alone: sentences and named-entity mentions. */
  public Tagged tag(String text) {
    if (pipeline == null) throw new IllegalStateException("this annotator was built without models");
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<Annotations.Span> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(new Annotations.Span(begin(s), end(s)));
    }
    List<Name> names = new ArrayList<>();
    for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      switch (tag) {
        case "PERSON", "ORGANIZATION", "LOCATION", "MISC" ->
            names.add(new Name(begin(m), end(m), EntityType.valueOf(tag)));
        default -> {}
      }
    }
    return new Tagged(sentences, names);
  }

  /** Finishes a tagged text: tidies the mentions, resolves places, links entities, finds dates. */
  public Annotations annotate(String id, String text, LocalDate published, Tagged tagged) {
    return annotate(id, text, published, tagged, null);
  }

  /**
   * Like {@link #annotate(String, String, LocalDate, Tagged)}, with the article's address, whose
   * host may name the outlet's town ("dallasnews.com"): context for places the text leaves open.
   */
  public Annotations annotate(String id, String text, LocalDate published, Tagged tagged, String url) {
    return annotate(id, text, published, tagged, url, Byline.NONE);
  }

  /**
   * Like {@link #annotate(String, String, LocalDate, Tagged, String)}, with the names the article
   * is signed with: where the text writes one, an author's name is that person and the outlet's is
   * the outlet, neither a place.
   */
  public Annotations annotate(String id, String text, LocalDate published, Tagged tagged, String url, Byline byline) {
    List<EntityLinker.Found> found = new ArrayList<>();
    for (Name n : tagged.names()) {
      String surface = text.substring(n.start(), n.end());
      // The tagger now and then calls a pronoun a person: a name has a capital letter.
      if (!surface.chars().anyMatch(Character::isUpperCase)) continue;
      found.add(new EntityLinker.Found(n.start(), n.end(), surface, n.type()));
    }
    Optional<EntityLinker.Found> dateline = datelinePlace(text, found);
    if (dateline.isPresent()) found.add(0, dateline.get());
    found = linker.tidy(text, found, byline);
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    for (EntityLinker.Found f : found) {
      if (f.type() == EntityType.LOCATION) toponyms.add(toponym(f, text));
    }
    List<PlaceResolver.Resolution> resolved = resolver.resolve(toponyms, text, resolver.outlet(url));
    return linker.link(id, text, tagged.sentences(), found, resolved, times.find(text, published));
  }

  /**
   * Matches a wire dateline opening the text, "BISSAU, April 14 (AWS) -" or "KYIV —": its capitals
   * are the place the report was filed from.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\A\\s*(\\p{Lu}[\\p{Lu}'.-]+(?: \\p{Lu}[\\p{Lu}'.-]+){0,2})(?=,\\s|\\s+[-\u2013\u2014]\\s|\\s*\\()");

  /**
   * The town of a dateline the tagger missed (it reads few names in capitals), when the
   * gazetteer knows it: "UPDATE —" and other capitalised openings are no place.
   */
  private Optional<EntityLinker.Found> datelinePlace(String text, List<EntityLinker.Found> found) {
    Matcher m = DATELINE.matcher(text);
    if (!m.lookingAt()) return Optional.empty();
    int start = m.start(1);
    int end = m.end(1);
    if (found.stream().anyMatch(f -> f.start() < end && f.end() > start)) return Optional.empty();
    if (resolver.gazetteer().lookup(m.group(1)).isEmpty()) return Optional.empty();
    return Optional.of(new EntityLinker.Found(start, end, m.group(1), EntityType.LOCATION));
  }

  /**
   * The toponym for a location mention, with a following "region" or "River", or a preceding
   * "state of" or "upstate", as a kind hint.
   */
  private static PlaceResolver.Toponym toponym(EntityLinker.Found f, String text) {
    Matcher m = GENERIC_AFTER.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 12)));
    if (m.find()) return new PlaceResolver.Toponym(f.start(), f.end(), f.text() + " " + m.group(1));
    Matcher before = STATE_BEFORE.matcher(text.substring(Math.max(0, f.start() - 16), f.start()));
    String surface = before.find() ? before.group(1).toLowerCase(java.util.Locale.ROOT) + " " + f.text() : f.text();
    return new PlaceResolver.Toponym(f.start(), f.end(), surface);
  }

  private static int begin(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
