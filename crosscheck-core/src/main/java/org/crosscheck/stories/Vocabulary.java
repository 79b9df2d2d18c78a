package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys to dense ids, with document frequencies counted as articles arrive, so inverse document
 * frequencies follow the stream. idf = ln((N+1)/(df+1)) + 1; ln(df+1) is cached per key so a
 * similarity costs no logarithms.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private int[] df = new int[1024];
  private float[] logDf = new float[1024];
  private int documents;
  private float logN;

  int id(String key) {
    Integer id = ids.get(key);
    if (id != null) return id;
    int next = keys.size();
    ids.put(key, next);
    keys.add(key);
    if (next == df.length) {
      df = Arrays.copyOf(df, next * 2);
      logDf = Arrays.copyOf(logDf, next * 2);
    }
    return next;
  }

  /** The id of {@code key}, or -1 when it was never seen. */
  int find(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  String key(int id) {
    return keys.get(id);
  }

  /** Counts one more document holding {@code termIds} (each id once). */
  void countDocument(int[] termIds) {
    documents++;
    logN = (float) Math.log(documents + 1.0);
    for (int id : termIds) {
      df[id]++;
      logDf[id] = (float) Math.log(df[id] + 1.0);
    }
  }

  float idf(int id) {
    return logN - logDf[id] + 1f;
  }

  int size() {
    return keys.size();
  }
}
