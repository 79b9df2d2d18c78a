package org.crosscheck.cli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How often a predicted clustering merges look-alike events: gold stories of one group (in ECB+
 * the two events of a topic) that a predicted story holds documents of both.
 *
 * <p>A look-alike pair is two gold stories of the same group, both present among the documents
 * scored. The pair is merged when at least one predicted story holds at least one document of
 * each (one stray report is a merge: a reader of that story is told two events are one). The
 * weighted figure, {@code crossLinks}, counts the document pairs (one of each event of a pair)
 * that share a predicted story: a whole story of ten reports folded into one of ten counts 100,
 * one stray report into a story of ten counts 10.
 *
 * <p>The pair is <em>folded</em> when one predicted story holds at least half of each event's
 * documents: the two events are told as one story, not one report misfiled. Every folded pair is
 * also merged; the strict count is the one to tune on, the folded count says whether a reader
 * still finds each event as a story of its own.
 *
 * @param pairs look-alike pairs present
 * @param merged pairs with at least one predicted story holding documents of both
 * @param crossLinks document pairs of the two events of a pair placed in one predicted story
 * @param mergedGroups the groups whose pair is merged, sorted
 * @param folded pairs with one predicted story holding at least half of each event's documents
 * @param foldedGroups the groups whose pair is folded, sorted
 */
public record LookAlikeMerges(int pairs, int merged, long crossLinks, List<String> mergedGroups, int folded, List<String> foldedGroups) {

  /** Shorter names first, so numbered groups sort as numbers ("9" before "10"). */
  private static final Comparator<String> GROUP_ORDER = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  public LookAlikeMerges {
    mergedGroups = List.copyOf(mergedGroups);
    foldedGroups = List.copyOf(foldedGroups);
  }

  /**
   * @param gold each document's gold story
   * @param predicted each document's predicted story; must cover the same documents
   * @param groupOf the group of a gold story (stories of one group are look-alikes)
   */
  public static LookAlikeMerges of(Map<String, String> gold, Map<String, String> predicted, Function<String, String> groupOf) {
    if (!gold.keySet().equals(predicted.keySet())) throw new IllegalArgumentException("gold and predicted must cover the same documents");
    Map<String, TreeSet<String>> storiesOfGroup = new TreeMap<>(GROUP_ORDER);
    Map<String, Map<String, Integer>> goldCountsByPredicted = new HashMap<>();
    Map<String, Integer> goldSizes = new HashMap<>();
    for (var e : gold.entrySet()) {
      storiesOfGroup.computeIfAbsent(groupOf.apply(e.getValue()), g -> new TreeSet<>()).add(e.getValue());
      goldCountsByPredicted.computeIfAbsent(predicted.get(e.getKey()), p -> new HashMap<>()).merge(e.getValue(), 1, Integer::sum);
      goldSizes.merge(e.getValue(), 1, Integer::sum);
    }
    int pairs = 0;
    int merged = 0;
    int folded = 0;
    long links = 0;
    List<String> mergedGroups = new ArrayList<>();
    List<String> foldedGroups = new ArrayList<>();
    for (var group : storiesOfGroup.entrySet()) {
      List<String> stories = new ArrayList<>(group.getValue());
      boolean groupMerged = false;
      boolean groupFolded = false;
      for (int i = 0; i < stories.size(); i++) {
        for (int j = i + 1; j < stories.size(); j++) {
          pairs++;
          String first = stories.get(i);
          String second = stories.get(j);
          long pairLinks = 0;
          boolean pairFolded = false;
          for (Map<String, Integer> counts : goldCountsByPredicted.values()) {
            int ofFirst = counts.getOrDefault(first, 0);
            int ofSecond = counts.getOrDefault(second, 0);
            pairLinks += (long) ofFirst * ofSecond;
            pairFolded |= 2 * ofFirst >= goldSizes.get(first) && 2 * ofSecond >= goldSizes.get(second);
          }
          if (pairLinks > 0) {
            merged++;
            links += pairLinks;
            groupMerged = true;
          }
          if (pairFolded) {
            folded++;
            groupFolded = true;
          }
        }
      }
      if (groupMerged) mergedGroups.add(group.getKey());
      if (groupFolded) foldedGroups.add(group.getKey());
    }
    return new LookAlikeMerges(pairs, merged, links, mergedGroups, folded, foldedGroups);
  }

  /** The same counts over two disjoint sets of documents (cross-validation folds). */
  public LookAlikeMerges plus(LookAlikeMerges other) {
    return new LookAlikeMerges(pairs + other.pairs, merged + other.merged, crossLinks + other.crossLinks,
        joined(mergedGroups, other.mergedGroups), folded + other.folded, joined(foldedGroups, other.foldedGroups));
  }

  private static List<String> joined(List<String> some, List<String> others) {
    List<String> groups = new ArrayList<>(some);
    groups.addAll(others);
    groups.sort(GROUP_ORDER);
    return groups;
  }

  /** "look-alikes merged 2/10 (links 14: 37 38), folded 1/10 (38)". */
  public String summary() {
    return "look-alikes merged " + merged + "/" + pairs + " (links " + crossLinks + (mergedGroups.isEmpty() ? "" : ": " + String.join(" ", mergedGroups)) + ")"
        + ", folded " + folded + "/" + pairs + (foldedGroups.isEmpty() ? "" : " (" + String.join(" ", foldedGroups) + ")");
  }
}
