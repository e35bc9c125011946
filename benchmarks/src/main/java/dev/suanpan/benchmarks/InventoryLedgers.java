package dev.suanpan.benchmarks;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBalance;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.joda.money.CurrencyUnit;

/**
 * The ledgers the inventory benchmarks run on: one item with a given number of movements, a
 * thousand a day, in cycles of a receipt (unit cost 10.00 to 10.99) followed by two issues of 14
 * and 15. The stock never goes negative; its {@link StockShape shape} decides how many FIFO layers
 * stay open.
 */
final class InventoryLedgers {

  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final int PER_DAY = 1000;

  private InventoryLedgers() {}

  static StockLedger build(CostingMethod method, int movements) {
    return build(method, movements, StockShape.GROWING);
  }

  static StockLedger build(CostingMethod method, int movements, StockShape stock) {
    // Posted one at a time under the method: an append costs a constant time under every method
    // (under the month-end average the open month is valued when a new month opens or when read).
    StockLedger l =
        StockLedger.open(
            ItemId.of("BENCH-1"),
            WarehouseId.of("WH-1"),
            UnitOfMeasure.PIECES,
            CurrencyUnit.of("CNY"),
            policy(method));
    for (int i = 0; i < movements; i++) {
      Posting p = l.post(movement(i, stock));
      if (!p.isAllowed()) {
        throw new IllegalStateException(p.explanation().toString());
      }
      l = p.ledger();
    }
    return l;
  }

  /**
   * The policy of {@code method} with the defaults; for standard cost, a standard unit cost set at
   * the start of each year (10.50, 10.60, 10.40). Under the month-end average a month here has
   * 20,000 issues of 290,000 units; with a stock {@link StockShape#TURNING_OVER turning over} it
   * ends with a unit or none in stock, so the default treatment of the rounding difference falls
   * back to settling it on the issues (see {@code MonthEndDifference}).
   */
  static CostingPolicy policy(CostingMethod method) {
    if (method != CostingMethod.STANDARD) {
      return CostingPolicy.of(method);
    }
    return CostingPolicy.builder()
        .method(method)
        .putStandardCost(FIRST_DAY, new BigDecimal("10.50"))
        .putStandardCost(FIRST_DAY.plusYears(1), new BigDecimal("10.60"))
        .putStandardCost(FIRST_DAY.plusYears(2), new BigDecimal("10.40"))
        .build();
  }

  /** The position of the first movement dated {@code day} or later. */
  static int firstPositionOn(LocalDate day) {
    return Math.toIntExact(ChronoUnit.DAYS.between(FIRST_DAY, day)) * PER_DAY;
  }

  /**
   * A ledger of the movements of {@code ledger} from position {@code from} on, alone: an opening
   * balance with the balance before them (none when there is no stock), then the same movements and
   * {@code added} in date order, valued by the same policy.
   */
  static StockLedger tail(StockLedger ledger, int from, Movement added) {
    Movement first = ledger.movement(from);
    StockBalance before = ledger.balanceAt(first.date().minusDays(1));
    StockLedger l =
        StockLedger.open(
            ledger.item(),
            ledger.warehouse(),
            ledger.unit(),
            ledger.currency(),
            CostingPolicy.of(CostingMethod.FIFO));
    if (before.quantity().signum() > 0) {
      l =
          l.post(
                  Movement.openingBalance(
                      first.date(), "OPENING", before.quantity(), ledger.unit(), before.value()))
              .ledger();
    }
    for (int i = from; i < ledger.size(); i++) {
      Posting p = l.post(ledger.movement(i));
      if (!p.isAllowed()) {
        throw new IllegalStateException(p.explanation().toString());
      }
      l = p.ledger();
    }
    Posting p = l.post(added);
    if (!p.isAllowed()) {
      throw new IllegalStateException(p.explanation().toString());
    }
    return p.ledger().revalue(ledger.policy()).ledger();
  }

  static Movement movement(int i, StockShape stock) {
    LocalDate date = FIRST_DAY.plusDays(i / PER_DAY);
    String doc = String.format("DOC-%06d", i);
    int cycle = i / 3;
    switch (i % 3) {
      case 0:
        return Movement.receipt(
            date,
            doc,
            BigDecimal.valueOf(stock == StockShape.TURNING_OVER && cycle % 2 == 1 ? 28 : 30),
            UnitOfMeasure.PIECES,
            BigDecimal.valueOf(1000 + (i / 3) % 100, 2),
            "PO-" + (i / 3));
      case 1:
        return Movement.saleIssue(date, doc, BigDecimal.valueOf(14), UnitOfMeasure.PIECES);
      default:
        return Movement.saleIssue(date, doc, BigDecimal.valueOf(15), UnitOfMeasure.PIECES);
    }
  }
}
