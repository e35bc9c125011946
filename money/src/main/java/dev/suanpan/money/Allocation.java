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
 * <p>Exact at any size: the total and the parts are not limited to what a {@code long} of minor
 * units holds.
 *
 * <p>Rejects null, empty or negative weights, weights that are all zero, and a null total.
 */
public final class Allocation {
  private Allocation() {}

  /** Splits {@code total} in proportion to {@code weights}; one part per weight, same order. */
  public static ImmutableList<Money> byWeights(Money total, List<BigDecimal> weights) {
    Arguments.notNull(total, "total");
    Arguments.notEmpty(weights, "weights");
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
    List<Money> out = new ArrayList<>(n);
    for (BigInteger p : parts) {
      out.add(
          Money.of(
              currency, new BigDecimal(negative ? p.negate() : p, currency.getDecimalPlaces())));
    }
    return ImmutableList.copyOf(out);
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
    Arguments.notNull(total, "total");
    Arguments.notEmpty(amounts, "amounts");
    List<BigDecimal> weights = new ArrayList<>(amounts.size());
    for (int i = 0; i < amounts.size(); i++) {
      Money a = Arguments.notNull(amounts.get(i), "amounts[" + i + "]");
      Arguments.inCurrency(a, total.getCurrencyUnit(), "amounts[" + i + "]");
      Arguments.nonNegative(a, "amounts[" + i + "]");
      weights.add(a.getAmount());
    }
    return byWeights(total, weights);
  }

  /** Splits {@code total} into {@code parts} equal parts, earlier parts taking the extra fen. */
  public static ImmutableList<Money> evenly(Money total, int parts) {
    Arguments.check(parts > 0, "parts must be positive, was %s", parts);
    List<BigDecimal> weights = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      weights.add(BigDecimal.ONE);
    }
    return byWeights(total, weights);
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
