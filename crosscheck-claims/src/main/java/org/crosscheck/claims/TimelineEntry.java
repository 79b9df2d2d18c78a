package org.crosscheck.claims;

/**
 * One control claim on a place's timeline.
 *
 * @param eventTime when the claimed event happened
 * @param claim the claim
 * @param status the status of its key at the time the timeline was built
 */
public record TimelineEntry(EventTime eventTime, Claim claim, Status status) {}
