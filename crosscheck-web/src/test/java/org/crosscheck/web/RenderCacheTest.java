package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderCacheTest {
  final AtomicInteger renders = new AtomicInteger();

  String render() {
    return "page " + renders.incrementAndGet();
  }

  @Test
  void rendersOncePerGenerationAndAgainAfterAChange() throws Exception {
    RenderCache cache = new RenderCache(10);
    assertThat(cache.get("story/a", 1, this::render)).isEqualTo("page 1");
    assertThat(cache.get("story/a", 1, this::render)).isEqualTo("page 1");
    assertThat(cache.get("story/a", 2, this::render)).isEqualTo("page 2");
    assertThat(renders).hasValue(2);
  }

  @Test
  void keepsOnlyTheMostRecentlyUsedPages() throws Exception {
    RenderCache cache = new RenderCache(2);
    cache.get("a", 1, this::render);
    cache.get("b", 1, this::render);
    cache.get("a", 1, this::render);
    cache.get("c", 1, this::render); // evicts b, the least recently used
    cache.get("a", 1, this::render);
    assertThat(renders).hasValue(3);
    cache.get("b", 1, this::render);
    assertThat(renders).hasValue(4);
  }

  @Test
  void aFailedRenderingIsNotKept() throws Exception {
    RenderCache cache = new RenderCache(2);
    assertThatThrownBy(() -> cache.get("x", 1, () -> {
      throw new IOException("broken");
    })).hasMessage("broken");
    assertThat(cache.get("x", 1, this::render)).isEqualTo("page 1");
  }
}
