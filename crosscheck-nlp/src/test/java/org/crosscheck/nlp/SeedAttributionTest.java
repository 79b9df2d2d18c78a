package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.ArticleSink;
import org.crosscheck.ingest.InputSource;
import org.crosscheck.ingest.MarkdownReader;
import org.crosscheck.ingest.ReportReader;
import org.crosscheck.ingest.TextDumpReader;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.nlp.attribution.Citation;
import org.crosscheck.nlp.attribution.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who said what in the two seed reports, read by the real readers and annotator. */
class SeedAttributionTest {

  private static Attributions foxNews;
  private static Attributions express;
  private static Annotations foxNewsNames;
  private static Annotations expressNames;

  @BeforeAll
  static void attributeSeeds() throws IOException {
    Annotator annotator = SharedData.ukraineAnnotator();
    Attributor attributor = new Attributor();
    Article md = read(new MarkdownReader(), "003_");
    foxNewsNames = annotator.annotate(md);
    foxNews = attributor.attribute(md.text(), foxNewsNames);
    Article dump = read(new TextDumpReader(), "000_");
    expressNames = annotator.annotate(dump);
    express = attributor.attribute(dump.text(), expressNames);
    print(md.text(), foxNews);
    print(dump.text(), express);
    foxNewsNames.entities().stream().filter(e -> e.type() != EntityType.LOCATION).forEach(System.out::println);
    expressNames.entities().stream().filter(e -> e.type() != EntityType.LOCATION).forEach(System.out::println);
  }

  private static Article read(ReportReader reader, String prefix) throws IOException {
    Path seeds = SharedData.shared().resolve("seeds");
    Path file;
    try (var files = Files.list(seeds)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
    List<Article> out = new ArrayList<>();
    reader.read(InputSource.ofFile(file), new ArticleSink() {
      @Override
      public void accept(Article article) {
        out.add(article);
      }

      @Override
      public void skip(String location, String reason) {
        throw new AssertionError(location + ": " + reason);
      }
    });
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static void print(String text, Attributions a) {
    for (Quote q : a.quotes()) {
      System.out.printf("%-8s %d %-22s %-30s [%s] %s%n", q.kind(), q.parts().size(), q.speakerId(), q.speakerDescription(), q.cue(),
          q.text().length() > 70 ? q.text().substring(0, 70) + "…" : q.text());
    }
    for (Citation c : a.citations()) System.out.println(c);
  }

  @Test
  void printsOnly() {
    assertThat(foxNews.quotes()).isNotEmpty();
  }
}
