package org.crosscheck.web.ui;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered pages of one data generation: a story, place or entity page is rebuilt only when a
 * refresh saw new commits, so a busy page costs one rendering per change. Holds the most recently
 * used {@code capacity} pages.
 */
final class PageCache {
  /** Renders a page; may throw what the route would. */
  interface Renderer {
    String render() throws IOException;
  }

  private final int capacity;
  private long generation = -1;
  private final Map<String, String> pages;

  PageCache(int capacity) {
    this.capacity = capacity;
    this.pages = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
        return size() > PageCache.this.capacity;
      }
    };
  }

  /** The page for {@code key} in {@code currentGeneration}, rendered outside the lock when missing. */
  String get(String key, long currentGeneration, Renderer renderer) throws IOException {
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
