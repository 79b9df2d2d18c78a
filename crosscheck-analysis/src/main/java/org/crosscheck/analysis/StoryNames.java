package org.crosscheck.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySummary;

/**
 * The people, organisations and places a story's reports name most, as a reader would write them.
 * The clusterer's own name keys are folded for matching ("christma", "kharkov"); listings show
 * the canonical names the analysis found instead, ranked by how many reports name them.
 *
 * @param entities people, organisations and other names that are not places, most reports first
 * @param places places, most reports first
 */
public record StoryNames(List<String> entities, List<String> places) {
  /** Enough reports to rank a story's names; a story of thousands needs no more for its top ten. */
  static final int MAX_REPORTS_READ = 200;

  public StoryNames {
    entities = List.copyOf(entities);
    places = List.copyOf(places);
  }

  public boolean isEmpty() {
    return entities.isEmpty() && places.isEmpty();
  }

  /** The top {@code limit} names of each kind over the analysed articles among {@code articleIds}. */
  public static StoryNames of(List<String> articleIds, AnalysisStore analyses, int limit) throws IOException {
    Map<String, Tally> entities = new HashMap<>();
    Map<String, Tally> places = new HashMap<>();
    for (String id : articleIds.subList(0, Math.min(articleIds.size(), MAX_REPORTS_READ))) {
      Optional<ArticleAnalysis> found = analyses.get(id);
      if (found.isEmpty()) continue;
      Set<String> placeIds = new HashSet<>();
      for (Place p : found.get().annotations().places()) {
        placeIds.add(p.entityId());
        places.computeIfAbsent(p.entityId(), k -> new Tally(p.name())).add(p.mentions());
      }
      for (Entity e : found.get().annotations().entities()) {
        if (e.type() == EntityType.LOCATION || placeIds.contains(e.id())) continue;
        entities.computeIfAbsent(e.id(), k -> new Tally(e.name())).add(e.mentions());
      }
    }
    return new StoryNames(top(entities, limit), top(places, limit));
  }

  /**
   * {@code story} as JSON with two more fields, {@code names} and {@code places}: the canonical
   * names its reports' analyses give (top ten of each), beside the clusterer's folded keys.
   */
  public static ObjectNode json(Story story, AnalysisStore analyses) throws IOException {
    return withNames(Json.mapper().valueToTree(story), story, analyses);
  }

  /** A story's summary (a listing's entry) as JSON with the same two fields as {@link #json}. */
  public static ObjectNode summaryJson(Story story, AnalysisStore analyses) throws IOException {
    return withNames(Json.mapper().valueToTree(StorySummary.of(story)), story, analyses);
  }

  private static ObjectNode withNames(ObjectNode node, Story story, AnalysisStore analyses) throws IOException {
    StoryNames names = analyses == null ? new StoryNames(List.of(), List.of()) : of(story.articleIds(), analyses, 10);
    node.set("names", Json.mapper().valueToTree(names.entities()));
    node.set("places", Json.mapper().valueToTree(names.places()));
    return node;
  }

  /** Distinct names, case aside: a city and its province both called Donetsk read as one name in a listing. */
  private static List<String> top(Map<String, Tally> tallies, int limit) {
    Set<String> shown = new HashSet<>();
    return tallies.values().stream()
        .sorted(Comparator.comparingInt((Tally t) -> -t.reports).thenComparingInt(t -> -t.mentions).thenComparing(t -> t.name))
        .filter(t -> shown.add(t.name.toLowerCase(Locale.ROOT)))
        .limit(limit).map(t -> t.name).toList();
  }

  /** How many reports name one thing, and how often in all. */
  private static final class Tally {
    final String name;
    int reports;
    int mentions;

    Tally(String name) {
      this.name = name;
    }

    void add(int mentionsInReport) {
      reports++;
      mentions += mentionsInReport;
    }
  }
}
