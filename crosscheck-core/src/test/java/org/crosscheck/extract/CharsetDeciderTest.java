package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDeciderTest {
  @Test
  void byteOrderMarkBeatsEveryDeclaration() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>'};
    assertThat(CharsetDecider.decide(body, "windows-1251").charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void httpDeclarationBeatsMeta() {
    byte[] body = "<meta charset=\"iso-8859-2\"><p>plain ascii</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(CharsetDecider.decide(body, "koi8-r").charset()).isEqualTo(Charset.forName("koi8-r"));
  }

  @Test
  void unknownLabelsFallThroughToTheBytes() {
    byte[] body = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(CharsetDecider.decide(body, "x-not-a-charset").charset()).isEqualTo(StandardCharsets.UTF_8);
    byte[] latin = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(CharsetDecider.decide(latin, null).charset()).isEqualTo(Charset.forName("windows-1252"));
  }
}
