package dev.suanpan.money;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * An exact percentage: {@code 2.5%} is held as the decimal {@code 2.5}, never as a binary fraction.
 * Use it for discount limits, tax rates, interest and penalty rates, quotas and collection shares.
 *
 * <p>Create one with {@link #parse(String)} ({@code "2.5%"}, {@code "-1%"}, {@code "0.05%"}),
 * {@link #of(String)} / {@link #of(BigDecimal)} (the number of percent), {@link
 * #ofBasisPoints(long)} or {@link #ofFraction(BigDecimal)} ({@code 0.025} is 2.5%). Apply it to an
 * amount with {@link #of(Money, Rounding)}, which always rounds explicitly.
 *
 * <p>Equality ignores trailing zeros: {@code 2.5%} equals {@code 2.50%}. Malformed text ({@code
 * "2.5 %%"}, {@code "abc"}) and nulls are rejected with a message naming the argument.
 */
public final class Percent implements Comparable<Percent> {
  private static final Pattern TEXT = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s?%");
  private static final BigDecimal HUNDRED_NUMBER = BigDecimal.valueOf(100);

  /** 0%. */
  public static final Percent ZERO = new Percent(BigDecimal.ZERO);

  /** 100%. */
  public static final Percent HUNDRED = new Percent(HUNDRED_NUMBER);

  private final BigDecimal value;

  private Percent(BigDecimal value) {
    this.value = strip(value);
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Parses text such as {@code "2.5%"}, {@code "13%"}, {@code "-0.5%"} or {@code "2.5 %"} (one
   * optional space before the sign). The percent sign is required.
   *
   * @throws IllegalArgumentException naming {@code text} when it is not of that form
   */
  public static Percent parse(String text) {
    Arguments.notNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "text must be a percentage such as \"2.5%\", was \"" + text + "\"");
    }
    return new Percent(new BigDecimal(m.group(1)));
  }

  /** The percentage with this number of percent: {@code of(new BigDecimal("2.5"))} is 2.5%. */
  public static Percent of(BigDecimal percent) {
    return new Percent(Arguments.notNull(percent, "percent"));
  }

  /** The percentage with this number of percent, given as decimal text: {@code of("2.5")}. */
  public static Percent of(String percent) {
    Arguments.notNull(percent, "percent");
    try {
      return new Percent(new BigDecimal(percent.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "percent must be a decimal number such as \"2.5\", was \"" + percent + "\"", e);
    }
  }

  /** The percentage with this whole number of percent. */
  public static Percent of(long percent) {
    return new Percent(BigDecimal.valueOf(percent));
  }

  /** From basis points: {@code ofBasisPoints(250)} is 2.5%, {@code ofBasisPoints(5)} is 0.05%. */
  public static Percent ofBasisPoints(long basisPoints) {
    return new Percent(BigDecimal.valueOf(basisPoints, 2));
  }

  /** From a fraction of one: {@code ofFraction(new BigDecimal("0.025"))} is 2.5%. */
  public static Percent ofFraction(BigDecimal fraction) {
    return new Percent(Arguments.notNull(fraction, "fraction").movePointRight(2));
  }

  /**
   * The share {@code part / whole} as a percentage, rounded to {@code scale} decimal places of
   * percent with HALF_UP. Both amounts must be in one currency and {@code whole} must not be zero.
   */
  public static Percent ratio(Money part, Money whole, int scale) {
    Arguments.notNull(part, "part");
    Arguments.sameCurrency(part, whole, "whole");
    Arguments.check(!whole.isZero(), "whole must not be zero, was %s", whole);
    BigDecimal pct =
        part.getAmount()
            .multiply(HUNDRED_NUMBER)
            .divide(whole.getAmount(), scale, java.math.RoundingMode.HALF_UP);
    return new Percent(pct);
  }

  /** The number of percent: {@code 2.5} for 2.5%. */
  public BigDecimal value() {
    return value;
  }

  /** The fraction of one: {@code 0.025} for 2.5%. Exact. */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  /**
   * The basis points, exactly.
   *
   * @throws IllegalArgumentException naming this percentage if it has finer precision than 0.01% or
   *     its basis points do not fit a {@code long}
   */
  public long basisPoints() {
    try {
      return value.movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "percent " + this + " is not a whole number of basis points that fits a long", e);
    }
  }

  /** {@code amount × this}, exact (no rounding); round it with a {@link Rounding} when done. */
  public BigMoney ofExact(BigMoney amount) {
    Arguments.notNull(amount, "amount");
    return amount.multipliedBy(fraction());
  }

  /** {@code amount × this}, rounded by {@code rounding}. */
  public Money of(Money amount, Rounding rounding) {
    Arguments.notNull(amount, "amount");
    Arguments.notNull(rounding, "rounding");
    return rounding.round(amount.toBigMoney().multipliedBy(fraction()));
  }

  /** {@code amount × (100% − this)}, rounded: the amount left after taking this percentage off. */
  public Money off(Money amount, Rounding rounding) {
    Arguments.notNull(amount, "amount");
    Arguments.notNull(rounding, "rounding");
    return rounding.round(amount.toBigMoney().multipliedBy(BigDecimal.ONE.subtract(fraction())));
  }

  /** This plus {@code other}. */
  public Percent plus(Percent other) {
    return new Percent(value.add(Arguments.notNull(other, "other").value));
  }

  /** This minus {@code other}. */
  public Percent minus(Percent other) {
    return new Percent(value.subtract(Arguments.notNull(other, "other").value));
  }

  /** This multiplied by a decimal factor, exact. */
  public Percent times(BigDecimal factor) {
    return new Percent(value.multiply(Arguments.notNull(factor, "factor"), MathContext.DECIMAL128));
  }

  /** True for 0%. */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /** True below 0%. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** True when this is strictly greater than {@code other}. */
  public boolean isGreaterThan(Percent other) {
    return compareTo(other) > 0;
  }

  /** True when this is strictly less than {@code other}. */
  public boolean isLessThan(Percent other) {
    return compareTo(other) < 0;
  }

  /** The larger of this and {@code other}. */
  public Percent max(Percent other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The smaller of this and {@code other}. */
  public Percent min(Percent other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Percent other) {
    return value.compareTo(Arguments.notNull(other, "other").value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percent p && value.equals(p.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** The canonical text, which {@link #parse(String)} reads back: {@code "2.5%"}. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
