package org.crosscheck.claims;

import java.util.List;

/**
 * The cross-check of one claim key.
 *
 * @param key what is checked
 * @param assertions every claim with this key, across outlets and time
 * @param status the verdict
 * @param independentSources how many independent sources the claims come from
 * @param sources the independent sources, each named once
 * @param reasoning why this status, in words an analyst can check
 */
public record Assessment(
    ClaimKey key,
    List<Claim> assertions,
    Status status,
    int independentSources,
    List<String> sources,
    String reasoning) {
  public Assessment {
    assertions = List.copyOf(assertions);
    sources = List.copyOf(sources);
  }
}
