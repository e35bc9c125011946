package dev.suanpan.core.presets;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * What the property sales office collects on behalf of others when the purchase contract is signed
 * (代收3%的契税及1%的维修基金, 004 篇6): deed tax for the tax bureau and the maintenance fund for the housing
 * authority, as percents of the price.
 */
public final class PropertyCollectedOnBehalf {
  private PropertyCollectedOnBehalf() {}

  /** Deed tax collected on behalf at signing: 3% of the price (004 篇6). */
  public static final Percent DEED_TAX_RATE = Percent.of(3);

  /** Maintenance fund collected on behalf at signing: 1% of the price (004 篇6). */
  public static final Percent MAINTENANCE_FUND_RATE = Percent.of(1);

  /**
   * The payments collected on behalf at signing for a unit of {@code price}: deed tax {@link
   * #DEED_TAX_RATE} and maintenance fund {@link #MAINTENANCE_FUND_RATE}, each rounded to the fen.
   *
   * @throws IllegalArgumentException if {@code price} is null, zero or negative
   */
  public static ImmutableList<Payment> atSigning(Money price) {
    Arguments.positive(price, "price");
    return ImmutableList.of(
        Payment.of(PaymentKind.DEED_TAX, DEED_TAX_RATE.of(price, Rounding.FEN)),
        Payment.of(PaymentKind.MAINTENANCE_FUND, MAINTENANCE_FUND_RATE.of(price, Rounding.FEN)));
  }
}
