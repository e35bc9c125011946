package dev.suanpan.inventory.close;

import static dev.suanpan.core.journal.LedgerAccount.COST_OF_GOODS_SOLD;
import static dev.suanpan.core.journal.LedgerAccount.GOODS_RECEIVED_NOT_INVOICED;
import static dev.suanpan.core.journal.LedgerAccount.INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The month-end close of a chain's ledgers, worked by hand, and what it rejects. */
class ChainCloseTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final YearMonth MARCH = YearMonth.of(2024, 3);
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  private static StockLedger ledger(
      String item, String warehouse, CostingMethod method, CurrencyUnit currency, Movement... ms) {
    StockLedger l =
        StockLedger.open(
            ItemId.of(item),
            WarehouseId.of(warehouse),
            UnitOfMeasure.PIECES,
            currency,
            CostingPolicy.of(method));
    for (Movement m : ms) {
      Posting p = l.post(m);
      assertThat(p.isAllowed()).as("posting %s", m).isTrue();
      l = p.ledger();
    }
    return l;
  }

  private static Movement receipt(String date, String doc, int quantity, String unitCost) {
    return Movement.receipt(
        LocalDate.parse(date),
        doc,
        BigDecimal.valueOf(quantity),
        UnitOfMeasure.PIECES,
        new BigDecimal(unitCost),
        "PO-" + doc);
  }

  private static Movement issue(String date, String doc, int quantity) {
    return Movement.saleIssue(
        LocalDate.parse(date), doc, BigDecimal.valueOf(quantity), UnitOfMeasure.PIECES);
  }

  /**
   * Three ledgers of two items in two warehouses, one per method. Worked by hand: FIFO, 10 @ 12.00
   * in February, 10 @ 13.50 on 5 March, 15 issued on 10 March = 10 x 12.00 + 5 x 13.50 = 187.50;
   * moving average, 4 @ 25.00 = 100.00, 3 issued = 100.00 x 3/4 = 75.00; month-end average, 3 @
   * 10.00 and 3 @ 11.00 = 63.00 for 6, a unit cost of 10.50, 4 issued = 42.00 (entry on 31 March).
   */
  private static List<StockLedger> chain() {
    return List.of(
        ledger(
            "OIL-FILTER-A",
            "PARTS-1",
            CostingMethod.FIFO,
            CNY,
            receipt("2024-02-20", "GRN-1", 10, "12.00"),
            receipt("2024-03-05", "GRN-2", 10, "13.50"),
            issue("2024-03-10", "RO-1", 15),
            issue("2024-04-02", "RO-2", 1)),
        ledger(
            "WIPER-B",
            "PARTS-1",
            CostingMethod.MOVING_AVERAGE,
            CNY,
            receipt("2024-03-01", "GRN-3", 4, "25.00"),
            issue("2024-03-15", "RO-3", 3)),
        ledger(
            "OIL-FILTER-A",
            "PARTS-2",
            CostingMethod.MONTHLY_AVERAGE,
            CNY,
            receipt("2024-03-03", "GRN-4", 3, "10.00"),
            receipt("2024-03-04", "GRN-5", 3, "11.00"),
            issue("2024-03-20", "RO-4", 4)));
  }

  @Test
  void closesEachLedgerAndTotalsTheMonthsJournal() {
    ChainCloseReport march = ChainClose.on(POOL).close(chain(), MARCH);

    MonthEndClose fifo = march.closes().get(0);
    assertThat(fifo.openingQuantity()).isEqualByComparingTo("10");
    assertThat(fifo.openingValue()).isEqualTo(cny("120.00"));
    assertThat(fifo.outboundCost()).isEqualTo(cny("187.50"));
    assertThat(fifo.closingQuantity()).isEqualByComparingTo("5");
    assertThat(fifo.closingValue()).isEqualTo(cny("67.50"));
    assertThat(march.closes().get(2).unitCost()).contains(new BigDecimal("10.50"));
    assertThat(march.ledgers()).allSatisfy(l -> assertThat(l.closedThrough()).contains(MARCH));

    // Receipts 135.00 + 100.00 + 30.00 + 33.00 = 298.00; issues 187.50 + 75.00 + 42.00 = 304.50.
    JournalSummary all = march.summary();
    assertThat(all.entryCount()).isEqualTo(7);
    assertThat(all.debitsOf(INVENTORY)).isEqualTo(cny("298.00"));
    assertThat(all.creditsOf(INVENTORY)).isEqualTo(cny("304.50"));
    assertThat(all.debitsOf(COST_OF_GOODS_SOLD)).isEqualTo(cny("304.50"));
    assertThat(all.creditsOf(GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("298.00"));

    // OIL-FILTER-A: in 135.00 + 63.00 = 198.00, out 187.50 + 42.00 = 229.50.
    assertThat(march.byItem().keySet()).containsExactly("OIL-FILTER-A", "WIPER-B");
    assertThat(march.byItem().get("OIL-FILTER-A").debitsOf(INVENTORY)).isEqualTo(cny("198.00"));
    assertThat(march.byItem().get("OIL-FILTER-A").creditsOf(INVENTORY)).isEqualTo(cny("229.50"));
    assertThat(march.byItem().get("WIPER-B").balanceOf(INVENTORY)).isEqualTo(cny("25.00"));
    // PARTS-1: in 235.00, out 262.50; PARTS-2: in 63.00, out 42.00.
    assertThat(march.byWarehouse().get("PARTS-1").balanceOf(INVENTORY)).isEqualTo(cny("-27.50"));
    assertThat(march.byWarehouse().get("PARTS-2").balanceOf(INVENTORY)).isEqualTo(cny("21.00"));
    assertThat(march.byWarehouse().get("PARTS-2").entryCount()).isEqualTo(3);

    // The month-end average's issue is booked by the close, on the month's last day.
    assertThat(march.journalOf(2)).hasSize(3);
    assertThat(march.journalOf(2).get(2).date()).isEqualTo(LocalDate.parse("2024-03-31"));
    assertThat(march.journal()).hasSize(7);
    assertThat(JournalSummary.of(CNY, march.journal())).isEqualTo(all);
  }

  @Test
  void theSameOnAnyExecutorAndAnySlices() {
    List<StockLedger> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      CostingMethod method = CostingMethod.values()[i % 3];
      many.add(
          ledger(
              "ITEM-" + i,
              "WH-" + (i % 7),
              method,
              CNY,
              receipt("2024-02-2" + (i % 9), "G-" + i, 1 + i % 13, (10 + i % 5) + ".0" + i % 10),
              receipt("2024-03-0" + (1 + i % 9), "H-" + i, 2 + i % 11, "9.99"),
              issue("2024-03-1" + (i % 10), "S-" + i, 1 + i % 3)));
    }

    ChainCloseReport sequential = ChainClose.sequential().close(many, MARCH);

    assertThat(ChainClose.on(POOL).close(many, MARCH)).isEqualTo(sequential);
    assertThat(ChainClose.on(POOL).slicedBy(7, 1_000).close(many, MARCH)).isEqualTo(sequential);
    assertThat(ChainClose.on(POOL).slicedBy(1_000, 5).close(many, MARCH)).isEqualTo(sequential);
    assertThat(sequential.closes()).hasSize(300);
    assertThat(sequential.byWarehouse()).hasSize(7);
    assertThat(sequential.summary()).isEqualTo(JournalSummary.of(CNY, sequential.journal()));
  }

  @Test
  void rejectsWhatCannotBeClosed() {
    List<StockLedger> chain = chain();
    StockLedger closed = chain.get(1).closeMonth(MARCH).ledger();
    StockLedger dollars =
        ledger(
            "BULB-C",
            "PARTS-1",
            CostingMethod.FIFO,
            CurrencyUnit.USD,
            receipt("2024-03-01", "X", 1, "1.00"));

    assertThatThrownBy(() -> ChainClose.sequential().close(List.of(), MARCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ledgers must hold at least one ledger");
    assertThatThrownBy(() -> ChainClose.sequential().close(List.of(chain.get(0), closed), MARCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "month 2024-03 of WIPER-B at PARTS-1 is already closed (closed through 2024-03)");
    assertThatThrownBy(
            () -> ChainClose.sequential().close(List.of(chain.get(0), chain.get(0)), MARCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two ledgers of OIL-FILTER-A at PARTS-1");
    assertThatThrownBy(() -> ChainClose.sequential().close(List.of(chain.get(0), dollars), MARCH))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("ledger of BULB-C at PARTS-1 must be in CNY");
    assertThatThrownBy(() -> ChainClose.on(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor must not be null");
    assertThatThrownBy(() -> ChainClose.sequential().slicedBy(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLedgers must be at least 1, was 0");
  }

  @Test
  void anExecutorThatRefusesStopsTheClose() {
    ChainClose refusing =
        ChainClose.on(
            r -> {
              throw new RejectedExecutionException("pool shut down");
            });

    assertThatThrownBy(() -> refusing.close(chain(), MARCH))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessage("pool shut down");
  }
}
