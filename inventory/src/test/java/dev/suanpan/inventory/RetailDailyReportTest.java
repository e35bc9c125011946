package dev.suanpan.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RetailDailyReportTest {
  static final LocalDate DAY = LocalDate.of(2026, 3, 14);
  static final WarehouseId STORE = WarehouseId.of("STORE-1");
  static final ItemId OIL = ItemId.of("OIL-5L");
  static final ItemId WIPER = ItemId.of("WIPER");

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  static RetailDailyReport report() {
    return RetailDailyReport.builder()
        .number("RD-20260314")
        .date(DAY)
        .outlet(STORE)
        .addLines(
            RetailLine.of(
                OIL, new BigDecimal("3"), UnitOfMeasure.PIECES, cny("678.00"), VatRate.STANDARD_13),
            RetailLine.of(
                WIPER,
                new BigDecimal("2"),
                UnitOfMeasure.PIECES,
                cny("113.00"),
                VatRate.STANDARD_13))
        .build();
  }

  @Test
  void theDaysCashSalesAreOneEntryDrCashCrRevenueAndOutputVat() {
    // 678.00 / 1.13 = 600.00 net, 78.00 VAT; 113.00 / 1.13 = 100.00 net, 13.00 VAT.
    assertThat(report().entry().lines())
        .extracting(l -> l.side() + " " + l.account().code() + " " + l.amount())
        .containsExactly(
            "DEBIT 1001 CNY 791.00", "CREDIT 6001 CNY 700.00", "CREDIT 22210102 CNY 91.00");
    assertThat(report().entry().dimension("warehouse")).contains("STORE-1");
  }

  @Test
  void theReleaseNotesFollowAndTheLedgerGivesTheCostEntry() {
    assertThat(report().releaseNotes())
        .extracting(m -> m.kind() + " " + m.document() + " " + m.quantity().toPlainString())
        .containsExactly("SALE_ISSUE RD-20260314 3.0000", "SALE_ISSUE RD-20260314 2.0000");
    // Oil received at 120.00 a can; three issued at FIFO cost 360.00.
    StockLedger oil =
        StockLedger.open(
                OIL,
                STORE,
                UnitOfMeasure.PIECES,
                cny("0").getCurrencyUnit(),
                CostingPolicy.of(CostingMethod.FIFO))
            .post(
                Movement.receipt(
                    DAY.minusDays(3),
                    "GRN-1",
                    new BigDecimal("10"),
                    UnitOfMeasure.PIECES,
                    new BigDecimal("120"),
                    "PO-1"))
            .ledger();
    Posting issued = oil.post(report().releaseNotes().get(0));
    assertThat(issued.journal())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.lines())
                    .extracting(l -> l.side() + " " + l.account().code() + " " + l.amount())
                    .containsExactly("DEBIT 6401 CNY 360.00", "CREDIT 1405 CNY 360.00"));
  }

  @Test
  void anItemOnTwoLinesIsRefused() {
    assertThatThrownBy(
            () ->
                RetailDailyReport.builder()
                    .from(report())
                    .addLines(
                        RetailLine.of(
                            OIL,
                            BigDecimal.ONE,
                            UnitOfMeasure.PIECES,
                            cny("226.00"),
                            VatRate.STANDARD_13))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has item OIL-5L twice");
  }
}
