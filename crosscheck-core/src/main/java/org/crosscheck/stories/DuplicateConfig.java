package org.crosscheck.stories;

/**
 * Settings of the {@link DuplicateDetector}, with defaults in {@link #defaults()}.
 *
 * @param numHashes MinHash signature length; the similarity estimate's error shrinks as 1/sqrt
 * @param shingleSize words per shingle; pairs survive heavy editing better than triples
 * @param rowsPerBand LSH rows per band; with r rows and b = numHashes/r bands a pair of
 *     similarity s becomes a candidate with probability 1-(1-s^r)^b
 * @param nearThreshold estimated Jaccard similarity from which two texts are copies
 * @param headlineThreshold lower similarity that suffices when the normalised headlines match
 * @param versionThreshold similarity from which a same-outlet copy is a new version of a report
 * @param minShingles texts with fewer shingles are compared by headline only
 * @param maxIndexed how many recent articles are kept for matching (oldest leave first)
 */
public record DuplicateConfig(
    int numHashes,
    int shingleSize,
    int rowsPerBand,
    double nearThreshold,
    double headlineThreshold,
    double versionThreshold,
    int minShingles,
    int maxIndexed) {

  public DuplicateConfig {
    if (numHashes % rowsPerBand != 0) throw new IllegalArgumentException("numHashes must be a multiple of rowsPerBand");
    if (maxIndexed < 1) throw new IllegalArgumentException("maxIndexed must be >= 1");
  }

  public static DuplicateConfig defaults() {
    return new DuplicateConfig(128, 2, 2, 0.30, 0.12, 0.50, 8, 200_000);
  }
}
