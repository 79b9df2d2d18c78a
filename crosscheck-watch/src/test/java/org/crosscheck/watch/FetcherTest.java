package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FetcherTest {
  private static final byte[] TEXT = "<rss>Привіт, feed</rss>".getBytes(StandardCharsets.UTF_8);

  @Test
  void decodesGzipBothDeflateFlavoursAndBrotli() throws Exception {
    assertThat(Fetcher.decode(gzip(TEXT), List.of("gzip"), 1 << 20)).isEqualTo(TEXT);
    assertThat(Fetcher.decode(deflate(TEXT, false), List.of("deflate"), 1 << 20)).isEqualTo(TEXT);
    assertThat(Fetcher.decode(deflate(TEXT, true), List.of("deflate"), 1 << 20)).as("raw deflate").isEqualTo(TEXT);
    assertThat(Fetcher.decode(brotliStored(TEXT), List.of("br"), 1 << 20)).isEqualTo(TEXT);
    assertThat(Fetcher.decode(TEXT, List.of("identity"), 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void brokenOrUnknownEncodingsAndDecompressionBombsAreRefusedWithAReason() throws Exception {
    byte[] cut = java.util.Arrays.copyOf(gzip(TEXT), 15);
    assertThatThrownBy(() -> Fetcher.decode(cut, List.of("gzip"), 1 << 20)).hasMessageStartingWith("broken gzip body");
    assertThatThrownBy(() -> Fetcher.decode(TEXT, List.of("compress"), 1 << 20))
        .hasMessageContaining("unsupported Content-Encoding 'compress'");
    byte[] bomb = gzip(new byte[2 << 20]);
    assertThat(bomb.length).isLessThan(10_000);
    assertThatThrownBy(() -> Fetcher.decode(bomb, List.of("gzip"), 1 << 20))
        .hasMessage("decoded body larger than the 1 MB cap");
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    Instant now = Instant.parse("2026-01-05T10:00:00Z");
    assertThat(Fetcher.retryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(Fetcher.retryAfter("Mon, 05 Jan 2026 10:05:00 GMT", now)).isEqualTo(Duration.ofMinutes(5));
    assertThat(Fetcher.retryAfter("Mon, 05 Jan 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
    assertThat(Fetcher.retryAfter("soon", now)).isNull();
  }

  @Test
  void sendsConditionalHeadersAndReadsValidators() throws Exception {
    try (TestServer server = TestServer.start()) {
      server.route("/feed.xml", TestServer.feedWithEtag(() -> "<rss/>"));
      WatchConfig config = Fixtures.fastConfig().build();
      Fetcher fetcher = new Fetcher(Fetcher.newClient(config), config, java.time.Clock.systemUTC());
      var uri = java.net.URI.create(server.url("/feed.xml"));
      Fetcher.Response first = fetcher.fetch(new Fetcher.Request(uri, "*/*", null, null, 1024));
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.etag()).isNotNull();
      Fetcher.Response second = fetcher.fetch(new Fetcher.Request(uri, "*/*", first.etag(), null, 1024));
      assertThat(second.status()).isEqualTo(304);
      assertThat(server.requests("/feed.xml").get(1).ifNoneMatch()).isEqualTo(first.etag());
    }
  }

  private static byte[] gzip(byte[] data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      d.write(data);
    }
    return out.toByteArray();
  }

  /**
   * A valid Brotli stream holding {@code data} in one uncompressed meta-block (RFC 7932 section
   * 9.2): window bits 0 (16), ISLAST 0, MNIBBLES 4, MLEN-1 in 16 bits, ISUNCOMPRESSED 1, padding,
   * the bytes, then an empty last meta-block. No encoder is needed to make one.
   */
  static byte[] brotliStored(byte[] data) {
    int mlen = data.length - 1;
    long bits = 0;
    bits |= 0;                       // WBITS: 0 -> 16
    bits |= 0L << 1;                 // ISLAST = 0
    bits |= 0L << 2;                 // MNIBBLES: 0 -> 4 nibbles
    bits |= (long) mlen << 4;        // MLEN - 1, 16 bits
    bits |= 1L << 20;                // ISUNCOMPRESSED
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 3; i++) out.write((int) (bits >> (8 * i)) & 0xff);
    out.writeBytes(data);
    out.write(0x03);                 // ISLAST = 1, ISLASTEMPTY = 1
    return out.toByteArray();
  }
}
