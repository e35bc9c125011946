package dev.suanpan.money;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.BigMoney;
import org.joda.money.BigMoneyProvider;
import org.joda.money.Money;

/**
 * How an exact amount becomes a payable one: to which step (the currency's minor unit, a jiao of
 * 0.10, a whole yuan) and with which {@link RoundingMode}. Every rounding in Suanpan is one of
 * these values, passed explicitly.
 *
 * <p>{@link #FEN} (the currency's minor unit, HALF_UP) is the default; {@link #FEN_HALF_EVEN} is
 * the banker's variant; {@link #JIAO} and {@link #YUAN} round cash settlements. Steps coarser than
 * the minor unit still return a {@link Money} at the currency's scale ({@code 12.30}, {@code
 * 12.00}).
 *
 * <p>Rejects a null mode, a step that is not positive, and {@link RoundingMode#UNNECESSARY}.
 */
public final class Rounding {
  /** To the currency's minor unit (fen for CNY), HALF_UP. */
  public static final Rounding FEN = new Rounding(null, RoundingMode.HALF_UP);

  /** To the currency's minor unit, HALF_EVEN (banker's rounding). */
  public static final Rounding FEN_HALF_EVEN = new Rounding(null, RoundingMode.HALF_EVEN);

  /** To 0.10 (jiao), HALF_UP, for cash settlement. */
  public static final Rounding JIAO = new Rounding(new BigDecimal("0.1"), RoundingMode.HALF_UP);

  /** To a whole unit (yuan), HALF_UP, for cash settlement. */
  public static final Rounding YUAN = new Rounding(BigDecimal.ONE, RoundingMode.HALF_UP);

  private final BigDecimal step; // null: the currency's minor unit
  private final RoundingMode mode;

  private Rounding(BigDecimal step, RoundingMode mode) {
    this.step = step;
    this.mode = mode;
  }

  /** To the currency's minor unit with {@code mode}. */
  public static Rounding toMinorUnit(RoundingMode mode) {
    return new Rounding(null, checkMode(mode));
  }

  /** To multiples of {@code step} (for example {@code 0.05}) with {@code mode}. */
  public static Rounding toStep(BigDecimal step, RoundingMode mode) {
    Arguments.positive(step, "step");
    return new Rounding(step.stripTrailingZeros(), checkMode(mode));
  }

  private static RoundingMode checkMode(RoundingMode mode) {
    Arguments.notNull(mode, "mode");
    Arguments.check(
        mode != RoundingMode.UNNECESSARY,
        "mode must say how to round, was %s; use another mode",
        mode);
    return mode;
  }

  /**
   * The step rounded to, with its trailing zeros stripped ({@code 0.1} for {@link #JIAO}); empty
   * when rounding to the currency's minor unit.
   */
  public Optional<BigDecimal> step() {
    return Optional.ofNullable(step);
  }

  /** The rounding mode. */
  public RoundingMode mode() {
    return mode;
  }

  /** Rounds {@code amount} to this step; the result is at the currency's scale. */
  public Money round(BigMoneyProvider amount) {
    Arguments.notNull(amount, "amount");
    BigMoney big = amount.toBigMoney();
    int scale = big.getCurrencyUnit().getDecimalPlaces();
    if (step != null && step.scale() > scale) {
      throw new IllegalArgumentException(
          "step "
              + step.toPlainString()
              + " is finer than the minor unit of "
              + big.getCurrencyUnit().getCode()
              + ", amount was "
              + big);
    }
    return Money.of(big.getCurrencyUnit(), roundDecimal(big.getAmount(), scale));
  }

  /**
   * Rounds a plain decimal to this step; a minor-unit rounding uses {@code minorScale} places (2
   * for CNY).
   */
  public BigDecimal roundDecimal(BigDecimal value, int minorScale) {
    Arguments.notNull(value, "value");
    BigDecimal rounded;
    if (step == null) {
      rounded = value.setScale(minorScale, mode);
    } else {
      rounded = value.divide(step, 0, mode).multiply(step);
    }
    return rounded.setScale(
        Math.max(minorScale, Math.max(0, rounded.scale())), RoundingMode.UNNECESSARY);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rounding r && Objects.equals(step, r.step) && mode == r.mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, mode);
  }

  @Override
  public String toString() {
    return (step == null ? "minor unit" : "step " + step.toPlainString()) + " " + mode;
  }
}
