package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.NegativeStockPolicy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every inventory entry names its item and warehouse as dimensions (辅助核算), not only in words. */
class JournalDimensionsTest {
  private static final ItemId WIPER = ItemId.of("WIPER-B");
  private static final WarehouseId STORE_2 = WarehouseId.of("PARTS-2");

  private static final Movement[] MARCH = {
    receipt("2024-03-01", "GRN-1", "100", "10.00"),
    receipt("2024-03-05", "GRN-2", "200", "12.00"),
    issue("2024-03-10", "OUT-1", "150"),
    receipt("2024-03-15", "GRN-3", "100", "11.00"),
    issue("2024-03-20", "OUT-2", "200"),
  };

  private static void assertNamesTheOilFilterAtParts1(List<JournalEntry> entries) {
    assertThat(entries).isNotEmpty();
    assertThat(entries)
        .allSatisfy(
            e ->
                assertThat(e.dimensions())
                    .as("dimensions of %s", e.reference())
                    .containsExactly(
                        entry(Dimensions.ITEM, "OIL-FILTER-A"),
                        entry(Dimensions.WAREHOUSE, "PARTS-1")));
  }

  @Test
  void askingForTheJournalCardAndBalanceOfAllOfTimeIsTheWholeLedger() {
    StockLedger fifo = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    assertThat(fifo.journal(java.time.LocalDate.MIN, java.time.LocalDate.MAX))
        .isEqualTo(fifo.journal(day("2024-03-01"), day("2024-03-31")));
    assertThat(fifo.card(java.time.LocalDate.MIN, java.time.LocalDate.MAX).lines())
        .isEqualTo(fifo.card().lines());
    assertThat(fifo.balanceAt(java.time.LocalDate.MAX).quantity()).isEqualTo(fifo.quantityOnHand());
  }

  @Test
  void postingsBackDatedRevaluationsAndTheMonthEndCloseNameTheItemAndWarehouse() {
    StockLedger fifo = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    assertNamesTheOilFilterAtParts1(fifo.journal(day("2024-03-01"), day("2024-03-31")));
    // a back-dated receipt: its own entry and the re-valued issues' entries
    Posting late = fifo.post(receipt("2024-03-02", "GRN-LATE", "100", "8.00"));
    assertThat(late.journal()).hasSize(3);
    assertNamesTheOilFilterAtParts1(late.journal());

    StockLedger average = post(Ledgers.open(CostingMethod.MONTHLY_AVERAGE), MARCH);
    assertNamesTheOilFilterAtParts1(average.closeMonth(YearMonth.of(2024, 3)).journal());
  }

  @Test
  void aStandardCostRevaluationAndADirectShipmentNameTheItemAndWarehouse() {
    StockLedger standard =
        post(Ledgers.open(CostingMethod.STANDARD), receipt("2024-01-10", "GRN-1", "100", "10.50"));
    List<JournalEntry> revaluations = new ArrayList<>();
    for (StandardCostRevaluation r :
        standard.standardRevaluations(day("2024-02-01"), day("2024-03-31"))) {
      r.journal().ifPresent(revaluations::add);
    }
    // 10.50 -> 11.20 on 1 February, 11.20 -> 10.90 on 1 March, 100 pieces each time
    assertThat(revaluations)
        .extracting(JournalEntry::debits)
        .containsExactly(cny("70.00"), cny("30.00"));
    assertNamesTheOilFilterAtParts1(revaluations);

    DirectShipment shipment =
        DirectShipment.builder()
            .date(day("2024-03-08"))
            .purchaseInvoice("PI-88")
            .salesInvoice("SI-77")
            .item(Ledgers.ITEM)
            .warehouse(Ledgers.MAIN)
            .purchasedQuantity(qty("20"))
            .soldQuantity(qty("20"))
            .purchaseCost(cny("10000.00"))
            .inputVat(cny("1300.00"))
            .build();
    assertThat(shipment.journal()).hasSize(2);
    assertNamesTheOilFilterAtParts1(shipment.journal());
  }

  @Test
  void theMonthsJournalOfTwoItemsTotalsByItemAndByWarehouse() {
    // OIL-FILTER-A at PARTS-1, FIFO: OUT-1 = 100 x 10.00 + 50 x 12.00 = 1600.00,
    // OUT-2 = 150 x 12.00 + 50 x 11.00 = 2350.00; 50 left worth 550.00.
    StockLedger filters = post(Ledgers.open(CostingMethod.FIFO), MARCH);
    // WIPER-B at PARTS-2: 50 in at 4.00, 20 out = 80.00; 30 left worth 120.00.
    StockLedger wipers =
        post(
            StockLedger.open(
                WIPER,
                STORE_2,
                PCS,
                CNY,
                Ledgers.policy(CostingMethod.FIFO, NegativeStockPolicy.REJECT)),
            receipt("2024-03-04", "GRN-W1", "50", "4.00"),
            issue("2024-03-12", "OUT-W1", "20"));
    ImmutableList<JournalEntry> month =
        ImmutableList.<JournalEntry>builder()
            .addAll(filters.journal(day("2024-03-01"), day("2024-03-31")))
            .addAll(wipers.journal(day("2024-03-01"), day("2024-03-31")))
            .build();

    ImmutableSortedMap<String, JournalSummary> byItem =
        JournalSummary.byDimension(CNY, month, Dimensions.ITEM);

    assertThat(byItem.keySet()).containsExactly("OIL-FILTER-A", "WIPER-B");
    JournalSummary filter = byItem.get("OIL-FILTER-A");
    assertThat(filter.entryCount()).isEqualTo(5);
    assertThat(filter.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("3950.00"));
    assertThat(filter.balanceOf(LedgerAccount.INVENTORY))
        .isEqualTo(filters.valueOnHand())
        .isEqualTo(cny("550.00"));
    JournalSummary wiper = JournalSummary.forDimension(CNY, month, Dimensions.ITEM, "WIPER-B");
    assertThat(wiper).isEqualTo(byItem.get("WIPER-B"));
    assertThat(wiper.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("80.00"));
    assertThat(wiper.balanceOf(LedgerAccount.INVENTORY))
        .isEqualTo(wipers.valueOnHand())
        .isEqualTo(cny("120.00"));
    assertThat(
            filter
                .balanceOf(LedgerAccount.COST_OF_GOODS_SOLD)
                .plus(wiper.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD)))
        .isEqualTo(JournalSummary.of(CNY, month).balanceOf(LedgerAccount.COST_OF_GOODS_SOLD));

    ImmutableSortedMap<String, JournalSummary> byWarehouse =
        JournalSummary.byDimension(CNY, month, Dimensions.WAREHOUSE);
    assertThat(byWarehouse).containsOnlyKeys("PARTS-1", "PARTS-2");
    assertThat(byWarehouse.get("PARTS-1")).isEqualTo(filter);
    assertThat(byWarehouse.get("PARTS-2")).isEqualTo(wiper);
  }

  @Test
  void aTransferNamesTheWarehouseEachSideIsBookedAt() {
    CostingPolicy fifo = Ledgers.policy(CostingMethod.FIFO, NegativeStockPolicy.REJECT);
    StockLedger from = post(Ledgers.open(fifo), receipt("2024-03-01", "GRN-1", "100", "10.00"));
    StockLedger to = StockLedger.open(Ledgers.ITEM, STORE_2, PCS, CNY, fifo);
    List<JournalEntry> transfer = new ArrayList<>();
    Posting out =
        from.post(
            Movement.outbound(
                MovementKind.TRANSFER_OUT, day("2024-03-06"), "TR-1", qty("40"), PCS));
    transfer.addAll(from.journal(day("2024-03-01"), day("2024-03-31")));
    transfer.addAll(out.journal());
    transfer.addAll(
        to.post(
                Movement.transferIn(
                    day("2024-03-06"), "TR-1", qty("40"), PCS, out.line().orElseThrow().amount()))
            .journal());

    assertThat(transfer)
        .extracting(e -> e.reference() + " " + e.dimension(Dimensions.WAREHOUSE).orElseThrow())
        .containsExactly("GRN-1 PARTS-1", "TR-1 PARTS-1", "TR-1 PARTS-2");
    assertThat(transfer)
        .allSatisfy(e -> assertThat(e.dimension(Dimensions.ITEM)).contains("OIL-FILTER-A"));
  }
}
