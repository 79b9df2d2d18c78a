/**
 * The store contract: put, get, search with facets. Implementations live in their own modules
 * (embedded Lucene now, OpenSearch later) and no type of theirs crosses this interface.
 *
 * <p>May depend on {@code model} only.
 */
package org.crosscheck.store;
