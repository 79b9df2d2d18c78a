package org.crosscheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.crosscheck.claims.ClaimExtractor;
import org.crosscheck.nlp.Annotator;
import org.crosscheck.nlp.NlpSettings;

/**
 * What made an analysis, as one short string stored with it: Crosscheck's version, then a digest
 * of everything that decides what the analysis of a text is.
 *
 * <p>The digest covers the classes and resources of the annotation and claim modules (rules,
 * vocabulary files, the shipped gazetteer), except their evaluation packages, and {@link Analyzer}
 * itself; the CoreNLP code and model jars by name and size (their version is in the name); the NLP
 * settings; and the identity of the gazetteer places are resolved against. Any change to them
 * changes the fingerprint, so an analysis made before is out of date. The digest may be too eager
 * (a change that leaves every result the same still asks for a re-analysis) but never misses a
 * change of those parts.
 *
 * <p>Cheap: a jar is read through its central directory (names, sizes and CRC-32s; nothing is
 * decompressed), a class directory (a development build) by its files' CRC-32s, once per process;
 * both give the same digest for the same files. CRC-32 tells an edited file from its earlier
 * version; it is no defence against a forged one, which nobody gains from here.
 */
public final class AnalyserFingerprint {
  /** The code digest never changes within one process; computing it once serves every command run in it. */
  private static volatile String codeDigest;

  private AnalyserFingerprint() {}

  /**
   * The fingerprint of the standard analyser.
   *
   * @param version Crosscheck's version, shown as the fingerprint's readable start
   * @param settings the NLP settings the annotator runs with
   * @param gazetteer the identity of the gazetteer in use (its file's name, size and time, or
   *     "shipped"); never its contents, which may be a gigabyte
   */
  public static String of(String version, NlpSettings settings, String gazetteer) {
    MessageDigest md = sha256();
    update(md, code());
    update(md, settings.toString());
    for (String model : settings.nerModels()) update(md, library(model));
    update(md, library("edu/stanford/nlp/pipeline/StanfordCoreNLP.class"));
    update(md, gazetteer);
    return version + "+" + HexFormat.of().formatHex(md.digest(), 0, 8);
  }

  /** The digest of Crosscheck's own analysis code and data. */
  static String code() {
    String digest = codeDigest;
    if (digest == null) {
      MessageDigest md = sha256();
      try {
        digestModule(md, Annotator.class, "org/crosscheck/nlp/");
        digestModule(md, ClaimExtractor.class, "org/crosscheck/claims/");
        digestModule(md, Analyzer.class, "org/crosscheck/analysis/Analyzer");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Crosscheck's own analysis code to fingerprint it", e);
      }
      codeDigest = digest = HexFormat.of().formatHex(md.digest());
    }
    return digest;
  }

  /** Adds the entries of the jar or class directory {@code anchor} was loaded from that lie under {@code prefix}. */
  private static void digestModule(MessageDigest md, Class<?> anchor, String prefix) throws IOException {
    Path location;
    try {
      location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IOException("no code location for " + anchor.getName(), e);
    }
    Map<String, String> entries = entries(location, prefix);
    if (entries.isEmpty()) throw new IOException("no analysis code under " + prefix + " in " + location);
    for (Map.Entry<String, String> e : entries.entrySet()) update(md, e.getKey() + "=" + e.getValue());
  }

  /**
   * Every file under {@code prefix} of a jar or class directory, in name order, with its size and
   * CRC-32, leaving out evaluation packages: they never run in an analysis.
   */
  static Map<String, String> entries(Path location, String prefix) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    if (Files.isDirectory(location)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(location)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      for (Path file : files) {
        String name = location.relativize(file).toString().replace('\\', '/');
        if (wanted(name, prefix)) entries.put(name, contentDigest(file));
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        for (ZipEntry e : jar.stream().toList()) {
          if (!e.isDirectory() && wanted(e.getName(), prefix)) entries.put(e.getName(), e.getSize() + ":" + Long.toHexString(e.getCrc()));
        }
      }
    }
    return entries;
  }

  private static boolean wanted(String name, String prefix) {
    return name.startsWith(prefix) && !name.contains("/eval/");
  }

  /** Size and CRC-32, as a jar's directory gives them, so a class directory and its jar digest alike. */
  private static String contentDigest(Path file) throws IOException {
    CRC32 crc = new CRC32();
    long size = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; size += n) crc.update(buffer, 0, n);
    }
    return size + ":" + Long.toHexString(crc.getValue());
  }

  /**
   * A third-party resource (a CoreNLP class or model) by the name and size of the jar or file it
   * comes from: releases carry their version in the name, and reading a 500 MB model jar to tell
   * would cost seconds.
   */
  static String library(String resource) {
    URL url = AnalyserFingerprint.class.getClassLoader().getResource(resource);
    if (url == null) return resource + " missing";
    try {
      Path file = url.getProtocol().equals("jar")
          ? Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI())
          : Path.of(url.toURI());
      return file.getFileName() + ":" + Files.size(file);
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return url.toString();
    }
  }

  private static void update(MessageDigest md, String part) {
    md.update(part.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
