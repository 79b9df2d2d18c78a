/**
 * The data model shared by every stage: immutable records and closed sets.
 *
 * <p>Depends on nothing but the JDK. Every other package may depend on it.
 */
package org.crosscheck.model;
