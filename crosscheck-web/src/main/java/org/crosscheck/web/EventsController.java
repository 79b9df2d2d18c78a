package org.crosscheck.web;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crosscheck.json.Json;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StorySummary;

/**
 * {@code /api/events}: server-sent events. Ingest may run in another process, so the server
 * polls: every {@link WebConfig#pollInterval()} it refreshes the stores, and when the committed
 * data changed it sends an {@code article} event if the count moved (new total and how many were added) and one
 * {@code story} event per story among the 50 most recent that is new or has grown. A comment
 * line every poll keeps proxies from closing idle streams and drops clients that went away.
 */
final class EventsController implements AutoCloseable {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /** How many of the newest stories are compared between polls. */
  private static final int WATCHED_STORIES = 50;

  private final DataView data;
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "crosscheck-web-poll");
    t.setDaemon(true);
    return t;
  });
  private Map<String, Integer> storySizes = Map.of();
  private long articleCount;

  EventsController(DataView data) {
    this.data = data;
  }

  void start(java.time.Duration interval) throws IOException {
    articleCount = data.articles().count();
    storySizes = newestSizes();
    poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  void connect(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    // The poller may write to the client as soon as it is listed; one write at a time per client
    // (Jetty refuses a second blocking write while one is under way).
    synchronized (client) {
      clients.add(client);
      client.sendEvent("hello", Map.of("generation", data.generation(), "articles", articleCount));
    }
  }

  private void poll() {
    try {
      if (data.refresh()) announce();
      for (SseClient c : clients) {
        synchronized (c) {
          c.sendComment("poll");
        }
      }
    } catch (IOException | RuntimeException e) {
      // A failed poll (an index being replaced under us) is retried at the next tick.
      System.err.println("crosscheck web: could not refresh the store: " + e.getMessage());
    }
  }

  private void announce() throws IOException {
    long count = data.articles().count();
    if (count != articleCount) {
      Map<String, Object> articleEvent = new LinkedHashMap<>();
      articleEvent.put("generation", data.generation());
      articleEvent.put("articles", count);
      articleEvent.put("added", Math.max(0, count - articleCount));
      articleCount = count;
      send("article", articleEvent);
    }
    if (data.stories().isEmpty()) return;
    Map<String, Integer> sizes = new HashMap<>();
    for (Story s : data.searchStories(new StorySearch(null, null, null, List.of(), null, null,
        StorySearch.Order.NEWEST, WATCHED_STORIES, 0)).stories()) {
      sizes.put(s.id(), s.articles().size());
      Integer before = storySizes.get(s.id());
      if (before == null || before < s.articles().size()) {
        Map<String, Object> e = new LinkedHashMap<>(Json.mapper().convertValue(StorySummary.of(s), MAP));
        e.put("new", before == null);
        send("story", e);
      }
    }
    storySizes = sizes;
  }

  private Map<String, Integer> newestSizes() throws IOException {
    if (data.stories().isEmpty()) return Map.of();
    Map<String, Integer> sizes = new HashMap<>();
    for (Story s : data.searchStories(new StorySearch(null, null, null, List.of(), null, null,
        StorySearch.Order.NEWEST, WATCHED_STORIES, 0)).stories()) {
      sizes.put(s.id(), s.articles().size());
    }
    return sizes;
  }

  private void send(String event, Object payload) {
    String json = org.crosscheck.json.Json.toLine(payload);
    for (SseClient c : clients) {
      synchronized (c) {
        c.sendEvent(event, json);
      }
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
    for (SseClient c : clients) c.close();
  }
}
