/**
 * Evaluation commands: run Crosscheck components over the shared evaluation sets in
 * {@code ../shared/eval/}, compute the figures exactly as each benchmark defines them, and run
 * peer libraries on the same inputs for comparison.
 *
 * <p>May depend on crosscheck-core and the peer libraries (Readability4J, boilerpipe); nothing
 * else depends on this module.
 */
package org.crosscheck.eval;
