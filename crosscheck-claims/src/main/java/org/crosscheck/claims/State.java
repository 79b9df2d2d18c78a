package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;

/** What the sentence loop of {@link ClaimExtractor} carries from one sentence to the next. */
final class State {
  final Set<String> countries;
  final List<Claim> claims = new ArrayList<>();
  final List<Integer> claimSentence = new ArrayList<>();
  /** The loss claims read off a flight joined to a taking ({@link ClaimExtractor#fledAfter}): a denial of the sentence answers the taking. */
  final Set<String> flightLosses = new HashSet<>();
  ClaimantResolver.Attribution previous;
  /** The article's topic place, found on first need. */
  PlaceMention topic;
  boolean topicKnown;
  /** Names the report puts where only a place stands ({@link PlaceFallback#placedNames}), found on first need. */
  Set<String> placedNames;
  /** The places the report brings in with a settlement noun ({@link SettlementKinds}), found on first need. */
  List<SettlementKinds.Introduction> introductions;
  /** The patterns {@link PlaceFallback#placedIn} finds those names by, compiled once per report. */
  final Map<String, Pattern> placedNamePatterns = new HashMap<>();

  /** The state each source speaks for, found on first need. */
  final Map<Party, Optional<String>> stateSides = new HashMap<>();
  /** The sentence whose last casualty count was the speaker's own, conceded: "N others" in the next one are the same side's. */
  int ownCountSentence = -1;
  /** The one armed group of a one-war report (for attacks told with no attacker), found on first need. */
  Optional<String> oneWarGroup;
  /** The state the outlet speaks for when it is a state institution. */
  Optional<String> outletSide;
  /** Each sentence's triggers: the topic looks through every sentence's before the loop reaches them. */
  final Map<Annotations.Span, List<Trigger>> triggers = new HashMap<>();
  /** Each group side as the text spells it once ({@link GroupNames#canonical} scans the whole text), found on first need. */
  final Map<String, String> canonicalSides = new HashMap<>();
  /** Who is shown each spotter candidate, or {@code null}. */
  final Consumer<SpotCandidate> seen;

  State(Set<String> countries, Consumer<SpotCandidate> seen) {
    this.countries = countries;
    this.seen = seen;
  }

  String outletSide(AnnotatedArticle article, StateSides sides) {
    if (outletSide == null) outletSide = Optional.ofNullable(sides.outletSide(article));
    return outletSide.orElse(null);
  }
}
