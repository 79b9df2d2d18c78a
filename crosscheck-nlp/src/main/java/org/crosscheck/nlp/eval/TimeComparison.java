package org.crosscheck.nlp.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.nlp.TimeExpressions;
import org.crosscheck.nlp.TimeRef;

/**
 * Compares {@link TimeExpressions} with CoreNLP's SUTime on the same texts and publication dates:
 * how many expressions each finds, how many overlap with the same value, the time each takes,
 * and every disagreement with its context for a hand check.
 *
 * <pre>TimeComparison [--date YYYY-MM-DD] [--dated] [--docs N] [--out FILE] CORPUS.jsonl|TEXT...</pre>
 *
 * A JSON Lines corpus gives documents with their own dates, or the day in their URL; a text file
 * is one document. {@code --date} is the publication date of documents without one; {@code
 * --dated} keeps only documents with a date of their own.
 */
public final class TimeComparison {

  private TimeComparison() {}

  private record Found(int start, int end, String value) {}

  public static void main(String[] args) throws Exception {
    LocalDate fallback = null;
    int limit = Integer.MAX_VALUE;
    boolean datedOnly = false;
    Path out = Path.of("time-disagreements.txt");
    List<GeoparsingEvaluation.Doc> docs = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--date" -> fallback = LocalDate.parse(args[++i]);
        case "--docs" -> limit = Integer.parseInt(args[++i]);
        case "--dated" -> datedOnly = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    for (Path p : inputs) {
      if (p.toString().endsWith(".jsonl")) docs.addAll(withUrlDates(p, GeoparsingEvaluation.read(p)));
      else docs.add(new GeoparsingEvaluation.Doc(p.getFileName().toString(), Files.readString(p), null, List.of()));
    }
    if (datedOnly) docs = docs.stream().filter(d -> d.date() != null).toList();
    docs = docs.subList(0, Math.min(limit, docs.size()));

    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    props.setProperty("sutime.markTimeRanges", "false");
    props.setProperty("sutime.includeRange", "false");
    var sutime = new edu.stanford.nlp.time.TimeAnnotator("sutime", props);
    TimeExpressions ours = TimeExpressions.english();
    // CPU time, not wall time: the machine is shared.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();

    int both = 0;
    int sameValue = 0;
    int onlySutime = 0;
    int onlyOurs = 0;
    int sutimeTotal = 0;
    int oursTotal = 0;
    long sutimeNanos = 0;
    long oursNanos = 0;
    try (PrintStream report = new PrintStream(out.toFile(), StandardCharsets.UTF_8)) {
      for (GeoparsingEvaluation.Doc d : docs) {
        LocalDate date = d.date() != null ? d.date() : fallback;
        Annotation doc = new Annotation(d.text());
        if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        pipeline.annotate(doc);
        long t0 = cpu.getCurrentThreadCpuTime();
        sutime.annotate(doc);
        sutimeNanos += cpu.getCurrentThreadCpuTime() - t0;
        List<Found> theirs = new ArrayList<>();
        List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap m : timexes == null ? List.<CoreMap>of() : timexes) {
          Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
          if (t == null || t.value() == null) continue;
          theirs.add(new Found(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), t.value()));
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        List<TimeRef> mine = ours.find(d.text(), date);
        oursNanos += cpu.getCurrentThreadCpuTime() - t1;
        sutimeTotal += theirs.size();
        oursTotal += mine.size();
        boolean[] matched = new boolean[theirs.size()];
        for (TimeRef r : mine) {
          int match = -1;
          for (int i = 0; i < theirs.size(); i++) {
            Found f = theirs.get(i);
            if (!matched[i] && f.start < r.end() && r.start() < f.end) {
              match = i;
              break;
            }
          }
          if (match < 0) {
            onlyOurs++;
            report.printf("%s\tOURS ONLY\t%s = %s\t| %s%n", d.id(), r.text(), r.value(), context(d.text(), r.start(), r.end()));
            continue;
          }
          matched[match] = true;
          both++;
          Found f = theirs.get(match);
          if (f.value.equals(r.value())) {
            sameValue++;
          } else {
            report.printf("%s\tVALUE\tours %s = %s, SUTime %s = %s\t| %s%n", d.id(), r.text(), r.value(),
                d.text().substring(f.start, f.end), f.value, context(d.text(), r.start(), r.end()));
          }
        }
        for (int i = 0; i < theirs.size(); i++) {
          if (matched[i]) continue;
          onlySutime++;
          Found f = theirs.get(i);
          report.printf("%s\tSUTIME ONLY\t%s = %s\t| %s%n", d.id(), d.text().substring(f.start, f.end), f.value,
              context(d.text(), f.start, f.end));
        }
      }
    }
    System.out.printf("%d documents; SUTime %d expressions, ours %d%n", docs.size(), sutimeTotal, oursTotal);
    System.out.printf("overlapping %d (same value %d), SUTime only %d, ours only %d%n", both, sameValue, onlySutime, onlyOurs);
    System.out.printf("CPU time: SUTime %.1f ms per document (after tokenize, ssplit, pos), ours %.2f ms%n",
        sutimeNanos / 1e6 / docs.size(), oursNanos / 1e6 / docs.size());
    System.out.printf("disagreements listed in %s%n", out);
  }

  private static final java.util.regex.Pattern URL_DATE =
      java.util.regex.Pattern.compile("/((?:19|20)\\d\\d)[/-]?(\\d\\d)[/-]?(\\d\\d)/");

  /** Dates the documents without one by the day in their URL ("/2018/04/05/"), where it has one. */
  private static List<GeoparsingEvaluation.Doc> withUrlDates(Path corpus, List<GeoparsingEvaluation.Doc> docs)
      throws java.io.IOException {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Map<String, LocalDate> byId = new java.util.HashMap<>();
    for (String line : Files.readAllLines(corpus)) {
      if (line.isBlank()) continue;
      var n = json.readTree(line);
      var m = URL_DATE.matcher(n.path("url").asText(""));
      if (m.find()) {
        try {
          byId.put(n.path("doc_id").asText(), LocalDate.of(Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
          // not a date after all
        }
      }
    }
    List<GeoparsingEvaluation.Doc> out = new ArrayList<>();
    for (GeoparsingEvaluation.Doc d : docs) {
      LocalDate date = d.date() != null ? d.date() : byId.get(d.id());
      out.add(new GeoparsingEvaluation.Doc(d.id(), d.text(), date, d.gold()));
    }
    return out;
  }

  private static String context(String text, int start, int end) {
    String s = text.substring(Math.max(0, start - 50), start) + "[[" + text.substring(start, end) + "]]"
        + text.substring(end, Math.min(text.length(), end + 40));
    return s.replaceAll("\\s+", " ");
  }
}
