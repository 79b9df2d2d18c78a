package org.crosscheck.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.resources.DataFiles;

/**
 * A learned check on the claim rules: for a place named in a sentence and a claim type, the
 * probability that the sentence makes a claim of that type there, from a logistic regression over
 * {@link SpotterFeatures}. {@link ClaimExtractor} adds a claim the rules missed when the
 * probability reaches {@link #addAt(ClaimType)}, and drops a rule claim when it falls below {@link #dropBelow()}.
 *
 * <p>The model is a readable weight file ({@value #RESOURCE}, written by the evaluation package's
 * {@code SpotterTraining}): lines starting with '#' are comments, {@code @add} (both types),
 * {@code @add.CONTROL}, {@code @add.ATTACK} (one type; read after {@code @add}) and {@code @drop} give the
 * thresholds, and every other line is a feature and its weight, tab-separated. A feature the file
 * does not name weighs nothing.
 */
public final class ClaimSpotter {

  /** The shipped model, beside this class. */
  public static final String RESOURCE = "spotter.tsv";

  private final Map<String, Double> weights;
  private final double addControl;
  private final double addAttack;
  private final double dropBelow;

  /** A model adding claims of either type at {@code addAt}. */
  public ClaimSpotter(Map<String, Double> weights, double addAt, double dropBelow) {
    this(weights, addAt, addAt, dropBelow);
  }

  /** A model adding control claims at {@code addControl} and attacks at {@code addAttack}. */
  public ClaimSpotter(Map<String, Double> weights, double addControl, double addAttack, double dropBelow) {
    // A hash map, not Map.copyOf's: its probe compares every key it passes with equals, and a
    // candidate's sixty-odd features are looked up among some thousands of keys.
    this.weights = java.util.Collections.unmodifiableMap(new HashMap<>(weights));
    this.addControl = addControl;
    this.addAttack = addAttack;
    this.dropBelow = dropBelow;
  }

  /** The model shipped with the module. */
  public static ClaimSpotter shipped() {
    try (Reader in = DataFiles.open(ClaimSpotter.class, RESOURCE)) {
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a weight file; {@code name} names it in the message of a malformed line. */
  public static ClaimSpotter read(Reader reader, String name) throws IOException {
    Map<String, Double> weights = new HashMap<>();
    double add = 1.1; // a file that gives no threshold adds nothing and drops nothing
    Double addControl = null;
    Double addAttack = null;
    double drop = 0;
    BufferedReader in = new BufferedReader(reader);
    int lineNo = 0;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] parts = line.split("\t");
      if (parts.length != 2) throw new IOException(name + ":" + lineNo + ": want a feature and a weight, tab-separated");
      double value;
      try {
        value = Double.parseDouble(parts[1]);
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + lineNo + ": '" + parts[1] + "' is no number", e);
      }
      switch (parts[0]) {
        case "@add" -> add = value;
        case "@add.CONTROL" -> addControl = value;
        case "@add.ATTACK" -> addAttack = value;
        case "@drop" -> drop = value;
        default -> weights.put(parts[0], value);
      }
    }
    return new ClaimSpotter(weights, addControl == null ? add : addControl, addAttack == null ? add : addAttack, drop);
  }

  /** Writes the model as {@link #read} reads it, features in name order, so one model gives one file. */
  public void write(Writer out, List<String> comments) throws IOException {
    for (String c : comments) out.write("# " + c + "\n");
    out.write(String.format(Locale.ROOT, "@add.CONTROL\t%.2f\n@add.ATTACK\t%.2f\n@drop\t%.2f\n", addControl, addAttack, dropBelow));
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
    }
  }

  /** The probability that a candidate with these features is a claim. */
  public double probability(List<String> features) {
    double sum = 0;
    for (String f : features) sum += weights.getOrDefault(f, 0.0);
    return 1 / (1 + Math.exp(-sum));
  }

  /** The probability from which a claim of {@code type} the rules missed is added. */
  public double addAt(ClaimType type) {
    return type == ClaimType.ATTACK ? addAttack : addControl;
  }

  public double dropBelow() {
    return dropBelow;
  }

  public int size() {
    return weights.size();
  }
}
