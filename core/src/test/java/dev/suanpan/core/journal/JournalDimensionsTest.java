package dev.suanpan.core.journal;

import static dev.suanpan.core.journal.LedgerAccount.COST_OF_GOODS_SOLD;
import static dev.suanpan.core.journal.LedgerAccount.GOODS_RECEIVED_NOT_INVOICED;
import static dev.suanpan.core.journal.LedgerAccount.INVENTORY;
import static dev.suanpan.core.journal.LedgerAccount.REVENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Analysis dimensions (辅助核算) on entries, and the totals by dimension. */
class JournalDimensionsTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final LocalDate MARCH_5 = LocalDate.parse("2024-03-05");

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  private static JournalEntry movement(
      String reference,
      LedgerAccount debit,
      LedgerAccount credit,
      String amount,
      String item,
      String warehouse) {
    return JournalEntry.builder()
        .date(MARCH_5)
        .reference(reference)
        .description("Movement of " + item + " at " + warehouse)
        .debit(debit, cny(amount))
        .credit(credit, cny(amount))
        .putDimension(Dimensions.ITEM, item)
        .putDimension(Dimensions.WAREHOUSE, warehouse)
        .build();
  }

  /** Receipts and issues of two items in one warehouse, and one entry about no item. */
  private static List<JournalEntry> month() {
    return ImmutableList.of(
        movement(
            "GRN-01", INVENTORY, GOODS_RECEIVED_NOT_INVOICED, "1000.00", "OIL-FILTER-A", "PARTS-1"),
        movement("GRN-02", INVENTORY, GOODS_RECEIVED_NOT_INVOICED, "600.00", "WIPER-B", "PARTS-1"),
        movement("RO-11", COST_OF_GOODS_SOLD, INVENTORY, "300.00", "OIL-FILTER-A", "PARTS-1"),
        movement("RO-12", COST_OF_GOODS_SOLD, INVENTORY, "120.00", "WIPER-B", "PARTS-1"),
        movement("RO-13", COST_OF_GOODS_SOLD, INVENTORY, "200.00", "OIL-FILTER-A", "PARTS-1"),
        JournalEntry.of(
            MARCH_5, "RD-0305", "Retail daily report", LedgerAccount.CASH, REVENUE, cny("900.00")));
  }

  @Test
  void anEntryCarriesItsDimensionsInNameOrder() {
    JournalEntry issue =
        JournalEntry.builder()
            .date(MARCH_5)
            .reference("RO-11")
            .description("Repair issue of OIL-FILTER-A at PARTS-1")
            .debit(COST_OF_GOODS_SOLD, cny("300.00"))
            .credit(INVENTORY, cny("300.00"))
            .putDimension(Dimensions.WAREHOUSE, "PARTS-1")
            .putDimension(Dimensions.ITEM, "OIL-FILTER-A")
            .build();

    assertThat(issue.dimensions().keySet()).containsExactly("item", "warehouse");
    assertThat(issue.dimension(Dimensions.ITEM)).contains("OIL-FILTER-A");
    assertThat(issue.dimension(Dimensions.WAREHOUSE)).contains("PARTS-1");
    assertThat(issue.dimension(Dimensions.CUSTOMER)).isEmpty();
    assertThat(issue.toString())
        .isEqualTo(
            "2024-03-05 RO-11 Repair issue of OIL-FILTER-A at PARTS-1\n"
                + "  Dr 6401 Cost of goods sold CNY 300.00\n"
                + "  Cr 1405 Inventory CNY 300.00\n"
                + "  [item=OIL-FILTER-A, warehouse=PARTS-1]");
  }

  @Test
  void anEntryWithoutDimensionsHasNoneAndPrintsNoDimensionLine() {
    JournalEntry cost =
        JournalEntry.of(
            MARCH_5, "RD-0305", "Cost of sales", COST_OF_GOODS_SOLD, INVENTORY, cny("1"));

    assertThat(cost.dimensions()).isEmpty();
    assertThat(cost.dimension(Dimensions.ITEM)).isEmpty();
    assertThat(cost.toString())
        .isEqualTo(
            "2024-03-05 RD-0305 Cost of sales\n"
                + "  Dr 6401 Cost of goods sold CNY 1.00\n"
                + "  Cr 1405 Inventory CNY 1.00");
  }

  @Test
  void dimensionsLeaveTheLinesAsTheyAreButMakeTheEntryDifferent() {
    JournalEntry plain =
        JournalEntry.of(MARCH_5, "RO-11", "Repair issue", COST_OF_GOODS_SOLD, INVENTORY, cny("3"));
    JournalEntry withItem =
        JournalEntry.builder().from(plain).putDimension(Dimensions.ITEM, "OIL-FILTER-A").build();

    assertThat(withItem.lines()).isEqualTo(plain.lines());
    assertThat(withItem).isNotEqualTo(plain);
    assertThat(withItem.summary()).isEqualTo(plain.summary());
  }

  @Test
  void aBlankDimensionNameIsRejectedNamingTheEntry() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .from(month().get(0))
                    .dimensions(java.util.Map.of(" ", "OIL-FILTER-A"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRN-01")
        .hasMessageContaining("blank dimension name \" \"")
        .hasMessageContaining("OIL-FILTER-A");
  }

  @Test
  void aBlankDimensionValueIsRejectedNamingTheEntryAndTheDimension() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .from(month().get(5))
                    .putDimension(Dimensions.CUSTOMER, "")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RD-0305")
        .hasMessageContaining("blank value \"\" for dimension customer");
  }

  @Test
  void aDimensionSetTwiceOrNullIsRejected() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .from(month().get(0))
                    .putDimension(Dimensions.ITEM, "WIPER-B")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item=OIL-FILTER-A")
        .hasMessageContaining("item=WIPER-B");
    assertThatThrownBy(() -> JournalEntry.builder().putDimension(Dimensions.ITEM, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theTotalsOfOneItemAreThoseOfItsEntriesOnly() {
    JournalSummary filter =
        JournalSummary.forDimension(CNY, month(), Dimensions.ITEM, "OIL-FILTER-A");

    assertThat(filter.entryCount()).isEqualTo(3);
    assertThat(filter.debitsOf(INVENTORY)).isEqualTo(cny("1000.00"));
    assertThat(filter.creditsOf(INVENTORY)).isEqualTo(cny("500.00"));
    assertThat(filter.balanceOf(INVENTORY)).isEqualTo(cny("500.00"));
    assertThat(filter.balanceOf(COST_OF_GOODS_SOLD)).isEqualTo(cny("500.00"));
    assertThat(filter.accounts())
        .containsExactly(INVENTORY, GOODS_RECEIVED_NOT_INVOICED, COST_OF_GOODS_SOLD);
    assertThat(JournalSummary.forDimension(CNY, month(), Dimensions.ITEM, "BRAKE-PAD-C"))
        .isEqualTo(JournalSummary.of(CNY, List.of()));
  }

  @Test
  void totalsByItemGiveEachItemItsOwnSummaryAndLeaveOutEntriesWithoutAnItem() {
    ImmutableList<JournalEntry> month = ImmutableList.copyOf(month());
    var byItem = JournalSummary.byDimension(CNY, month, Dimensions.ITEM);

    assertThat(byItem.keySet()).containsExactly("OIL-FILTER-A", "WIPER-B");
    assertThat(byItem.get("OIL-FILTER-A"))
        .isEqualTo(JournalSummary.forDimension(CNY, month, Dimensions.ITEM, "OIL-FILTER-A"));
    assertThat(byItem.get("WIPER-B").balanceOf(INVENTORY)).isEqualTo(cny("480.00"));
    assertThat(byItem.get("WIPER-B").balanceOf(COST_OF_GOODS_SOLD)).isEqualTo(cny("120.00"));
    assertThat(byItem.get("WIPER-B").entryCount()).isEqualTo(2);
    // The inventory of both items adds up to the month's; the retail report is in neither.
    assertThat(
            byItem
                .get("OIL-FILTER-A")
                .balanceOf(INVENTORY)
                .plus(byItem.get("WIPER-B").balanceOf(INVENTORY)))
        .isEqualTo(JournalSummary.of(CNY, month).balanceOf(INVENTORY))
        .isEqualTo(cny("980.00"));
    assertThat(byItem.values()).allSatisfy(s -> assertThat(s.accounts()).doesNotContain(REVENUE));

    var byWarehouse = JournalSummary.byDimension(CNY, month, Dimensions.WAREHOUSE);
    assertThat(byWarehouse.keySet()).containsExactly("PARTS-1");
    assertThat(byWarehouse.get("PARTS-1").entryCount()).isEqualTo(5);
    assertThat(JournalSummary.byDimension(CNY, month, Dimensions.CUSTOMER)).isEmpty();
  }

  @Test
  void totalsByDimensionRejectABlankNameOrValueAndAnEntryInAnotherCurrency() {
    assertThatThrownBy(() -> JournalSummary.byDimension(CNY, month(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimension name");
    assertThatThrownBy(() -> JournalSummary.forDimension(CNY, month(), Dimensions.ITEM, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dimension value");
    JournalEntry usd =
        JournalEntry.of(
            MARCH_5,
            "INV-USD-1",
            "Export sale",
            LedgerAccount.ACCOUNTS_RECEIVABLE,
            REVENUE,
            Money.parse("USD 100.00"));
    List<JournalEntry> mixed =
        ImmutableList.<JournalEntry>builder().addAll(month()).add(usd).build();
    // Rejected even though the entry in dollars has no item.
    assertThatThrownBy(() -> JournalSummary.byDimension(CNY, mixed, Dimensions.ITEM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INV-USD-1")
        .hasMessageContaining("USD");
    assertThatThrownBy(
            () -> JournalSummary.forDimension(CNY, mixed, Dimensions.ITEM, "OIL-FILTER-A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INV-USD-1");
  }
}
