package org.crosscheck.claims.wordnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped WordNet word classes are what the generator makes of roots.tsv, and it inflects as English does. */
class WordNetClassesTest {

  private static WordNetClasses generator;

  @BeforeAll
  static void load() throws Exception {
    generator = new WordNetClasses(Dictionary.getDefaultResourceInstance());
  }

  @Test
  void theShippedFileIsTheGeneratorsOutput() throws Exception {
    String shipped = Files.readString(Path.of("src/main/resources/org/crosscheck/claims/wordnet.tsv"), StandardCharsets.UTF_8);
    assertThat(generator.generate(WordNetClasses.roots())).isEqualTo(shipped);
  }

  @Test
  void verbsInflectRegularlyOrByWordNetsExceptionsAndNounFormsAreLeftOut() throws Exception {
    assertThat(generator.verbForms("waylay")).contains("waylaid", "waylaying").doesNotContain("waylayed");
    assertThat(generator.verbForms("strafe")).contains("strafed", "strafing");
    assertThat(generator.verbForms("gun down")).contains("gunned down", "gunning down");
    assertThat(generator.verbForms("machine gun")).contains("machine gunned");
    // "shells" and "shell" are nouns far more often than verbs
    assertThat(generator.verbForms("shell")).contains("shelled", "shelling").doesNotContain("shell", "shells");
  }

  @Test
  void stopListsDropLemmasAndSingleForms() throws Exception {
    String out = generator.generate(List.of(
        "loss\tverb\troots\twithdraw%2:38:00::",
        "loss\tverb\tstop\tebb|recede|retreating"));
    List<String> forms = out.lines().filter(l -> !l.startsWith("#")).flatMap(l -> List.of(l.split("\t")[1].split("\\|")).stream()).toList();
    assertThat(forms).contains("retreated", "withdrew", "ebbed away").doesNotContain("ebbed", "receded", "retreating");
  }
}
