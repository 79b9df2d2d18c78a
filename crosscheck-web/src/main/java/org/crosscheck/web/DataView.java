package org.crosscheck.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;

/**
 * What the server reads: the article store, the story store when the data directory has one, the
 * facts of each article (cached per content version) and the outlet names ingest learned.
 * {@link #refresh()} picks up commits of another process; {@link #generation()} counts the
 * refreshes that changed something. Stories and article lists show outlets as the CLI does: a
 * report stored under its bare host before its site's name was learned, under that name.
 */
public final class DataView {
  private final Store articles;
  private final StoryStore stories;
  private final ArticleFacts facts;
  private final Analyses analyses;
  private final OutletNames outlets;
  private final Map<String, ArticleFacts.Facts> factsCache = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile ClaimsAt claims;

  /** Every stored claim with its status, grouped by article, as of one generation. */
  private record ClaimsAt(long generation, Map<String, List<ClaimHit>> byArticle) {}

  /**
   * @param stories the story store, or {@code null} when the data has none (story routes then
   *     answer 503 and the pages leave stories out)
   */
  public DataView(Store articles, StoryStore stories, ArticleFacts facts) {
    this(articles, stories, facts, Analyses.NONE);
  }

  /** As above, with the stored analyses for the entity, place, quote, claim and timeline routes. */
  public DataView(Store articles, StoryStore stories, ArticleFacts facts, Analyses analyses) {
    this(articles, stories, facts, analyses, OutletNames.inMemory());
  }

  /**
   * As above, outlets named by {@code outlets} (what ingests into the data directory learned; read
   * again at each {@link #refresh()}, so a name learned beside the server applies at once).
   */
  public DataView(Store articles, StoryStore stories, ArticleFacts facts, Analyses analyses, OutletNames outlets) {
    this.articles = Objects.requireNonNull(articles, "articles");
    this.stories = stories;
    this.facts = Objects.requireNonNull(facts, "facts");
    this.analyses = Objects.requireNonNull(analyses, "analyses");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
  }

  public Store articles() {
    return articles;
  }

  public Optional<StoryStore> stories() {
    return Optional.ofNullable(stories);
  }

  /** The story store, or a 503 for routes that cannot do without it. */
  public StoryStore requireStories() {
    if (stories == null) throw ApiError.unavailable("this data directory has no stories (ingest with a version that clusters stories)");
    return stories;
  }

  /** The stored analyses, or empty while there are none. */
  public Optional<AnalysisStore> analyses() throws IOException {
    return analyses.store();
  }

  /** The stored analyses, or a 503 for routes that cannot do without them. */
  public AnalysisStore requireAnalyses() throws IOException {
    return analyses.store().orElseThrow(() -> ApiError.unavailable(
        "this data directory has no analyses yet (run 'crosscheck ingest' or 'crosscheck analyze')"));
  }

  /**
   * Every stored claim with its current status, by article id; read once per generation, since
   * statuses are computed over all claims. Empty without analyses.
   */
  public Map<String, List<ClaimHit>> claimsByArticle() throws IOException {
    ClaimsAt c = claims;
    long g = generation.get();
    if (c != null && c.generation() == g) return c.byArticle();
    Optional<AnalysisStore> store = analyses.store();
    if (store.isEmpty()) return Map.of();
    Map<String, List<ClaimHit>> byArticle = new HashMap<>();
    for (ClaimHit hit : store.get().claims(ClaimQuery.all(Integer.MAX_VALUE))) {
      byArticle.computeIfAbsent(hit.claim().articleId(), k -> new ArrayList<>()).add(hit);
    }
    claims = new ClaimsAt(g, byArticle);
    return byArticle;
  }

  /** The name an outlet listed as {@code outlet} goes by now ({@link OutletNames#nameOf}). */
  public String outletName(String outlet) {
    return outlets.nameOf(outlet);
  }

  /**
   * The articles {@code q} finds, each outlet (hits and the source facet) as {@link #outletName}
   * calls it; a source asked for by name also finds the reports stored under its bare host.
   */
  public SearchResults searchArticles(SearchQuery q) throws IOException {
    return articles.search(new SearchQuery(q.text(), q.from(), q.to(), outlets.alsoAsStored(q.sources()), q.language(),
        q.limit(), q.offset(), q.ids())).withOutletsNamed(outlets::nameOf);
  }

  /** The stories {@code q} finds, outlets named and matched as {@link #searchArticles} does; 503 without stories. */
  public StorySearch.Results searchStories(StorySearch q) throws IOException {
    StorySearch.Results found = requireStories().search(new StorySearch(q.text(), q.from(), q.to(),
        outlets.alsoAsStored(q.outlets()), q.entity(), q.place(), q.order(), q.limit(), q.offset(),
        q.entityArticles(), q.placeArticles()));
    return new StorySearch.Results(found.total(), found.stories().stream().map(this::named).toList());
  }

  private Story named(Story s) {
    return s.withOutletsNamed(outlets::nameOf);
  }

  public Article article(String id) throws IOException {
    return articles.get(id).orElseThrow(() -> ApiError.notFound("no article with id " + id));
  }

  /** The story with this id, the one it was merged into, or the one holding an article of this id. */
  public Story story(String id) throws IOException {
    StoryStore s = requireStories();
    Optional<Story> found = s.get(id);
    if (found.isEmpty()) found = s.storyOf(id);
    return found.map(this::named).orElseThrow(() -> ApiError.notFound("no story with id " + id));
  }

  /** The facts of an article; computed once per content version. */
  public ArticleFacts.Facts facts(Article article) {
    return factsCache.computeIfAbsent(article.id() + "/" + article.contentHash(), k -> facts.of(article));
  }

  /** Sees the latest commits; true (and a new generation) when anything changed. */
  public synchronized boolean refresh() throws IOException {
    // Names first: an ingest saves them before it commits the reports that taught them.
    boolean changed = outlets.refresh();
    changed |= articles.refresh();
    if (stories != null) changed |= stories.refresh();
    if (analyses.refresh()) {
      factsCache.clear(); // an article analysed after it was first shown has facts now
      changed = true;
    }
    if (changed) generation.incrementAndGet();
    return changed;
  }

  public long generation() {
    return generation.get();
  }
}
