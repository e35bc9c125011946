package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic sample: {@code count} elements of a list chosen by a caller's seed, the same on
 * every run and every machine. A pure function of its arguments: a partial Fisher–Yates shuffle
 * driven by the SplitMix64 sequence of the seed, with no shared generator state.
 */
public final class SeededSample {
  private SeededSample() {}

  /**
   * {@code count} distinct elements of {@code from}, in the order drawn.
   *
   * @throws IllegalArgumentException if {@code count} is negative or more than the list holds
   */
  public static <T> ImmutableList<T> choose(List<T> from, int count, long seed) {
    Arguments.notNull(from, "from");
    Arguments.check(
        count >= 0 && count <= from.size(),
        "count must be between 0 and %s, was %s",
        from.size(),
        count);
    List<T> pool = new ArrayList<>(from);
    long state = seed;
    for (int i = 0; i < count; i++) {
      state += 0x9E3779B97F4A7C15L;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      z = z ^ (z >>> 31);
      int j = i + (int) Long.remainderUnsigned(z, pool.size() - i);
      T t = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, t);
    }
    return ImmutableList.copyOf(pool.subList(0, count));
  }
}
