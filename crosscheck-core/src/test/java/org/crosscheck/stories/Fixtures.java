package org.crosscheck.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.jsoup.Jsoup;

/** Test articles: the shared seeds (lightly parsed) and our own small fixtures. */
final class Fixtures {
  private Fixtures() {}

  static Path seeds() {
    return Path.of(System.getProperty("crosscheck.shared", "../../shared"), "seeds");
  }

  /** Seed 000: a plain-text page dump; its first line stands in for the headline. */
  static Article seedTextDump() {
    String text = read(seeds().resolve("000_ee8a5f18b5e8236e.txt"));
    List<String> lines = Arrays.stream(text.split("\\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new ArticleBuilder(InputFormat.TEXT, "seeds/000").title(lines.getFirst())
        .published(OffsetDateTime.of(2025, 12, 25, 9, 21, 0, 0, ZoneOffset.UTC), "dateline")
        .paragraphs(lines.subList(1, lines.size())).build();
  }

  /** Seed 003: Markdown with YAML front matter and an HTML body. */
  static Article seedMarkdown() {
    String text = read(seeds().resolve("003_f6196b3834659f35.txt"));
    int end = text.indexOf("\n---", 4);
    String front = text.substring(0, end);
    String body = text.substring(end + 4);
    ArticleBuilder b = new ArticleBuilder(InputFormat.MARKDOWN, "seeds/003").title(field(front, "title"))
        .url(field(front, "link")).description(field(front, "description")).source("Fox News")
        .published(LocalDate.parse(field(front, "date")).atStartOfDay().atOffset(ZoneOffset.UTC), "front-matter");
    Jsoup.parse(body).select("p").forEach(p -> b.paragraph(p.text()));
    return b.build();
  }

  /** One of our fixtures: first line the headline, each further line a paragraph. */
  static Article fixture(String name, String source, OffsetDateTime published) {
    try (var in = Fixtures.class.getResourceAsStream(name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
      return new ArticleBuilder(InputFormat.TEXT, "fixture/" + name).source(source).title(lines.getFirst())
          .published(published, "test").paragraphs(lines.subList(1, lines.size())).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String field(String front, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + ":\\s*\"?(.*?)\"?\\s*$").matcher(front);
    return m.find() ? m.group(1) : null;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
