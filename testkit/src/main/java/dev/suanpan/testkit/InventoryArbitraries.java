package dev.suanpan.testkit;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.inventory.ChangeNote;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for stock, valid by construction: movement histories of one item in one
 * warehouse that never take the quantity on hand below zero, the {@link StockLedger}s they post
 * into, and {@link CostingPolicy}s. Requires {@code suanpan-inventory} on the test classpath (an
 * optional dependency of the testkit); the rest of the testkit does not load this class.
 *
 * <p>Dates are relative to a {@code start} the caller passes; nothing reads the clock. Rejects null
 * arguments and a {@code maxMovements} below 1.
 */
public final class InventoryArbitraries {
  private InventoryArbitraries() {}

  /** The item of generated ledgers. */
  public static final ItemId ITEM = ItemId.of("ITEM-1");

  /** The warehouse of generated ledgers. */
  public static final WarehouseId WAREHOUSE = WarehouseId.of("WH-1");

  /** One generated step: what it is, how much, at what cost, how many days after the last. */
  private record Step(int kind, long quantity, long unitCostMicros, int share, int dayGap) {}

  /**
   * Histories of 1 to {@code maxMovements} movements from {@code start}, in date order over up to
   * about {@code maxMovements} × 10 days (so they span months): an opening balance, receipts
   * (0.0001 to 1,000 units at 0.000001 to 10,000 a unit), transfers in with their value, stocktake
   * surpluses, customer returns of part of an earlier sale issue, and sale and repair issues,
   * supplier returns, transfers out and stocktake shortages of 1% to 100% of the quantity on hand
   * (to 0.0001, rounded down), so the quantity on hand never goes below zero.
   */
  public static Arbitrary<List<Movement>> movements(
      UnitOfMeasure unit, CurrencyUnit currency, LocalDate start, int maxMovements) {
    Arguments.notNull(unit, "unit");
    Arguments.notNull(currency, "currency");
    Arguments.notNull(start, "start");
    Arguments.check(maxMovements >= 1, "maxMovements must be at least 1, was %s", maxMovements);
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.longs()
                    .between(1, 10_000_000)
                    .withDistribution(net.jqwik.api.RandomDistribution.biased()),
                Arbitraries.longs().between(1, 10_000_000_000L),
                Arbitraries.integers().between(1, 100),
                Arbitraries.integers().between(0, 20))
            .as(Step::new);
    return step.list()
        .ofMinSize(1)
        .ofMaxSize(maxMovements)
        .map(steps -> history(steps, unit, currency, start));
  }

  /** Histories in pieces and CNY from 1 January 2024; see {@link #movements}. */
  public static Arbitrary<List<Movement>> movements() {
    return movements(UnitOfMeasure.PIECES, MoneyArbitraries.CNY, LocalDate.of(2024, 1, 1), 30);
  }

  private static List<Movement> history(
      List<Step> steps, UnitOfMeasure unit, CurrencyUnit currency, LocalDate start) {
    List<Movement> out = new ArrayList<>();
    List<Movement> returnable = new ArrayList<>();
    BigDecimal onHand = BigDecimal.ZERO;
    LocalDate date = start;
    for (Step s : steps) {
      date = date.plusDays(s.dayGap());
      String doc = "M-" + (out.size() + 1);
      BigDecimal quantity = BigDecimal.valueOf(s.quantity(), 4);
      BigDecimal unitCost = BigDecimal.valueOf(s.unitCostMicros(), 6);
      BigDecimal share =
          onHand
              .multiply(BigDecimal.valueOf(s.share()))
              .divide(BigDecimal.valueOf(100), 4, RoundingMode.DOWN);
      Movement m;
      int kind = s.kind();
      if (out.isEmpty() && kind == 0) {
        m = Movement.openingBalance(date, doc, quantity, unit, value(currency, quantity, unitCost));
      } else if (kind == 1 && onHand.signum() > 0) {
        m = Movement.stocktakeSurplus(date, doc, quantity, unit);
      } else if (kind == 2) {
        m = Movement.transferIn(date, doc, quantity, unit, value(currency, quantity, unitCost));
      } else if (kind == 3 && !returnable.isEmpty()) {
        Movement issue = returnable.remove(returnable.size() - 1);
        BigDecimal back =
            issue
                .quantity()
                .multiply(BigDecimal.valueOf(s.share()))
                .divide(BigDecimal.valueOf(100), 4, RoundingMode.DOWN);
        m =
            back.signum() > 0
                ? Movement.customerReturn(date, doc, back, unit, issue.document())
                : receipt(date, doc, quantity, unit, unitCost);
      } else if (kind >= 4 && share.signum() > 0) {
        MovementKind outbound =
            switch (kind) {
              case 4, 5 -> MovementKind.SALE_ISSUE;
              case 6 -> MovementKind.REPAIR_ISSUE;
              case 7 -> MovementKind.SUPPLIER_RETURN;
              case 8 -> MovementKind.TRANSFER_OUT;
              default -> MovementKind.STOCKTAKE_SHORTAGE;
            };
        m = Movement.outbound(outbound, date, doc, share, unit);
        if (outbound == MovementKind.SALE_ISSUE) {
          returnable.add(m);
        }
      } else {
        m = receipt(date, doc, quantity, unit, unitCost);
      }
      onHand = m.kind().isInbound() ? onHand.add(m.quantity()) : onHand.subtract(m.quantity());
      out.add(m);
    }
    return out;
  }

  private static Movement receipt(
      LocalDate date, String doc, BigDecimal quantity, UnitOfMeasure unit, BigDecimal unitCost) {
    return Movement.receipt(date, doc, quantity, unit, unitCost, "PO-" + doc);
  }

  private static Money value(CurrencyUnit currency, BigDecimal quantity, BigDecimal unitCost) {
    return Rounding.FEN.round(org.joda.money.BigMoney.of(currency, quantity.multiply(unitCost)));
  }

  /**
   * Notes of a change for {@code StockLedger.cancel} and {@code amend}: a day in 2024 or 2025 (the
   * span of {@link #movements()}), one of three users and three reasons, the cancellation dated as
   * the original or on the day of the change.
   */
  public static Arbitrary<ChangeNote> changeNotes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 730).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)),
            Arbitraries.of("wang.li", "zhao.min", "chen.jie"),
            Arbitraries.of(
                "posted against the wrong item", "supplier invoice differs", "counted twice"),
            Arbitraries.of(ChangeNote.Reversal.class))
        .as(
            (day, by, why, reversal) ->
                ChangeNote.builder()
                    .changedOn(day)
                    .changedBy(by)
                    .reason(why)
                    .reversal(reversal)
                    .build());
  }

  /**
   * Costing policies of every method, any negative-stock policy, HALF_UP or HALF_EVEN rounding, a
   * month-end unit-cost scale of 0 to 6 and either month-end difference treatment; a standard-cost
   * policy has standard costs from {@link #standardCosts(LocalDate)} of 1 January 2024, the start
   * of {@link #movements()}.
   */
  public static Arbitrary<CostingPolicy> costingPolicies() {
    return costingPolicies(LocalDate.of(2024, 1, 1));
  }

  /**
   * Costing policies as {@link #costingPolicies()}, a standard-cost policy having standard costs
   * from {@code start} (pass the start of the histories it values).
   */
  public static Arbitrary<CostingPolicy> costingPolicies(LocalDate start) {
    Arguments.notNull(start, "start");
    return Combinators.combine(
            Arbitraries.of(CostingMethod.class),
            Arbitraries.of(NegativeStockPolicy.class),
            Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of(MonthEndDifference.class),
            standardCosts(start))
        .as(
            (method, negative, rounding, scale, difference, standards) ->
                CostingPolicy.builder()
                    .method(method)
                    .negativeStock(negative)
                    .rounding(rounding)
                    .averageUnitCostScale(scale)
                    .monthEndDifference(difference)
                    .standardCosts(
                        method == CostingMethod.STANDARD ? standards : ImmutableSortedMap.of())
                    .build());
  }

  /**
   * Standard cost schedules for {@link CostingPolicy#standardCosts()}: a standard unit cost in
   * effect from {@code start} and up to four changes within the following 600 days (the span of
   * {@link #movements()}), each 0.000001 to 10,000 a unit, to the fen or to 0.000001.
   */
  public static Arbitrary<ImmutableSortedMap<LocalDate, BigDecimal>> standardCosts(
      LocalDate start) {
    Arguments.notNull(start, "start");
    Arbitrary<BigDecimal> costs =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 1_000_000).map(c -> BigDecimal.valueOf(c, 2)),
            Arbitraries.longs().between(1, 10_000_000_000L).map(c -> BigDecimal.valueOf(c, 6)));
    Arbitrary<Map.Entry<LocalDate, BigDecimal>> change =
        Combinators.combine(Arbitraries.integers().between(1, 600), costs)
            .as((days, cost) -> Map.entry(start.plusDays(days), cost));
    return Combinators.combine(costs, change.list().ofMaxSize(4))
        .as(
            (first, changes) -> {
              TreeMap<LocalDate, BigDecimal> schedule = new TreeMap<>();
              schedule.put(start, first);
              changes.forEach(c -> schedule.put(c.getKey(), c.getValue()));
              return ImmutableSortedMap.copyOfSorted(schedule);
            });
  }

  /**
   * Ledgers of {@link #ITEM} in {@link #WAREHOUSE} valued by {@code policy}, holding a history from
   * {@link #movements()}, every movement accepted.
   */
  public static Arbitrary<StockLedger> ledgers(CostingPolicy policy) {
    Arguments.notNull(policy, "policy");
    return movements().map(ms -> post(policy, ms));
  }

  /** Ledgers by any of {@link #costingPolicies()}; see {@link #ledgers(CostingPolicy)}. */
  public static Arbitrary<StockLedger> ledgers() {
    return Combinators.combine(costingPolicies(), movements()).as(InventoryArbitraries::post);
  }

  /**
   * A ledger of {@link #ITEM} in {@link #WAREHOUSE} in pieces and CNY valued by {@code policy},
   * with {@code movements} posted in order.
   *
   * @throws IllegalArgumentException if a movement is refused, naming it and the explanation
   */
  static StockLedger post(CostingPolicy policy, List<Movement> movements) {
    StockLedger ledger =
        StockLedger.open(ITEM, WAREHOUSE, UnitOfMeasure.PIECES, MoneyArbitraries.CNY, policy);
    for (Movement m : movements) {
      Posting p = ledger.post(m);
      Arguments.check(p.isAllowed(), "movement %s was refused: %s", m, p.explanation());
      ledger = p.ledger();
    }
    return ledger;
  }
}
