package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String UKRAINIAN = "Армія заявила в четвер, що вибила війська з міста.";
  private static final String FRENCH = "L'armée a déclaré jeudi qu'elle avait repoussé les troupes à l'est.";

  @Test
  void byteOrderMarkWinsAndIsRemoved() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d.text()).isEqualTo("hi");
    assertThat(d.how()).isEqualTo("byte-order mark");
  }

  @Test
  void recognisesUtf16WithoutAMark() {
    TextDecoder.Decoded d = TextDecoder.decode("Plain text in UTF-16".getBytes(StandardCharsets.UTF_16LE));
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(d.text()).isEqualTo("Plain text in UTF-16");
  }

  @Test
  void validUtf8IsUtf8EvenWhenTheHeadCutsACharacter() {
    byte[] utf8 = UKRAINIAN.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8).text()).isEqualTo(UKRAINIAN);
    // "А" is two bytes; cutting after its first byte must not make the head look like another charset.
    TextDecoder.Decoded head = TextDecoder.decode(utf8, 1, true);
    assertThat(head.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void tellsCyrillicFromWesternSingleByteText() {
    TextDecoder.Decoded cyrillic = TextDecoder.decode(UKRAINIAN.getBytes(Charset.forName("windows-1251")));
    assertThat(cyrillic.charset()).isEqualTo(TextDecoder.WINDOWS_1251);
    assertThat(cyrillic.text()).isEqualTo(UKRAINIAN);

    TextDecoder.Decoded western = TextDecoder.decode(FRENCH.getBytes(Charset.forName("windows-1252")));
    assertThat(western.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
    assertThat(western.text()).isEqualTo(FRENCH);
  }

  @Test
  void neverFailsOnBadBytes() {
    byte[] bad = new byte[256];
    for (int i = 0; i < bad.length; i++) bad[i] = (byte) i;
    assertThat(TextDecoder.decode(bad).text()).isNotEmpty();
    assertThat(TextDecoder.decode(Arrays.copyOf(bad, 0)).text()).isEmpty();
  }
}
