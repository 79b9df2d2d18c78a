/**
 * The one Jackson configuration every module uses to write and read our records as JSON, so the
 * CLI's {@code --json}, the stores and the HTTP API all agree on field names and date formats.
 *
 * <p>May depend on {@code model} and Jackson.
 */
package org.crosscheck.json;
