package org.crosscheck.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StoryStore;

/** A small data directory: two reports of one event (one with markup in its title), one other. */
final class Fixture {
  static final String HOSTILE_TITLE = "Kupiansk <script>alert('x')</script> & \"quotes\"";

  final Article first;
  final Article second;
  final Article other;
  final Story story;

  Fixture(Path dataDir) throws IOException {
    first = article("https://herald.example/kupiansk", "Kyiv Herald", HOSTILE_TITLE, "en", "2025-12-25T09:21:00+02:00",
        "Ukrainian forces said on Thursday they control most of Kupiansk after weeks of fighting.",
        "Only this report mentions Radkivka and the Oskil crossing.");
    second = article("https://courier.example/kupiansk", "Midland Courier", "Ukraine says it holds Kupiansk", "en", "2025-12-25T12:00:00Z",
        "Ukrainian forces said on Thursday they control most of Kupiansk after weeks of fighting.",
        "A spokesman described the situation as stable.");
    other = article("https://fjord.example/storm", "Fjord Times", "Storm Gyda reaches the coast", "no", "2025-12-30T08:00:00Z",
        "Uvaeret Gyda traff kysten natt til tirsdag.");
    story = new Story("s-kupiansk", "Ukraine says it holds Kupiansk",
        first.published().toInstant(), second.published().toInstant(), List.of("Kyiv Herald", "Midland Courier"),
        List.of("kupiansk"), List.of("kupiansk"), List.of(),
        List.of(member(first), member(second)), List.of(), false);
    try (Store store = LuceneStore.open(dataDir); StoryStore stories = LuceneStoryStore.open(dataDir)) {
      store.put(first);
      store.put(second);
      store.put(other);
      store.commit();
      stories.put(story);
      stories.commit();
    }
  }

  static Article article(String url, String source, String title, String lang, String published, String... paragraphs) {
    return new ArticleBuilder(InputFormat.HTML, url).url(url).source(source).title(title).language(lang)
        .published(OffsetDateTime.parse(published), "test").paragraphs(List.of(paragraphs)).build();
  }

  private static Story.Member member(Article a) {
    return new Story.Member(a.id(), a.title(), a.source(), a.published().toInstant(), null, null);
  }
}
