package org.crosscheck.stories;

/**
 * A wire agency credited for a report.
 *
 * @param agencyId the id from the agency list, or the credited abbreviation/name lowercased when
 *     the agency is not listed
 * @param agencyName the agency's display name, or the credit as written when not listed
 * @param known whether the agency is in the agency list
 * @param evidence the text that credits it ("KYIV (Reuters) -", "— AP", byline "Associated Press")
 */
public record WireCredit(String agencyId, String agencyName, boolean known, String evidence) {}
