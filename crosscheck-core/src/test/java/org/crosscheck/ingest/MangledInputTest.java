package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.crosscheck.extract.Extraction;
import org.crosscheck.extract.PageExtractor;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to good fixtures (cuts, flipped bytes, NULs, stray newlines): every reader
 * must answer each input with articles or skip reasons, never an exception. The seed is in the
 * failure message so a failure can be replayed.
 */
class MangledInputTest {
  private static final PageExtractor NO_ARTICLE = page ->
      new Extraction(null, null, List.of(), null, null, null, null, null, null, null, null, List.of(), "test extractor");
  private static final List<String> FIXTURES = List.of(
      "dump-with-headline-byline-and-zone.txt", "dump-windows-1251.txt", "md-plain-markdown-with-promo.md", "dump-mixed.jsonl");

  @Test
  void readersNeverThrowOnDamagedInput() throws Exception {
    List<ReportReader> readers = List.of(new TextDumpReader(), new MarkdownReader(), new JsonLinesReader(NO_ARTICLE));
    FormatDetector detector = new FormatDetector();
    long base = System.nanoTime();
    for (int round = 0; round < 200; round++) {
      long seed = base + round;
      Random random = new Random(seed);
      byte[] original = Fixtures.resource(FIXTURES.get(random.nextInt(FIXTURES.size()))).open().readAllBytes();
      byte[] damaged = damage(original, random);
      InputSource input = Fixtures.bytes("damaged-" + seed, damaged);
      assertThat(detector.detect(input).reason()).as("seed %d", seed).isNotBlank();
      for (ReportReader reader : readers) {
        CollectingSink sink = new CollectingSink();
        try {
          reader.read(input, sink);
        } catch (RuntimeException e) {
          throw new AssertionError(reader.format() + " threw on seed " + seed, e);
        }
        assertThat(sink.accepted.size() + sink.skipped.size()).as("%s answered nothing, seed %d", reader.format(), seed)
            .isPositive();
        sink.skipped.forEach(s -> assertThat(s.reason()).as("seed %d", seed).isNotBlank());
      }
    }
  }

  private static byte[] damage(byte[] original, Random random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 1 -> {
        for (int i = 0; i < 1 + random.nextInt(20); i++) bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      case 2 -> bytes[random.nextInt(bytes.length)] = 0;
      default -> {
        for (int i = 0; i < 1 + random.nextInt(5); i++) bytes[random.nextInt(bytes.length)] = '\n';
      }
    }
    return bytes;
  }
}
