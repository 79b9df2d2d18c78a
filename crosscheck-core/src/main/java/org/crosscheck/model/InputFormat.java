package org.crosscheck.model;

/** The shapes a report can arrive in. Detected from content, not only from a file name. */
public enum InputFormat {
  /** A plain-text dump of a web page: standfirst, dateline, body with boilerplate mixed in. */
  TEXT,
  /** Markdown or HTML with a YAML front matter block. */
  MARKDOWN,
  /** An HTML page. */
  HTML,
  /** An RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom feed. */
  FEED,
  /** JSON Lines, one article object per line. */
  JSONL,
  /** A WARC file, plain or gzipped, whose HTML response records are articles. */
  WARC
}
