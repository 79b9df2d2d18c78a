/**
 * The HTTP API and the analyst's web UI, served by Javalin over the {@code Store} and
 * {@code StoryStore} contracts (so over the embedded Lucene store now and OpenSearch later).
 * {@link org.crosscheck.web.WebApp} declares every route; one controller class per feature.
 *
 * <p>May depend on core ({@code model}, {@code store}, {@code stories}, {@code json}, and
 * {@code ingest}'s {@code OutletNames} for the names outlets go by), the
 * analysis contracts ({@code AnalysisStore} and the records it answers with, with the claim and
 * entity types they carry), the watcher's health read-out, Javalin and Jackson; never on a store
 * implementation.
 */
package org.crosscheck.web;
