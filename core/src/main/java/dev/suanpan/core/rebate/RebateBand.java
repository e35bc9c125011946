package dev.suanpan.core.rebate;

import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * One band of a rebate: the part of the volume that earns one tier's rate, the exact rebate on it
 * and its share of the rounded total. Under {@link RebateTiers#WHOLE_VOLUME} the one band is the
 * whole volume at the rate of the tier reached.
 *
 * <p>Rejects nulls and a negative volume.
 *
 * @param tier the tier whose rate the band earns
 * @param volume the purchase value in the band
 * @param exact {@code volume × rate}, not rounded
 * @param amount the band's share of the rounded total (the total is split by the exact amounts, so
 *     the bands add up to it to the fen)
 */
public record RebateBand(RebateTier tier, Money volume, BigMoney exact, Money amount) {
  /** Validates the band. */
  public RebateBand {
    Arguments.notNull(tier, "tier");
    Arguments.nonNegative(volume, "volume");
    Arguments.notNull(exact, "exact");
    Arguments.notNull(amount, "amount");
  }

  /** The band's rate, that of its tier. */
  public Percent rate() {
    return tier.rate();
  }

  /** The exact rebate as a plain number, such as {@code 118685.185500}. */
  public BigDecimal exactAmount() {
    return exact.getAmount();
  }
}
