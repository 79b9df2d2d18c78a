package org.crosscheck.nlp.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.attribution.Attributions;
import org.crosscheck.nlp.attribution.Attributor;
import org.crosscheck.nlp.attribution.Quote;
import org.crosscheck.nlp.eval.AttributionScore.Attribution;
import org.crosscheck.nlp.eval.AttributionScore.Counts;
import org.crosscheck.nlp.eval.AttributionScore.Role;
import org.crosscheck.nlp.eval.AttributionScore.Span;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Measures the attributor on PolNeAR (brat standoff: a text per article, an {@code .ann} per
 * article and annotator) and the time attribution adds to the annotation step.
 *
 * <pre>AttributionEvaluation [--split dev|train] [--limit N] [--show N] [--quotes N] [--only TEXT] [--cache DIR] [--dump FILE] PolNeAR-DIR</pre>
 *
 * <p>PolNeAR-DIR holds {@code <split>/text/NAME.txt} and {@code <split>/attributions/NAME_<annotator>.ann};
 * an article annotated by several annotators is scored against the first annotator's file in
 * name order. {@code --show N} prints N missed and N wrong attributions for reading; {@code --quotes
 * N} prints N gold direct quotes whose speaker we miss, each with why and its paragraph; {@code --only TEXT} keeps the articles whose name holds TEXT. {@code --cache
 * DIR} keeps each article's annotations there (JSON), so a tuning run need not annotate again; the
 * times it prints then are not the annotator's. {@code --dump FILE} writes the predicted
 * attributions as JSON (article name to spans) for error analysis.
 */
public final class AttributionEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private AttributionEvaluation() {}

  /** One article: its text and gold attributions. */
  record Doc(String name, String text, List<Attribution> gold) {}

  public static void main(String[] args) throws Exception {
    String split = "dev";
    int limit = Integer.MAX_VALUE;
    int show = 0;
    int showQuotes = 0;
    String only = "";
    Path dir = null;
    Path cache = null;
    Path dump = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        case "--quotes" -> showQuotes = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        case "--cache" -> cache = Path.of(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        default -> dir = Path.of(args[i]);
      }
    }
    if (dir == null) {
      System.err.println("usage: AttributionEvaluation [--split dev|train] [--limit N] [--show N] [--quotes N] [--only TEXT] [--cache DIR] [--dump FILE] PolNeAR-DIR");
      System.exit(2);
    }
    String wanted = only;
    List<Doc> docs = read(dir.resolve(split), limit).stream().filter(d -> d.name().contains(wanted)).toList();
    Annotator annotator = new Annotator(NlpSettings.defaults(), new PlaceResolver(Gazetteer.loadDefault()));
    Attributor attributor = new Attributor();
    if (cache == null) annotator.annotate("warm-up", docs.get(0).text(), null);

    long annotateNanos = 0;
    long attributeNanos = 0;
    List<Annotations> annotated = new ArrayList<>();
    AttributionScore score = new AttributionScore();
    int shown = 0;
    int quotesShown = 0;
    Map<String, List<Attribution>> dumped = new TreeMap<>();
    for (Doc d : docs) {
      long t0 = System.nanoTime();
      Annotations a = cache == null ? annotator.annotate(d.name(), d.text(), null) : cached(cache, d, annotator);
      long t1 = System.nanoTime();
      Attributions found = attributor.attribute(d.text(), a);
      long t2 = System.nanoTime();
      annotateNanos += t1 - t0;
      attributeNanos += t2 - t1;
      annotated.add(a);
      List<Attribution> predicted = predicted(found);
      score.add(d.text(), predicted, d.gold());
      if (dump != null) dumped.put(d.name(), predicted);
      if (shown < show) shown += showMisses(d, predicted, show - shown);
      if (quotesShown < showQuotes) quotesShown += showQuoteMisses(d, predicted, showQuotes - quotesShown);
    }
    // Attribution alone again, over the kept annotations, once the JIT has warmed to it.
    long t3 = System.nanoTime();
    for (int i = 0; i < docs.size(); i++) attributor.attribute(docs.get(i).text(), annotated.get(i));
    long warmAttribute = System.nanoTime() - t3;

    if (dump != null) JSON.writeValue(dump.toFile(), dumped);
    long goldCount = docs.stream().mapToLong(d -> d.gold().size()).sum();
    System.out.printf("PolNeAR %s: %d articles, %d gold attributions%n%n", split, docs.size(), goldCount);
    System.out.println("role      exact P/R/F1            overlap P/R/F1");
    for (Role r : Role.values()) {
      Counts e = score.exact(r);
      Counts o = score.overlap(r);
      System.out.printf("%-8s  %.3f %.3f %.3f     %.3f %.3f %.3f%n", r.name().toLowerCase(Locale.ROOT),
          e.precision(), e.recall(), e.f1(), o.precision(), o.recall(), o.f1());
    }
    AttributionScore.Speakers s = score.speakers();
    System.out.printf("%ndirect quotes (gold, with a source): %d; found: %d; speaker right: %d%n", s.quotes(), s.found(), s.right());
    System.out.printf("speaker accuracy: %.3f of all direct quotes, %.3f of those found%n",
        s.quotes() == 0 ? 0 : (double) s.right() / s.quotes(), s.found() == 0 ? 0 : (double) s.right() / s.found());
    System.out.println("speaker misses (gold source a lone pronoun):");
    for (AttributionScore.QuoteMiss m : AttributionScore.QuoteMiss.values()) {
      System.out.printf("  %-26s %5d (%d)%n", m.name().toLowerCase(Locale.ROOT).replace('_', ' '), score.quoteMisses(m), score.pronounMisses(m));
    }
    if (cache != null) System.out.printf("%n(annotations read from the cache: the annotation time below is not the annotator's)");
    System.out.printf("%ntime: annotation %.1f ms/article, attribution %.2f ms/article (%.2f warm): +%.1f%% (+%.1f%% warm)%n",
        annotateNanos / 1e6 / docs.size(), attributeNanos / 1e6 / docs.size(), warmAttribute / 1e6 / docs.size(),
        100.0 * attributeNanos / annotateNanos, 100.0 * warmAttribute / annotateNanos);
    System.out.println("""

        Definitions. Exact: a predicted cue is right when a gold cue has exactly its spans; a predicted
        source (content) is right when a gold attribution whose cue overlaps its cue has exactly its
        source (content) spans, blanks at the edges aside. Overlap: letter-and-digit tokens covered by
        predicted spans of the role against those covered by gold spans of the role, per article.
        Direct quote: a gold attribution with a source whose content starts with a double quote mark
        and ends with one (a single trailing . , ; : ! ? allowed); its speaker is right when a
        prediction whose content shares a token with it has a source overlapping the gold source.
        A quote carrying on the one before it (no cue of its own) is scored as part of that one.""");
  }

  /**
   * The article's annotations from {@code cache}, annotating and storing them the first time. Only
   * what the attributor reads is kept (sentences, mentions, entities), so tuning runs need not wait
   * for the annotator.
   */
  private static Annotations cached(Path cache, Doc d, Annotator annotator) throws IOException {
    Path file = cache.resolve(d.name() + ".json");
    if (Files.exists(file)) return JSON.readValue(file.toFile(), Annotations.class);
    Annotations a = annotator.annotate(d.name(), d.text(), null);
    Annotations kept = new Annotations(a.articleId(), a.sentences(), a.mentions(), a.entities(), List.of(), List.of());
    Files.createDirectories(cache);
    JSON.writeValue(file.toFile(), kept);
    return a;
  }

  /** Our quotes as attributions; a quote that carries on the one before joins its content. */
  static List<Attribution> predicted(Attributions found) {
    List<Attribution> out = new ArrayList<>();
    for (Quote q : found.quotes()) {
      List<Span> content = q.parts().stream().map(p -> new Span(p.start(), p.end())).toList();
      if (q.cue() == null && q.speakerDescription() != null && !out.isEmpty()) {
        Attribution last = out.remove(out.size() - 1);
        List<Span> joined = new ArrayList<>(last.content());
        joined.addAll(content);
        out.add(new Attribution(last.source(), last.cue(), joined));
        continue;
      }
      List<Span> source = q.speakerSpan() == null ? List.of() : List.of(new Span(q.speakerSpan().start(), q.speakerSpan().end()));
      List<Span> cue = q.cueSpan() == null ? List.of() : List.of(new Span(q.cueSpan().start(), q.cueSpan().end()));
      out.add(new Attribution(source, cue, content));
    }
    return out;
  }

  static List<Doc> read(Path split, int limit) throws IOException {
    Map<String, Path> annotations = new TreeMap<>();
    try (var files = Files.list(split.resolve("attributions"))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".ann")) continue;
        String article = name.substring(0, name.lastIndexOf('_'));
        annotations.putIfAbsent(article, p);
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotations.entrySet()) {
      if (docs.size() >= limit) break;
      Path textFile = split.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.exists(textFile)) {
        System.err.println(e.getValue() + ": skipped, no text file " + textFile.getFileName());
        continue;
      }
      try {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        docs.add(new Doc(e.getKey(), text, brat(Files.readString(e.getValue(), StandardCharsets.UTF_8))));
      } catch (IOException | RuntimeException ex) {
        System.err.println(e.getValue() + ": skipped, " + ex.getMessage());
      }
    }
    return docs;
  }

  /**
   * Attributions from brat standoff lines: {@code T<n>\tRole START END[;START END]\ttext} and
   * {@code E<n>\tAttribution:T.. Source:T.. Cue:T.. Content:T..}.
   */
  static List<Attribution> brat(String ann) {
    Map<String, List<Span>> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2) continue;
      if (cols[0].startsWith("T")) {
        String ranges = cols[1].substring(cols[1].indexOf(' ') + 1);
        List<Span> list = new ArrayList<>();
        for (String r : ranges.split(";")) {
          String[] se = r.trim().split(" ");
          list.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        spans.put(cols[0], list);
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1]);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String e : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String arg : e.trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) continue;
        String role = arg.substring(0, colon).replaceAll("\\d+$", "");
        List<Span> s = spans.getOrDefault(arg.substring(colon + 1), List.of());
        switch (role) {
          case "Source" -> source.addAll(s);
          case "Cue" -> cue.addAll(s);
          case "Content" -> content.addAll(s);
          default -> {}
        }
      }
      out.add(new Attribution(source, cue, content));
    }
    return out;
  }

  private static int showMisses(Doc d, List<Attribution> predicted, int max) {
    int n = 0;
    for (Attribution g : d.gold()) {
      if (n >= max) break;
      if (AttributionScore.isDirectQuote(g, d.text())
          && AttributionScore.speakers(d.text(), predicted, List.of(g)).right() == 0) {
        int at = g.content().get(0).start();
        System.out.printf("QUOTE %s | src=%s | cue=%s | context=%s%n", d.name(), text(d.text(), g.source()),
            text(d.text(), g.cue()), d.text().substring(Math.max(0, at - 60), Math.min(d.text().length(), at + 160)).replace('\n', '/'));
        n++;
      }
      boolean found = predicted.stream().anyMatch(p -> overlaps(p.cue(), g.cue()));
      String src = text(d.text(), g.source());
      if (!found) {
        System.out.printf("MISS  %s | src=%s | cue=%s | content=%s%n", d.name(), src, text(d.text(), g.cue()), cut(text(d.text(), g.content())));
        n++;
      } else {
        for (Attribution p : predicted) {
          if (!overlaps(p.cue(), g.cue())) continue;
          if (!AttributionScore.normal(p.source(), d.text()).equals(AttributionScore.normal(g.source(), d.text()))) {
            System.out.printf("SRC   %s | gold=%s | ours=%s | cue=%s%n", d.name(), src, text(d.text(), p.source()), text(d.text(), p.cue()));
            n++;
          }
        }
      }
    }
    for (Attribution p : predicted) {
      if (n >= max) break;
      if (d.gold().stream().noneMatch(g -> overlaps(p.cue(), g.cue()))) {
        System.out.printf("EXTRA %s | src=%s | cue=%s | content=%s%n", d.name(), text(d.text(), p.source()), text(d.text(), p.cue()), cut(text(d.text(), p.content())));
        n++;
      }
    }
    return n;
  }

  /** Gold direct quotes whose speaker we miss, with why, the gold source and cue, ours, and the paragraph. */
  private static int showQuoteMisses(Doc d, List<Attribution> predicted, int max) {
    int n = 0;
    String t = d.text();
    for (Attribution g : d.gold()) {
      if (n >= max) break;
      AttributionScore.QuoteMiss miss = AttributionScore.isDirectQuote(g, t) ? AttributionScore.quoteMiss(t, predicted, g) : null;
      if (miss == null) continue;
      int at = g.content().get(0).start();
      int from = Math.max(0, t.lastIndexOf('\n', Math.max(0, t.lastIndexOf('\n', at) - 2)));
      int to = t.indexOf('\n', g.content().get(g.content().size() - 1).end());
      to = to < 0 ? t.length() : Math.min(to, at + 600);
      List<String> ours = predicted.stream().filter(p -> overlaps(p.content(), g.content()))
          .map(p -> text(t, p.source()) + " / " + text(t, p.cue())).toList();
      System.out.printf("%s %s | gold=%s / %s | ours=%s%n    %s%n", miss, d.name(), text(t, g.source()), text(t, g.cue()),
          ours, t.substring(from, to).strip().replace("\n", " ¶ "));
      n++;
    }
    return n;
  }

  private static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) for (Span y : b) if (x.overlaps(y)) return true;
    return false;
  }

  private static String text(String text, List<Span> spans) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) sb.append(sb.isEmpty() ? "" : " … ").append(text, s.start(), s.end());
    return sb.toString().replace('\n', ' ');
  }

  private static String cut(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
