package dev.suanpan.core.pricing.derivation;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * A price point: prices of the form {@code n × step + ending} (step 1.00 and ending 0.90 give 8.90,
 * 9.90, 10.90), a price moved to one of them by {@link #mode()} (to the nearest, half up, by
 * default).
 *
 * <p>Rejects a step that is not positive, an ending that is negative or not under the step, and a
 * rounding mode of {@link RoundingMode#UNNECESSARY}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PricePoint {
  /** The distance between two price points (1.00, 10.00). */
  public abstract BigDecimal step();

  /** What every price point ends in, under the step (0.90, 9.00). */
  public abstract BigDecimal ending();

  /** Which price point a price goes to. */
  @Value.Default
  public RoundingMode mode() {
    return RoundingMode.HALF_UP;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricePoint}; rejects what {@link PricePoint} rejects. */
  public static final class Builder extends ImmutablePricePoint.Builder {
    Builder() {}
  }

  /** Prices {@code n × step + ending}, to the nearest (half up). */
  public static PricePoint of(String step, String ending) {
    return builder().step(new BigDecimal(step)).ending(new BigDecimal(ending)).build();
  }

  /**
   * {@code price} moved to a price point: {@code round((price − ending) / step) × step + ending},
   * never under one step's ending (the least price point above zero).
   */
  public Money apply(Money price) {
    Arguments.notNull(price, "price");
    BigDecimal n =
        price.getAmount().subtract(ending()).divide(step(), 0, mode()).max(BigDecimal.ZERO);
    BigDecimal point = n.multiply(step()).add(ending());
    if (point.signum() == 0) {
      point = step();
    }
    return BigMoney.of(price.getCurrencyUnit(), point).toMoney(RoundingMode.UNNECESSARY);
  }

  @Value.Check
  protected void check() {
    Arguments.positive(step(), "step");
    Arguments.nonNegative(ending(), "ending");
    Arguments.check(
        ending().compareTo(step()) < 0, "ending %s must be under the step %s", ending(), step());
    Arguments.check(mode() != RoundingMode.UNNECESSARY, "mode must not be UNNECESSARY");
  }

  @Override
  public String toString() {
    return "price points " + step().toPlainString() + " n + " + ending().toPlainString();
  }
}
