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
 * <p>Delays are kept as one maximum per day of the clock (an eighth of the window when that is
 * shorter than a day, so a window of hours wears off within hours, not the next day). Buckets only
 * grow, as the clock does, so it holds a few entries per window whatever the stream's volume.
 */
final class LateArrivals {
  private static final long SECONDS_PER_DAY = 86_400;

  private final Duration window;
  /** The length of a bucket in seconds: a day, or an eighth of a window shorter than that. */
  private final long bucketSeconds;
  /** Per clock bucket with a late report: {bucket, longest delay in seconds}, buckets increasing. */
  private final ArrayDeque<long[]> byBucket = new ArrayDeque<>();

  LateArrivals(Duration window) {
    this.window = window;
    this.bucketSeconds = Math.max(1, Math.min(SECONDS_PER_DAY, window.getSeconds() / 8));
  }

  /** Notes a report that arrived {@code late} behind the clock, which stood at {@code clock}. */
  void note(Instant clock, Duration late) {
    long seconds = Math.min(late.getSeconds(), window.getSeconds());
    if (seconds <= 0) return;
    long bucket = Math.floorDiv(clock.getEpochSecond(), bucketSeconds);
    long[] last = byBucket.peekLast();
    if (last != null && last[0] == bucket) last[1] = Math.max(last[1], seconds);
    else byBucket.addLast(new long[] {bucket, seconds});
  }

  /** How long closing is put off with the clock at {@code clock}: the longest delay still in the window. */
  Duration allowance(Instant clock) {
    long now = Math.floorDiv(clock.getEpochSecond(), bucketSeconds);
    long windowBuckets = Math.max(1, window.getSeconds() / bucketSeconds);
    while (!byBucket.isEmpty() && byBucket.peekFirst()[0] < now - windowBuckets) byBucket.removeFirst();
    long longest = 0;
    for (long[] d : byBucket) longest = Math.max(longest, d[1]);
    return Duration.ofSeconds(longest);
  }

  void save(DataOutputStream out) throws IOException {
    out.writeInt(byBucket.size());
    for (long[] d : byBucket) {
      out.writeLong(d[0]);
      out.writeLong(d[1]);
    }
  }

  void restore(DataInputStream in) throws IOException {
    int n = StateIO.checked(in.readInt());
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long bucket = in.readLong();
      long seconds = in.readLong();
      if (bucket <= previous || seconds <= 0) throw new IOException("damaged state: late arrivals out of order");
      byBucket.addLast(new long[] {bucket, seconds});
      previous = bucket;
    }
  }
}
