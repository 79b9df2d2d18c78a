/**
 * The analyst's pages, rendered on the server as HTML. Every value that comes from data goes
 * through {@link org.crosscheck.web.ui.Html#fmt}, which escapes it unless it is markup this
 * package built ({@link org.crosscheck.web.ui.Html.Safe}); article text is never injected as HTML.
 *
 * <p>May depend on core types, the analysis contracts and the claim, entity and place records they
 * answer with, the web package's data view and its request filters ({@code SearchParams},
 * {@code SearchFilters}, {@code ClaimFilters}, {@code StoryController.query}: a page takes the
 * parameters its API route takes) and Jackson (for JSON embedded in pages).
 */
package org.crosscheck.web.ui;
