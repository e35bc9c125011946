package dev.suanpan.money;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount into parts by weights so that the parts add up exactly to the whole, to the last
 * minor unit (fen). Use it to spread a document discount over its lines, a freight charge over
 * quantities, or a payment over instalments.
 *
 * <p>Method (largest remainder): each part first gets its exact share {@code total × weight / sum
 * of weights} truncated towards zero to the minor unit; the minor units left over then go one each
 * to the parts with the largest discarded remainders; <b>ties go to the earlier part</b>. So 0.05
 * in 70:30 gives 0.04 and 0.01, and 100.00 in three equal parts gives 33.34, 33.33, 33.33. Every
 * part is within one minor unit of its exact share. A negative total (a credit) is split as its
 * absolute value and negated, so the rule is symmetric. A zero weight always gets zero.
 *
 * <p>That is the default, {@link Remainder#LARGEST_REMAINDER}. The overloads taking a {@link
 * Remainder} offer the conventions of a plug: every part but one is its exact share rounded half up
 * to the minor unit, and one part takes what is left, {@link Remainder#TO_LAST the last} (尾差计入最后一项)
 * or {@link Remainder#TO_LARGEST the largest}. So 100.00 in three equal parts gives 33.33, 33.33
 * and 33.34 with the remainder to the last.
 *
 * <p>Exact at any size: the total and the parts are not limited to what a {@code long} of minor
 * units holds.
 *
 * <p>Rejects null, empty or negative weights, weights that are all zero, and a null total or
 * remainder rule.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Where the minor units left over by rounding the parts go. Every rule gives parts that add up
   * exactly to the total, a zero weight a zero part, and a negative total the negated split of its
   * absolute value.
   */
  public enum Remainder {
    /**
     * Each part truncated, the units left over one each to the parts with the largest discarded
     * remainders, ties to the earlier part: every part within one minor unit of its exact share.
     * The default.
     */
    LARGEST_REMAINDER,
    /**
     * Every part but the last (the last with a non-zero weight) is its exact share rounded half up
     * to the minor unit, but never more than is left; the last takes what is left (尾差计入最后一项, "倒挤").
     * The others are within half a minor unit of their exact shares; the last is off by the sum of
     * their roundings.
     */
    TO_LAST,
    /**
     * As {@link #TO_LAST}, but the part taking what is left is the largest: the one with the
     * largest weight, the earliest of equal weights.
     */
    TO_LARGEST
  }

  /** Splits {@code total} in proportion to {@code weights}; one part per weight, same order. */
  public static ImmutableList<Money> byWeights(Money total, List<BigDecimal> weights) {
    return byWeights(total, weights, Remainder.LARGEST_REMAINDER);
  }

  /**
   * Splits {@code total} in proportion to {@code weights}, one part per weight in the same order,
   * the rounding's remainder going where {@code remainder} says.
   */
  public static ImmutableList<Money> byWeights(
      Money total, List<BigDecimal> weights, Remainder remainder) {
    Arguments.notNull(total, "total");
    Arguments.notEmpty(weights, "weights");
    Arguments.notNull(remainder, "remainder");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < weights.size(); i++) {
      BigDecimal w = weights.get(i);
      if (w == null) {
        throw new NullPointerException("weights[" + i + "] must not be null");
      }
      if (w.signum() < 0) {
        throw new IllegalArgumentException("weights[" + i + "] must not be negative, was " + w);
      }
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero, were " + weights);
    }
    CurrencyUnit currency = total.getCurrencyUnit();
    // Exact at any size: minor units as BigIntegers (no long to overflow).
    BigInteger units = total.getAmountMinor().toBigIntegerExact();
    boolean negative = units.signum() < 0;
    BigInteger whole = units.abs();
    BigInteger[] parts =
        remainder == Remainder.LARGEST_REMAINDER
            ? largestRemainder(whole, weights, sum)
            : plugged(whole, weights, sum, remainder);
    List<Money> out = new ArrayList<>(parts.length);
    for (BigInteger p : parts) {
      out.add(
          Money.of(
              currency, new BigDecimal(negative ? p.negate() : p, currency.getDecimalPlaces())));
    }
    return ImmutableList.copyOf(out);
  }

  /** {@link Remainder#LARGEST_REMAINDER} of {@code whole} minor units. */
  private static BigInteger[] largestRemainder(
      BigInteger whole, List<BigDecimal> weights, BigDecimal sum) {
    int n = weights.size();
    BigInteger[] parts = new BigInteger[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigInteger given = BigInteger.ZERO;
    BigDecimal wholeDecimal = new BigDecimal(whole);
    for (int i = 0; i < n; i++) {
      BigDecimal exactNumerator = wholeDecimal.multiply(weights.get(i));
      BigDecimal[] qr = exactNumerator.divideAndRemainder(sum);
      parts[i] = qr[0].toBigInteger();
      remainders[i] = qr[1];
      given = given.add(parts[i]);
    }
    // Each part lost less than one minor unit: fewer than n are left over.
    int left = whole.subtract(given).intValueExact();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Largest remainder first; Arrays.sort of objects is stable, so ties keep the earlier part
    // first.
    Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed());
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    return parts;
  }

  /**
   * {@link Remainder#TO_LAST} or {@link Remainder#TO_LARGEST} of {@code whole} minor units: the
   * others rounded half up, never beyond what is left, the plug taking the rest.
   */
  private static BigInteger[] plugged(
      BigInteger whole, List<BigDecimal> weights, BigDecimal sum, Remainder remainder) {
    int n = weights.size();
    int plug = -1;
    for (int i = 0; i < n; i++) {
      BigDecimal w = weights.get(i);
      boolean larger = plug < 0 || w.compareTo(weights.get(plug)) > 0;
      if (w.signum() > 0 && (remainder == Remainder.TO_LAST || larger)) {
        plug = i;
      }
    }
    BigInteger[] parts = new BigInteger[n];
    BigInteger left = whole;
    BigDecimal wholeDecimal = new BigDecimal(whole);
    for (int i = 0; i < n; i++) {
      if (i == plug) {
        continue;
      }
      BigInteger share =
          wholeDecimal
              .multiply(weights.get(i))
              .divide(sum, 0, RoundingMode.HALF_UP)
              .toBigIntegerExact();
      parts[i] = share.min(left);
      left = left.subtract(parts[i]);
    }
    parts[plug] = left;
    return parts;
  }

  /** Splits {@code total} in proportion to whole-number weights, such as quantities or ratios. */
  public static ImmutableList<Money> byRatios(Money total, long... ratios) {
    Arguments.notNull(ratios, "ratios");
    List<BigDecimal> weights = new ArrayList<>(ratios.length);
    for (long r : ratios) {
      weights.add(BigDecimal.valueOf(r));
    }
    return byWeights(total, weights);
  }

  /**
   * Splits {@code total} in proportion to other amounts, such as line amounts. The amounts must be
   * in the currency of {@code total} and not negative.
   */
  public static ImmutableList<Money> byAmounts(Money total, List<Money> amounts) {
    return byAmounts(total, amounts, Remainder.LARGEST_REMAINDER);
  }

  /**
   * Splits {@code total} in proportion to other amounts, as {@link #byAmounts(Money, List)}, the
   * rounding's remainder going where {@code remainder} says.
   */
  public static ImmutableList<Money> byAmounts(
      Money total, List<Money> amounts, Remainder remainder) {
    Arguments.notNull(total, "total");
    Arguments.notEmpty(amounts, "amounts");
    List<BigDecimal> weights = new ArrayList<>(amounts.size());
    for (int i = 0; i < amounts.size(); i++) {
      Money a = Arguments.notNull(amounts.get(i), "amounts[" + i + "]");
      Arguments.inCurrency(a, total.getCurrencyUnit(), "amounts[" + i + "]");
      Arguments.nonNegative(a, "amounts[" + i + "]");
      weights.add(a.getAmount());
    }
    return byWeights(total, weights, remainder);
  }

  /** Splits {@code total} into {@code parts} equal parts, earlier parts taking the extra fen. */
  public static ImmutableList<Money> evenly(Money total, int parts) {
    return evenly(total, parts, Remainder.LARGEST_REMAINDER);
  }

  /**
   * Splits {@code total} into {@code parts} equal parts, the extra fen going where {@code
   * remainder} says: to the earlier parts one each, or all to the last part ({@link
   * Remainder#TO_LAST}); {@link Remainder#TO_LARGEST} gives them to the first, the earliest of
   * equal parts.
   */
  public static ImmutableList<Money> evenly(Money total, int parts, Remainder remainder) {
    Arguments.check(parts > 0, "parts must be positive, was %s", parts);
    List<BigDecimal> weights = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      weights.add(BigDecimal.ONE);
    }
    return byWeights(total, weights, remainder);
  }

  /** The exact (unrounded) share of {@code total} for one weight, for checking an allocation. */
  public static BigDecimal exactShare(Money total, BigDecimal weight, BigDecimal sumOfWeights) {
    Arguments.notNull(total, "total");
    Arguments.positive(sumOfWeights, "sumOfWeights");
    return total
        .getAmount()
        .multiply(Arguments.nonNegative(weight, "weight"))
        .divide(sumOfWeights, 20, RoundingMode.HALF_EVEN);
  }
}
