package org.crosscheck.model;

import java.time.Instant;

/** An earlier stored version of an article: its content hash and when it was stored. */
public record Revision(String contentHash, Instant ingestedAt, String title) {}
