package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {

  /** A store of {@code size} rows that records how many rows it was asked for. */
  private static Listing.Query<Integer> store(int size, List<Integer> asked) {
    return n -> {
      asked.add(n);
      return IntStream.range(0, Math.min(n, size)).boxed().toList();
    };
  }

  @Test
  void aListingLongerThanTheLimitShowsTheLimitAndSaysThereAreMore() throws Exception {
    List<Integer> asked = new ArrayList<>();
    Listing<Integer> cut = Listing.of(3, store(10, asked));
    assertThat(asked).as("one row more than the limit is enough to know").containsExactly(4);
    assertThat(cut.shown()).containsExactly(0, 1, 2);
    assertThat(cut.more()).isTrue();
    assertThat(cut.hint()).isEqualTo(", the first only: there are more (raise --limit)");
  }

  @Test
  void aListingThatFitsTheLimitExactlyOrUnderSaysNothingMore() throws Exception {
    Listing<Integer> exact = Listing.of(3, store(3, new ArrayList<>()));
    assertThat(exact.shown()).containsExactly(0, 1, 2);
    assertThat(exact.hint()).isEmpty();
    assertThat(Listing.of(3, store(0, new ArrayList<>())).shown()).isEmpty();
  }

  @Test
  void aLimitOutOfRangeIsRefusedBeforeTheStoreIsAsked() {
    List<Integer> asked = new ArrayList<>();
    assertThatThrownBy(() -> Listing.of(0, store(5, asked))).hasMessage("--limit must be between 1 and 100000");
    assertThatThrownBy(() -> Listing.of(100_001, store(5, asked))).hasMessageContaining("--limit");
    assertThat(asked).isEmpty();
  }
}
