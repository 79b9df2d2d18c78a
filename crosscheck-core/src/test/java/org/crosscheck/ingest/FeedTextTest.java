package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class FeedTextTest {

  @Test
  void repairedTextIsWellFormedForAStrictParser() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("rss-with-trivial-errors.xml")) {
      bytes = in.readAllBytes();
    }
    String cleaned = FeedText.clean(FeedText.decode(bytes, null));

    assertThat(cleaned).startsWith("<?xml").doesNotContain("DOCTYPE");
    assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(cleaned)))).doesNotThrowAnyException();
  }

  @Test
  void entitiesAreMappedOrEscapedAndCdataLeftAlone() {
    assertThat(FeedText.clean("<t>a &nbsp;&mdash; b & c &amp; &#233; &#x1; &bogus;</t>"))
        .isEqualTo("<t>a &#160;&#8212; b &amp; c &amp; &#233;  &amp;bogus;</t>");
    assertThat(FeedText.clean("<t><![CDATA[a & b &nbsp; < c]]></t>"))
        .isEqualTo("<t><![CDATA[a & b &nbsp; < c]]></t>");
  }

  @Test
  void byteOrderMarkWinsOverTheProlog() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>ї</a>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    assertThat(FeedText.decode(bytes, null)).endsWith("<a>ї</a>");
  }

  @Test
  void httpCharsetIsUsedWhenTheFeedDeclaresNone() {
    byte[] bytes = "<a>Ї</a>".getBytes(java.nio.charset.Charset.forName("KOI8-U"));

    assertThat(FeedText.decode(bytes, "application/rss+xml; charset=KOI8-U")).isEqualTo("<a>Ї</a>");
  }
}
