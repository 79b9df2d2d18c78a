package org.crosscheck.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Data files on the class path, UTF-8, read relative to a class. A missing file is a broken
 * build, not bad input, so it fails loudly with the file's name.
 */
public final class DataFiles {
  private DataFiles() {}

  /** The file's lines, stripped, without blank lines and lines starting with '#'. */
  public static List<String> lines(Class<?> anchor, String name) {
    try (BufferedReader reader = new BufferedReader(open(anchor, name))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + name + " beside " + anchor.getName(), e);
    }
  }

  /** A reader over the whole file, for parsers that report line numbers; the caller closes it. */
  public static Reader open(Class<?> anchor, String name) {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing data file " + name + " beside " + anchor.getName() + " (a broken build?)");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
