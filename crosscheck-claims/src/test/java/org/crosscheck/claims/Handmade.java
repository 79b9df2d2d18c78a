package org.crosscheck.claims;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.crosscheck.nlp.attribution.Attributor;

/**
 * Articles annotated by hand, for rule tests that need no language model: the text's paragraphs,
 * the names a tagger would have found (every occurrence), and a small gazetteer of made-up and
 * real places. Sentences end at ". ", "? " and "! ".
 */
final class Handmade {

  private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"”]?|$)");
  private static final Attributor ATTRIBUTOR = new Attributor();

  private final List<String> paragraphs = new ArrayList<>();
  private final Map<String, EntityType> names = new LinkedHashMap<>();
  private final Map<String, Place> places = new LinkedHashMap<>();
  private final Map<String, String> times = new LinkedHashMap<>();
  private String outlet = "Test Wire";
  private String title = "Handmade";

  // Rule tests pin what the rules read; the learned spotter, whose output moves with each retraining, is tested in ClaimSpotterTest.
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.rulesOnly(gazetteer());

  /** An article of these paragraphs. */
  static Handmade of(String... paragraphs) {
    Handmade h = new Handmade();
    for (String p : paragraphs) h.paragraph(p);
    return h;
  }

  /** The made-up Malian towns most rule tests are about: Ridgeford, Lakeside and Tessit. */
  Handmade malianTowns() {
    return place("Ridgeford", 1001, "PPL", "ML").place("Lakeside", 1002, "PPL", "ML").place("Tessit", 1003, "PPL", "ML");
  }

  /**
   * The Malian towns and Mali itself. Names are found as substrings, so a text saying "Malian"
   * would name Mali too: such tests take {@link #malianTowns()} alone.
   */
  Handmade inMali() {
    return malianTowns().place("Mali", 2453866, "PCLI", "ML");
  }

  /** The claims of one type the claim rules find in this article. */
  List<Claim> claims(ClaimType type) {
    return EXTRACTOR.extract(build()).stream().filter(c -> c.type() == type).toList();
  }

  Handmade paragraph(String text) {
    paragraphs.add(text);
    return this;
  }

  /** A name the tagger found, with its type (a place name typed PERSON is a tagger error). */
  Handmade name(String surface, EntityType type) {
    names.put(surface, type);
    return this;
  }

  /** A place the tagger found and the resolver placed. */
  Handmade place(String surface, long id, String featureCode, String country) {
    names.put(surface, EntityType.LOCATION);
    places.put(surface, new Place("geonames:" + id, id, surface, 10, 10, featureCode, country, null, List.of(surface), 1));
    return this;
  }

  /** A time expression the tagger found (every occurrence), with its normalised value ("2029-02", "2027"). */
  Handmade time(String surface, String value) {
    times.put(surface, value);
    return this;
  }

  /** The outlet that published the article (a wire by default). */
  Handmade outlet(String name) {
    outlet = name;
    return this;
  }

  /** The article's headline ("Handmade" by default). */
  Handmade title(String headline) {
    title = headline;
    return this;
  }

  AnnotatedArticle build() {
    ArticleBuilder b = new ArticleBuilder(InputFormat.TEXT, "handmade.txt").source(outlet)
        .published(OffsetDateTime.parse("2031-03-10T09:00:00Z"), "test");
    paragraphs.forEach(b::paragraph);
    Article article = b.title(title).build();
    String text = article.text();
    List<Annotations.Span> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int start = m.start();
      while (start < m.end() && Character.isWhitespace(text.charAt(start))) start++;
      if (start < m.end()) sentences.add(new Annotations.Span(start, m.end()));
    }
    List<Mention> mentions = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    names.forEach((surface, type) -> {
      Place p = places.get(surface);
      String id = p != null ? p.entityId() : type.name().toLowerCase() + ":" + surface.toLowerCase().replace(' ', '-');
      int count = 0;
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.add(new Mention(at, at + surface.length(), surface, type, id));
        count++;
      }
      entities.add(new Entity(id, type, surface, List.of(), count, List.of(), null));
    });
    mentions.sort((a, c) -> Integer.compare(a.start(), c.start()));
    List<TimeRef> timeRefs = new ArrayList<>();
    times.forEach((surface, value) -> {
      TimeRef.Granularity g = value.length() == 4 ? TimeRef.Granularity.YEAR
          : value.length() == 7 ? TimeRef.Granularity.MONTH : TimeRef.Granularity.DAY;
      for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        timeRefs.add(new TimeRef(at, at + surface.length(), surface, value, g, null));
      }
    });
    Annotations annotations = new Annotations(article.id(), sentences, mentions, entities, List.copyOf(places.values()), timeRefs);
    return AnnotatedArticle.of(article, annotations, ATTRIBUTOR);
  }

  /** A gazetteer of a few places, each with its alternate spellings. */
  static Gazetteer gazetteer() {
    return new Gazetteer.Builder()
        .add(new GazetteerEntry(364103, "Wad Medani", 14.4, 33.52, 'P', "PPLA", "SD", "38", 332714, 7), List.of("Wad Madani"))
        .add(new GazetteerEntry(367644, "Sinnar", 13.57, 33.57, 'P', "PPL", "SD", "58", 130122, 7), List.of("Sennar"))
        .add(new GazetteerEntry(900001, "Sennar", 40.0, 20.0, 'P', "PPL", "AL", "01", 300, 1), List.of())
        .add(new GazetteerEntry(900002, "Gerasimov", 55.0, 40.0, 'P', "PPL", "RU", "01", 150, 1), List.of())
        // GeoNames gives some places one-letter alternate names.
        .add(new GazetteerEntry(900003, "Victoria", -4.62, 55.45, 'P', "PPLC", "SC", "11", 26000, 40), List.of("I"))
        .build();
  }
}
