package org.crosscheck.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered answers of one data generation: a page or an analysis answer is rebuilt only when a
 * refresh saw new commits, so a busy one costs one rendering per change (claim statuses, for
 * one, are computed over every stored claim). Holds the most recently used {@code capacity}.
 */
public final class RenderCache {
  /** Renders a page; may throw what the route would. */
  public interface Renderer {
    String render() throws Exception;
  }

  private final int capacity;
  private long generation = -1;
  private final Map<String, String> pages;

  public RenderCache(int capacity) {
    this.capacity = capacity;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > RenderCache.this.capacity;
      }
    };
  }

  /** The page for {@code key} in {@code currentGeneration}, rendered outside the lock when missing. */
  public String get(String key, long currentGeneration, Renderer renderer) throws Exception {
    synchronized (this) {
      if (generation != currentGeneration) {
        pages.clear();
        generation = currentGeneration;
      }
      String page = pages.get(key);
      if (page != null) return page;
    }
    String page = renderer.render();
    synchronized (this) {
      if (generation == currentGeneration) pages.put(key, page);
    }
    return page;
  }
}
