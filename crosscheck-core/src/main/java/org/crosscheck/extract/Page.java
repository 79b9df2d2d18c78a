package org.crosscheck.extract;

import java.time.Instant;

/**
 * An HTML page as fetched: raw bytes (the extractor decides the charset), the charset a server
 * declared if any, the page's address and when it was fetched.
 */
public record Page(byte[] body, String declaredCharset, String url, Instant fetchedAt) {}
