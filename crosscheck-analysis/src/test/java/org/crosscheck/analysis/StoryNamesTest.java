package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryNamesTest {
  @TempDir Path dir;

  @Test
  void namesAreRankedByHowManyReportsNameThemAndPlacesAreListedApart() throws IOException {
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dir, UnaryOperator.identity())) {
      store.put(Analyses.article("a", "Harbour Courier", "2025-12-01T10:00:00Z")
          .person("person:trehubov", "Viktor Trehubov", "spokesman", "Ukraine", "Trehubov")
          .entity("organization:staff", EntityType.ORGANIZATION, "General Staff", 9)
          .place(Analyses.KUPIANSK_PLACE).build());
      store.put(Analyses.article("b", "Valley Times", "2025-12-02T10:00:00Z")
          .person("person:trehubov", "Viktor Trehubov", "spokesman", "Ukraine")
          .entity("organization:dtek-upper", EntityType.ORGANIZATION, "DTEK", 1)
          .place(Analyses.KUPIANSK_PLACE).place(Analyses.ODESA_PLACE).build());
      store.put(Analyses.article("c", "Valley Times", "2025-12-03T10:00:00Z")
          .entity("organization:dtek-title", EntityType.ORGANIZATION, "Dtek", 1).build());
      store.commit();

      StoryNames names = StoryNames.of(List.of("a", "b", "not-analysed"), store, 5);

      assertThat(names.entities()).as("two reports beat nine mentions in one").containsExactly("Viktor Trehubov", "General Staff", "DTEK");
      assertThat(StoryNames.of(List.of("b", "c"), store, 5).entities()).as("one name however it is cased")
          .containsExactly("Viktor Trehubov", "DTEK");
      assertThat(names.places()).containsExactly("Kupiansk", "Odesa");
      assertThat(StoryNames.of(List.of("a", "b"), store, 1).entities()).containsExactly("Viktor Trehubov");
      assertThat(StoryNames.of(List.of("not-analysed"), store, 5).isEmpty()).isTrue();
    }
  }
}
