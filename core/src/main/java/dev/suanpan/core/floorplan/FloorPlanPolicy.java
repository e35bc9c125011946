package dev.suanpan.core.floorplan;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The terms of a three-party floor-plan agreement (三方协议), as data: the currency, the bank's share
 * of a new car's purchase price (70% in 000 ⑹), how the bank's loan is rounded, and the bank's
 * credit line, if it sets one.
 *
 * <p>The bank's loan for a car is {@code price × bankShare} rounded by {@link #rounding()}; the
 * dealer pays the rest from its own funds, so the two always add up to the price. With the default
 * {@link Rounding#FEN} this is the split {@link dev.suanpan.money.Allocation#byWeights} gives for
 * the weights {@code bankShare} and {@code 100% − bankShare}; a bank that lends whole yuan only is
 * {@code Rounding.toStep(BigDecimal.ONE, RoundingMode.DOWN)}.
 *
 * <p>Validated when built: rejects a bank's share of 0% or less or of 100% or more, and a credit
 * line that is negative or in another currency, naming the value. {@link
 * dev.suanpan.core.presets.DealerFloorPlanTerms} are the terms of 000 ⑹.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class FloorPlanPolicy {
  /** The currency of prices, loans and the credit line. */
  public abstract CurrencyUnit currency();

  /** The bank's share of a car's purchase price: above 0% and below 100%. */
  public abstract Percent bankShare();

  /** How the bank's loan for a car is rounded; {@link Rounding#FEN} by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /**
   * The most the bank lends at a time under the agreement (授信额度): the loans outstanding may not
   * exceed it. Empty when the bank sets no line.
   */
  public abstract Optional<Money> creditLine();

  /** The dealer's share of a car's purchase price: {@code 100% − bankShare}. */
  public Percent dealerShare() {
    return Percent.HUNDRED.minus(bankShare());
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FloorPlanPolicy}; rejects what {@link FloorPlanPolicy} rejects. */
  public static final class Builder extends ImmutableFloorPlanPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(currency(), "currency");
    Arguments.notNull(bankShare(), "bankShare");
    Arguments.notNull(rounding(), "rounding");
    Arguments.check(
        bankShare().isGreaterThan(Percent.ZERO) && bankShare().isLessThan(Percent.HUNDRED),
        "bankShare must be above 0%% and below 100%%, was %s",
        bankShare());
    creditLine()
        .ifPresent(
            line -> {
              Arguments.inCurrency(line, currency(), "creditLine");
              Arguments.nonNegative(line, "creditLine");
            });
  }
}
