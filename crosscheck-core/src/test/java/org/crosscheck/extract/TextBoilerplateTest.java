package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.crosscheck.extract.TextBoilerplate.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextBoilerplateTest {
  private final TextBoilerplate rules = TextBoilerplate.defaults();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A munitions dump is hit in the town (Image: Army press service)|CAPTION",
      "The mayor speaks to residents. (Photo: Local council)|CAPTION",
      "Soldiers fire a howitzer near the front line (AP Photo/Jane Doe)|CAPTION",
      "Credit: Getty Images|CAPTION",
      "Getty Images|CAPTION",
      "The latest news from around the world Invalid email|NEWSLETTER",
      "We use your sign-up to provide content in ways you've consented to. Read our Privacy Policy|NEWSLETTER",
      "Sign up to our daily newsletter for the top stories|NEWSLETTER",
      "Get the Spain briefing every morning Email address is not valid|NEWSLETTER",
      "Get Kordofan news in your inbox every morning|NEWSLETTER",
      "By signing up you agree to receive emails from us. We process your details in line with our privacy policy. Unsubscribe at any time.|PRIVACY",
      "This site is protected by reCAPTCHA and the Google Privacy Policy applies.|PRIVACY",
      "We use cookies to improve your experience on our site.|COOKIE",
      "Follow us on Facebook and Twitter|SHARE",
      "Click here to get the app|SHARE",
      "Share this article|SHARE",
      "READ MORE: Peace talks stall as winter sets in|READ_MORE",
      "Related: Ten things to know about the talks|READ_MORE",
      "Advertisement|ADVERTISEMENT",
      "Story continues below advertisement|ADVERTISEMENT",
  })
  void recognisesFurniture(String paragraph, Kind kind) {
    assertThat(rules.classify(paragraph)).hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(kind));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Ukraine's army has all but liberated the city from Russian troops after days of heavy fighting.",
      "The minister said the advertisement campaign had cost millions and would be reviewed.",
      "Officials said images of the strike, which they called fake, circulated widely on Telegram.",
      "\"Share the burden,\" he told reporters, \"and follow us on the path to peace.\"",
      "More than 300 people were evacuated from the village on Tuesday.",
      "Get ready for a long winter, the minister told residents every morning on the radio.",
      "Officials said the email address given by the suspect was not valid.",
  })
  void keepsReportText(String paragraph) {
    assertThat(rules.classify(paragraph)).isEmpty();
  }

  @Test
  void aLongReportParagraphQuotingAPhraseIsKept() {
    String longParagraph = "The regulator said that the phrase we use cookies appeared on "
        + "the site ".repeat(40) + "and it would investigate how consent was recorded.";
    assertThat(rules.isBoilerplate(longParagraph)).isFalse();
    assertThat(rules.isBoilerplate("We use cookies on this site.")).isTrue();
  }

  @Test
  void rulesComeFromData() throws Exception {
    TextBoilerplate custom = TextBoilerplate.parse("custom", new StringReader(
        "# a comment\n\nSHARE start pin (?:this|it)\\b\n"));
    assertThat(custom.classify("Pin this for later")).hasValueSatisfying(m -> {
      assertThat(m.kind()).isEqualTo(Kind.SHARE);
      assertThat(m.rule()).isEqualTo("custom:3");
    });
    assertThat(custom.isBoilerplate("Advertisement")).isFalse();
  }

  @Test
  void aBadRuleNamesItsLine() {
    assertThatThrownBy(() -> TextBoilerplate.parse("mine", new StringReader("SHARE start ok\nSHARE oops x\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine:2");
    assertThatThrownBy(() -> TextBoilerplate.parse("mine", new StringReader("SHARE start (unclosed\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine:1").hasMessageContaining("regex");
  }
}
