package org.crosscheck.claims;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.EntityType;

/**
 * Decides whether a place a sentence names only locates another: a container after "in" or a comma, a region, area or
 * subdivision named with its noun, a feature of a settlement, a reference point a distance is measured from. Such a
 * place is no claim's place itself. Separate from {@link ClaimExtractor} because it reads only the place names and the
 * words around them, never triggers, actors or speakers.
 */
final class Locators {
  /** A compass direction: "north", "south-east", "western". */
  private static final String BEARING = "(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?";
  /** "15 km from X", "30 km south of X": X only locates another place. */
  private static final Pattern REFERENCE_POINT = Pattern.compile(
      "\\b\\d+(?:[.,]\\d+)?\\s*(?:km|kilometres|kilometers|miles|mi|metres|meters|m)\\s+(?:(?:to\\s+the\\s+)?[\\p{Ll}-]+\\s+)?(?:of|from)\\s+(?:the\\s+)?$");

  /** Before a place's name, a direction that makes it only the landmark locating another: "north of", "south-west of". */
  static final Pattern LOCATING_DIRECTION = Pattern.compile("(?<!\\bthe\\s)\\b" + BEARING + "\\s+of\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** "a village in", "a town in the rural area of", "the city in northern", "a town in Sudan's": what follows only locates a place named before. */
  private static final Pattern SETTLEMENT_IN = Pattern.compile(
      "(\\p{Ll}+)\\s+in\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}?(?:of\\s+(?:the\\s+)?)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?$");
  /** The comma closing a name set off after another, the clause going on in lower case: not ", and", not another name. */
  private static final Pattern SET_OFF_AFTER = Pattern.compile(",\\s+(?!(?:and|or|but|nor)\\b)\\p{Ll}");
  /** "Bara in North Kordofan", "X in Ukraine's Y region", "X and Y in western Z", "Piagapo, Lanao del Sur", "Wad Madani, the capital of Gezira state". */
  private static final Pattern CONTAINER_BEFORE = Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]*)(?:,?\\s+in\\s+(?:the\\s+)?(?:(?:upper|lower|far)\\s+)?(?:" + BEARING + "\\s+|central\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?|,\\s+(?:the\\s+(?:capital|seat)\\s+of\\s+(?:the\\s+)?)?)$");
  /** One or two lower-case words and "in" after a name: "X community in", "the X district office in the". */
  private static final Pattern SITE_IN = Pattern.compile("(?:\\s+\\p{Ll}[\\p{L}-]*){1,2}\\s+in\\s+(?:the\\s+)?$");
  /** A region word right after a name ({@code regionnoun}): "Kharkiv region". */
  final Pattern regionAfter;
  /** Before a sentence's first place, a frame opening it: "In ", "13:40 Separately, in the ", "But in ". */
  private static final Pattern FRAME_BEFORE = Pattern.compile("\\W*(?:\\d{1,2}[:.]\\d{2}\\s+)?(?:(?:But|And|Meanwhile|Separately|Elsewhere|Further),?\\s+)?(?i:in)\\s+(?:the\\s+)?");
  /** A name headed by a landform or water noun, "Lake X", "Mount Y": a feature, whatever the gazetteer knows of it. */
  private static final Pattern LANDFORM_HEAD = Pattern.compile("(?:Lake|Lac|Mount|Mt\\.?|Gulf|Bay|Cape|Jebel|Jabal|Djebel)\\s");
  /** An area word right before a bare direction: "X district, west of Y" locates a district, not a settlement. */
  private final Pattern areaBeforeDirection;
  /** A land-feature noun after a name completes it: "the Blaze forest". */
  private final Pattern featureAfter;
  /** "the X district of Y": Y, after this, only locates X. */
  private final Pattern subdivisionOfBefore;
  /** After a name, a word making it an administrative area ("Kalat district"): no settlement "the town" refers to. */
  private final Pattern areaAfter;
  /** Between a place and the next one, words that make the second only where the first lies: ", on the Y", ", a market town in Y". */
  private final Pattern locatorGap;
  /** The same by nearness: ", near Y", " base near Y", ", east of Y", " river about 100 km south of Y", ", on the edge of Y". */
  private final Pattern proximityGap;
  /** The same when the second name is an area ("Y district", a province): ", in Y", " in Y", " valley of Y's", "'s Y" (not a bare comma: "X district, Y district" is a list). */
  private final Pattern areaLocatorGap;
  /**
   * ", in the rural area of Y", ", in the department of Y", ", in the mountains of Y": Y, after this, only locates the place
   * before, unless that one only locates a third itself ("a post west of the city of X, in the area of Y": Y is the post's).
   */
  private final Pattern partOfGap;
  /** Before a name, a direction making it a landmark, with the settlement noun it may carry: "west of the city of". */
  private static final Pattern DIRECTION_OF = Pattern.compile(
      "(?i)\\b" + BEARING + "\\s+of\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+of\\s+)?$");
  /** After a framing place, its area word and the comma or colon closing the frame: "Y territory:", "Y,". */
  private final Pattern frameAfter;
  /** An area noun closing a name: "X Local Government Area", "X district" (placewords `areanoun`). */
  final Pattern areaEnd;
  private final Pattern areaStart;
  /** A place named with a settlement, land or area noun, then a comma: "X village, ", "the X valley, ". */
  private final Pattern nounCommaBefore;
  /** A name's last word that makes it a land feature, a river or a road: "the Blaze forest", "the Luvua river". */
  final Pattern featureEnd;

  /**
   * A fight named as what a statement or report is about, up to the place it is located at: "a statement about the week of
   * fighting in", "claims this week about the fighting along the", and a few words more for the names joined to that place
   * ("in southern X and the"). Only "about" and its like: "accounts of fighting in X regency" reports the fighting itself.
   */
  private final Pattern foughtTopic;

  private final Vocabulary vocabulary;
  private final FeaturePlaces features;

  /** Compiles the locating phrases' patterns from the vocabulary's word lists, once. */
  Locators(Vocabulary vocabulary, FeaturePlaces features) {
    this.vocabulary = vocabulary;
    this.features = features;
    String region = vocabulary.regexAsWritten("regionnoun");
    this.regionAfter = Pattern.compile("^\\s+" + region + "\\b");
    this.featureAfter = Pattern.compile("^\\s+" + vocabulary.union("featurenoun").pattern());
    this.areaBeforeDirection = Pattern.compile("\\b" + vocabulary.regex("areanoun") + "[,\\s]*$", Pattern.CASE_INSENSITIVE);
    this.areaEnd = Pattern.compile("\\s" + vocabulary.regex("areanoun") + "$");
    this.areaStart = Pattern.compile(vocabulary.regex("areanoun") + "\\s");
    this.nounCommaBefore = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s+" + vocabulary.regex("settlementnoun", "featurenoun", "areanoun") + ",\\s+$");
    this.featureEnd = Pattern.compile("\\s" + vocabulary.regex("featurenoun", "throughnoun") + "$");
    this.areaAfter = Pattern.compile("^\\s+" + vocabulary.regex("areanoun") + "\\b");
    String distance = "(?:(?:about|some|around|roughly|nearly|just)\\s+)?\\d[\\d.,]*\\s*(?:km|kilometres|kilometers|miles)\\s+";
    String possessor = "(?:the\\s+)?(?:" + BEARING + "\\s+)?(?:\\p{Lu}[\\p{L}-]*['’]s\\s+)?(?:" + BEARING + "\\s+)?";
    this.proximityGap = Pattern.compile("^(?:\\s+" + vocabulary.regex("sitenoun", "throughnoun", "featurenoun") + ")?"
        + "(?:,\\s+|\\s+)(?:(?:near|outside|close\\s+to)\\s+|(?:" + distance + ")?(?:to\\s+the\\s+)?" + BEARING + "\\s+of\\s+"
        + "|on\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:edge|outskirts)\\s+of\\s+)"
        + "(?:the\\s+)?(?:(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("settlementnoun") + "\\s+of\\s+)?$");
    this.locatorGap = Pattern.compile("^(?:,\\s+on\\s+(?:the\\s+)?"
        + "|,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + vocabulary.regex("settlementnoun", "adminnoun", "placeofnoun")
        + "\\b[^,;:()\"“”]{0,80}?\\s(?:in|near|outside|on|of|at|to|from|by)\\s+" + possessor + ")$");
    this.frameAfter = Pattern.compile("(?:\\s+" + vocabulary.regex("areanoun") + ")?\\s*[,:]");
    this.areaLocatorGap = Pattern.compile("^(?:(?:\\s+" + vocabulary.regex("areanoun", "featurenoun", "vicinitynoun") + ")?"
        + "(?:,?\\s+in\\s+|\\s+of\\s+)" + possessor + "|['’]s\\s+(?:" + BEARING + "\\s+)?)$");
    this.partOfGap = Pattern.compile("^,\\s+in\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?"
        + vocabulary.regex("areanoun", "adminnoun", "vicinitynoun", "featurenoun") + "s?\\s+of\\s+(?:the\\s+)?$");
    String word = "[\\p{L}\\p{N}'’-]+\\s+";
    this.foughtTopic = Pattern.compile("\\b(?i:about|regarding|concerning)\\s+"
        + "(?:" + word + "){0,5}?" + vocabulary.regex("fightnoun", "campaign") + "s?\\s+(?:" + word + "){0,3}?(?i:in|along|on|around|across|near)\\s+"
        + "(?:[\\p{L}'’-]+\\s+){0,4}?$");
    this.subdivisionOfBefore = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\s+" + vocabulary.union("subdivision").pattern() + "\\s+of\\s+(?:the\\s+)?$");
  }

  /**
   * "Bara in North Kordofan", "Seversk in the Donetsk People's Republic", "held by Kiev in the
   * Donbass", "X in north-east Y", "X, in the upper Y valley": a place after "in" right after another named place only says where that one lies;
   * so does a region after a comma ("Piagapo, Lanao del Sur", "Wad Madani, the capital of Gezira state"), whether the
   * gazetteer knows it as one or the report names it by its area noun ("a post near X village, Y Township").
   */
  boolean container(AnnotatedArticle article, List<PlaceMention> places, PlaceMention p) {
    String text = article.text();
    int from = Math.max(0, p.mention().start() - 60);
    Matcher m = CONTAINER_BEFORE.matcher(text).region(from, p.mention().start());
    // "near X village, Y Township", "in the X valley, Y District": a place named with its own noun before the comma.
    if (!m.find() && !(m = nounCommaBefore.matcher(text).region(from, p.mention().start())).find()) return false;
    // "in X district, Y district and Z": names carrying one noun are a list of like places, neither inside the other.
    if (m.pattern() == nounCommaBefore && sameNounAfter(text, m, p)) return false;
    // After a bare comma only a region is a container: "Bilytske, Hryshyne and Udachne" is a list.
    // A name set off by commas on both sides, no list going on after it ("in Latih, Y, on Sunday"), is one too.
    if (!m.group().contains(" in ") && !p.featureCode().startsWith("ADM") && !namedAsArea(text, p)
        && !SET_OFF_AFTER.matcher(text).region(p.mention().end(), Math.min(text.length(), p.mention().end() + 12)).lookingAt()) return false;
    int at = m.start(1);
    boolean placeBefore = places.stream().anyMatch(q -> q != p && q.mention().start() <= at && at < q.mention().end());
    return placeBefore || article.mentionsIn(Math.max(0, at - 40), m.end(1) + 1).stream()
        .anyMatch(x -> x.type() == EntityType.LOCATION && x.start() <= at && at < x.end());
  }

  /** Whether a place after "X district, " carries the same noun ("Y district"), in its name or right after it. */
  private static boolean sameNounAfter(String text, Matcher before, PlaceMention p) {
    String noun = text.substring(before.end(1), before.end()).replace(",", "").strip();
    String name = p.mention().text();
    int end = p.mention().end();
    return name.regionMatches(true, name.length() - noun.length(), noun, 0, noun.length())
        || end < text.length() && text.charAt(end) == ' ' && text.regionMatches(true, end + 1, noun, 0, noun.length());
  }

  /** "Y District", "Y Township", "District Y": a name carrying an area noun names an area, whatever the gazetteer holds. */
  private boolean namedAsArea(String text, PlaceMention p) {
    return areaEnd.matcher(p.mention().text()).find() || areaStart.matcher(p.mention().text()).lookingAt() || areaNamed(text, p.mention().end());
  }

  /** "the bridge over the Gunt in Khorog": a settlement after a road, river or coast it locates is the event's place, no container. */
  boolean locatesFeature(String text, List<PlaceMention> places, PlaceMention q) {
    if (features.through(text, q.mention().start(), q.mention().end(), q.featureCode()) || !settlement(q.featureCode())) return false;
    return places.stream().anyMatch(p -> p.mention().end() <= q.mention().start()
        && features.through(text, p.mention().start(), p.mention().end(), p.featureCode())
        && features.locatedBy(text.substring(p.mention().end(), q.mention().start())));
  }

  /** "on the Pamir Highway near Rushan", "at Pasni on the Balochistan coast": a road, river or coast named with a settlement only says where in it. */
  boolean featureOfSettlement(String text, List<PlaceMention> places, PlaceMention p) {
    if (!features.through(text, p.mention().start(), p.mention().end(), p.featureCode())) return false;
    return places.stream().anyMatch(q -> q != p && settlement(q.featureCode())
        && !features.through(text, q.mention().start(), q.mention().end(), q.featureCode())
        && (q.mention().start() >= p.mention().end() && features.locatedBy(text.substring(p.mention().end(), q.mention().start()))
            || q.mention().end() <= p.mention().start() && features.liesOn(text.substring(q.mention().end(), p.mention().start()))));
  }

  /** "the El Recreo district of Durán": the place after a named subdivision only locates it, when the name is a place too. */
  boolean subdivided(AnnotatedArticle article, List<PlaceMention> places, PlaceMention p) {
    int from = Math.max(0, p.mention().start() - 60);
    Matcher m = subdivisionOfBefore.matcher(article.text()).region(from, p.mention().start());
    return m.find() && places.stream().anyMatch(q -> q != p && q.mention().end() <= m.end() && q.mention().end() > m.start());
  }

  /** "the Blaze forest": the place as named with its land-feature noun, so that one name holds for the feature. */
  PlaceMention withFeatureNoun(String text, PlaceMention p) {
    int end = p.mention().end();
    Matcher m = featureAfter.matcher(text).region(end, Math.min(text.length(), end + 20));
    if (!m.lookingAt()) return p;
    String surface = text.substring(p.mention().start(), m.end());
    PlaceRef r = p.ref();
    String name = r.geonameId() == 0 ? surface : r.name();
    return new PlaceMention(p.mention(), new PlaceRef(r.entityId(), r.geonameId(), name, surface, r.lat(), r.lon()), p.featureCode());
  }

  /**
   * "El Fasher, the last major city in Darfur held by the army", "Ampudia, a village in the rural
   * area of Jamundí": a place after "city/town/village in" only says where the place the sentence
   * is about lies, when the sentence names that one too.
   */
  boolean regionOfAnother(AnnotatedArticle article, List<PlaceMention> places, PlaceMention p) {
    if (places.stream().noneMatch(q -> q != p && q.mention().start() < p.mention().start())) return false;
    String before = article.text().substring(Math.max(0, p.mention().start() - 50), p.mention().start());
    Matcher m = SETTLEMENT_IN.matcher(before);
    if (!m.find()) return false;
    return vocabulary.contains("settlementnoun", m.group(1)) || vocabulary.contains("adminnoun", m.group(1));
  }

  /**
   * "bandits attacked X community in Y Local Government Area", "retook the X district office in
   * Y regency": an area after "in" closing a noun phrase that another place of the sentence opens only
   * says where that place lies, whatever the phrase's noun (regionOfAnother knows settlement nouns only).
   */
  boolean areaOfNamedSite(String text, List<PlaceMention> places, PlaceMention p) {
    boolean area = p.featureCode().startsWith("ADM") || areaNamed(text, p.mention().end()) || areaEnd.matcher(p.mention().text()).find();
    if (!area) return false;
    Matcher m = SITE_IN.matcher(text).region(Math.max(0, p.mention().start() - 40), p.mention().start());
    if (!m.find()) return false;
    int at = m.start();
    return places.stream().anyMatch(q -> q != p && q.mention().end() == at);
  }

  /** Whether the name ending at {@code end} is followed by a region or area word: "Kharkiv region", "Kalat district". */
  boolean areaNamed(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 24));
    return regionAfter.matcher(after).find() || areaAfter.matcher(after).find();
  }

  /**
   * Each place of the sentence that only says where the one named before it lies, with the place it locates (the
   * first of a chain: "X, a town in the Y zone of Z region" gives Y and Z to X): "X, on the Y river", "X, a market town
   * 100 km south of Y", an area after "X, in", "X valley of", "'s" ("X, in Y territory", "the X valley of Z's Y
   * district"), and with {@code nearness} "X, near Y", "X base near Y", "X, east of Y". A country between them is read
   * through ("of Pakistan's").
   */
  Map<PlaceMention, PlaceMention> locatedBy(AnnotatedArticle article, List<PlaceMention> places, boolean nearness) {
    String text = article.text();
    Map<PlaceMention, PlaceMention> out = new HashMap<>();
    PlaceMention before = null;
    for (PlaceMention p : places) {
      if (p.featureCode().startsWith("PCL")) continue;
      // Only a name locates or is located: "the outpost on the edge of Y" refers back to a place, and Y is where it is.
      if (p.mention().text().isEmpty() || !Character.isUpperCase(p.mention().text().charAt(0))) continue;
      if (before != null && before.mention().end() <= p.mention().start() && !before.ref().entityId().equals(p.ref().entityId())) {
        String gap = text.substring(before.mention().end(), p.mention().start());
        // "camps on Lake X near Y", "the X hills east of Y": a lake, a range or an area near a town is placed by the
        // town, which stays; a river named after the place it locates passes the locating on ("X, on the Y river south of Z").
        String name = before.mention().text();
        boolean pointLike = out.containsKey(before) || settlement(before.featureCode()) && !area(text, before)
            && !featureEnd.matcher(name).find() && !LANDFORM_HEAD.matcher(name).lookingAt()
            && !featureAfter.matcher(text).region(before.mention().end(), p.mention().start()).lookingAt();
        if (pointLike && (locatorGap.matcher(gap).matches() || partOfGap.matcher(gap).matches() && !directionOf(text, before) || nearness && proximityGap.matcher(gap).matches())
            || areaLocatorGap.matcher(gap).matches() && area(text, p)) {
          out.put(p, out.getOrDefault(before, before));
        }
      }
      before = p;
    }
    return out;
  }

  private static boolean directionOf(String text, PlaceMention p) {
    return DIRECTION_OF.matcher(text).region(Math.max(0, p.mention().start() - 40), p.mention().start()).find();
  }

  /** Whether a place is named as an area: "Y district", "the Y region", or an administrative division in the gazetteer. */
  private boolean area(String text, PlaceMention p) {
    return p.featureCode().startsWith("ADM") || areaEnd.matcher(p.mention().text()).find() || areaNamed(text, p.mention().end());
  }

  /**
   * "overran the positions at X, in Y territory", "In Y district, the rebels attacked a post on the edge of X": a claim
   * at a place that only locates another, or an area framing the sentence, goes when the place it locates (for a frame,
   * any place after it) has a claim of the same type in the sentence; the report is about X, not about Y.
   */
  void dropLocatorClaims(String text, Annotations.Span s, List<PlaceMention> places, Map<PlaceMention, PlaceMention> taken,
      Map<PlaceMention, PlaceMention> attacked, Map<String, Claim> byTypeAndPlace) {
    PlaceMention frame = places.isEmpty() ? null : framing(text, s, places.get(0));
    byTypeAndPlace.values().removeIf(c -> {
      if (c.type() == ClaimType.QUANTITY || c.place() == null) return false;
      Map<PlaceMention, PlaceMention> located = c.type() == ClaimType.CONTROL ? taken : attacked;
      String entity = c.place().entityId();
      List<PlaceMention> mentions = places.stream().filter(p -> entity.equals(p.ref().entityId())).toList();
      if (mentions.isEmpty() || !mentions.stream().allMatch(p -> located.containsKey(p) || p == frame)) return false;
      List<PlaceMention> targets = new ArrayList<>();
      for (PlaceMention p : mentions) {
        if (located.containsKey(p)) targets.add(located.get(p));
        else targets.addAll(places.subList(places.indexOf(p) + 1, places.size()));
      }
      return byTypeAndPlace.values().stream().anyMatch(o -> o != c && o.type() == c.type() && o.place() != null
          && !entity.equals(o.place().entityId()) && targets.stream().anyMatch(t -> t.ref().entityId().equals(o.place().entityId())));
    });
  }

  /** The sentence's first place when it is an area framing what follows, "In Y district, ..." or "Separately, in Y territory: ...", or null. */
  private PlaceMention framing(String text, Annotations.Span s, PlaceMention first) {
    int at = first.mention().start(), end = first.mention().end();
    if (at < s.start() || !FRAME_BEFORE.matcher(text).region(s.start(), at).matches()) return null;
    return area(text, first) && frameAfter.matcher(text).region(end, Math.min(s.end(), end + 30)).lookingAt() ? first : null;
  }

  /**
   * "In X, west of Y, the group says it has held the town", "Residents of X, south of Y, said ... the
   * village market": a place after a bare direction only locates the one named before it, like a
   * distance's reference point, and is not "the town" ("the north of Y" is a part of Y, and stays).
   */
  boolean locatesAnother(String text, int start) {
    Matcher direction = LOCATING_DIRECTION.matcher(text).region(Math.max(0, start - 20), start);
    // "Residents of X district, west of Y, say ... the town": what is located is an area, so the
    // settlement it lies beside is still the town.
    return direction.find() && !areaBeforeDirection.matcher(text).region(Math.max(0, direction.start() - 40), direction.start()).find();
  }

  /** "Kelvorra, about 70 km south of Ardmoor, ... the town": a place a distance is measured from only locates another, and is never "the town". */
  static boolean referencePoint(String text, int start) {
    return referencePoint(text, 0, start);
  }

  /** As {@link #referencePoint(String, int)}, reading no further back than {@code floor} (a sentence's start). */
  static boolean referencePoint(String text, int floor, int start) {
    return REFERENCE_POINT.matcher(text.substring(Math.max(floor, start - 40), start)).find();
  }

  /**
   * "a statement about the week of fighting in X province", "claims about the fighting along the Y river": a region, river or
   * lake where a fight a report is about took place only frames what the report says; the claims are at the towns it names.
   * A town named so stays: a fight there is an event at a place.
   */
  boolean foughtTopicRegion(String text, int sentenceStart, PlaceMention p) {
    if (settlement(p.featureCode()) && !area(text, p) && !featureEnd.matcher(p.mention().text()).find() && !LANDFORM_HEAD.matcher(p.mention().text()).lookingAt()
        && !features.through(text, p.mention().start(), p.mention().end(), p.featureCode())) return false;
    return foughtTopic.matcher(text).region(Math.max(sentenceStart, p.mention().start() - 120), p.mention().start()).find();
  }

  static boolean settlement(String featureCode) {
    return featureCode.startsWith("PPL") || featureCode.startsWith("ISL") || featureCode.isEmpty();
  }
}
