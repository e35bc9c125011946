package dev.suanpan.inventory.costing;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.decision.DuplicateDocuments;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The costing choices of one item, set up in advance: the {@link CostingMethod}, the {@link
 * NegativeStockPolicy}, the {@link Rounding} of every cost to the currency's minor unit, and, for
 * the month-end average, the number of decimal places of the unit cost (2 by default: the unit cost
 * is rounded to the fen, as in the textbook; at most 6) and {@link #monthEndDifference() where the
 * rounding difference of that unit cost goes}; for {@link CostingMethod#STANDARD standard cost},
 * the schedule of {@link #standardCosts() standard unit costs} by the date each takes effect; and
 * the {@link #unitCostBeforeAnyReceipt() unit cost of issues before any receipt}, if any; the
 * {@link #movingAverageUnitCostScale() moving average's rounded unit cost}, if any; and the {@link
 * #issuesAtGivenRate() outbound kinds that may leave at a given rate}.
 *
 * <p>Rejects a rounding to a step other than the currency's minor unit (a cost is always kept to
 * the fen), a unit-cost scale outside 0 to 6, a standard policy without standard costs, standard
 * costs in a policy of another method, and a standard unit cost that is negative or has more than 6
 * decimal places (and so a unit cost before any receipt), a moving average unit-cost scale outside
 * 0 to 6 or for another method, and issues at a given rate of an inbound kind or under any method
 * but the moving average. Unit costs are kept at 6 decimal places, so equal policies are equal.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CostingPolicy {
  /** The costing method. */
  public abstract CostingMethod method();

  /** What to do with issues beyond the stock; rejected by default. */
  @Value.Default
  public NegativeStockPolicy negativeStock() {
    return NegativeStockPolicy.REJECT;
  }

  /** How every cost is rounded to the minor unit; {@link Rounding#FEN} (HALF_UP) by default. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** Decimal places of the month-end average unit cost; 2 by default. */
  @Value.Default
  public int averageUnitCostScale() {
    return 2;
  }

  /**
   * Under the month-end average, where the rounding difference of the unit cost goes: {@link
   * MonthEndDifference#ENDING_INVENTORY} by default (期末结存倒挤, falling back to the issues in a month
   * where the ending stock would otherwise be positive with a negative value), or {@link
   * MonthEndDifference#ISSUES} (发出成本倒挤). Ignored by the other methods.
   */
  @Value.Default
  public MonthEndDifference monthEndDifference() {
    return MonthEndDifference.ENDING_INVENTORY;
  }

  /**
   * What the ledger does with a movement whose document number it already holds for a movement of
   * the same kind: {@link DuplicateDocuments#REFUSE} by default (the posting is refused, naming the
   * document and both dates), or {@link DuplicateDocuments#ALLOW} (one document posting several
   * movements of the item, such as two lines of one receipt note).
   */
  @Value.Default
  public DuplicateDocuments duplicateDocuments() {
    return DuplicateDocuments.REFUSE;
  }

  /**
   * The unit cost of units issued before anything has come in (an opening cost, or the last cost
   * known from elsewhere): under FIFO and the moving average such units go out provisionally at it,
   * and the first inbound movement trues them up to their cost there, as for any units issued
   * beyond the stock. Empty by default: they go out at zero until then. At most 6 decimal places;
   * ignored by the month-end average and standard cost.
   */
  public abstract Optional<BigDecimal> unitCostBeforeAnyReceipt();

  /**
   * Under the {@link CostingMethod#MOVING_AVERAGE moving average}, the decimal places the unit cost
   * is rounded to at each inbound movement, the textbook convention (移动加权平均法, the unit cost to
   * 0.01): after each inbound movement the unit cost is (value on hand) / (quantity on hand),
   * rounded by the policy's rounding to this scale, and the stock is carried at quantity × that
   * unit cost (rounded to the minor unit), the difference from its exact value booked at that
   * movement as a true-up to cost of goods sold; an issue costs the value on hand less the units
   * left × that unit cost, which is quantity × unit cost whenever those products need no rounding
   * (whole quantities, a unit cost to the fen), and the units left are carried at quantity × unit
   * cost (an issue that empties the stock takes what is left). Empty by default: the balance is
   * carried exactly and an issue takes its share of it. 0 to 6; only for the moving average.
   */
  public abstract Optional<Integer> movingAverageUnitCostScale();

  /**
   * The outbound kinds that may carry their own unit cost, a given rate (a sample or an internal
   * use at a set cost, a receipt reversed at its own cost as a supplier return), and leave the
   * stock at quantity × that rate, rounded by the policy's rounding, the units left carrying the
   * rest (an empty stock's remaining value is trued up at the next inbound movement). Empty by
   * default: an outbound movement carrying a rate is refused ({@code PostingRule.GIVEN_RATE}),
   * every one being valued by the method. Only the moving average takes given rates (the policy
   * rejects them for the other methods: under FIFO the units left are layers of their own cost,
   * under the month-end average a month's issues share one unit cost, under standard cost every
   * movement is at standard).
   */
  public abstract ImmutableSet<MovementKind> issuesAtGivenRate();

  /** True if an outbound movement of {@code kind} may leave at a given rate. */
  public boolean takesGivenRate(MovementKind kind) {
    Arguments.notNull(kind, "kind");
    return issuesAtGivenRate().contains(kind);
  }

  /**
   * The standard unit costs of a {@link CostingMethod#STANDARD standard} policy, by the date each
   * takes effect (it applies from that day until the next one takes effect): required, at least
   * one, for a standard policy; empty for every other method. Movements dated before the first are
   * rejected by the ledger.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, BigDecimal> standardCosts();

  /**
   * The standard unit cost in effect on {@code date}: the latest one taking effect on or before it;
   * empty before the first and for a policy of another method.
   */
  public Optional<BigDecimal> standardCostOn(LocalDate date) {
    Arguments.notNull(date, "date");
    return Optional.ofNullable(standardCosts().floorEntry(date)).map(Map.Entry::getValue);
  }

  /**
   * A policy of {@code method} with the defaults: reject negative stock, round HALF_UP.
   *
   * @throws IllegalArgumentException for {@link CostingMethod#STANDARD}, which needs its standard
   *     costs (use {@link #standard(LocalDate, BigDecimal)} or the builder)
   */
  public static CostingPolicy of(CostingMethod method) {
    return builder().method(method).build();
  }

  /**
   * A {@link CostingMethod#STANDARD standard} policy with the defaults and one standard unit cost,
   * {@code unitCost}, in effect from {@code effectiveFrom}; add later standards with the builder
   * ({@code putStandardCost(date, unitCost)}).
   */
  public static CostingPolicy standard(LocalDate effectiveFrom, BigDecimal unitCost) {
    Arguments.notNull(effectiveFrom, "effectiveFrom");
    Arguments.notNull(unitCost, "unitCost");
    return builder()
        .method(CostingMethod.STANDARD)
        .putStandardCost(effectiveFrom, unitCost)
        .build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostingPolicy}; rejects what {@link CostingPolicy} rejects. */
  public static final class Builder extends ImmutableCostingPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected CostingPolicy normalize() {
    check();
    boolean standard = method() == CostingMethod.STANDARD;
    Arguments.check(
        !standard || !standardCosts().isEmpty(),
        "standardCosts must hold at least one standard unit cost for a STANDARD policy, was %s",
        standardCosts());
    Arguments.check(
        standard || standardCosts().isEmpty(),
        "standardCosts apply only to a STANDARD policy, was %s for %s",
        standardCosts(),
        method());
    ImmutableSortedMap.Builder<LocalDate, BigDecimal> kept = ImmutableSortedMap.naturalOrder();
    boolean changed = false;
    for (Map.Entry<LocalDate, BigDecimal> e : standardCosts().entrySet()) {
      String name = "standardCosts[" + e.getKey() + "]";
      BigDecimal cost = e.getValue();
      Arguments.nonNegative(cost, name);
      Arguments.check(
          cost.stripTrailingZeros().scale() <= Movement.UNIT_COST_SCALE,
          "%s must have at most %s decimal places, was %s",
          name,
          Movement.UNIT_COST_SCALE,
          cost);
      BigDecimal scaled = cost.setScale(Movement.UNIT_COST_SCALE, RoundingMode.UNNECESSARY);
      Arguments.check(
          scaled.compareTo(StockLedger.MAX_UNIT_COST) <= 0,
          "%s must be at most %s, was %s",
          name,
          StockLedger.MAX_UNIT_COST.toPlainString(),
          cost);
      changed |= scaled.scale() != cost.scale();
      kept.put(e.getKey(), scaled);
    }
    Optional<BigDecimal> before = unitCostBeforeAnyReceipt().map(CostingPolicy::unitCost);
    changed |= !before.equals(unitCostBeforeAnyReceipt());
    return changed
        ? builder().from(this).standardCosts(kept.build()).unitCostBeforeAnyReceipt(before).build()
        : this;
  }

  /** {@code cost} at 6 decimal places; rejects a negative one, a finer one and one too large. */
  private static BigDecimal unitCost(BigDecimal cost) {
    String name = "unitCostBeforeAnyReceipt";
    Arguments.nonNegative(cost, name);
    Arguments.check(
        cost.stripTrailingZeros().scale() <= Movement.UNIT_COST_SCALE,
        "%s must have at most %s decimal places, was %s",
        name,
        Movement.UNIT_COST_SCALE,
        cost);
    Arguments.check(
        cost.compareTo(StockLedger.MAX_UNIT_COST) <= 0,
        "%s must be at most %s, was %s",
        name,
        StockLedger.MAX_UNIT_COST.toPlainString(),
        cost);
    return cost.setScale(Movement.UNIT_COST_SCALE, RoundingMode.UNNECESSARY);
  }

  private void check() {
    Arguments.check(
        issuesAtGivenRate().isEmpty() || method() == CostingMethod.MOVING_AVERAGE,
        "issuesAtGivenRate applies to the MOVING_AVERAGE only (an issue at a given rate leaves"
            + " FIFO layers, a month-end average or a standard apart from the stock's value), was"
            + " %s for %s",
        issuesAtGivenRate(),
        method());
    movingAverageUnitCostScale()
        .ifPresent(
            scale -> {
              Arguments.check(
                  method() == CostingMethod.MOVING_AVERAGE,
                  "movingAverageUnitCostScale applies to the MOVING_AVERAGE only, was %s for %s",
                  scale,
                  method());
              Arguments.check(
                  scale >= 0 && scale <= 6,
                  "movingAverageUnitCostScale must be between 0 and 6, was %s",
                  scale);
            });
    for (MovementKind k : issuesAtGivenRate()) {
      Arguments.check(
          !k.isInbound(), "issuesAtGivenRate must hold outbound kinds only, held %s", k);
    }
    Arguments.check(
        rounding().equals(Rounding.toMinorUnit(rounding().mode())),
        "rounding must round to the currency's minor unit, was %s",
        rounding());
    Arguments.check(
        averageUnitCostScale() >= 0 && averageUnitCostScale() <= 6,
        "averageUnitCostScale must be between 0 and 6, was %s",
        averageUnitCostScale());
  }
}
