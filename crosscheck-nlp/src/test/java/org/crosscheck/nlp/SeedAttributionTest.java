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
    print(foxNews);
    print(express);
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

  private static void print(Attributions a) {
    for (Quote q : a.quotes()) {
      System.out.printf("%-8s %-22s %-30s [%s] %s%n", q.kind(), q.speakerId(), q.speakerDescription(), q.cue(),
          q.text().length() > 70 ? q.text().substring(0, 70) + "…" : q.text());
    }
    for (Citation c : a.citations()) System.out.println(c);
  }

  @Test
  void allNineTrehubovQuotesAreHisIncludingTheOneSaidByHe() {
    List<Quote> his = foxNews.quotesBy("person:trehubov");
    assertThat(his).hasSize(9);
    assertThat(his).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).hasSize(7);
    assertThat(his).anySatisfy(q -> {
      assertThat(q.speakerDescription()).isEqualTo("he");
      assertThat(q.text()).startsWith("The counteroffensive came as a surprise").contains("Right now");
    });
    assertThat(his).anySatisfy(q -> assertThat(q.text()).startsWith("They are surrendering")
        .contains("There have even been cases of foreigners"));
    assertThat(his).anySatisfy(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.INDIRECT);
      assertThat(q.text()).startsWith("Russian forces inside Kupyansk now number only several dozen");
    });
  }

  @Test
  void foxNewsRelaysTheKyivPostAndATelevisedBriefing() {
    assertThat(foxNews.citations()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(Citation.Kind.OUTLET);
      assertThat(c.target()).isEqualTo("Kyiv Post");
      assertThat(c.cue()).isEqualTo("reported");
    });
    assertThat(foxNews.citations()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(Citation.Kind.EVENT);
      assertThat(c.target()).isEqualTo("televised briefing");
      assertThat(c.via()).isEqualTo("Ukrainian state media");
    });
    assertThat(foxNews.citations()).anySatisfy(c -> {
      assertThat(c.kind()).isEqualTo(Citation.Kind.REPORT);
      assertThat(c.cue()).isEqualTo("according to");
    });
  }

  @Test
  void rybarIsQuotedTwiceWithTheParagraphThatCarriesOn() {
    Entity rybar = expressNames.entities().stream().filter(e -> e.name().equals("Rybar")).findFirst().orElseThrow();
    List<Quote> his = express.quotesBy(rybar.id());
    assertThat(his).filteredOn(q -> q.kind() == Quote.Kind.DIRECT).extracting(Quote::text)
        .anySatisfy(t -> assertThat(t).startsWith("Systematic exaggeration of successes"))
        .anySatisfy(t -> assertThat(t).startsWith("Due to incorrect reports on the situation upwards"));
    assertThat(his).anySatisfy(q -> {
      assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
      assertThat(q.text()).contains("worse than critical");
    });
  }

  @Test
  void expressQuotesKovalenkoGerasimovZelenskyAndAnUnnamedBlogger() {
    assertThat(express.quotes()).anySatisfy(q -> {
      assertThat(speakerName(q)).isEqualTo("Andriy Kovalenko");
      assertThat(q.text()).isEqualTo("Kupyansk. The Russians are dead.");
    });
    assertThat(express.quotes()).anySatisfy(q -> {
      assertThat(speakerName(q)).isEqualTo("Valery Gerasimov");
      assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
      assertThat(q.text()).startsWith("units of the 'West' grouping have liberated the city of Kupyansk");
    });
    assertThat(express.quotes()).anySatisfy(q -> {
      assertThat(speakerName(q)).isEqualTo("Zelensky");
      assertThat(q.speakerDescription()).isEqualTo("he");
      assertThat(q.text()).startsWith("[Moscow] cannot tell President Trump");
    });
    assertThat(express.quotes()).anySatisfy(q -> {
      assertThat(q.speakerId()).isNull();
      assertThat(q.speakerDescription()).isEqualTo("Another Russian military blogger");
      assertThat(q.text()).isEqualTo("Kupyansk is f***ed");
    });
  }

  private static String speakerName(Quote q) {
    return q.speakerId() == null ? null : expressNames.entity(q.speakerId()).map(Entity::name).orElse(null);
  }
}
