package org.crosscheck.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Article;

/**
 * The story stage of ingest: each stored article goes through the {@link DuplicateDetector} and
 * then, unless it copies an article already in a story, through the {@link StoryClusterer}; stories
 * and duplicate links go to a {@link StoryStore}. The online state (live stories, document
 * frequencies, the duplicate window) is saved in one file at each {@link #commit()} and loaded by
 * {@link #open}, so ingesting A and then B gives the stories ingesting A and B in one run gives.
 *
 * <p>A copy is never dropped: it is linked to its original and listed in the original's story,
 * marked, without moving the story's centroid. An article that is already in a story (a report
 * updated in place) stays where it is, its headline, outlet and time made current. Not thread-safe.
 */
public final class StoryPipeline {
  private final DuplicateDetector duplicates;
  private final FeatureExtractor features;
  private final StoryClusterer clusterer;
  private final StoryStore store;
  private final Path stateFile;
  /** Live stories changed since the last commit, in order of first change. */
  private final Set<String> dirty = new LinkedHashSet<>();
  /** Where the clusterer puts the stories it closes, until they are written. */
  private final List<Story> closed;

  private StoryPipeline(DuplicateDetector duplicates, FeatureExtractor features, StoryClusterer clusterer,
      List<Story> closed, StoryStore store, Path stateFile) {
    this.duplicates = duplicates;
    this.features = features;
    this.clusterer = clusterer;
    this.closed = closed;
    this.store = store;
    this.stateFile = stateFile;
  }

  /**
   * Opens the stage over {@code store}, continuing from the state in {@code stateFile} if there is
   * one. {@code freshDetector} is the detector a first run starts with; a later run restores its
   * window into another fresh one.
   */
  public static StoryPipeline open(StoryStore store, Path stateFile, ClusteringConfig config, FeatureExtractor features,
      DuplicateDetector freshDetector) throws IOException {
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer;
    if (Files.exists(stateFile)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(stateFile), 1 << 16))) {
        freshDetector.restore(in);
        clusterer = StoryClusterer.restore(config, closed::add, in);
      } catch (IOException | RuntimeException e) {
        throw new IOException("cannot read the story state " + stateFile + " (" + e.getMessage()
            + "); move it away to start the stories afresh", e);
      }
    } else {
      clusterer = new StoryClusterer(config, closed::add);
    }
    return new StoryPipeline(freshDetector, features, clusterer, closed, store, stateFile);
  }

  /** Takes one stored article: new, or an update of one stored before. */
  public void accept(Article article, boolean update) throws IOException {
    String id = article.id();
    if (clusterer.knows(id) || update && store.storyOf(id).isPresent()) {
      if (update) revise(article);
      return;
    }
    DuplicateResult result = duplicates.add(article);
    for (DuplicateLink link : result.links()) store.putLink(link);
    ArticleFeatures f = features.extract(article);
    Optional<DuplicateLink> tie = result.links().stream().findFirst();
    if (tie.isPresent() && attach(f, tie.get())) {
      drainClosed();
      return;
    }
    Assignment a = clusterer.add(f);
    for (String gone : a.mergedStoryIds()) {
      dirty.remove(gone);
      store.delete(gone);
    }
    dirty.add(a.storyId());
    drainClosed();
  }

  /** A report updated in place stays where it is, under its current headline. */
  private void revise(Article article) throws IOException {
    duplicates.revise(article);
    ArticleFeatures f = features.extract(article);
    Optional<String> live = clusterer.revise(f);
    if (live.isPresent()) {
      dirty.add(live.get());
      return;
    }
    Optional<Story> stored = store.storyOf(f.articleId());
    if (stored.isPresent()) {
      store.put(stored.get().withRevised(new Story.Member(f.articleId(), f.title(), f.outlet(), f.time(), null, null)));
    }
  }

  /** Files a copy (or the article a copy turned out to copy) with the story of the other one. */
  private boolean attach(ArticleFeatures f, DuplicateLink link) throws IOException {
    Optional<Assignment> live = clusterer.attach(f, link);
    if (live.isPresent()) {
      dirty.add(live.get().storyId());
      return true;
    }
    boolean isCopy = link.copyId().equals(f.articleId());
    String other = isCopy ? link.originalId() : link.copyId();
    Optional<Story> stored = store.storyOf(other);
    if (stored.isEmpty()) return false;
    Story.Member m = new Story.Member(f.articleId(), f.title(), f.outlet(), f.time(),
        isCopy ? link.originalId() : null, isCopy ? link.kind() : null);
    store.put(stored.get().withArticle(m, isCopy ? null : other, link.kind()));
    return true;
  }

  private void drainClosed() throws IOException {
    for (Story s : closed) {
      dirty.remove(s.id());
      store.put(s);
    }
    closed.clear();
  }

  /**
   * Writes the changed live stories, commits the story store, then saves the online state (to a
   * temporary file moved over the old one, so a crash leaves the old state or the new, never half).
   * Call before the article store commits: if the run dies in between, the articles come again as
   * new and are recognised.
   */
  public void commit() throws IOException {
    drainClosed();
    for (String id : dirty) {
      Optional<Story> s = clusterer.story(id);
      if (s.isPresent()) store.put(s.get());
    }
    dirty.clear();
    store.commit();
    saveState();
  }

  private void saveState() throws IOException {
    Files.createDirectories(stateFile.toAbsolutePath().getParent());
    Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      duplicates.save(out);
      clusterer.save(out);
    }
    try {
      Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Live stories, oldest first. */
  public List<Story> liveStories() {
    return clusterer.liveStories();
  }
}
