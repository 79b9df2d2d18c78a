package org.crosscheck.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.NlpSettings;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.crosscheck.nlp.geo.PlaceResolver;

/**
 * Scores the geoparser on news corpora with gold toponyms (LGL, GeoWebNews as JSON Lines: {@code
 * {doc_id, text, date?, toponyms: [{start, end, lat?, lon?}]}}), with the metrics of
 * {@code shared/eval/geoparsing/README.md}.
 *
 * <p>Gold toponyms are those with coordinates. Recognition: precision, recall and F1 of location
 * spans, exact and overlapping (one-to-one). Resolution, over gold toponyms found (overlap):
 * Acc@161km, mean and median error; a found but unresolved toponym counts as a miss at 20,038 km
 * (half the Earth's circumference). End to end: the share of all gold toponyms resolved within
 * 161 km.
 *
 * <p>{@code --cache DIR} keeps the tagger's output per corpus and settings in DIR, so that a second
 * run skips CoreNLP and scores a change to place resolution in seconds. The articles' URLs are
 * passed on, as the pipeline does, for the outlet's town; {@code --no-outlet} leaves them out.
 *
 * <pre>GeoparsingEvaluation [--gazetteer FILE] [--threads N] [--ner MODEL,...] [--cache DIR] [--no-outlet] CORPUS.jsonl...</pre>
 */
public final class GeoparsingEvaluation {

  private static final double MISS_KM = 20038;
  /** Where to list the misses (-Dgeoparsing.misses=FILE), for error analysis. */
  private static final java.io.PrintStream DEBUG = misses();

  private static java.io.PrintStream misses() {
    String file = System.getProperty("geoparsing.misses");
    try {
      return file == null ? null : new java.io.PrintStream(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  record Gold(int start, int end, double lat, double lon) {}

  record Doc(String id, String text, LocalDate date, List<Gold> gold, String url) {
    Doc(String id, String text, LocalDate date, List<Gold> gold) {
      this(id, text, date, gold, null);
    }
  }

  /** Counts for one corpus. */
  static final class Score {
    int gold;
    int system;
    int exactMatched;
    int overlapSystemMatched;
    int overlapGoldMatched;
    int within161;
    final List<Double> errors = new ArrayList<>();

    synchronized void add(Score s) {
      gold += s.gold;
      system += s.system;
      exactMatched += s.exactMatched;
      overlapSystemMatched += s.overlapSystemMatched;
      overlapGoldMatched += s.overlapGoldMatched;
      within161 += s.within161;
      errors.addAll(s.errors);
    }
  }

  public static void main(String[] args) throws Exception {
    Path gazetteerFile = null;
    int threads = 2;
    List<Path> corpora = new ArrayList<>();
    NlpSettings settings = NlpSettings.defaults();
    Path cache = null;
    boolean outlets = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ner" -> settings = new NlpSettings(Arrays.asList(args[++i].split(",")));
        case "--gazetteer" -> gazetteerFile = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        case "--no-outlet" -> outlets = false;
        default -> corpora.add(Path.of(args[i]));
      }
    }
    Gazetteer gazetteer = gazetteerFile == null ? Gazetteer.loadDefault() : Gazetteer.read(gazetteerFile);
    System.out.printf("gazetteer: %s, %,d features%n",
        gazetteerFile == null ? "default (world cities500 + admin1 + countries)" : gazetteerFile, gazetteer.size());
    System.out.printf("settings: %s%n", settings);
    PlaceResolver resolver = new PlaceResolver(gazetteer);
    Annotator finisher = Annotator.forTagged(resolver);
    Annotator tagger = null;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Path corpus : corpora) {
        List<Doc> docs = read(corpus);
        long t0 = System.nanoTime();
        Path cached = cache == null ? null
            : cache.resolve(corpus.getFileName() + "." + Integer.toHexString(settings.toString().hashCode()) + ".tags.json");
        Map<String, Annotator.Tagged> tags = cached != null && Files.exists(cached) ? readTags(cached) : null;
        if (tags == null) {
          if (tagger == null) tagger = new Annotator(settings, resolver);
          Annotator t = tagger;
          Map<String, Future<Annotator.Tagged>> pending = new java.util.LinkedHashMap<>();
          for (Doc d : docs) pending.put(d.id(), pool.submit(() -> t.tag(d.text())));
          tags = new java.util.LinkedHashMap<>();
          for (var e : pending.entrySet()) tags.put(e.getKey(), e.getValue().get());
          if (cached != null) {
            Files.createDirectories(cache);
            new ObjectMapper().writeValue(cached.toFile(), tags);
          }
        }
        Map<String, Annotator.Tagged> found = tags;
        boolean withUrls = outlets;
        Score total = new Score();
        List<Future<Score>> parts = new ArrayList<>();
        for (Doc d : docs) {
          parts.add(pool.submit(() -> score(d, finisher.annotate(d.id(), d.text(), d.date(), found.get(d.id()), withUrls ? d.url() : null))));
        }
        for (Future<Score> f : parts) total.add(f.get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        report(corpus.getFileName().toString(), docs.size(), total, seconds);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Map<String, Annotator.Tagged> readTags(Path file) throws IOException {
    var json = new ObjectMapper();
    return json.readValue(file.toFile(),
        json.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, Annotator.Tagged.class));
  }

  static Score score(Doc doc, Annotations a) {
    Map<String, Place> places = new HashMap<>();
    for (Place p : a.places()) places.put(p.entityId(), p);
    List<Mention> found = a.mentions().stream().filter(m -> m.type() == EntityType.LOCATION).toList();
    Score s = new Score();
    s.gold = doc.gold().size();
    s.system = found.size();
    boolean[] used = new boolean[found.size()];
    for (Gold g : doc.gold()) {
      for (Mention m : found) {
        if (m.start() == g.start() && m.end() == g.end()) {
          s.exactMatched++;
          break;
        }
      }
      int match = -1;
      for (int i = 0; i < found.size(); i++) {
        Mention m = found.get(i);
        if (!used[i] && m.start() < g.end() && g.start() < m.end()) {
          match = i;
          break;
        }
      }
      if (match < 0) continue;
      used[match] = true;
      s.overlapGoldMatched++;
      Place p = places.get(found.get(match).entityId());
      double error = p == null ? MISS_KM : GazetteerEntry.distanceKm(p.lat(), p.lon(), g.lat(), g.lon());
      if (DEBUG != null && error > 161) {
        synchronized (DEBUG) {
          DEBUG.printf("%s\t%s\t%s\t%.0f\t%s\t%.3f,%.3f%n", doc.id(), doc.text().substring(g.start(), g.end()),
              found.get(match).text(), error, p == null ? "-" : p.name() + "/" + p.country() + "/" + p.featureCode(),
              g.lat(), g.lon());
        }
      }
      s.errors.add(error);
      if (error <= 161) s.within161++;
    }
    s.overlapSystemMatched = (int) java.util.stream.IntStream.range(0, used.length).filter(i -> used[i]).count();
    return s;
  }

  private static void report(String name, int docs, Score s, double seconds) {
    double pe = ratio(s.exactMatched, s.system);
    double re = ratio(s.exactMatched, s.gold);
    double po = ratio(s.overlapSystemMatched, s.system);
    double ro = ratio(s.overlapGoldMatched, s.gold);
    double[] e = s.errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = Arrays.stream(e).average().orElse(Double.NaN);
    double median = e.length == 0 ? Double.NaN
        : e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    System.out.printf("%s: %d documents, %d gold toponyms with coordinates, %d system toponyms, %.1f s%n",
        name, docs, s.gold, s.system, seconds);
    System.out.printf("  recognition exact   P %.3f  R %.3f  F1 %.3f%n", pe, re, f1(pe, re));
    System.out.printf("  recognition overlap P %.3f  R %.3f  F1 %.3f%n", po, ro, f1(po, ro));
    System.out.printf("  resolution (over %d found): Acc@161km %.3f  mean error %.0f km  median error %.1f km%n",
        e.length, ratio(s.within161, e.length), mean, median);
    System.out.printf("  end to end: %.3f of all gold toponyms resolved within 161 km (recall %.3f)%n",
        ratio(s.within161, s.gold), ro);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<Doc> read(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(corpus)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        List<Gold> gold = new ArrayList<>();
        for (JsonNode t : n.path("toponyms")) {
          if (t.hasNonNull("lat") && t.hasNonNull("lon")) {
            gold.add(new Gold(t.get("start").asInt(), t.get("end").asInt(), t.get("lat").asDouble(), t.get("lon").asDouble()));
          }
        }
        LocalDate date = null;
        String raw = n.path("date").asText("");
        if (raw.length() >= 10) {
          try {
            date = LocalDate.parse(raw.substring(0, 10));
          } catch (RuntimeException e) {
            System.err.printf("%s line %d: unreadable date %s, read without one%n", corpus, lineNo, raw);
          }
        }
        docs.add(new Doc(n.path("doc_id").asText(String.valueOf(lineNo)), n.path("text").asText(), date, gold,
            n.path("url").asText(null)));
      }
    }
    return docs;
  }
}
