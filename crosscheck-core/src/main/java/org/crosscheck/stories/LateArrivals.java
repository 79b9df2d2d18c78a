package org.crosscheck.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * How late reports have lately been arriving behind the stream clock: the longest delay noted
 * while the clock moved through the last {@code window} of stream time, up to that window. A folder
 * read out of publication order keeps noting delays and keeps its allowance; after a one-off
 * backfill the stream moves on and the allowance wears off, so stories close on time again.
 *
 * <p>Delays are kept as one maximum per day of the clock (days only grow, as the clock does), so
 * it holds at most one entry per day of the window whatever the stream's volume.
 */
final class LateArrivals {
  private static final long SECONDS_PER_DAY = 86_400;

  private final Duration window;
  /** Per clock day with a late report: {day, longest delay in seconds}, days increasing. */
  private final ArrayDeque<long[]> byDay = new ArrayDeque<>();

  LateArrivals(Duration window) {
    this.window = window;
  }

  /** Notes a report that arrived {@code late} behind the clock, which stood at {@code clock}. */
  void note(Instant clock, Duration late) {
    long seconds = Math.min(late.getSeconds(), window.getSeconds());
    if (seconds <= 0) return;
    long day = Math.floorDiv(clock.getEpochSecond(), SECONDS_PER_DAY);
    long[] last = byDay.peekLast();
    if (last != null && last[0] == day) last[1] = Math.max(last[1], seconds);
    else byDay.addLast(new long[] {day, seconds});
  }

  /** How long closing is put off with the clock at {@code clock}: the longest delay still in the window. */
  Duration allowance(Instant clock) {
    long today = Math.floorDiv(clock.getEpochSecond(), SECONDS_PER_DAY);
    long windowDays = Math.max(1, window.getSeconds() / SECONDS_PER_DAY);
    while (!byDay.isEmpty() && byDay.peekFirst()[0] < today - windowDays) byDay.removeFirst();
    long longest = 0;
    for (long[] d : byDay) longest = Math.max(longest, d[1]);
    return Duration.ofSeconds(longest);
  }

  void save(DataOutputStream out) throws IOException {
    out.writeInt(byDay.size());
    for (long[] d : byDay) {
      out.writeLong(d[0]);
      out.writeLong(d[1]);
    }
  }

  void restore(DataInputStream in) throws IOException {
    int n = StateIO.checked(in.readInt());
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long day = in.readLong();
      long seconds = in.readLong();
      if (day <= previous || seconds <= 0) throw new IOException("damaged state: late arrivals out of order");
      byDay.addLast(new long[] {day, seconds});
      previous = day;
    }
  }
}
