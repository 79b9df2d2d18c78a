package org.crosscheck.stories;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures over word shingles: the share of equal slots in two signatures estimates the
 * Jaccard similarity of the two shingle sets. Seeded, so signatures are the same in every run.
 */
public final class MinHasher {
  private final int shingleSize;
  private final long[] seeds;

  public MinHasher(int numHashes, int shingleSize, long seed) {
    if (numHashes < 1 || shingleSize < 1) throw new IllegalArgumentException("numHashes and shingleSize must be >= 1");
    this.shingleSize = shingleSize;
    this.seeds = new long[numHashes];
    long s = seed;
    for (int i = 0; i < numHashes; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
  }

  public int numHashes() {
    return seeds.length;
  }

  /** How many shingles {@code tokens} make; fewer than one means no signature. */
  public int shingleCount(List<String> tokens) {
    return Math.max(0, tokens.size() - shingleSize + 1);
  }

  /** The signature of the shingles of {@code tokens}, or {@code null} when there are none. */
  public long[] signature(List<String> tokens) {
    int count = shingleCount(tokens);
    if (count == 0) return null;
    long[] tokenHashes = new long[tokens.size()];
    for (int i = 0; i < tokenHashes.length; i++) tokenHashes[i] = mix(tokens.get(i).hashCode() * 0xC2B2AE3D27D4EB4FL + tokens.get(i).length());
    long[] sig = new long[seeds.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i < count; i++) {
      long shingle = 0;
      for (int j = 0; j < shingleSize; j++) shingle = Long.rotateLeft(shingle, 23) ^ tokenHashes[i + j];
      for (int k = 0; k < seeds.length; k++) {
        long h = mix(shingle ^ seeds[k]);
        if (h < sig[k]) sig[k] = h;
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures made by this hasher. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return (double) same / a.length;
  }

  /** A 64-bit finaliser (the SplitMix64 one): spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
