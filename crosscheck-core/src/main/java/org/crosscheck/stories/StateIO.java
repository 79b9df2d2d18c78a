package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Writes and reads the pieces of a saved online state (strings that may be null, instants, arrays)
 * in a compact binary form. Floats are kept bit for bit, so a restored state scores exactly as the
 * saved one did.
 */
final class StateIO {
  private StateIO() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) return null;
    return new String(in.readNBytes(checked(n)), StandardCharsets.UTF_8);
  }

  static void writeInstant(DataOutputStream out, Instant t) throws IOException {
    out.writeBoolean(t != null);
    if (t != null) {
      out.writeLong(t.getEpochSecond());
      out.writeInt(t.getNano());
    }
  }

  static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }

  static void writeInts(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int x : a) out.writeInt(x);
  }

  static int[] readInts(DataInputStream in) throws IOException {
    int[] a = new int[checked(in.readInt())];
    for (int i = 0; i < a.length; i++) a[i] = in.readInt();
    return a;
  }

  static void writeFloats(DataOutputStream out, float[] a) throws IOException {
    out.writeInt(a.length);
    for (float x : a) out.writeFloat(x);
  }

  static float[] readFloats(DataInputStream in) throws IOException {
    float[] a = new float[checked(in.readInt())];
    for (int i = 0; i < a.length; i++) a[i] = in.readFloat();
    return a;
  }

  static void writeLongs(DataOutputStream out, long[] a) throws IOException {
    out.writeBoolean(a != null);
    if (a == null) return;
    out.writeInt(a.length);
    for (long x : a) out.writeLong(x);
  }

  static long[] readLongs(DataInputStream in) throws IOException {
    if (!in.readBoolean()) return null;
    long[] a = new long[checked(in.readInt())];
    for (int i = 0; i < a.length; i++) a[i] = in.readLong();
    return a;
  }

  /** A length read from a damaged file must fail as bad data, not as an attempt to allocate it. */
  static int checked(int n) throws IOException {
    if (n < 0 || n > (1 << 28)) throw new IOException("damaged state: length " + n);
    return n;
  }

  /** Fails unless the next int is {@code expected}: catches a file of another kind or version. */
  static void expect(DataInputStream in, int expected, String what) throws IOException {
    int got = in.readInt();
    if (got != expected) throw new IOException("not a " + what + " state of this version (marker " + Integer.toHexString(got) + ")");
  }
}
