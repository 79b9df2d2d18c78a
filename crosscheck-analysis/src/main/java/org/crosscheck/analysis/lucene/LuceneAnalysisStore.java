package org.crosscheck.analysis.lucene;

import static org.crosscheck.analysis.lucene.AnalysisDocuments.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.analysis.Aggregates;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.ArticleFilter;
import org.crosscheck.analysis.ArticleRef;
import org.crosscheck.analysis.CitationHit;
import org.crosscheck.analysis.ClaimChecks;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.analysis.EntityProfile;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.Lookup;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.analysis.PlaceSummary;
import org.crosscheck.analysis.QuoteHit;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.Claim;
import org.crosscheck.claims.CrossChecker;
import org.crosscheck.claims.TimelineEntry;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.store.lucene.IndexHandle;

/**
 * {@link AnalysisStore} over a Lucene index in {@code <data>/analysis/index}, beside the article
 * and story indexes. Opened for writing it holds that index's write lock (one writer per data
 * directory) and its reads see its own uncommitted writes; opened read-only it sees the last
 * commit, and {@link #refresh()} moves it to the newest.
 */
public final class LuceneAnalysisStore implements AnalysisStore {
  private final IndexHandle index;
  private final UnaryOperator<String> representative;
  private final UnaryOperator<String> outletName;
  /** Analysed content hash per article, kept by a writer so staleness checks need no search. */
  private final Map<String, String> hashes = new HashMap<>();
  /** The analyser's fingerprint per article (absent when the analysis recorded none), kept beside the hashes. */
  private final Map<String, String> analysers = new HashMap<>();
  private boolean changed;

  private LuceneAnalysisStore(IndexHandle index, UnaryOperator<String> representative, UnaryOperator<String> outletName) {
    this.index = index;
    this.representative = representative;
    this.outletName = outletName;
  }

  static Path indexDir(Path dataDir) {
    return dataDir.resolve("analysis").resolve("index");
  }

  /**
   * Opens (creating if needed) the analysis index in {@code dataDir} for reading and writing.
   *
   * @param representative maps an article id to the article that stands for it (reprints to their
   *     original), for counting independent sources
   */
  public static LuceneAnalysisStore open(Path dataDir, UnaryOperator<String> representative) throws IOException {
    return open(dataDir, representative, UnaryOperator.identity());
  }

  /**
   * As {@link #open(Path, UnaryOperator)}; the cross-check knows each claim's outlet by the name
   * {@code outletName} gives it when the claims are read (e.g. {@code OutletNames::nameOf}).
   */
  public static LuceneAnalysisStore open(Path dataDir, UnaryOperator<String> representative, UnaryOperator<String> outletName)
      throws IOException {
    LuceneAnalysisStore store = new LuceneAnalysisStore(
        IndexHandle.openWritable(indexDir(dataDir), "the analyses in " + dataDir, 32), representative, outletName);
    store.loadHashes();
    return store;
  }

  /** Opens the analysis index in {@code dataDir} for reading only; fails if there is none. */
  public static LuceneAnalysisStore openReadOnly(Path dataDir, UnaryOperator<String> representative) throws IOException {
    return openReadOnly(dataDir, representative, UnaryOperator.identity());
  }

  /** As {@link #openReadOnly(Path, UnaryOperator)}, outlets named as {@link #open(Path, UnaryOperator, UnaryOperator)} says. */
  public static LuceneAnalysisStore openReadOnly(Path dataDir, UnaryOperator<String> representative, UnaryOperator<String> outletName)
      throws IOException {
    return new LuceneAnalysisStore(IndexHandle.openReadOnly(indexDir(dataDir),
        "no analyses in " + dataDir + " (run 'crosscheck ingest' or 'crosscheck analyze' first, or pass --data)"), representative,
        outletName);
  }

  /** Whether {@code dataDir} holds analyses (an article-only load, {@code ingest --no-analyze}, has none). */
  public static boolean exists(Path dataDir) {
    return java.nio.file.Files.isDirectory(indexDir(dataDir));
  }

  private void loadHashes() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      Query all = kind(Kind.ANALYSIS);
      for (ScoreDoc d : searcher.search(all, Math.max(1, searcher.count(all))).scoreDocs) {
        Document doc = searcher.storedFields().document(d.doc, Set.of(ARTICLE, HASH, ANALYSER));
        hashes.put(doc.get(ARTICLE), doc.get(HASH));
        if (doc.get(ANALYSER) != null) analysers.put(doc.get(ARTICLE), doc.get(ANALYSER));
      }
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public synchronized void put(ArticleAnalysis analysis) throws IOException {
    index.writer().updateDocuments(new Term(ARTICLE, analysis.articleId()), AnalysisDocuments.of(analysis));
    hashes.put(analysis.articleId(), analysis.contentHash());
    if (analysis.analyser() == null) {
      analysers.remove(analysis.articleId());
    } else {
      analysers.put(analysis.articleId(), analysis.analyser());
    }
    changed = true;
  }

  @Override
  public Optional<ArticleAnalysis> get(String articleId) throws IOException {
    List<ArticleAnalysis> found = rows(and(kind(Kind.ANALYSIS), term(ARTICLE, articleId)), ArticleAnalysis.class);
    return found.stream().findFirst();
  }

  @Override
  public Optional<String> analysedHash(String articleId) throws IOException {
    return storedField(articleId, hashes, HASH);
  }

  @Override
  public Optional<String> analyser(String articleId) throws IOException {
    return storedField(articleId, analysers, ANALYSER);
  }

  /** One stored field of an article's analysis: from the writer's own map, else from the index. */
  private Optional<String> storedField(String articleId, Map<String, String> written, String field) throws IOException {
    if (index.writable()) {
      synchronized (this) {
        return Optional.ofNullable(written.get(articleId));
      }
    }
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(and(kind(Kind.ANALYSIS), term(ARTICLE, articleId)), 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(field)).get(field));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long countMadeByOthers(String fingerprint) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(kind(Kind.ANALYSIS)) - searcher.count(and(kind(Kind.ANALYSIS), term(ANALYSER, fingerprint)));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(kind(Kind.ANALYSIS));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public List<EntitySummary> entities(EntityQuery q) throws IOException {
    Query query = q.type() == null ? kind(Kind.ENTITY) : and(kind(Kind.ENTITY), term(TYPE, q.type().name()));
    List<EntitySummary> all = Aggregates.entities(rows(query, Aggregates.EntityInArticle.class));
    return all.subList(0, Math.min(q.limit(), all.size()));
  }

  @Override
  public Optional<EntityProfile> entity(String idOrName) throws IOException {
    List<String> ids = resolve(idOrName, null);
    if (ids.isEmpty()) return Optional.empty();
    String id = ids.get(0);
    List<Aggregates.EntityInArticle> rows = rows(and(kind(Kind.ENTITY), term(ENTITY, id)), Aggregates.EntityInArticle.class);
    EntitySummary summary = Aggregates.entities(rows).get(0);
    List<ArticleRef> articles = rows.stream().map(Aggregates.EntityInArticle::article).distinct()
        .sorted(Aggregates.ARTICLE_ORDER).toList();
    Query claims = and(kind(Kind.CLAIM), any(term(CLAIMANT, id), term(ACTOR, id), term(PLACE, id)));
    return Optional.of(new EntityProfile(summary, articles, quotesOf(term(SPEAKER, id), Integer.MAX_VALUE),
        checked(rows(claims, Claim.class), null, Integer.MAX_VALUE)));
  }

  @Override
  public List<PlaceSummary> places(PlaceQuery q) throws IOException {
    Query query = q.country() == null || q.country().isBlank() ? kind(Kind.PLACE)
        : and(kind(Kind.PLACE), term(COUNTRY, q.country().strip().toUpperCase(java.util.Locale.ROOT)));
    List<PlaceSummary> all = Aggregates.places(rows(query, Aggregates.PlaceInArticle.class));
    return all.subList(0, Math.min(q.limit(), all.size()));
  }

  @Override
  public List<String> articleIds(ArticleFilter f) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Kind.ANALYSIS), BooleanClause.Occur.FILTER);
    if (!blank(f.entity())) b.add(ids(ENTITY, resolve(f.entity(), null)), BooleanClause.Occur.FILTER);
    if (!blank(f.place())) b.add(ids(PLACE, resolve(f.place(), EntityType.LOCATION)), BooleanClause.Occur.FILTER);
    if (f.mentionedFrom() != null || f.mentionedTo() != null) b.add(days(f.mentionedFrom(), f.mentionedTo()), BooleanClause.Occur.FILTER);
    Query query = b.build();
    IndexSearcher searcher = acquire();
    try {
      Set<String> out = new TreeSet<>();
      for (ScoreDoc d : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
        out.add(searcher.storedFields().document(d.doc, Set.of(ARTICLE)).get(ARTICLE));
      }
      return List.copyOf(out);
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public List<QuoteHit> quotes(String speaker, int limit) throws IOException {
    if (blank(speaker)) return quotesOf(null, limit);
    List<String> ids = resolve(speaker, null);
    // An unnamed speaker ("a Russian military blogger") is found by the words naming it.
    Query who = ids.isEmpty() ? term(SPEAKER_KEY, Lookup.key(speaker)) : term(SPEAKER, ids.get(0));
    return quotesOf(who, limit);
  }

  private List<QuoteHit> quotesOf(Query who, int limit) throws IOException {
    Query query = who == null ? kind(Kind.QUOTE) : and(kind(Kind.QUOTE), who);
    return rows(query, QuoteHit.class).stream()
        .sorted(Comparator.comparing(QuoteHit::article, Aggregates.ARTICLE_ORDER).thenComparingInt(h -> h.quote().span().start()))
        .limit(limit).toList();
  }

  @Override
  public List<CitationHit> citations(String target, int limit) throws IOException {
    Query query = kind(Kind.CITATION);
    if (!blank(target)) {
      List<Query> either = new ArrayList<>();
      either.add(term(TARGET, Lookup.key(target)));
      either.add(ids(ENTITY, resolve(target, null)));
      query = and(query, any(either.toArray(Query[]::new)));
    }
    return rows(query, CitationHit.class).stream()
        .sorted(Comparator.comparing(CitationHit::article, Aggregates.ARTICLE_ORDER).thenComparingInt(h -> h.citation().span().start()))
        .limit(limit).toList();
  }

  @Override
  public List<ClaimHit> claims(ClaimQuery q) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(kind(Kind.CLAIM), BooleanClause.Occur.FILTER);
    if (!blank(q.place())) b.add(placeQuery(q.place()), BooleanClause.Occur.FILTER);
    if (q.type() != null) b.add(term(TYPE, q.type().name()), BooleanClause.Occur.FILTER);
    if (!blank(q.claimant())) {
      b.add(any(ids(CLAIMANT, resolve(q.claimant(), null)), term(CLAIMANT_KEY, Lookup.key(q.claimant()))), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) b.add(days(q.from(), q.to()), BooleanClause.Occur.FILTER);
    List<Claim> claims = rows(b.build(), Claim.class);
    // Polarity is read from each claim's JSON, so indexes written before this filter answer it too.
    if (q.polarity() != null) claims = claims.stream().filter(c -> c.polarity() == q.polarity()).toList();
    return checked(claims, q.status(), q.limit());
  }

  /**
   * The claims with the status of their keys, computed over every stored claim about the same
   * places, as a place's timeline computes them: a key is type, place, side and period, and the
   * acronyms and speakers' sides the cross-check learns come from those claims too. Each claim is
   * given as the cross-check compares it (a group's name folded into the acronym it was introduced with).
   */
  private List<ClaimHit> checked(List<Claim> claims, org.crosscheck.claims.Status status, int limit) throws IOException {
    if (claims.isEmpty()) return List.of();
    Set<String> places = new LinkedHashSet<>();
    for (Claim c : claims) places.add(c.place() == null ? NO_PLACE : c.place().entityId());
    CrossChecker checker = ClaimChecks.check(rows(and(kind(Kind.CLAIM), ids(PLACE, places)), Claim.class), representative, outletName);
    List<ClaimHit> out = new ArrayList<>();
    for (Claim c : claims.stream().sorted(ClaimChecks.EVENT_ORDER).toList()) {
      Assessment a = checker.keyOf(c).flatMap(checker::assessment).orElseThrow();
      if (status != null && a.status() != status) continue;
      out.add(new ClaimHit(checker.asCompared(c), a.status(), a.independentSources()));
      if (out.size() >= limit) break;
    }
    return out;
  }

  @Override
  public List<Assessment> assessments(String place) throws IOException {
    Query query = blank(place) ? kind(Kind.CLAIM) : and(kind(Kind.CLAIM), placeQuery(place));
    return ClaimChecks.check(rows(query, Claim.class), representative, outletName).assessments();
  }

  @Override
  public List<TimelineEntry> timeline(String place) throws IOException {
    List<Claim> claims = rows(and(kind(Kind.CLAIM), placeQuery(place)), Claim.class);
    CrossChecker checker = ClaimChecks.check(claims, representative, outletName);
    Map<String, TimelineEntry> entries = new LinkedHashMap<>();
    for (String placeId : claims.stream().map(c -> c.place().entityId()).distinct().sorted().toList()) {
      for (TimelineEntry e : checker.timeline(placeId)) entries.putIfAbsent(e.claim().id(), e);
    }
    List<TimelineEntry> out = new ArrayList<>(entries.values());
    out.sort(Comparator.comparing(TimelineEntry::claim, ClaimChecks.EVENT_ORDER));
    return out;
  }

  /** Claims about a place: its resolved ids, or the folded name the claim gives. */
  private Query placeQuery(String place) throws IOException {
    return any(ids(PLACE, resolve(place, EntityType.LOCATION)), term(PLACE_KEY, Lookup.key(place)));
  }

  /**
   * The entity ids {@code idOrName} names, the one named by most articles first: the id itself if
   * stored, else every entity answering to its folded key.
   */
  private List<String> resolve(String idOrName, EntityType type) throws IOException {
    String wanted = idOrName.strip();
    Query typed = type == null ? kind(Kind.ENTITY) : and(kind(Kind.ENTITY), term(TYPE, type.name()));
    IndexSearcher searcher = acquire();
    try {
      if (searcher.count(and(typed, term(ENTITY, wanted))) > 0) return List.of(wanted);
      String key = Lookup.key(wanted);
      if (key.isEmpty()) return List.of();
      Query byKey = and(typed, term(KEY, key));
      Map<String, Integer> articles = new HashMap<>();
      for (ScoreDoc d : searcher.search(byKey, Math.max(1, searcher.count(byKey))).scoreDocs) {
        articles.merge(searcher.storedFields().document(d.doc, Set.of(ENTITY)).get(ENTITY), 1, Integer::sum);
      }
      return articles.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).toList();
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  @Override
  public synchronized void commit() throws IOException {
    index.commit();
  }

  @Override
  public synchronized void close() throws IOException {
    index.close();
  }

  private <T> List<T> rows(Query query, Class<T> type) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      List<T> out = new ArrayList<>();
      for (ScoreDoc d : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
        out.add(Json.fromBytes(searcher.storedFields().document(d.doc, Set.of(JSON)).getBinaryValue(JSON).bytes, type));
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  /** A searcher that sees everything put so far (refreshed only when something changed). */
  private IndexSearcher acquire() throws IOException {
    synchronized (this) {
      if (index.writable() && changed) {
        index.refresh();
        changed = false;
      }
    }
    return index.acquire();
  }

  private static Query kind(Kind k) {
    return term(KIND, AnalysisDocuments.kind(k));
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private static Query ids(String field, Collection<String> values) {
    if (values.isEmpty()) return new MatchNoDocsQuery();
    return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
  }

  private static Query days(java.time.LocalDate from, java.time.LocalDate to) {
    return LongRange.newIntersectsQuery(DAYS, new long[] {epochDay(from, false)}, new long[] {epochDay(to, true)});
  }

  private static Query and(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
  }

  private static Query any(Query... queries) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) b.add(q, BooleanClause.Occur.SHOULD);
    return b.setMinimumNumberShouldMatch(1).build();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
