package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys to dense ids, with document frequencies counted as articles arrive, so inverse document
 * frequencies follow the stream. idf = ln((N+1)/(df+1)) + 1; ln(df+1) is cached per key so a
 * similarity costs no logarithms. {@link #prune} forgets rare keys nothing refers to any more, so
 * a long stream does not grow the vocabulary without bound.
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

  /**
   * Forgets every key seen in fewer than {@code minDf} documents unless {@code inUse} holds its id,
   * and renumbers the rest in their old order. Returns old id to new id, -1 for a forgotten key.
   * Keeping the order keeps every sorted id array sorted after renumbering. A forgotten key that
   * comes back starts counting again: its idf is overestimated by at most {@code minDf - 1}
   * documents, which matters little for a key that rare.
   */
  int[] prune(int minDf, BitSet inUse) {
    int[] remap = new int[keys.size()];
    List<String> kept = new ArrayList<>();
    int[] keptDf = new int[Math.max(1024, keys.size())];
    for (int id = 0; id < keys.size(); id++) {
      if (df[id] < minDf && !inUse.get(id)) {
        remap[id] = -1;
        ids.remove(keys.get(id));
        continue;
      }
      remap[id] = kept.size();
      keptDf[kept.size()] = df[id];
      kept.add(keys.get(id));
    }
    keys.clear();
    keys.addAll(kept);
    for (int id = 0; id < keys.size(); id++) ids.put(keys.get(id), id);
    df = keptDf;
    logDf = new float[df.length];
    for (int id = 0; id < keys.size(); id++) logDf[id] = (float) Math.log(df[id] + 1.0);
    return remap;
  }

  void save(DataOutputStream out) throws IOException {
    out.writeInt(documents);
    out.writeInt(keys.size());
    for (int id = 0; id < keys.size(); id++) {
      StateIO.writeString(out, keys.get(id));
      out.writeInt(df[id]);
    }
  }

  static Vocabulary restore(DataInputStream in) throws IOException {
    Vocabulary v = new Vocabulary();
    int documents = in.readInt();
    int n = StateIO.checked(in.readInt());
    for (int i = 0; i < n; i++) {
      int id = v.id(StateIO.readString(in));
      v.df[id] = in.readInt();
      v.logDf[id] = (float) Math.log(v.df[id] + 1.0);
    }
    v.documents = documents;
    v.logN = (float) Math.log(documents + 1.0);
    return v;
  }
}
