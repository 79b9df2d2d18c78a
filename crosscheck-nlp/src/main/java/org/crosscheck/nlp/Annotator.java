package org.crosscheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Finds sentences, named entities, places and time expressions in an article's text.
 *
 * <p>Loads the CoreNLP models once, when built (a few seconds); keep one per process. {@link
 * #annotate} may be called from several threads at once: CoreNLP's pipeline keeps no state
 * between documents, and the resolver and linker are stateless.
 */
public final class Annotator {

  private static final Pattern GENERIC_AFTER =
      Pattern.compile("^\\s+(region|oblast|province|river|county|district|raion|state)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words without which a sentence holds no time expression worth SUTime's time (its pattern
   * matching is most of the annotation cost): time units and deictic words in any case; month,
   * day and holiday names capitalised only, so the verb "may" or "march" does not count.
   */
  private static final Set<String> TIME_WORDS = Set.of("today", "tonight", "yesterday",
      "tomorrow", "ago", "morning", "afternoon", "evening", "night", "overnight", "noon",
      "midnight", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend",
      "weekends", "fortnight", "month", "months", "year", "years", "decade", "decades", "century",
      "centuries", "quarter", "spring", "summer", "autumn", "winter", "daily", "weekly",
      "monthly", "yearly", "annually", "hourly", "nightly", "a.m.", "p.m.");
  private static final Set<String> NAMED_TIMES = Set.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "Jan.",
      "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
      "Easter", "Thanksgiving", "Ramadan", "Hanukkah");
  /** A year, a clock time, a numeric date, a decade: "2022", "9:30", "12/24", "1990s", "5pm". */
  private static final Pattern TIME_NUMBER = Pattern.compile(
      "(?:1[5-9]|20)\\d\\d|\\d{1,2}:\\d\\d|\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?|\\d{2,4}'?s|\\d{1,2}(?:am|pm|a\\.m\\.|p\\.m\\.)",
      Pattern.CASE_INSENSITIVE);

  private final StanfordCoreNLP pipeline;
  private final POSTaggerAnnotator tagger;
  private final TimeAnnotator sutime;
  private final PlaceResolver resolver;
  private final EntityLinker linker;

  public Annotator(NlpSettings settings, PlaceResolver resolver) {
    this(new Models(settings), resolver);
  }

  private Annotator(Models models, PlaceResolver resolver) {
    this.pipeline = models.pipeline;
    this.tagger = models.tagger;
    this.sutime = models.sutime;
    this.resolver = resolver;
    this.linker = new EntityLinker(resolver.gazetteer());
  }

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
    final POSTaggerAnnotator tagger;
    final TimeAnnotator sutime;

    Models(NlpSettings settings) {
      var props = settings.toProperties();
      pipeline = new StanfordCoreNLP(props);
      tagger = settings.useSuTime() ? new POSTaggerAnnotator("pos", props) : null;
      sutime = settings.useSuTime() ? new TimeAnnotator("sutime", props) : null;
    }
  }

  /** Annotates an article's text (offsets refer to {@link Article#text()}). */
  public Annotations annotate(Article article) {
    LocalDate published = article.published() == null ? null : article.published().toLocalDate();
    return annotate(article.id(), article.text(), published);
  }

  /**
   * Annotates a text.
   *
   * @param published the date relative expressions are read against ("Thursday", "in November");
   *     {@code null} leaves them unresolved
   */
  public Annotations annotate(String id, String text, LocalDate published) {
    Annotation doc = new Annotation(text);
    if (published != null) doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    pipeline.annotate(doc);

    List<Annotations.Span> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(new Annotations.Span(begin(s), end(s)));
    }
    List<EntityLinker.Found> found = new ArrayList<>();
    for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      switch (tag) {
        case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> {
          // The tagger now and then calls a pronoun a person: a name has a capital letter.
          if (!text.substring(begin(m), end(m)).chars().anyMatch(Character::isUpperCase)) continue;
          found.add(new EntityLinker.Found(begin(m), end(m), text.substring(begin(m), end(m)),
                EntityType.valueOf(tag)));
        }
        default -> {}
      }
    }
    List<TimeRef> times = times(doc, text);
    found = linker.tidy(text, found);
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    for (EntityLinker.Found f : found) {
      if (f.type() == EntityType.LOCATION) toponyms.add(toponym(f, text));
    }
    List<PlaceResolver.Resolution> resolved = resolver.resolve(toponyms);
    return linker.link(id, text, sentences, found, resolved, times);
  }

  /** Runs SUTime (after the tagger it relies on) over the sentences that may hold a time. */
  private List<TimeRef> times(Annotation doc, String text) {
    List<TimeRef> times = new ArrayList<>();
    if (sutime == null) return times;
    List<CoreMap> timely = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (mayHoldTime(s)) timely.add(s);
    }
    if (timely.isEmpty()) return times;
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.SentencesAnnotation.class, timely);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) part.set(CoreAnnotations.DocDateAnnotation.class, date);
    tagger.annotate(part);
    sutime.annotate(part);
    List<CoreMap> found = part.get(TimeAnnotations.TimexAnnotations.class);
    if (found == null) return times;
    for (CoreMap m : found) {
      TimeRef t = timeRef(m, text);
      if (t != null) times.add(t);
    }
    return times;
  }

  private static boolean mayHoldTime(CoreMap sentence) {
    for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
      String w = token.word();
      if (NAMED_TIMES.contains(w) || TIME_WORDS.contains(w.toLowerCase(Locale.ROOT))
          || !w.isEmpty() && Character.isDigit(w.charAt(0)) && TIME_NUMBER.matcher(w).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The toponym for a location mention, with a following "region" or "River" as a kind hint. */
  private static PlaceResolver.Toponym toponym(EntityLinker.Found f, String text) {
    Matcher m = GENERIC_AFTER.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 12)));
    String surface = m.find() ? f.text() + " " + m.group(1) : f.text();
    return new PlaceResolver.Toponym(f.start(), f.end(), surface);
  }

  private static TimeRef timeRef(CoreMap m, String text) {
    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
    if (timex == null || timex.value() == null) return null;
    String value = timex.value();
    String modifier = null;
    try {
      String mod = timex.toXmlElement().getAttribute("mod");
      if (mod != null && !mod.isEmpty()) modifier = mod;
    } catch (RuntimeException e) {
      // A timex without XML form simply has no modifier.
    }
    TimeRef.Granularity g = "SET".equals(timex.timexType()) ? TimeRef.Granularity.SET
        : TimeValues.granularity(value);
    return new TimeRef(begin(m), end(m), text.substring(begin(m), end(m)), value, g,
        modifier == null ? TimeValues.modifier(text.substring(begin(m), end(m))) : modifier);
  }

  private static int begin(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
  }

  private static int end(CoreMap m) {
    return m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
  }
}
