package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseAlternationTest {

  private static final List<String> PHRASES = List.of("attack", "attacked", "attack on", "Assault", "took", "take back",
      "Tbilisi", "took control of", "ölüm", "Ölçü", "3rd brigade");
  private static final String TEXT = "Troops ATTACKED the post; an attack on Tbilisi. They took control of it, an assault"
      + " to take back ÖLÜM and ölçü. The 3rd Brigade attacks; attack-on-sight, tookover.";

  @Test
  void grouped_alternation_finds_what_the_plain_longest_first_alternation_finds() {
    for (boolean ignoreCase : new boolean[] {true, false}) {
      int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
      Pattern grouped = Pattern.compile(bounded(PhraseAlternation.of(PHRASES, Pattern::quote, ignoreCase)), flags);
      Pattern plain = Pattern.compile(bounded(plainAlternation(PHRASES)), flags);
      assertThat(matches(grouped)).isEqualTo(matches(plain)).isNotEmpty();
    }
  }

  @Test
  void the_longer_phrase_wins_inside_a_letter_group() {
    Pattern p = Pattern.compile(bounded(PhraseAlternation.of(PHRASES, Pattern::quote, true)), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(matches(p)).extracting(m -> m.substring(m.indexOf(':') + 1))
        .contains("took control of", "attack on", "take back", "ÖLÜM", "ölçü", "3rd Brigade");
  }

  @Test
  void a_word_start_no_phrase_opens_with_is_turned_away_by_one_class_of_first_letters() {
    String regex = PhraseAlternation.of(List.of("raid", "Ambush", "shelling", "shelled"), Pattern::quote, true);
    assertThat(regex).startsWith("(?=[\\x{73}\\x{41}\\x{72}])");
    Pattern p = Pattern.compile(bounded(regex), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    assertThat(p.matcher("after the AMBUSH near the ford").find()).isTrue();
    assertThat(p.matcher("after the bombing near the ford").find()).isFalse();
  }

  @Test
  void a_phrase_opening_with_a_mark_keeps_the_list_one_plain_alternation() {
    String regex = PhraseAlternation.of(List.of("“liberation”", "liberated"), Pattern::quote, true);
    assertThat(regex).doesNotContain("(?=");
    assertThat(Pattern.compile(regex).matcher("the “liberation” of").find()).isTrue();
  }

  @Test
  void an_empty_list_compiles_and_matches_nothing() {
    Pattern p = Pattern.compile(bounded(PhraseAlternation.of(List.of(), Pattern::quote, true)), Pattern.CASE_INSENSITIVE);
    assertThat(p.matcher("troops took the ford").find()).isFalse();
    assertThat(Pattern.compile(bounded(PhraseAlternation.of(List.of("ford"), Pattern::quote, true))).matcher("troops took the ford").find()).isTrue();
  }

  private static String bounded(String alternation) {
    return "(?<![\\p{L}\\p{N}])" + alternation + "(?![\\p{L}\\p{N}])";
  }

  private static String plainAlternation(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return "(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")";
  }

  /** Each match as "start:text". */
  private static List<String> matches(Pattern p) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(TEXT);
    while (m.find()) found.add(m.start() + ":" + m.group());
    return found;
  }
}
