package org.crosscheck.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
  @TempDir Path dir;

  @Test
  void readsNestedOpmlFoldsDuplicatesAndReportsWhatItCannotUse() throws Exception {
    byte[] opml = FeedListTest.class.getResourceAsStream("reader-export.opml").readAllBytes();
    FeedList.Parsed parsed = FeedList.parse(opml, "reader-export.opml");
    assertThat(parsed.list().entries()).containsExactly(
        new FeedList.Entry("https://kyiv.example.org/rss.xml", "Kyiv Desk & Friends"),
        new FeedList.Entry("https://kharkiv.example.org/feed/", "Kharkiv Daily"),
        new FeedList.Entry("https://wire.example.com/atom", "Wire"));
    assertThat(parsed.problems()).containsExactly(
        "reader-export.opml outline 7: not an http(s) address: mailto:news@example.com",
        "reader-export.opml outline 8: no feed address (xmlUrl)");
  }

  @Test
  void readsATextListWithTitlesAndComments() {
    String text = "# my feeds\nhttps://a.example/rss  Outlet A\n\nhttp://b.example/feed.xml\nnot a url\nhttps://a.example/rss\n";
    FeedList.Parsed parsed = FeedList.parse(text.getBytes(StandardCharsets.UTF_8), "feeds.txt");
    assertThat(parsed.list().entries()).containsExactly(
        new FeedList.Entry("https://a.example/rss", "Outlet A"), new FeedList.Entry("http://b.example/feed.xml", null));
    assertThat(parsed.problems()).containsExactly("feeds.txt:5: not an http(s) address: not");
  }

  @Test
  void exportsOpmlThatReadsBackTheSameAndMergesWithoutDuplicates() throws Exception {
    FeedList list = new FeedList(java.util.List.of(
        new FeedList.Entry("https://a.example/rss?x=1&y=2", "A \"quoted\" <outlet>"),
        new FeedList.Entry("https://b.example/feed", null)));
    list.save(dir);
    assertThat(FeedList.load(dir).entries()).containsExactly(
        new FeedList.Entry("https://a.example/rss?x=1&y=2", "A \"quoted\" <outlet>"),
        new FeedList.Entry("https://b.example/feed", null));
    FeedList merged = list.merge(new FeedList(java.util.List.of(
        new FeedList.Entry("https://b.example/feed", "B"), new FeedList.Entry("https://c.example/", null))));
    assertThat(merged.entries()).extracting(FeedList.Entry::url)
        .containsExactly("https://a.example/rss?x=1&y=2", "https://b.example/feed", "https://c.example/");
    assertThat(merged.entries().get(1).title()).isEqualTo("B");
    assertThat(merged.without("https://c.example/").entries()).hasSize(2);
  }
}
