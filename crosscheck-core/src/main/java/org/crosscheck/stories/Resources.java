package org.crosscheck.stories;

import java.util.List;
import org.crosscheck.resources.DataFiles;

/** Reads the data files that ship beside this package: one entry a line, '#' comments. */
final class Resources {
  private Resources() {}

  static List<String> lines(String name) {
    return DataFiles.lines(Resources.class, name);
  }
}
