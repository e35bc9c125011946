package dev.suanpan.inventory;

import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Shorthands of the inventory tests. */
final class Ledgers {
  /**
   * The same movements posted as given (the refused ones skipped) and, the accepted ones sorted by
   * date (a stable sort: a day keeps its posting order), posted in date order.
   */
  record BackDated(StockLedger posted, StockLedger inDateOrder, List<Movement> sorted) {}

  /**
   * Posts {@code movements} as given, skipping those refused, then the accepted ones in date order
   * into a second ledger, insisting that each of those is allowed.
   */
  static BackDated postedAndInDateOrder(CostingPolicy policy, List<Movement> movements) {
    StockLedger posted = open(policy);
    List<Movement> accepted = new ArrayList<>();
    for (Movement m : movements) {
      Posting p = posted.post(m);
      if (p.isAllowed()) {
        accepted.add(m);
        posted = p.ledger();
      }
    }
    List<Movement> sorted = new ArrayList<>(accepted);
    sorted.sort(Comparator.comparing(Movement::date));
    StockLedger scratch = open(policy);
    for (Movement m : sorted) {
      Posting p = scratch.post(m);
      if (!p.isAllowed()) { // explained only then: under the month-end average it values the month
        throw new AssertionError("refused in date order: " + p.explanation());
      }
      scratch = p.ledger();
    }
    return new BackDated(posted, scratch, sorted);
  }

  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final ItemId ITEM = ItemId.of("OIL-FILTER-A");
  static final WarehouseId MAIN = WarehouseId.of("PARTS-1");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;

  /**
   * The standard costs of the tests' standard-cost ledgers: 10.50 from 2000, 11.20 from 1 February
   * 2024 and 10.90 from 1 March 2024, so that histories of early 2024 cross two changes.
   */
  static final ImmutableSortedMap<LocalDate, BigDecimal> STANDARDS =
      ImmutableSortedMap.of(
          LocalDate.of(2000, 1, 1), new BigDecimal("10.50"),
          LocalDate.of(2024, 2, 1), new BigDecimal("11.20"),
          LocalDate.of(2024, 3, 1), new BigDecimal("10.90"));

  private Ledgers() {}

  /**
   * A policy of {@code method} and {@code negative}; a standard-cost one has {@link #STANDARDS}.
   */
  static CostingPolicy policy(CostingMethod method, NegativeStockPolicy negative) {
    return CostingPolicy.builder()
        .method(method)
        .negativeStock(negative)
        .standardCosts(method == CostingMethod.STANDARD ? STANDARDS : ImmutableSortedMap.of())
        .build();
  }

  static StockLedger open(CostingMethod method) {
    return open(policy(method, NegativeStockPolicy.REJECT));
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
