package org.crosscheck.analysis;

import java.time.OffsetDateTime;

/**
 * An article as a listing names it.
 *
 * @param id the article id
 * @param title its headline
 * @param outlet its outlet, or {@code null}
 * @param published its publication time, or {@code null}
 */
public record ArticleRef(String id, String title, String outlet, OffsetDateTime published) {}
