package org.crosscheck.analysis;

import org.crosscheck.claims.Claim;
import org.crosscheck.claims.Status;

/**
 * A stored claim with the current status of its key, computed over every stored claim.
 *
 * @param claim the claim
 * @param status the cross-check status of its key
 * @param independentSources how many independent sources back its key
 */
public record ClaimHit(Claim claim, Status status, int independentSources) {}
