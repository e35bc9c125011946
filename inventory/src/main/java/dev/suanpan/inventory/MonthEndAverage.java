package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import java.math.BigDecimal;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Month-end average: the figures a month's close reports beside its totals (the unit cost, the
 * rounding differences and where they went), made one way for a {@link StockLedger}'s {@link
 * dev.suanpan.inventory.costing.MonthEndClose} and a {@link StockCardStream}'s {@link
 * StreamedMonthEnd}.
 */
final class MonthEndAverage {
  /** The month's unit cost, at the policy's average unit-cost scale. */
  final BigDecimal unitCost;

  /** Closing value − closing quantity × unit cost (rounded by the policy). */
  final Money roundingDifference;

  /** Outbound cost − Σ outbound quantity × unit cost (each rounded). */
  final Money issuesDifference;

  /** Where the rounding difference went. */
  final MonthEndDifference treatment;

  /**
   * The figures of a month valued at {@code unitCost} (fixed point) that closed with {@code
   * closeQty} worth {@code closeValue}, its outbound cost {@code outValue} against {@code
   * outAtUnitCost} at quantity × unit cost, by {@code treatment} (a {@link Valuer} treatment).
   */
  MonthEndAverage(
      CostingPolicy policy,
      CurrencyUnit currency,
      long unitCost,
      long closeQty,
      long closeValue,
      long outValue,
      long outAtUnitCost,
      int treatment) {
    this.unitCost = FixedPoint.unitCost(unitCost).setScale(policy.averageUnitCostScale());
    Money atUnitCost =
        policy
            .rounding()
            .round(BigMoney.of(currency, this.unitCost.multiply(FixedPoint.quantity(closeQty))));
    this.roundingDifference = Money.ofMinor(currency, closeValue).minus(atUnitCost);
    this.issuesDifference = Money.ofMinor(currency, outValue - outAtUnitCost);
    this.treatment =
        treatment == Valuer.ISSUES
            ? MonthEndDifference.ISSUES
            : MonthEndDifference.ENDING_INVENTORY;
  }
}
