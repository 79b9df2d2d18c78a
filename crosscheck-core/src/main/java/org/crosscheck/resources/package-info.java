/**
 * Reading the data files that ship beside the code (word lists, rules, lexicons): one place that
 * knows their encoding, comment syntax and how a missing file is reported.
 *
 * <p>Depends on the JDK only; every module may use it.
 */
package org.crosscheck.resources;
