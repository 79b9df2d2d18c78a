package org.crosscheck.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.attribution.Lexicon.Cue;
import org.crosscheck.nlp.attribution.Lexicon.CueClass;
import org.crosscheck.nlp.attribution.Lexicon.CueKind;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void inflectionsOfALemma() {
    assertThat(Lexicon.thirdPerson("urge")).isEqualTo("urges");
    assertThat(Lexicon.thirdPerson("deny")).isEqualTo("denies");
    assertThat(Lexicon.thirdPerson("echo")).isEqualTo("echoes");
    assertThat(Lexicon.regularPast("deny")).isEqualTo("denied");
    assertThat(Lexicon.regularPast("argue")).isEqualTo("argued");
    assertThat(Lexicon.presentParticiple("argue", "argued")).isEqualTo("arguing");
    assertThat(Lexicon.presentParticiple("admit", "admitted")).isEqualTo("admitting");
    assertThat(Lexicon.presentParticiple("see", "saw")).isEqualTo("seeing");
  }

  @Test
  void verbLinesAddTheirFormsAndClassesWithoutOverridingListedCues() {
    List<Cue> cues = Lexicon.withVerbs(List.of(new Cue(List.of("told"), CueKind.TELL, false)),
        List.of("tell told speech", "plan planned intention noun-too"));
    assertThat(cues).contains(
        new Cue(List.of("told"), CueKind.TELL, false, CueClass.SPEECH),
        new Cue(List.of("tells"), CueKind.SUBJECT, false, CueClass.SPEECH),
        new Cue(List.of("plans"), CueKind.SUBJECT, true, CueClass.INTENTION),
        new Cue(List.of("planned"), CueKind.SUBJECT, false, CueClass.INTENTION),
        new Cue(List.of("planning"), CueKind.SUBJECT, false, CueClass.INTENTION));
    assertThat(cues).filteredOn(c -> c.words().equals(List.of("told"))).hasSize(1);
  }
}
