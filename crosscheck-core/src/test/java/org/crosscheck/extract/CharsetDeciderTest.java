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

  @Test
  void utf8CheckAgreesWithTheJdkDecoderOnTrickyBytes() {
    assertThat(CharsetDecider.isUtf8("a\u00e9\u20ac\ud83d\ude00".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(CharsetDecider.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).as("overlong").isFalse();
    assertThat(CharsetDecider.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("surrogate").isFalse();
    assertThat(CharsetDecider.isUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).as("cut short").isFalse();
    assertThat(CharsetDecider.isUtf8(new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80})).isFalse();
    assertThat(CharsetDecider.isUtf8(new byte[] {(byte) 0xE9, ' '})).as("latin-1 e acute").isFalse();
  }

  @Test
  void utf8PageWithStrayWindows1252BytesKeepsBoth() {
    byte[] utf8 = "<meta charset=\"utf-8\"><p>Zelens\u2019kyi visited Kup\u2019iansk on Friday; caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] stray = "it's".getBytes(StandardCharsets.US_ASCII);
    stray[2] = (byte) 0x92; // windows-1252 right single quote, pasted from an old CMS
    byte[] body = new byte[utf8.length + stray.length];
    System.arraycopy(utf8, 0, body, 0, utf8.length);
    System.arraycopy(stray, 0, body, utf8.length, stray.length);
    assertThat(CharsetDecider.decide(body, null).mixed()).isTrue();
    assertThat(CharsetDecider.decode(body)).endsWith("caf\u00e9 it\u2019s").contains("Zelens\u2019kyi");
  }
}
