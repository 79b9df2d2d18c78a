package org.crosscheck.claims.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;

/**
 * One half of the gold set, read from a JSON Lines file: the articles (with the claim types
 * annotated exhaustively in each), the gold claims, and the expected status of some keys.
 */
public record GoldSet(String name, List<GoldArticle> articles, List<GoldClaim> claims, List<GoldStatus> statuses) {

  /** An article reference ("demo:seeds/000_….txt", "own:goma-m23.md") and its exhaustive types. */
  public record GoldArticle(String ref, List<ClaimType> exhaustive) {}

  /** A claim a reader should find. */
  public record GoldClaim(String article, String sentence, ClaimType type, String place, String actorSide,
      String direction, Polarity polarity, String claimant, String value) {}

  /** The status a key should get. */
  public record GoldStatus(ClaimType type, String place, String side, String period, Status status) {}

  private static final List<String> TUNED_HALVES = List.of("dev", "tune", "heldout");
  private static final Pattern BLIND_HALF = Pattern.compile("blind(\\d*)\\.jsonl");

  /**
   * The halves in a gold folder: the three we tune on, then every blind half ({@code blind.jsonl},
   * {@code blind2.jsonl}, …) in the order they were written, so a new half counts by being added.
   */
  public static List<String> halves(Path folder) throws IOException {
    List<String> halves = new ArrayList<>();
    for (String half : TUNED_HALVES) {
      if (Files.isRegularFile(folder.resolve(half + ".jsonl"))) halves.add(half);
    }
    try (Stream<Path> files = Files.list(folder)) {
      files.map(f -> BLIND_HALF.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .sorted(Comparator.comparingInt(m -> m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1))))
          .forEach(m -> halves.add("blind" + m.group(1)));
    }
    return halves;
  }

  public static GoldSet read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldArticle> articles = new ArrayList<>();
    List<GoldClaim> claims = new ArrayList<>();
    List<GoldStatus> statuses = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file)) {
      lineNo++;
      if (line.isBlank()) continue;
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file.getFileName() + ":" + lineNo + ": " + e.getMessage(), e);
      }
      switch (n.path("kind").asText()) {
        case "article" -> {
          List<ClaimType> types = new ArrayList<>();
          n.path("exhaustive").forEach(t -> types.add(ClaimType.valueOf(t.asText())));
          articles.add(new GoldArticle(n.path("article").asText(), types));
        }
        case "claim" -> claims.add(new GoldClaim(n.path("article").asText(), n.path("sentence").asText(),
            ClaimType.valueOf(n.path("type").asText()), text(n, "place"), text(n, "actorSide"), text(n, "direction"),
            Polarity.valueOf(n.path("polarity").asText()), text(n, "claimant"), text(n, "value")));
        case "status" -> statuses.add(new GoldStatus(ClaimType.valueOf(n.path("type").asText()), n.path("place").asText(),
            text(n, "side"), n.path("period").asText(), Status.valueOf(n.path("status").asText())));
        default -> throw new IOException(file.getFileName() + ":" + lineNo + ": unknown kind '" + n.path("kind").asText() + "'");
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return new GoldSet(name, articles, claims, statuses);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
