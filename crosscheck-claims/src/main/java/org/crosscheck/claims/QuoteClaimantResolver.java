package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;

/**
 * Claimants from the article's attributions: a statement inside a quote or reported-speech span
 * comes from that quote's speaker; quotes that enclose it ("The Kyiv Post reported that officials
 * say ...") and outlets the article relays before it ("..., the Kyiv Post reported") are the
 * chain it came through. A statement outside every quote is the outlet's own. The speaker's side
 * is read from the speaker entity, its roles, and the words that describe it ("Sudan's army",
 * "a pro-Kremlin blogger", "Syrian rebels").
 *
 * <p>The attribution step reads one level of speech; a statement reported inside another
 * ("The Kyiv Post reported that bloggers have begun conceding that ...") and sentences it leaves
 * unattributed go to the {@code cues} resolver, the inner source's relays then including the
 * quote's speaker. A sentence nobody is found for carries on the source of the sentence before it
 * in the paragraph, or of the paragraph before when that was a named speaker and the sentence
 * names nobody else.
 */
public final class QuoteClaimantResolver implements ClaimantResolver {

  /**
   * Speaker words that stand for someone named before, when attribution linked them to no one;
   * "one" alone ("One said ...") is one of the sources named before (a resident, a witness).
   */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "one");

  private final Vocabulary vocabulary;
  private final GroupNames groups;
  private final StateSides stateBodies;
  private final Sides sides;
  private final CueClaimantResolver cues;

  public QuoteClaimantResolver(Vocabulary vocabulary, Sides sides, CueClaimantResolver cues) {
    this.vocabulary = vocabulary;
    this.groups = new GroupNames(vocabulary, sides);
    this.stateBodies = new StateSides(vocabulary, sides);
    this.sides = sides;
    this.cues = cues;
  }

  @Override
  public Optional<Attribution> resolve(AnnotatedArticle article, Annotations.Span sentence, int anchor, Attribution previous) {
    return attribution(article, sentence, anchor, previous).map(this::withoutBystanderSide);
  }

  /**
   * A source that only watches the fight (an aid agency, a hospital, a customs post) speaks for no
   * side of it: "armed men control the roads", in its words, is no gain of its own side, and "the
   * militia" no opponent of it.
   */
  private Attribution withoutBystanderSide(Attribution a) {
    Party p = a.claimant();
    if (p == null || p.side() == null || !bystander(vocabulary, p)) return a;
    return new Attribution(new Party(p.entityId(), p.name(), p.description(), null), a.cue(), a.relays(), a.inherited());
  }

  /** Whether a source's name, description or side is a bystander's ("OCHA", "a customs officer", "a doctor"). */
  static boolean bystander(Vocabulary vocabulary, Party p) {
    return vocabulary.contains("bystander", p.name() + " " + Objects.toString(p.description(), "") + " " + Objects.toString(p.side(), ""));
  }

  private Optional<Attribution> attribution(AnnotatedArticle article, Annotations.Span sentence, int anchor, Attribution previous) {
    Quote q = innermost(article, anchor);
    // "Rebels shelled X, which the army denies": a denial after the statement answers it; its speaker is not the statement's source.
    if (q != null && deniedAfter(q, anchor)) q = null;
    // "Police officers posted in X fell back": a stationing verb read as a speech cue makes the force its own source.
    if (q != null && q.cue() != null && q.cueSpan() != null && cues.stationing(article.text(), q.cue(), q.cueSpan().end())) q = null;
    Party speaker = q == null ? null : speaker(article, q, previous);
    if (speaker == null) {
      Optional<Attribution> cued = cues.resolve(article, sentence, anchor, previous);
      return cued.isPresent() ? cued : inherit(article, sentence, previous);
    }
    if (cueInsideAnotherQuote(article, q)) {
      // "X reported that bloggers have begun conceding that ...": the second speech act's subject
      // stands inside what X reported; the cue words name it, and X relays it.
      Optional<Attribution> cued = cues.resolve(article, sentence, anchor, previous)
          .filter(a -> !a.inherited() && !sameName(a.claimant().name(), speaker.name()));
      if (cued.isPresent()) return cued;
    }
    List<CitationHop> relays = new ArrayList<>();
    for (Citation c : article.attributions().citations()) {
      // An outlet the article relays, named before the statement, carries it ("..., the Kyiv Post reported").
      if (c.kind() == Citation.Kind.OUTLET && c.span().start() < q.span().start() && !sameName(c.target(), speaker.name())) {
        relays.add(new CitationHop(CitationHop.Kind.OUTLET, c.target(), c.cue()));
      }
    }
    for (Quote outer : article.attributions().quotes()) {
      if (outer != q && encloses(outer.span(), q.span())) {
        Party relay = speaker(article, outer, previous);
        if (relay != null && relays.stream().noneMatch(h -> sameName(h.name(), relay.name()))) {
          relays.add(new CitationHop(isOutlet(article, outer) ? CitationHop.Kind.OUTLET : kindOf(relay), relay.name(), outer.cue()));
        }
      }
    }
    Attribution quoted = new Attribution(speaker, q.cue() == null ? "said" : q.cue(), relays, false);
    // Speech reported inside the quote: its own source, relayed by the quote's speaker.
    Annotations.Span part = q.parts().stream().filter(p -> p.start() <= anchor && anchor < p.end()).findFirst().orElseThrow();
    Optional<Attribution> inner = cues.resolve(article, new Annotations.Span(part.start(), Math.min(part.end(), sentence.end())), anchor, null)
        .filter(a -> !a.inherited() && !sameName(a.claimant().name(), speaker.name()));
    if (inner.isEmpty()) return Optional.of(quoted);
    List<CitationHop> chain = new ArrayList<>(relays);
    chain.add(new CitationHop(isOutlet(article, q) ? CitationHop.Kind.OUTLET : kindOf(speaker), speaker.name(), quoted.cue()));
    chain.addAll(inner.get().relays());
    return Optional.of(new Attribution(inner.get().claimant(), inner.get().cue(), chain, false));
  }

  /**
   * Whether the quote is a denial ("..., which the army denies") whose verb comes after the statement at {@code anchor}.
   * Not a direct quote: words in quote marks are their speaker's whatever the verb after them ("\"We never left X,\" the army denied").
   */
  private boolean deniedAfter(Quote q, int anchor) {
    return q.kind() != Quote.Kind.DIRECT && q.cue() != null && q.cueSpan() != null && q.cueSpan().start() > anchor
        && (vocabulary.isExactly("denial", q.cue()) || vocabulary.isExactly("denialverb", q.cue()));
  }

  private static boolean cueInsideAnotherQuote(AnnotatedArticle article, Quote q) {
    if (q.cueSpan() == null) return false;
    int cue = q.cueSpan().start();
    return article.attributions().quotes().stream().anyMatch(o -> o != q && o.span().start() <= cue && cue < o.span().end());
  }

  /** With nobody found: the source of the sentence before, within a paragraph or past a break that names nobody else. */
  private Optional<Attribution> inherit(AnnotatedArticle article, Annotations.Span sentence, Attribution previous) {
    if (previous == null || previous.claimant() == null) return Optional.empty();
    String text = article.text();
    // "Moscow announced the capture on November 20. A month later, the city is not under Russian control."
    Optional<Vocabulary.Hit> shift = vocabulary.first("timeshift", text, sentence.start(), Math.min(sentence.end(), sentence.start() + 20));
    if (shift.isPresent() && shift.get().start() == sentence.start()) return Optional.empty();
    int back = sentence.start();
    while (back > 0 && Character.isWhitespace(text.charAt(back - 1))) back--;
    boolean newParagraph = text.substring(back, sentence.start()).contains("\n\n");
    if (!newParagraph) return Optional.of(new Attribution(previous.claimant(), previous.cue(), previous.relays(), true));
    boolean namesSomeone = article.mentionsIn(sentence.start(), sentence.end()).stream()
        .anyMatch(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION);
    if (previous.claimant().entityId() != null && !namesSomeone && !previous.inherited()) {
      return Optional.of(new Attribution(previous.claimant(), previous.cue(), previous.relays(), true));
    }
    return Optional.empty();
  }

  /** The quote whose content holds the anchor, the innermost when quotes nest. */
  static Quote innermost(AnnotatedArticle article, int anchor) {
    Quote best = null;
    for (Quote q : article.attributions().quotes()) {
      if (q.span().start() > anchor) break;
      boolean inside = q.parts().stream().anyMatch(p -> p.start() <= anchor && anchor < p.end());
      if (inside && (best == null || encloses(best.span(), q.span()))) best = q;
    }
    return best;
  }

  private static boolean encloses(Annotations.Span outer, Annotations.Span inner) {
    return outer.start() <= inner.start() && inner.end() <= outer.end() && !outer.equals(inner);
  }

  private static boolean isOutlet(AnnotatedArticle article, Quote q) {
    return article.attributions().citations().stream()
        .anyMatch(c -> c.kind() == Citation.Kind.OUTLET && q.speakerSpan() != null
            && c.span().start() < q.speakerSpan().end() && q.speakerSpan().start() < c.span().end());
  }

  private static CitationHop.Kind kindOf(Party p) {
    return p.entityId() != null && p.entityId().startsWith("person:") ? CitationHop.Kind.PERSON : CitationHop.Kind.ORGANIZATION;
  }

  private static boolean sameName(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an)\\s+", "").strip();
  }

  /** The speaker as a party, with the side it stands for. */
  private Party speaker(AnnotatedArticle article, Quote q, Attribution previous) {
    String words = q.speakerDescription() == null ? null : q.speakerDescription().strip();
    Entity e = q.speakerId() == null ? null : article.entitiesById().get(q.speakerId());
    boolean pronoun = words != null && PRONOUNS.contains(words.toLowerCase(Locale.ROOT));
    // A described body ("The Sudanese army") that attribution linked to a person named nearby is the body.
    if (e != null && words != null && !pronoun && !mentionsName(words, e)) e = null;
    // "The divisional officer of X": the office-holder, not the area the tagger may take for an organisation.
    Party holder = words == null || pronoun || e != null && e.type() == EntityType.PERSON ? null : cues.officeHolder(words);
    if (holder != null) return holder;
    if (e == null) {
      if (words == null) return null;
      if (pronoun) return previous == null ? null : previous.claimant();
      String described = vocabulary.describedSource(words);
      return new Party(null, described, words, CueClaimantResolver.namedAfterCountry(words, sides) ? null : sideIn(words));
    }
    String side = null;
    Place place = article.placesById().get(e.id());
    if (place != null) side = place.featureCode().startsWith("PCL") ? sides.sideOf(place.name()) : sides.country(place.country());
    if (side == null) side = sides.ofEntity(e);
    if (side == null && words != null && !pronoun) side = sideIn(words);
    for (String role : e.roles()) if (side == null && Sides.describes(role)) side = sideIn(role);
    if (side == null && words != null && !pronoun) side = groups.speaksFor(words);
    for (String role : e.roles()) if (side == null) side = groups.speaksFor(role);
    // An organisation that names no country is a side of its own ("M23", "RSF"); a state body
    // ("the General Staff") is not: it speaks for a state, which the extractor reads from the report.
    if (side == null && e.type() == EntityType.ORGANIZATION && !isOutlet(article, q) && !stateBodies.isStateOrgan(e.name())) {
      side = sides.sideOf(e.name()) != null ? sides.sideOf(e.name()) : e.name();
    }
    String description = words != null && !pronoun ? words : e.roles().isEmpty() ? null : e.roles().get(0);
    return new Party(e.id(), e.name(), description, side);
  }

  private static boolean mentionsName(String words, Entity e) {
    String lower = words.toLowerCase(Locale.ROOT);
    for (String name : concat(e.name(), e.aliases())) {
      for (String token : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
        if (token.length() > 2 && lower.contains(token)) return true;
      }
    }
    return false;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest);
    all.add(0, first);
    return all;
  }

  /** The side the words name, as a faction of it when they name an armed group ("Syrian rebels"). */
  private String sideIn(String words) {
    List<Sides.SideHit> hits = sides.find(words, 0, words.length());
    if (hits.isEmpty()) return null;
    String side = hits.get(0).side();
    return vocabulary.contains("faction", words) ? side + " opposition" : side;
  }
}
