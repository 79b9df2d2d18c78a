package org.crosscheck.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;

/** Runs one {@link SearchQuery}: the query, its filters, the page of hits, snippets and facets. */
final class ArticleSearch {
  private static final int SNIPPET_CHARS = 220;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  ArticleSearch(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  SearchResults run(SearchQuery q) throws IOException {
    Query textQuery = textQuery(q.text());
    Query query = withFilters(textQuery, q);
    int wanted = Math.max(1, q.offset() + q.limit());
    boolean ranked = q.text() != null && !q.text().isBlank();
    TopDocs top = ranked
        ? searcher.search(query, wanted)
        : searcher.search(query, wanted, new Sort(
            new SortedNumericSortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, true)));
    Set<String> terms = queryTerms(textQuery);
    List<SearchResults.Hit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = q.offset(); i < docs.length && hits.size() < q.limit(); i++) {
      Article article = ArticleDocuments.article(searcher.storedFields().document(docs[i].doc));
      hits.add(new SearchResults.Hit(article, Float.isNaN(docs[i].score) ? 0f : docs[i].score, snippet(article, terms)));
    }
    return new SearchResults(searcher.count(query), hits, facets(query));
  }

  private Query textQuery(String text) {
    if (text == null || text.isBlank()) return new MatchAllDocsQuery();
    MultiFieldQueryParser parser = new MultiFieldQueryParser(
        new String[] {ArticleDocuments.TITLE, ArticleDocuments.TEXT}, analyzer,
        Map.of(ArticleDocuments.TITLE, 2f, ArticleDocuments.TEXT, 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      // A stray quote or bracket in what a user typed: search the words instead of failing.
      try {
        return parser.parse(QueryParser.escape(text));
      } catch (ParseException impossible) {
        throw new IllegalArgumentException("cannot search for: " + text, impossible);
      }
    }
  }

  private static Query withFilters(Query textQuery, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
      b.add(LongField.newRangeQuery(ArticleDocuments.PUBLISHED, from, to), BooleanClause.Occur.FILTER);
    }
    if (!q.sources().isEmpty()) {
      List<BytesRef> values = q.sources().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(ArticleDocuments.SOURCE, values), BooleanClause.Occur.FILTER);
    }
    if (q.ids() != null) {
      b.add(new TermInSetQuery(ArticleDocuments.ID, q.ids().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
    }
    if (q.language() != null && !q.language().isBlank()) {
      b.add(new TermQuery(new Term(ArticleDocuments.LANGUAGE, q.language().toLowerCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private List<SearchResults.Facet> facets(Query query) throws IOException {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (String field : ArticleDocuments.FACETS) counts.put(field, new HashMap<>());
    var weight = searcher.createWeight(searcher.rewrite(query), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      var scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      Map<String, SortedSetDocValues> values = new HashMap<>();
      for (String field : ArticleDocuments.FACETS) values.put(field, leaf.reader().getSortedSetDocValues(field));
      // A scorer walks deleted documents too (an article's replaced version): count live ones only.
      Bits live = leaf.reader().getLiveDocs();
      var it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        for (String field : ArticleDocuments.FACETS) {
          SortedSetDocValues dv = values.get(field);
          if (dv == null || !dv.advanceExact(doc)) continue;
          for (int i = 0; i < dv.docValueCount(); i++) {
            String value = dv.lookupOrd(dv.nextOrd()).utf8ToString();
            counts.get(field).merge(value, 1L, Long::sum);
          }
        }
      }
    }
    List<SearchResults.Facet> facets = new ArrayList<>();
    for (String field : ArticleDocuments.FACETS) {
      List<SearchResults.Count> top = counts.get(field).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(20)
          .map(e -> new SearchResults.Count(e.getKey(), e.getValue()))
          .toList();
      facets.add(new SearchResults.Facet(field, top));
    }
    return facets;
  }

  /** The words a query looks for, to place the snippet around them. */
  private static Set<String> queryTerms(Query query) {
    Set<String> terms = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... ts) {
        for (Term t : ts) terms.add(t.text());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return terms;
  }

  private static String snippet(Article a, Set<String> terms) {
    List<String> candidates = new ArrayList<>(a.paragraphs());
    if (a.description() != null) candidates.add(0, a.description());
    if (candidates.isEmpty()) return "";
    String best = candidates.stream()
        .max(Comparator.comparingInt(p -> matches(p, terms)))
        .orElse(candidates.get(0));
    int at = firstMatch(best, terms);
    int start = Math.max(0, at - SNIPPET_CHARS / 3);
    if (start > 0) {
      int space = best.indexOf(' ', start);
      start = space < 0 || space > at ? start : space + 1;
    }
    int end = Math.min(best.length(), start + SNIPPET_CHARS);
    return (start > 0 ? "…" : "") + best.substring(start, end).strip() + (end < best.length() ? "…" : "");
  }

  private static int matches(String paragraph, Set<String> terms) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    int n = 0;
    for (String t : terms) if (lower.contains(t)) n++;
    return n;
  }

  private static int firstMatch(String paragraph, Set<String> terms) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    int first = Integer.MAX_VALUE;
    for (String t : terms) {
      int i = lower.indexOf(t);
      if (i >= 0) first = Math.min(first, i);
    }
    return first == Integer.MAX_VALUE ? 0 : first;
  }
}
