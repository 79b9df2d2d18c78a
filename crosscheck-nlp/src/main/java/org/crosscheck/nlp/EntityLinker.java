package org.crosscheck.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.crosscheck.nlp.geo.Names;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Gives the mentions of one article their entities: one identity per person, organisation and
 * place across spellings, with the roles the text states for people.
 *
 * <p>Ids are readable and stable across articles and runs: {@code geonames:703656} for resolved
 * places, {@code person:zelenski} (the folded surname, so "Zelensky" in one article and "Volodymyr
 * Zelenskyy" in another meet), {@code organization:general-staff}. Two different people sharing a
 * surname in one article get their folded first name added.
 */
final class EntityLinker {

  /** A named-entity mention as the tagger found it. */
  record Found(int start, int end, String text, EntityType type) {}

  private static final Pattern TITLES = Pattern.compile(
      "^(?:(?:President|Prime Minister|Minister|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Gen\\.?|General|Col\\.?|"
          + "Colonel|Lt\\.?|Sen\\.?|Senator|Rep\\.?|Gov\\.?|Governor|Mayor|Chancellor|King|Queen|Pope|"
          + "Sgt\\.?|Capt\\.?|Captain|Adm\\.?|Admiral|Marshal)\\s+)+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|['’])$");
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  /** Pronouns and determiners the tagger now and then calls a name ("His generals had ..."). */
  private static final Set<String> FUNCTION_WORDS = Set.of("i", "me", "my", "mine", "we", "us",
      "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "it", "its",
      "they", "them", "their", "theirs", "this", "that", "these", "those", "the", "a", "an",
      "some", "any", "each", "every", "no", "none", "all", "both", "either", "neither", "who",
      "whom", "whose", "which", "what", "there", "here");
  /** A picture credit or caption source line: its names are photographers and agencies. */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)(?:^|\\(|\\n)\\s*(?:photo(?:graph)?|image|picture|credit|illustration|video)s?\\s*(?:by|:)[^\\n)]{0,120}$");
  /** A preposition of place right before a mention: "in Lugo", "near Faenza", "residents of X". */
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:in|near|towards?|outside|around|into|across)|\\b(?:town|city|village|province|"
          + "region|state|district|residents|people|outskirts|centre|center|capital)\\s+of"
          // What forces do to ground: "held Sioni", "went for Sioni", "withdrew from Gudauri".
          + "|\\b(?:held|holds?|holding|took|retook|seized|captured|recaptured|entered|abandoned|went\\s+for"
          + "|advanced\\s+on|withdrew\\s+from|pulled\\s+out\\s+of))\\s+$");
  /** Words after a mention that only follow a place: "Al Jazirah state", "Lugo's mayor", ", a town on". */
  private static final Pattern PLACE_AFTER = Pattern.compile(
      "^(?:\\s+(?:state|province|district|region)\\b|['’]s\\s+(?:mayor|governor|hospital|council|residents)\\b"
          + "|,\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:town|city|village|port|district)\\b"
          // What only ground is: "Sioni is lost", "Sioni was still contested", "Gudauri remains ours".
          + "|\\s+(?:is|was|has\\s+been|had\\s+been)\\s+(?:still\\s+)?(?:lost|contested|retaken|recaptured|encircled|besieged)\\b"
          + "|\\s+remains?\\s+(?:ours|theirs|contested)\\b|,\\s+which\\s+(?:sits|lies)\\b)");
  /** Places big enough that a lone word naming one is the place, not a person. */
  private static final long BIG_PLACE = 100_000;

  /** Words that turn a place name before them into an outlet's name ("Black Sea Bulletin"). */
  private static final Set<String> OUTLET_WORDS =
      Set.copyOf(org.crosscheck.resources.DataFiles.lines(EntityLinker.class, "outlet-name-words.txt"));
  /**
   * Common nouns that head institutions' names without being one alone ("Army spokesman", "Defence
   * Minister" opening a sentence).
   */
  private static final Set<String> GENERIC_ORGANISATION_WORDS =
      Set.copyOf(org.crosscheck.resources.DataFiles.lines(EntityLinker.class, "generic-organisation-words.txt"));
  /** First names: a title "X of" followed by one names a person, not a place ("Sister of Marina Lee Tan"). */
  private static final Set<String> FIRST_NAMES = org.crosscheck.resources.DataFiles
      .lines(EntityLinker.class, "attribution/first-names.txt").stream()
      .map(l -> l.split("\\s+")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** A capitalised title and "of" right before a name, or opening it: "Prefect of ", "Mayor of ". */
  private static final Pattern TITLE_OF = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s+of\\s+$");
  private static final Pattern TITLE_OF_OPENING = Pattern.compile("^\\p{Lu}\\p{Ll}+\\s+of\\s+");
  /** What may stand between a sentence's start and its first name: blanks, quote marks, a dash. */
  private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\n.!?:][\\s\"“”‘'—–-]*$");

  /** An administrative unit's word opening a place's name, and the space after it: "Barangay ". */
  private static final Pattern UNIT_WORD_OPENING = Pattern.compile("(?i:" + String.join("|",
      org.crosscheck.resources.DataFiles.lines(EntityLinker.class, "place-unit-words.txt")) + ")\\s+(?=\\p{Lu})");

  /** The capitalised word right after a mention: " Bulletin", "-Dispatch". */
  private static final Pattern NEXT_WORD = Pattern.compile("^[ -](\\p{Lu}\\p{L}+)");

  private final Gazetteer gazetteer;
  private final RoleFinder roles;
  private final RoleDescriptions descriptions;

  EntityLinker(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.roles = new RoleFinder(gazetteer);
    this.descriptions = RoleDescriptions.load(roles);
  }

  /**
   * Cleans the tagger's mentions: drops pronouns and picture credits, and relabels as a place any
   * mention spelled like a place the text names elsewhere, or a lone word the tagger called a
   * person that names a big place and no person of the text ("Kyiv said", a headline "KUPYANSK").
   * A person or organisation the text puts where only a place goes ("in Lugo", "residents of Al
   * Hasaheisa", "Al Jazirah state", "held Sioni", "Sioni was still contested", or listed with a
   * place) that the gazetteer knows as a place is that place throughout.
   */
  List<Found> tidy(String text, List<Found> found) {
    return tidy(text, found, Byline.NONE);
  }

  /**
   * Like {@link #tidy(String, List)}, knowing the names the article is signed with: a place or
   * organisation reading inside an author's name where the text writes it ("By Jordan Paris") is
   * that person, and a place reading inside the outlet's ("OBOCK, Nov 18 (Red Sea Wire) -", "told
   * Red Sea Wire") is the outlet. Also splits a title's place from the
   * name after it ("Prefect of Obock Mohamed Ali Houmed") and drops a lone common noun capitalised
   * at a sentence start or in a headline ("Army spokesman ...") that the tagger took for an
   * organisation.
   */
  List<Found> tidy(String text, List<Found> found, Byline byline) {
    found = splitTitledPlaces(text, found);
    found = bylineNames(text, found, byline);
    found.removeIf(f -> genericOrganisation(text, f));
    found = withoutUnitWords(found);
    Set<String> acronyms = organisationAcronyms(found);
    found = asOrganisations(found, acronyms);
    Set<String> places = new java.util.HashSet<>();
    Set<String> personWords = new java.util.HashSet<>();
    for (Found f : found) {
      String key = Names.fold(clean(f));
      if (f.type() == EntityType.PERSON && key.indexOf(' ') > 0) personWords.addAll(List.of(key.split(" ")));
    }
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String key = Names.fold(clean(f));
      if (acronyms.contains(clean(f))) continue;
      if (f.type() == EntityType.LOCATION || !personWords.contains(key)
          && (placeByContext(text, f, key) || listedWithPlace(text, found, i) && knownPlace(key))) {
        places.add(key);
      }
    }
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      String key = Names.fold(clean(f));
      if (isFunctionWords(key) || inCredit(text, f)) continue;
      boolean place = f.type() != EntityType.LOCATION && places.contains(key)
          || f.type() == EntityType.PERSON && key.indexOf(' ') < 0 && !personWords.contains(key)
              && namesBigPlace(key);
      if (place || f.type() == EntityType.LOCATION) {
        Found outlet = outlet(text, f);
        if (outlet != null) {
          out.add(outlet);
          continue;
        }
      }
      out.add(place ? new Found(f.start(), f.end(), f.text(), EntityType.LOCATION) : f);
    }
    return out;
  }

  /**
   * Splits a person mention that follows "Title of" and opens with a place the gazetteer knows
   * ("Prefect of Obock Mohamed Ali Houmed"): the title's place ends at the place, and the person
   * is the rest, at least two words of it.
   */
  private List<Found> splitTitledPlaces(String text, List<Found> found) {
    List<Found> out = new ArrayList<>(found.size() + 2);
    for (Found f : found) {
      if (f.type() != EntityType.PERSON) {
        out.add(f);
        continue;
      }
      int from = f.start();
      Matcher opening = TITLE_OF_OPENING.matcher(f.text());
      boolean titled = TITLE_OF.matcher(text.substring(Math.max(0, f.start() - 30), f.start())).find();
      if (!titled && opening.find()) {
        from += opening.end();
        titled = true;
      }
      Found[] split = titled ? splitAtPlace(text, from, f.end()) : null;
      if (split == null) {
        out.add(f);
      } else {
        out.add(split[0]);
        out.add(split[1]);
      }
    }
    return out;
  }

  /**
   * A place named with the word for its administrative unit in front ("Barangay Lunaro", "Desa
   * Sukamaju"): the place is the name after it, which is how the text writes it elsewhere and how
   * a gazetteer knows it.
   */
  private static List<Found> withoutUnitWords(List<Found> found) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Matcher unit = UNIT_WORD_OPENING.matcher(f.text());
      if (f.type() == EntityType.LOCATION && unit.lookingAt() && unit.end() < f.text().length()) {
        out.add(new Found(f.start() + unit.end(), f.end(), f.text().substring(unit.end()), f.type()));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The initials of the article's organisations ("Syrian Democratic Forces ... the SDF"): each is
   * that organisation wherever it stands, even where the tagger read a place in it or a gazetteer
   * knows the letters as a town's other name (GeoNames gives towns their airports' codes). Letters
   * a gazetteer knows as a country or a region stay that place: "United States Army" does not make
   * "USA" an army, nor "European Union" the "EU".
   */
  private Set<String> organisationAcronyms(List<Found> found) {
    Set<String> acronyms = new java.util.HashSet<>(acronymIds(found).keySet());
    acronyms.removeIf(a -> gazetteer.lookup(a).stream().anyMatch(e -> e.featureClass() != 'P'));
    return acronyms;
  }

  /** The mentions with every one of {@code acronyms} made an organisation. */
  private static List<Found> asOrganisations(List<Found> found, Set<String> acronyms) {
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      boolean acronym = f.type() != EntityType.ORGANIZATION && acronyms.contains(clean(f));
      out.add(acronym ? new Found(f.start(), f.end(), f.text(), EntityType.ORGANIZATION) : f);
    }
    return out;
  }

  /** A known place opening the words in [from, to) and the person after it, or null. */
  private Found[] splitAtPlace(String text, int from, int to) {
    Matcher word = Pattern.compile("\\S+").matcher(text).region(from, to);
    List<int[]> words = new ArrayList<>();
    while (word.find()) words.add(new int[] {word.start(), word.end()});
    for (int k = words.size() - 2; k >= 1; k--) {
      String place = text.substring(from, words.get(k - 1)[1]);
      String key = Names.fold(place);
      if (FIRST_NAMES.contains(key.split(" ")[0]) || !knownPlace(key)) continue;
      int personStart = words.get(k)[0];
      return new Found[] {new Found(from, words.get(k - 1)[1], place, EntityType.LOCATION),
          new Found(personStart, to, text.substring(personStart, to), EntityType.PERSON)};
    }
    return null;
  }

  /**
   * The mentions with each reading inside a name the article is signed with, where the text writes
   * that name, made the whole name: an author's a person, the outlet's an organisation. A person's
   * mention stays as it is.
   */
  private List<Found> bylineNames(String text, List<Found> found, Byline byline) {
    if (byline.authors().isEmpty() && byline.outlet() == null) return new ArrayList<>(found);
    List<Found> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Found signed = f.type() == EntityType.PERSON ? null : signedName(text, f, byline);
      if (signed == null) {
        out.add(f);
      } else if (out.isEmpty() || !out.get(out.size() - 1).equals(signed)) {
        out.add(signed);
      }
    }
    return out;
  }

  /** The author's or outlet's name written around a mention, as a person or organisation; or null. */
  private Found signedName(String text, Found f, Byline byline) {
    for (String author : byline.authors()) {
      Found around = writtenAround(text, f, author, EntityType.PERSON);
      if (around != null) return around;
    }
    return byline.outlet() == null ? null : writtenAround(text, f, byline.outlet(), EntityType.ORGANIZATION);
  }

  /** {@code name} where the text writes it over the mention, as a mention of {@code type}; or null. */
  private Found writtenAround(String text, Found f, String name, EntityType type) {
    String b = name.strip();
    if (b.length() < 3 || b.length() < f.text().length() || (b.equals(f.text()) && knownPlace(Names.fold(b)))) return null;
    for (int at = text.lastIndexOf(b, f.start()); at >= 0 && at + b.length() >= f.end(); at = text.lastIndexOf(b, at - 1)) {
      if (at <= f.start() && f.end() <= at + b.length()) return new Found(at, at + b.length(), b, type);
      if (at == 0) break;
    }
    return null;
  }

  /**
   * Whether a mention is one common noun, capitalised only because it opens a sentence or stands
   * in a headline, that the tagger took for an organisation ("Army spokesman X", "Defence Minister
   * X"): a listed institution word, or a word the text also writes in lower case.
   */
  private static boolean genericOrganisation(String text, Found f) {
    if (f.type() != EntityType.ORGANIZATION) return false;
    String word = clean(f);
    if (word.indexOf(' ') >= 0 || isAllCaps(word) || word.length() < 3) return false;
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    boolean common = GENERIC_ORGANISATION_WORDS.contains(lower)
        || Pattern.compile("\\b" + Pattern.quote(lower) + "\\b").matcher(text).find();
    if (!common) return false;
    String before = (f.start() <= 12 ? "\n" : "") + text.substring(Math.max(0, f.start() - 12), f.start());
    boolean opening = SENTENCE_OPENING.matcher(before).find();
    return opening || inHeadline(text, f);
  }

  /** Whether a mention stands on a short line that no full stop ends: a headline or title. */
  private static boolean inHeadline(String text, Found f) {
    int start = text.lastIndexOf('\n', f.start()) + 1;
    int end = text.indexOf('\n', f.end());
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    return !line.isEmpty() && line.split("\\s+").length <= 25 && ".!?\"”".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  /**
   * The outlet a place name is the start of, or null: "Black Sea" before "Bulletin" is the
   * outlet "Black Sea Bulletin", and so is a place mention that itself ends with such a word.
   */
  private static Found outlet(String text, Found f) {
    int space = f.text().lastIndexOf(' ');
    if (space > 0 && OUTLET_WORDS.contains(f.text().substring(space + 1).toLowerCase(java.util.Locale.ROOT))) {
      return new Found(f.start(), f.end(), f.text(), EntityType.ORGANIZATION);
    }
    var m = NEXT_WORD.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 20)));
    if (!m.find() || !OUTLET_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) return null;
    int end = f.end() + m.end();
    return new Found(f.start(), end, text.substring(f.start(), end), EntityType.ORGANIZATION);
  }

  private static boolean isFunctionWords(String key) {
    for (String w : key.split(" ")) if (!FUNCTION_WORDS.contains(w)) return false;
    return true;
  }

  private static boolean inCredit(String text, Found f) {
    if (f.type() == EntityType.LOCATION) return false;
    int lineStart = Math.max(text.lastIndexOf('\n', f.start()), text.lastIndexOf('(', f.start()));
    return CREDIT.matcher(text.substring(Math.max(0, lineStart), f.start())).find();
  }

  private boolean placeByContext(String text, Found f, String key) {
    if (f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION) return false;
    boolean before = PLACE_BEFORE.matcher(text.substring(Math.max(0, f.start() - 24), f.start())).find();
    boolean after = PLACE_AFTER.matcher(text.substring(f.end(), Math.min(text.length(), f.end() + 40))).find();
    return (before || after) && knownPlace(key);
  }

  private boolean knownPlace(String key) {
    for (GazetteerEntry e : gazetteer.lookupFolded(key)) {
      if (e.featureClass() == 'P' || e.featureClass() == 'A') return true;
    }
    return false;
  }

  /** What parts two items of a list: ", " or " and ", "or the". */
  private static final Pattern LIST_GAP = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?(?:the\\s+)?|\\s+(?:and|or)\\s+(?:the\\s+)?");

  /**
   * Whether the person or organisation at {@code i} stands in one list with a place the tagger
   * found ("holds Sioni, Gudauri and the Tsiteli Pass"): a list names things of one kind.
   */
  private static boolean listedWithPlace(String text, List<Found> found, int i) {
    Found f = found.get(i);
    if (f.type() != EntityType.PERSON && f.type() != EntityType.ORGANIZATION) return false;
    for (int j : new int[] {i - 1, i + 1}) {
      if (j < 0 || j >= found.size() || found.get(j).type() != EntityType.LOCATION) continue;
      Found a = j < i ? found.get(j) : f;
      Found b = j < i ? f : found.get(j);
      if (a.end() <= b.start() && LIST_GAP.matcher(text.substring(a.end(), b.start())).matches()) return true;
    }
    return false;
  }

  private boolean namesBigPlace(String key) {
    for (GazetteerEntry e : gazetteer.lookupFolded(key)) {
      boolean big = e.isCountry() || e.isAdmin1() || e.featureCode().equals("PPLC")
          || e.population() >= BIG_PLACE;
      if (big && Names.fold(e.name()).equals(key)) return true;
    }
    return false;
  }

  Annotations link(String articleId, String text, List<Annotations.Span> sentences,
      List<Found> found, List<PlaceResolver.Resolution> resolved, List<TimeRef> times) {
    Map<Integer, GazetteerEntry> placeAt = new HashMap<>();
    for (PlaceResolver.Resolution r : resolved) placeAt.put(r.toponym().start(), r.entry());

    Map<String, String> personIds = personIds(found);
    Map<String, String> properForms = properForms(found);
    Map<String, String> acronymIds = acronymIds(found);
    Map<String, Builder> entities = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (Found f : found) {
      String name = clean(f);
      if (Names.fold(name).isEmpty()) continue;
      if (isAllCaps(name)) name = properForms.getOrDefault(Names.fold(name), name);
      GazetteerEntry place = placeAt.get(f.start());
      String id = switch (f.type()) {
        case LOCATION -> place != null ? place.entityId() : Entity.unresolvedPlaceId(name);
        case PERSON -> personIds.get(Names.fold(name));
        case ORGANIZATION -> acronymIds.getOrDefault(name, "organization:" + slug(name));
        default -> f.type().name().toLowerCase(java.util.Locale.ROOT) + ":" + slug(name);
      };
      Builder b = entities.computeIfAbsent(id, k -> new Builder(k, f.type(), place));
      b.add(name);
      if (f.type() == EntityType.PERSON) roles.rolesOf(text, f.start(), f.end(), sentences).forEach(b.roles::add);
      mentions.add(new Mention(f.start(), f.end(), name, f.type(), id));
    }
    linkDescriptions(text, entities, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));
    List<Entity> entityList = entities.values().stream().map(b -> b.entity(roles))
        .sorted(Comparator.comparingInt(Entity::mentions).reversed()).toList();
    List<Place> places = entities.values().stream().filter(b -> b.place != null)
        .map(this::place).sorted(Comparator.comparingInt(Place::mentions).reversed()).toList();
    return new Annotations(articleId, sentences, mentions, entityList, places, times);
  }

  /** Adds a mention of the person each role description ("the Russian President") stands for. */
  private void linkDescriptions(String text, Map<String, Builder> entities, List<Mention> mentions) {
    List<RoleDescriptions.Person> people = new ArrayList<>();
    for (Builder b : entities.values()) {
      if (b.type != EntityType.PERSON) continue;
      List<Integer> starts = mentions.stream().filter(m -> m.entityId().equals(b.id)).map(Mention::start).toList();
      List<String> stated = List.copyOf(b.roles);
      people.add(new RoleDescriptions.Person(b.id, stated, roles.sideOf(stated).orElse(null), starts));
    }
    if (people.isEmpty()) return;
    for (RoleDescriptions.Found d : descriptions.find(text)) {
      boolean taken = mentions.stream().anyMatch(m -> m.start() < d.end() && d.start() < m.end());
      if (taken) continue;
      descriptions.personFor(d, people).ifPresent(id -> {
        mentions.add(new Mention(d.start(), d.end(), d.text(), EntityType.PERSON, id));
        entities.get(id).count++;
      });
    }
  }

  /** Words an acronym leaves out: "Organization of the Petroleum Exporting Countries" is OPEC. */
  private static final Set<String> ACRONYM_SKIPS = Set.of("of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "&");

  /**
   * An acronym → the id of the organisation the article names in full with those initials ("RSF"
   * → organization:rapid-support-forces), so the two spellings are one entity.
   */
  private static Map<String, String> acronymIds(List<Found> found) {
    Map<String, String> ids = new HashMap<>();
    for (Found f : found) {
      if (f.type() != EntityType.ORGANIZATION) continue;
      String name = clean(f);
      String[] words = name.split("[\\s-]+");
      if (words.length < 2) continue;
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        if (ACRONYM_SKIPS.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
        if (!Character.isUpperCase(w.charAt(0))) {
          initials.setLength(0);
          break;
        }
        initials.append(w.charAt(0));
      }
      if (initials.length() >= 2) ids.putIfAbsent(initials.toString(), "organization:" + slug(name));
    }
    return ids;
  }

  /** Folded name → the form the text writes it in outside capitals ("PUTIN" → "Putin"). */
  private static Map<String, String> properForms(List<Found> found) {
    Map<String, String> forms = new HashMap<>();
    for (Found f : found) {
      String name = clean(f);
      if (!isAllCaps(name)) forms.putIfAbsent(Names.fold(name), name);
    }
    for (Found f : found) {
      String name = clean(f);
      // Acronyms (NATO, UN) stay as they are; a headline's person or place is title-cased.
      if (isAllCaps(name) && name.length() >= 4
          && (f.type() == EntityType.PERSON || f.type() == EntityType.LOCATION)) {
        forms.putIfAbsent(Names.fold(name), titleCase(name));
      }
    }
    return forms;
  }

  private static boolean isAllCaps(String name) {
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isLetter(c)) letters++;
    }
    return letters >= 2;
  }

  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return out.toString();
  }

  private Place place(Builder b) {
    GazetteerEntry e = b.place;
    String region = gazetteer.admin1Of(e).map(GazetteerEntry::name).orElse(null);
    return new Place(b.id, e.id(), e.name(), e.lat(), e.lon(), e.featureCode(), e.country(),
        region, List.copyOf(b.surfaces.keySet()), b.count);
  }

  /** Folded person name → id; a surname alone joins the one full name that ends with it. */
  private static Map<String, String> personIds(List<Found> found) {
    Map<String, List<String>> fullBySurname = new HashMap<>();
    Set<String> names = new LinkedHashSet<>();
    for (Found f : found) {
      if (f.type() != EntityType.PERSON) continue;
      String key = Names.fold(clean(f));
      if (key.isEmpty()) continue;
      names.add(key);
      String[] parts = key.split(" ");
      if (parts.length > 1) {
        List<String> full = fullBySurname.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>());
        if (!full.contains(key)) full.add(key);
      }
    }
    // "Galvão Sá" after "Henrique Galvão Sá" is the same man by his compound surname, not a second Sá.
    for (List<String> full : fullBySurname.values()) {
      full.removeIf(k -> full.stream().anyMatch(longer -> longer.endsWith(" " + k)));
    }
    Map<String, String> ids = new HashMap<>();
    for (String key : names) {
      String[] parts = key.split(" ");
      String surname = parts[parts.length - 1];
      List<String> full = fullBySurname.getOrDefault(surname, List.of());
      boolean shared = full.size() > 1;
      String longer = full.stream().filter(k -> k.endsWith(" " + key)).findFirst().orElse(key);
      String id = "person:" + surname;
      if (shared && parts.length > 1) id += "-" + longer.split(" ")[0];
      ids.put(key, id);
    }
    return ids;
  }

  private static String clean(Found f) {
    String s = POSSESSIVE.matcher(f.text().strip()).replaceAll("");
    if (f.type() == EntityType.PERSON) s = TITLES.matcher(s).replaceAll("");
    else s = LEADING_THE.matcher(s).replaceAll("");
    return s.strip();
  }

  private static String slug(String name) {
    return Names.fold(name).replace(' ', '-');
  }

  private static final class Builder {
    final String id;
    final EntityType type;
    final GazetteerEntry place;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    final Set<String> roles = new LinkedHashSet<>();
    int count;

    Builder(String id, EntityType type, GazetteerEntry place) {
      this.id = id;
      this.type = type;
      this.place = place;
    }

    void add(String surface) {
      surfaces.merge(surface, 1, Integer::sum);
      count++;
    }

    Entity entity(RoleFinder finder) {
      String name = place != null ? place.name() : surfaces.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length)
              .thenComparingInt(Map.Entry::getValue))
          .map(Map.Entry::getKey).orElseThrow();
      List<String> aliases = surfaces.keySet().stream().filter(s -> !s.equals(name)).toList();
      List<String> roleList = List.copyOf(roles);
      Optional<String> side = finder.sideOf(roleList);
      return new Entity(id, type, name, aliases, count, roleList, side.orElse(null));
    }
  }
}
