package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.claims.ClaimSpotter;
import org.crosscheck.nlp.NlpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyserFingerprintTest {
  @TempDir Path dir;

  @Test
  void theSameAnalyserHasTheSameFingerprintAndAnyOfItsPartsChangesIt() {
    String fingerprint = AnalyserFingerprint.of("0.2.0", NlpSettings.defaults(), "shipped");
    assertThat(fingerprint).matches("0\\.2\\.0\\+[0-9a-f]{16}");
    assertThat(AnalyserFingerprint.of("0.2.0", NlpSettings.defaults(), "shipped")).isEqualTo(fingerprint);
    assertThat(List.of(
        AnalyserFingerprint.of("0.3.0", NlpSettings.defaults(), "shipped"),
        AnalyserFingerprint.of("0.2.0", NlpSettings.defaults(), "gazetteer.gaz.gz:1234:2026-01-02T03:04:05Z"),
        AnalyserFingerprint.of("0.2.0", new NlpSettings(List.of(NlpSettings.CONLL_4CLASS)), "shipped")))
        .doesNotContain(fingerprint).doesNotHaveDuplicates();
  }

  @Test
  void theCodeDigestCoversTheRulesAndVocabularyButNotTheEvaluations() throws IOException {
    Path classes = dir.resolve("classes");
    write(classes.resolve("org/crosscheck/claims/lexicon.tsv"), "captured\tcontrol\n");
    write(classes.resolve("org/crosscheck/claims/ClaimExtractor.class"), "rules");
    write(classes.resolve("org/crosscheck/claims/eval/ClaimsEvaluation.class"), "scores");
    write(classes.resolve("org/crosscheck/other/Elsewhere.class"), "not analysis");
    Map<String, String> before = AnalyserFingerprint.entries(classes, "org/crosscheck/claims/");
    assertThat(before).containsOnlyKeys("org/crosscheck/claims/lexicon.tsv", "org/crosscheck/claims/ClaimExtractor.class");

    write(classes.resolve("org/crosscheck/claims/eval/ClaimsEvaluation.class"), "better scores");
    assertThat(AnalyserFingerprint.entries(classes, "org/crosscheck/claims/")).isEqualTo(before);
    write(classes.resolve("org/crosscheck/claims/lexicon.tsv"), "captured\tcontrol\nretook\tcontrol\n");
    assertThat(AnalyserFingerprint.entries(classes, "org/crosscheck/claims/")).isNotEqualTo(before);
  }

  @Test
  void theCodeDigestCoversTheShippedClaimSpotter() throws Exception {
    Path claims = Path.of(ClaimExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(AnalyserFingerprint.entries(claims, "org/crosscheck/claims/")).containsKey("org/crosscheck/claims/" + ClaimSpotter.RESOURCE);
  }

  @Test
  void aJarIsReadFromItsDirectoryOfEntries() throws IOException {
    Path jar = dir.resolve("crosscheck-claims.jar");
    jar(jar, Map.of("org/crosscheck/claims/lexicon.tsv", "captured\tcontrol\n", "org/crosscheck/claims/eval/Gold.class", "gold"));
    Map<String, String> before = AnalyserFingerprint.entries(jar, "org/crosscheck/claims/");
    assertThat(before).containsOnlyKeys("org/crosscheck/claims/lexicon.tsv");
    jar(jar, Map.of("org/crosscheck/claims/lexicon.tsv", "captured\tcontrol\nretook\tcontrol\n"));
    assertThat(AnalyserFingerprint.entries(jar, "org/crosscheck/claims/")).isNotEqualTo(before);
  }

  @Test
  void aClassDirectoryAndItsJarDigestAlike() throws IOException {
    Map<String, String> files = Map.of("org/crosscheck/nlp/attribution/verbs.txt", "said\ntold\n", "org/crosscheck/nlp/Annotator.class", "code");
    Path classes = dir.resolve("classes");
    for (Map.Entry<String, String> f : files.entrySet()) write(classes.resolve(f.getKey()), f.getValue());
    Path jar = dir.resolve("crosscheck-nlp.jar");
    jar(jar, files);
    assertThat(AnalyserFingerprint.entries(classes, "org/crosscheck/nlp/")).hasSize(2)
        .isEqualTo(AnalyserFingerprint.entries(jar, "org/crosscheck/nlp/"));
  }

  @Test
  void aLibraryIsKnownByItsJarsNameAndSize() {
    assertThat(AnalyserFingerprint.library("org/junit/jupiter/api/Test.class")).matches("junit-jupiter-api-[0-9.]+\\.jar:\\d+");
    assertThat(AnalyserFingerprint.library("no/such/model.ser.gz")).isEqualTo("no/such/model.ser.gz missing");
  }

  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private static void jar(Path file, Map<String, String> entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
