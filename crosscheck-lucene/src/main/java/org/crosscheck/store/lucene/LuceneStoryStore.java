package org.crosscheck.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.json.Json;
import org.crosscheck.stories.DuplicateLink;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;

/**
 * {@link StoryStore} over a second Lucene index in {@code <data>/stories/index}, beside the article
 * index, so article searches and counts never meet story documents. Two kinds of document: a story
 * (its JSON plus the fields searched, filtered and sorted on) and a duplicate link (keyed by the
 * copy). Opened for writing it holds that index's write lock; reads see uncommitted writes of the
 * same process, as ingest needs when it files a copy under a story written moments before.
 */
public final class LuceneStoryStore implements StoryStore {
  private static final String KIND = "kind";
  private static final String STORY = "story";
  private static final String LINK = "link";
  private static final String ID = "id";
  private static final String JSON = "json";
  private static final String TEXT = "text";
  private static final String LABEL = "label";
  private static final String OUTLET = "outlet";
  private static final String ENTITY = "entity";
  private static final String PLACE = "place";
  private static final String ARTICLE = "article";
  private static final String MERGED = "merged";
  private static final String START = "start";
  private static final String END = "end";
  private static final String REPORTS = "reports";
  private static final String COPY = "copy";
  private static final String ORIGINAL = "original";

  private final IndexHandle index;
  private final Analyzer analyzer = new StandardAnalyzer();
  private boolean changed;

  private LuceneStoryStore(IndexHandle index) {
    this.index = index;
  }

  static Path indexDir(Path dataDir) {
    return dataDir.resolve("stories").resolve("index");
  }

  /** Opens (creating if needed) the story index in {@code dataDir} for reading and writing. */
  public static LuceneStoryStore open(Path dataDir) throws IOException {
    return new LuceneStoryStore(IndexHandle.openWritable(indexDir(dataDir), "the stories in " + dataDir, 32));
  }

  /** Opens the story index in {@code dataDir} for reading only; fails if there is none. */
  public static LuceneStoryStore openReadOnly(Path dataDir) throws IOException {
    return new LuceneStoryStore(IndexHandle.openReadOnly(indexDir(dataDir),
        "no stories in " + dataDir + " (run 'crosscheck ingest' first, or pass --data)"));
  }

  @Override
  public synchronized void put(Story story) throws IOException {
    index.writer().updateDocument(new Term(ID, story.id()), toDocument(story));
    changed = true;
  }

  @Override
  public synchronized void delete(String storyId) throws IOException {
    index.writer().deleteDocuments(new Term(ID, storyId));
    changed = true;
  }

  @Override
  public Optional<Story> get(String storyId) throws IOException {
    Optional<Story> direct = first(new TermQuery(new Term(ID, storyId)));
    return direct.isPresent() ? direct : first(new TermQuery(new Term(MERGED, storyId)));
  }

  @Override
  public Optional<Story> storyOf(String articleId) throws IOException {
    return first(new TermQuery(new Term(ARTICLE, articleId)));
  }

  private Optional<Story> first(Query query) throws IOException {
    IndexSearcher searcher = acquire();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(story(searcher, top.scoreDocs[0].doc));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public StorySearch.Results search(StorySearch q) throws IOException {
    Query text = textQuery(q.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, STORY)), BooleanClause.Occur.FILTER);
    if (q.from() != null) b.add(LongField.newRangeQuery(END, q.from().toEpochMilli(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
    if (q.to() != null) b.add(LongField.newRangeQuery(START, Long.MIN_VALUE, q.to().toEpochMilli() - 1), BooleanClause.Occur.FILTER);
    if (!q.outlets().isEmpty()) {
      b.add(new TermInSetQuery(OUTLET, q.outlets().stream().map(o -> new BytesRef(key(o))).toList()), BooleanClause.Occur.FILTER);
    }
    if (q.entity() != null && !q.entity().isBlank()) {
      BooleanQuery.Builder entity = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ENTITY, key(q.entity()))), BooleanClause.Occur.SHOULD);
      holdingAny(entity, q.entityArticles());
      b.add(entity.build(), BooleanClause.Occur.FILTER);
    }
    if (q.place() != null && !q.place().isBlank()) {
      // Stories kept without analyses know a place only as a capitalised name.
      BooleanQuery.Builder place = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(PLACE, key(q.place()))), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(ENTITY, key(q.place()))), BooleanClause.Occur.SHOULD);
      holdingAny(place, q.placeArticles());
      b.add(place.build(), BooleanClause.Occur.FILTER);
    }
    Query query = b.build();
    IndexSearcher searcher = acquire();
    try {
      int wanted = Math.max(1, q.offset() + q.limit());
      boolean ranked = q.text() != null && !q.text().isBlank();
      Sort sort = q.order() == StorySearch.Order.BUSIEST
          ? new Sort(new SortedNumericSortField(REPORTS, SortField.Type.LONG, true),
              new SortedNumericSortField(END, SortField.Type.LONG, true))
          : new Sort(new SortedNumericSortField(END, SortField.Type.LONG, true),
              new SortedNumericSortField(REPORTS, SortField.Type.LONG, true));
      TopDocs top = ranked ? searcher.search(query, wanted) : searcher.search(query, wanted, sort);
      List<Story> stories = new ArrayList<>();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = q.offset(); i < docs.length && stories.size() < q.limit(); i++) stories.add(story(searcher, docs[i].doc));
      return new StorySearch.Results(searcher.count(query), stories);
    } finally {
      index.release(searcher);
    }
  }

  private Query textQuery(String text) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {LABEL, TEXT}, analyzer, Map.of(LABEL, 2f, TEXT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException impossible) {
        throw new IllegalArgumentException("cannot search for: " + text, impossible);
      }
    }
  }

  @Override
  public synchronized void putLink(DuplicateLink link) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(KIND, LINK, Field.Store.NO));
    doc.add(new StringField(COPY, link.copyId(), Field.Store.NO));
    doc.add(new StringField(ORIGINAL, link.originalId(), Field.Store.NO));
    doc.add(new StoredField(JSON, new BytesRef(Json.toBytes(link))));
    index.writer().updateDocument(new Term(COPY, link.copyId()), doc);
    changed = true;
  }

  @Override
  public List<DuplicateLink> links(String articleId) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(COPY, articleId)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(ORIGINAL, articleId)), BooleanClause.Occur.SHOULD)
        .build();
    IndexSearcher searcher = acquire();
    try {
      List<DuplicateLink> out = new ArrayList<>();
      for (ScoreDoc d : searcher.search(q, 1000, Sort.INDEXORDER).scoreDocs) {
        out.add(Json.fromBytes(searcher.storedFields().document(d.doc).getBinaryValue(JSON).bytes, DuplicateLink.class));
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(new TermQuery(new Term(KIND, STORY)));
    } finally {
      index.release(searcher);
    }
  }

  @Override
  public synchronized void commit() throws IOException {
    index.commit();
  }

  @Override
  public boolean refresh() throws IOException {
    return index.refresh();
  }

  @Override
  public synchronized void close() throws IOException {
    index.close();
    analyzer.close();
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

  private static Story story(IndexSearcher searcher, int doc) throws IOException {
    return Json.fromBytes(searcher.storedFields().document(doc, java.util.Set.of(JSON)).getBinaryValue(JSON).bytes, Story.class);
  }

  private static Document toDocument(Story s) {
    Document doc = new Document();
    doc.add(new StringField(KIND, STORY, Field.Store.NO));
    doc.add(new StringField(ID, s.id(), Field.Store.NO));
    doc.add(new StoredField(JSON, new BytesRef(Json.toBytes(s))));
    doc.add(new TextField(LABEL, s.label(), Field.Store.NO));
    StringBuilder text = new StringBuilder();
    for (Story.Member m : s.articles()) text.append(m.title()).append('\n');
    for (List<String> keys : List.of(s.topTerms(), s.topEntities(), s.topPlaces())) text.append(String.join(" ", keys)).append('\n');
    doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
    for (String o : s.outlets()) doc.add(new KeywordField(OUTLET, key(o), Field.Store.NO));
    for (String e : s.topEntities()) doc.add(new KeywordField(ENTITY, key(e), Field.Store.NO));
    for (String p : s.topPlaces()) doc.add(new KeywordField(PLACE, key(p), Field.Store.NO));
    for (Story.Member m : s.articles()) doc.add(new StringField(ARTICLE, m.articleId(), Field.Store.NO));
    for (String merged : s.mergedStoryIds()) doc.add(new StringField(MERGED, merged, Field.Store.NO));
    if (s.start() != null) doc.add(new LongField(START, s.start().toEpochMilli(), Field.Store.NO));
    if (s.end() != null) doc.add(new LongField(END, s.end().toEpochMilli(), Field.Store.NO));
    doc.add(new LongField(REPORTS, s.reportCount(), Field.Store.NO));
    return doc;
  }

  /** Also matches stories holding any of {@code articleIds}, when there are some. */
  private static void holdingAny(BooleanQuery.Builder filter, List<String> articleIds) {
    if (articleIds == null || articleIds.isEmpty()) return;
    filter.add(new TermInSetQuery(ARTICLE, articleIds.stream().map(BytesRef::new).toList()), BooleanClause.Occur.SHOULD);
  }

  /** Filters compare case-insensitively: outlets and names are typed by people. */
  private static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

}
