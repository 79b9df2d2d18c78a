package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseFinderTest {

  private static final List<String> PHRASES = List.of("attack", "attack on", "took control of", "took", "Ölçü",
      "3rd brigade", "pushed * out", "U.S.", "al-Shabaab");

  @Test
  void finds_what_a_plain_search_of_the_same_pattern_finds() {
    String text = "Troops ATTACKED; an attack on Lakeside. They TOOK CONTROL OF it, ölçü and ÖLÇÜ, the 3rd Brigade"
        + " pushed them out and pushed rebels out; U.S.-backed al-Shabaab, attack-on-sight, tookover, took";
    PhraseFinder finder = finderOf(PHRASES);
    assertThat(finder.find(text, 0, text.length())).isEqualTo(plainSearch(patternOf(PHRASES), text, 0, text.length()))
        .extracting(Vocabulary.Hit::phrase)
        .containsExactly("attack on", "took control of", "ölçü", "ölçü", "3rd brigade", "pushed them out", "pushed rebels out", "u.s.",
            "al-shabaab", "attack", "took");
  }

  @Test
  void a_search_starting_inside_a_word_takes_that_point_for_a_word_start() {
    String text = "counterattack on the ridge";
    PhraseFinder finder = finderOf(PHRASES);
    assertThat(finder.find(text, 7, text.length())).isEqualTo(plainSearch(patternOf(PHRASES), text, 7, text.length()))
        .extracting(Vocabulary.Hit::phrase).containsExactly("attack on");
    assertThat(finder.find(text, 6, text.length())).isEmpty();
  }

  @Test
  void a_phrase_opening_with_a_mark_is_looked_for_where_the_mark_opens_a_word() {
    List<String> phrases = List.of("“liberation”", "liberated");
    String text = "the “liberation” of X, a“liberation”, liberated";
    assertThat(finderOf(phrases).find(text, 0, text.length()))
        .isEqualTo(plainSearch(patternOf(phrases), text, 0, text.length())).hasSize(2);
  }

  @Test
  void a_phrase_opening_with_a_wildcard_is_looked_for_everywhere() {
    List<String> phrases = List.of("* fell", "fell back");
    String text = "the town fell, then they fell back";
    assertThat(finderOf(phrases).find(text, 0, text.length()))
        .isEqualTo(plainSearch(patternOf(phrases), text, 0, text.length())).hasSize(2);
  }

  @Test
  void every_shipped_word_list_finds_on_news_text_what_its_plain_search_finds() {
    Vocabulary vocabulary = Vocabulary.standard();
    String text = newsText();
    int found = 0;
    for (String cls : List.of("gain", "loss", "attack", "repel", "attacknoun", "denial", "presence", "fightnoun", "speech",
        "idiom", "relocate", "armedcrime", "killing")) {
      List<Vocabulary.Hit> hits = vocabulary.find(cls, text, 0, text.length());
      assertThat(hits).as(cls).isEqualTo(plainSearch(vocabulary.union(cls), text, 0, text.length()));
      found += hits.size();
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void names_as_written_keep_their_case_and_may_follow_a_digit() {
    List<String> names = List.of("Ukraine", "M23", "al-Shabaab", "18th Street");
    String text = "ukraine and 3Ukraine's allies; M23 and m23; al-Shabaab's men, Ukrainer, x18th Street, 18th Street";
    assertThat(PhraseFinder.namesAsWritten(PhraseFinderTest::namePattern, names).find(text, 0, text.length()))
        .isEqualTo(plainSearch(namePattern(names), text, 0, text.length()))
        .extracting(Vocabulary.Hit::start).containsExactly(13, 31, 44, 86);
  }

  @Test
  void a_word_with_letters_outside_the_basic_plane_is_found() {
    List<String> phrases = List.of("𐐀bc front", "took");
    String text = "the 𐐨BC Front took it; 𐐀bc fronts";
    assertThat(finderOf(phrases).find(text, 0, text.length()))
        .isEqualTo(plainSearch(patternOf(phrases), text, 0, text.length()))
        .extracting(Vocabulary.Hit::phrase).containsExactly("𐐨bc front", "took");
  }

  @Test
  void every_region_of_a_long_text_finds_what_its_plain_search_finds() {
    // Long texts have their words indexed once; regions opening or closing inside a word must still
    // find what a search of the region finds.
    Vocabulary vocabulary = Vocabulary.standard();
    String text = newsText();
    List<String> names = List.of("Ukraine", "M23", "Goma", "Houthi", "Ansongo");
    PhraseFinder nameFinder = PhraseFinder.namesAsWritten(PhraseFinderTest::namePattern, names);
    Random random = new Random(22);
    int found = 0;
    for (int n = 0; n < 3000; n++) {
      int from = random.nextInt(text.length());
      int to = Math.min(text.length(), from + 1 + random.nextInt(400));
      String cls = n % 2 == 0 ? "attack" : "gain";
      List<Vocabulary.Hit> hits = vocabulary.find(cls, text, from, to);
      assertThat(hits).as("%s [%d, %d)", cls, from, to).isEqualTo(plainSearch(vocabulary.union(cls), text, from, to));
      assertThat(nameFinder.find(text, from, to)).as("names [%d, %d)", from, to)
          .isEqualTo(plainSearch(namePattern(names), text, from, to));
      found += hits.size();
    }
    assertThat(found).isGreaterThan(100);
  }

  @Test
  void an_empty_phrase_is_refused() {
    assertThatThrownBy(() -> finderOf(List.of("took", ""))).isInstanceOf(IllegalArgumentException.class);
  }

  private static String newsText() {
    StringBuilder sb = new StringBuilder();
    for (String name : List.of("goma-m23.md", "ansongo-liveblog.md", "kamaran-houthi-denial.md", "catatumbo-analysis.md",
        "mogadishu-hotel-siege.md")) {
      try (var in = PhraseFinderTest.class.getResourceAsStream("gold/own/" + name)) {
        sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sb.toString();
  }

  private static PhraseFinder finderOf(List<String> phrases) {
    return PhraseFinder.wordsInAnyCase(PhraseFinderTest::patternOf, phrases);
  }

  private static Pattern namePattern(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort((a, b) -> b.length() - a.length());
    return Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", sorted) + ")(?:['’]s)?(?![\\p{L}])");
  }

  private static Pattern patternOf(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort((a, b) -> b.length() - a.length());
    String alternation = String.join("|", sorted.stream()
        .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace("*", "\\E[\\p{L}'’-]+\\Q")).toList());
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<Vocabulary.Hit> plainSearch(Pattern p, String text, int from, int to) {
    List<Vocabulary.Hit> hits = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) hits.add(new Vocabulary.Hit(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
    return hits;
  }
}
