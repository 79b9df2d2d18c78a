package org.crosscheck.claims;

/**
 * A number as a report gives it.
 *
 * @param text the words as written ("several dozen", "about 27,000")
 * @param low the lowest value the words allow
 * @param high the highest value the words allow (equal to {@code low} for an exact figure)
 * @param approximation the qualifier ("about", "at least", "several dozen"), or {@code null}
 * @param unit the counted noun as written ("servicemen"), or {@code null}
 * @param category the kind of thing counted (troops, casualties, prisoners, equipment, people,
 *     attacks)
 */
public record Quantity(String text, long low, long high, String approximation, String unit, String category) {}
