package org.crosscheck.stories;

import java.util.Arrays;

/** A growable list of ints without boxing; removal swaps in the last element. */
final class IntBag {
  private int[] data = new int[4];
  private int size;

  void add(int v) {
    if (size == data.length) data = Arrays.copyOf(data, size * 2);
    data[size++] = v;
  }

  boolean remove(int v) {
    for (int i = 0; i < size; i++) {
      if (data[i] == v) {
        data[i] = data[--size];
        return true;
      }
    }
    return false;
  }

  int pop() {
    return data[--size];
  }

  int get(int i) {
    return data[i];
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
