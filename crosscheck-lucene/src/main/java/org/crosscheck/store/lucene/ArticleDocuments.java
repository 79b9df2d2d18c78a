package org.crosscheck.store.lucene;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;

/** Maps an {@link Article} to the Lucene document that stores and indexes it, and back. */
final class ArticleDocuments {
  private ArticleDocuments() {}

  static final String ID = "id";
  static final String HASH = "hash";
  static final String JSON = "json";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String LANGUAGE = "language";
  static final String FORMAT = "format";
  static final String PUBLISHED = "published";

  /** Facet fields: one keyword value per document, counted over the matches of a search. */
  static final String[] FACETS = {SOURCE, LANGUAGE, FORMAT};

  static Document toDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(HASH, a.contentHash(), Field.Store.YES));
    doc.add(new StoredField(JSON, new BytesRef(Json.toBytes(a))));
    doc.add(new TextField(TITLE, a.title(), Field.Store.NO));
    doc.add(new TextField(TEXT, searchableText(a), Field.Store.NO));
    doc.add(new KeywordField(SOURCE, facetValue(a.source()), Field.Store.NO));
    doc.add(new KeywordField(LANGUAGE, facetValue(a.language()), Field.Store.NO));
    doc.add(new KeywordField(FORMAT, a.format().name().toLowerCase(Locale.ROOT), Field.Store.NO));
    if (a.published() != null) {
      doc.add(new LongField(PUBLISHED, a.published().toInstant().toEpochMilli(), Field.Store.NO));
    }
    return doc;
  }

  static Article article(Document doc) {
    return Json.fromBytes(doc.getBinaryValue(JSON).bytes, Article.class);
  }

  /** Missing facet values are indexed as "unknown" so they can be counted and filtered too. */
  static String facetValue(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }

  private static String searchableText(Article a) {
    StringBuilder text = new StringBuilder(a.title());
    if (a.description() != null) text.append("\n").append(a.description());
    for (String p : a.paragraphs()) text.append("\n").append(p);
    return text.toString();
  }
}
