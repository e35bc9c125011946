package dev.suanpan.inventory.landed;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What {@link LandedCosts#allocate} computed: the charge, one {@link LandedCostShare} per receipt
 * in the charge's order (the shares adding up to the charge's amount to the fen), and the {@link
 * LandedCostRule#ALLOCATED} step. Made only by {@link LandedCosts}.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class LandedCostAllocation {
  /** The charge allocated. */
  public abstract LandedCharge charge();

  /** One share per receipt, in the charge's order. */
  public abstract ImmutableList<LandedCostShare> shares();

  /** The allocation step. */
  public abstract Explanation explanation();

  /** The sum of the shares: always the charge's amount. */
  public Money total() {
    Money t = Money.zero(charge().amount().getCurrencyUnit());
    for (LandedCostShare s : shares()) {
      t = t.plus(s.share());
    }
    return t;
  }

  static LandedCostAllocation of(
      LandedCharge charge, ImmutableList<LandedCostShare> shares, Explanation why) {
    return ImmutableLandedCostAllocation.builder()
        .charge(charge)
        .shares(shares)
        .explanation(why)
        .build();
  }
}
