package dev.suanpan.inventory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The exact fixed-point arithmetic of the ledger's compact storage: quantities as longs of 0.0001,
 * unit costs as longs of 0.000001, amounts as longs of the currency's minor unit. Products are
 * computed exactly (falling back to {@link BigDecimal} when a long would overflow) and rounded
 * once, by the policy's rounding mode.
 */
final class FixedPoint {
  static final int QUANTITY_SCALE = 4;
  static final int UNIT_COST_SCALE = 6;
  private static final long[] POWERS = new long[19];

  static {
    long p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private FixedPoint() {}

  static long pow10(int n) {
    return POWERS[n];
  }

  /**
   * What a quantity (0.0001) times a unit cost (0.000001) is divided by to give an amount in minor
   * units of a currency of {@code currencyScale} decimals.
   */
  static long costDivisor(int currencyScale) {
    return pow10(QUANTITY_SCALE + UNIT_COST_SCALE - currencyScale);
  }

  /** A quantity in units of 0.0001, exactly; rejects finer quantities and overflows. */
  static long quantity(BigDecimal q, String name) {
    return scaled(q, QUANTITY_SCALE, name);
  }

  /** A unit cost in units of 0.000001, exactly; rejects finer costs and overflows. */
  static long unitCost(BigDecimal c, String name) {
    return scaled(c, UNIT_COST_SCALE, name);
  }

  static long scaled(BigDecimal v, int scale, String name) {
    try {
      return v.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          name + " must have at most " + scale + " decimal places and fit, was " + v, e);
    }
  }

  static BigDecimal quantity(long units) {
    return BigDecimal.valueOf(units, QUANTITY_SCALE);
  }

  static BigDecimal unitCost(long units) {
    return BigDecimal.valueOf(units, UNIT_COST_SCALE);
  }

  /** {@code a × b / c} rounded by {@code mode}; {@code c} positive. Exact before rounding. */
  static long mulDiv(long a, long b, long c, RoundingMode mode) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return div(lo, c, mode);
    }
    return BigDecimal.valueOf(a)
        .multiply(BigDecimal.valueOf(b))
        .divide(BigDecimal.valueOf(c), 0, mode)
        .longValueExact();
  }

  /** {@code a / c} rounded by {@code mode}; {@code c} positive. */
  static long div(long a, long c, RoundingMode mode) {
    long q = a / c;
    long r = a % c;
    if (r == 0) {
      return q;
    }
    int sign = a < 0 ? -1 : 1;
    long absR = Math.abs(r);
    int half = Long.compare(absR, c - absR);
    boolean away;
    switch (mode) {
      case UP:
        away = true;
        break;
      case DOWN:
        away = false;
        break;
      case CEILING:
        away = sign > 0;
        break;
      case FLOOR:
        away = sign < 0;
        break;
      case HALF_UP:
        away = half >= 0;
        break;
      case HALF_DOWN:
        away = half > 0;
        break;
      case HALF_EVEN:
        away = half > 0 || (half == 0 && (q & 1) != 0);
        break;
      default:
        throw new ArithmeticException("rounding needed for " + a + " / " + c);
    }
    return away ? q + sign : q;
  }

  /**
   * Splits {@code total} minor units over the positive {@code weights} in proportion, by largest
   * remainder, exactly as {@link dev.suanpan.money.Allocation#byRatios} does (each part first gets
   * its share truncated towards zero, the units left over go one each to the largest remainders,
   * ties to the earlier part; a negative total is split as its absolute value and negated), but on
   * longs: the month-end valuation splits a month's cost over all its issues this way without a
   * {@code Money} and a {@code BigDecimal} per issue. The parts add up to {@code total}.
   */
  static long[] allocate(long total, long[] weights) {
    int n = weights.length;
    long sum = 0;
    for (long w : weights) {
      sum = Math.addExact(sum, w);
    }
    long whole = Math.abs(total);
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long w = weights[i];
      long hi = Math.multiplyHigh(whole, w);
      long lo = whole * w;
      if (hi == 0 && lo >= 0) {
        parts[i] = lo / sum;
        remainders[i] = lo % sum;
      } else {
        BigInteger[] qr =
            BigInteger.valueOf(whole)
                .multiply(BigInteger.valueOf(w))
                .divideAndRemainder(BigInteger.valueOf(sum));
        parts[i] = qr[0].longValueExact();
        remainders[i] = qr[1].longValueExact();
      }
      given += parts[i];
    }
    int left = (int) (whole - given); // fewer than n: each part lost less than one unit
    if (left > 0) {
      long[] sorted = remainders.clone();
      Arrays.sort(sorted);
      long threshold = sorted[n - left]; // the smallest remainder that gets a unit
      for (int i = 0; i < n && left > 0; i++) {
        if (remainders[i] > threshold) {
          parts[i]++;
          left--;
        }
      }
      for (int i = 0; i < n && left > 0; i++) {
        if (remainders[i] == threshold) {
          parts[i]++;
          left--;
        }
      }
    }
    if (total < 0) {
      for (int i = 0; i < n; i++) {
        parts[i] = -parts[i];
      }
    }
    return parts;
  }
}
