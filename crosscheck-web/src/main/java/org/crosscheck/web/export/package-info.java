/**
 * Article exports in the shapes analysts and other tools read: JSON Lines, CSV and Markdown with
 * YAML front matter (the shape of seed 003, so an export reads back through the Markdown reader).
 * Used by the HTTP API and by {@code crosscheck export}.
 *
 * <p>May depend on {@code model}, {@code store}, {@code json} and the UI's HTML escaping only.
 */
package org.crosscheck.web.export;
