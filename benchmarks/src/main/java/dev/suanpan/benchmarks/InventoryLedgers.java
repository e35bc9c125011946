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
 * The ledgers the inventory benchmarks run on: one item with a given number of movements, about a
 * thousand a day, a receipt of 30 units (unit cost 10.00 to 10.99) followed by two issues of 14 and
 * 15, so stock grows slowly and never goes negative.
 */
final class InventoryLedgers {
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  static final int PER_DAY = 1000;

  private InventoryLedgers() {}

  static StockLedger build(CostingMethod method, int movements) {
    // Posted one at a time under the method: an append costs a constant time under every method
    // (under the month-end average the open month is valued when a new month opens or when read).
    StockLedger l =
        StockLedger.open(
            ItemId.of("BENCH-1"),
            WarehouseId.of("WH-1"),
            UnitOfMeasure.PIECES,
            CurrencyUnit.of("CNY"),
            CostingPolicy.of(method));
    for (int i = 0; i < movements; i++) {
      Posting p = l.post(movement(i));
      if (!p.isAllowed()) {
        throw new IllegalStateException(p.explanation().toString());
      }
      l = p.ledger();
    }
    return l;
  }

  /** The position of the first movement dated {@code day} or later. */
  static int firstPositionOn(LocalDate day) {
    return Math.toIntExact(ChronoUnit.DAYS.between(FIRST_DAY, day)) * PER_DAY;
  }

  /**
   * A ledger of the movements of {@code ledger} from position {@code from} on, alone: an opening
   * balance with the balance before them, then the same movements, valued by the same policy.
   */
  static StockLedger tail(StockLedger ledger, int from) {
    Movement first = ledger.movement(from);
    StockBalance before = ledger.balanceAt(first.date().minusDays(1));
    StockLedger l =
        StockLedger.open(
            ledger.item(),
            ledger.warehouse(),
            ledger.unit(),
            ledger.currency(),
            CostingPolicy.of(CostingMethod.FIFO));
    l =
        l.post(
                Movement.openingBalance(
                    first.date(), "OPENING", before.quantity(), ledger.unit(), before.value()))
            .ledger();
    for (int i = from; i < ledger.size(); i++) {
      Posting p = l.post(ledger.movement(i));
      if (!p.isAllowed()) {
        throw new IllegalStateException(p.explanation().toString());
      }
      l = p.ledger();
    }
    return l.revalue(ledger.policy()).ledger();
  }

  static Movement movement(int i) {
    LocalDate date = FIRST_DAY.plusDays(i / PER_DAY);
    String doc = String.format("DOC-%06d", i);
    switch (i % 3) {
      case 0:
        return Movement.receipt(
            date,
            doc,
            BigDecimal.valueOf(30),
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
