package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/**
 * The standard unit costs of a standard-cost policy in the ledger's fixed point: the epoch day each
 * takes effect, ascending, and the unit cost in units of 0.000001; with the product of a quantity
 * and a standard rounded to the minor unit by the policy's rounding mode. Immutable.
 */
final class StandardCostSchedule {
  final int[] days;
  final long[] costs;
  private final RoundingMode mode;
  private final long costDivisor;

  private StandardCostSchedule(int[] days, long[] costs, RoundingMode mode, long costDivisor) {
    this.days = days;
    this.costs = costs;
    this.mode = mode;
    this.costDivisor = costDivisor;
  }

  /** The schedule of {@code policy}'s standard costs (empty for another method). */
  static StandardCostSchedule of(CostingPolicy policy, int currencyScale) {
    int n = policy.standardCosts().size();
    int[] days = new int[n];
    long[] costs = new long[n];
    int k = 0;
    for (Map.Entry<LocalDate, BigDecimal> e : policy.standardCosts().entrySet()) {
      days[k] = Math.toIntExact(e.getKey().toEpochDay());
      costs[k] = FixedPoint.unitCost(e.getValue(), "standard cost");
      k++;
    }
    return new StandardCostSchedule(
        days, costs, policy.rounding().mode(), FixedPoint.costDivisor(currencyScale));
  }

  /** The index of the standard in effect on {@code day}; -1 before the first. */
  int indexOn(int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** The standard unit cost in effect on {@code day}; 0 before the first. */
  long costOn(int day) {
    int k = indexOn(day);
    return k < 0 ? 0 : costs[k];
  }

  /** The first day a standard is in effect. */
  int firstDay() {
    return days[0];
  }

  /** {@code qty} (0.0001) × {@code unitCost} (0.000001), in minor units, rounded once. */
  long value(long qty, long unitCost) {
    return FixedPoint.mulDiv(qty, unitCost, costDivisor, mode);
  }
}
