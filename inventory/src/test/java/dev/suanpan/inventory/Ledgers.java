package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Shorthands of the inventory tests. */
final class Ledgers {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final ItemId ITEM = ItemId.of("OIL-FILTER-A");
  static final WarehouseId MAIN = WarehouseId.of("PARTS-1");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;

  private Ledgers() {}

  static StockLedger open(CostingMethod method) {
    return StockLedger.open(ITEM, MAIN, PCS, CNY, CostingPolicy.of(method));
  }

  static StockLedger open(CostingPolicy policy) {
    return StockLedger.open(ITEM, MAIN, PCS, CNY, policy);
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static BigDecimal qty(String q) {
    return new BigDecimal(q);
  }

  static Money cny(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }

  static Movement receipt(String date, String doc, String q, String unitCost) {
    return Movement.receipt(day(date), doc, qty(q), PCS, new BigDecimal(unitCost), "PO-" + doc);
  }

  static Movement issue(String date, String doc, String q) {
    return Movement.saleIssue(day(date), doc, qty(q), PCS);
  }

  /** Posts and insists the posting was allowed. */
  static StockLedger post(StockLedger ledger, Movement... movements) {
    StockLedger l = ledger;
    for (Movement m : movements) {
      Posting p = l.post(m);
      if (!p.isAllowed()) {
        throw new AssertionError("posting refused: " + p.explanation());
      }
      l = p.ledger();
    }
    return l;
  }
}
