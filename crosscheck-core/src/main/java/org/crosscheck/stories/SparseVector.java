package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * An immutable sparse vector over vocabulary ids (sorted ids, parallel weights). Weights are raw;
 * similarities apply the vocabulary's idf on the fly, so centroids never go stale as document
 * frequencies change.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] weights;

  private SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** Counts dampened (1 + ln count) and scaled to unit length, so each article weighs the same. */
  static SparseVector ofCounts(Map<String, Double> counts, Vocabulary vocabulary) {
    if (counts.isEmpty()) return EMPTY;
    int[] ids = new int[counts.size()];
    float[] w = new float[counts.size()];
    // New keys get ids in key order, not in the map's iteration order, which differs from one JVM
    // to the next (Map.copyOf): ids decide ties, so they must not depend on the process.
    String[] keys = counts.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) ids[i] = vocabulary.id(keys[i]);
    Arrays.sort(ids);
    double norm = 0;
    for (int j = 0; j < ids.length; j++) {
      double c = counts.get(vocabulary.key(ids[j]));
      w[j] = (float) (c <= 0 ? 0 : 1 + Math.log(Math.max(c, 1e-9)));
      norm += w[j] * w[j];
    }
    float inv = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < w.length; j++) w[j] *= inv;
    return new SparseVector(ids, w);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  SparseVector plus(SparseVector o) {
    int[] ri = new int[ids.length + o.ids.length];
    float[] rw = new float[ri.length];
    int a = 0, b = 0, n = 0;
    while (a < ids.length || b < o.ids.length) {
      if (b == o.ids.length || (a < ids.length && ids[a] < o.ids[b])) {
        ri[n] = ids[a]; rw[n++] = weights[a++];
      } else if (a == ids.length || o.ids[b] < ids[a]) {
        ri[n] = o.ids[b]; rw[n++] = o.weights[b++];
      } else {
        ri[n] = ids[a]; rw[n++] = weights[a++] + o.weights[b++];
      }
    }
    return new SparseVector(Arrays.copyOf(ri, n), Arrays.copyOf(rw, n));
  }

  /** Keeps the {@code k} entries heaviest after idf; a bounded centroid keeps memory bounded. */
  SparseVector top(int k, Vocabulary v) {
    if (ids.length <= k) return this;
    int[] keep = heaviest(k, v);
    Arrays.sort(keep);
    int[] ri = new int[k];
    float[] rw = new float[k];
    for (int i = 0; i < k; i++) { ri[i] = ids[keep[i]]; rw[i] = weights[keep[i]]; }
    return new SparseVector(ri, rw);
  }

  /**
   * Positions of the {@code k} entries heaviest after idf, heaviest first, ties by lower id. Sorts
   * packed longs (weight bits high, position low): non-negative floats order like their bits.
   */
  int[] heaviest(int k, Vocabulary v) {
    int n = ids.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      float w = Math.max(0f, weights[i] * v.idf(ids[i]));
      packed[i] = ((long) Float.floatToIntBits(w) << 32) | (0xFFFFFFFFL - i);
    }
    Arrays.sort(packed);
    int[] out = new int[Math.min(k, n)];
    for (int i = 0; i < out.length; i++) out[i] = (int) (0xFFFFFFFFL - (packed[n - 1 - i] & 0xFFFFFFFFL));
    return out;
  }

  /** The position of the entry heaviest after idf (the first on a tie, as {@link #heaviest}), or -1. */
  int heaviestPosition(Vocabulary v) {
    int best = -1;
    float bestWeight = -1;
    for (int i = 0; i < ids.length; i++) {
      float w = Math.max(0f, weights[i] * v.idf(ids[i]));
      if (w > bestWeight) {
        bestWeight = w;
        best = i;
      }
    }
    return best;
  }

  /** Cosine of the two vectors after weighting every entry by its idf. */
  double cosine(SparseVector o, Vocabulary v) {
    if (isEmpty() || o.isEmpty()) return 0;
    double dot = 0;
    int a = 0, b = 0;
    while (a < ids.length && b < o.ids.length) {
      if (ids[a] < o.ids[b]) a++;
      else if (ids[a] > o.ids[b]) b++;
      else {
        float idf = v.idf(ids[a]);
        dot += weights[a++] * o.weights[b++] * idf * idf;
      }
    }
    return dot == 0 ? 0 : dot / (norm(v) * o.norm(v));
  }

  /** As {@link #cosine}, with this vector's idf-weighted norm already known. */
  double cosine(SparseVector o, Vocabulary v, double norm) {
    if (isEmpty() || o.isEmpty() || norm == 0) return 0;
    double dot = 0;
    int a = 0, b = 0;
    while (a < ids.length && b < o.ids.length) {
      if (ids[a] < o.ids[b]) a++;
      else if (ids[a] > o.ids[b]) b++;
      else {
        float idf = v.idf(ids[a]);
        dot += weights[a++] * o.weights[b++] * idf * idf;
      }
    }
    return dot == 0 ? 0 : dot / (norm * o.norm(v));
  }

  double norm(Vocabulary v) {
    double s = 0;
    for (int i = 0; i < ids.length; i++) {
      float x = weights[i] * v.idf(ids[i]);
      s += x * x;
    }
    return Math.sqrt(s);
  }

  /** Marks this vector's ids in {@code used}. */
  void markIds(BitSet used) {
    for (int id : ids) used.set(id);
  }

  /** This vector under renumbered ids ({@link Vocabulary#prune}); every id must survive. */
  SparseVector renumbered(int[] remap) {
    if (isEmpty()) return this;
    int[] ri = new int[ids.length];
    for (int i = 0; i < ids.length; i++) ri[i] = remap[ids[i]];
    return new SparseVector(ri, weights);
  }

  void save(DataOutputStream out) throws IOException {
    StateIO.writeInts(out, ids);
    StateIO.writeFloats(out, weights);
  }

  static SparseVector restore(DataInputStream in) throws IOException {
    int[] ids = StateIO.readInts(in);
    float[] weights = StateIO.readFloats(in);
    if (ids.length != weights.length) throw new IOException("damaged state: vector of " + ids.length + " ids, " + weights.length + " weights");
    return ids.length == 0 ? EMPTY : new SparseVector(ids, weights);
  }
}
