package dev.suanpan.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the README's journal section, line for line, with their commented results
 * asserted.
 */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAndGivesTheFiguresItShows() {
    LocalDate day = LocalDate.parse("2024-03-16");
    JournalEntry daily =
        JournalEntry.builder()
            .date(day)
            .reference("RD-0316")
            .description("Retail daily report")
            .debit(LedgerAccount.CASH, Money.parse("CNY 11300.00"))
            .credit(LedgerAccount.REVENUE, Money.parse("CNY 10000.00"))
            .credit(LedgerAccount.OUTPUT_VAT, Money.parse("CNY 1300.00"))
            .build();
    JournalEntry cost =
        JournalEntry.of(
            day,
            "RD-0316",
            "Cost of the day's sales",
            LedgerAccount.COST_OF_GOODS_SOLD,
            LedgerAccount.INVENTORY,
            Money.parse("CNY 6200.00"));
    LedgerAccount fund = LedgerAccount.of("1122.09", "Promotion fund receivable", "应收促销基金");
    JournalEntry promotion =
        JournalEntry.of(
            day,
            "PF-2403",
            "Promotion fund accrued",
            fund,
            LedgerAccount.COST_OF_GOODS_SOLD,
            Money.parse("CNY 600.00"));

    JournalSummary day16 =
        JournalSummary.of(CurrencyUnit.of("CNY"), ImmutableList.of(daily, cost, promotion));

    assertThat(day16.balanceOf(LedgerAccount.CASH)).isEqualTo(Money.parse("CNY 11300.00"));
    assertThat(day16.balanceOf(LedgerAccount.REVENUE)).isEqualTo(Money.parse("CNY -10000.00"));
    assertThat(day16.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(Money.parse("CNY 5600.00"));
    assertThat(day16.totalDebits())
        .isEqualTo(day16.totalCredits())
        .isEqualTo(Money.parse("CNY 18100.00"));
    assertThat(daily.toString())
        .isEqualTo(
            "2024-03-16 RD-0316 Retail daily report\n"
                + "  Dr 1001 Cash on hand CNY 11300.00\n"
                + "  Cr 6001 Revenue CNY 10000.00\n"
                + "  Cr 22210102 Output VAT CNY 1300.00");
  }

  @Test
  void theReadmeDimensionsSnippetRunsAndGivesTheFiguresItShows() {
    LocalDate day = LocalDate.parse("2024-03-16");
    JournalEntry daily =
        JournalEntry.builder()
            .date(day)
            .reference("RD-0316")
            .description("Retail daily report")
            .debit(LedgerAccount.CASH, Money.parse("CNY 11300.00"))
            .credit(LedgerAccount.REVENUE, Money.parse("CNY 10000.00"))
            .credit(LedgerAccount.OUTPUT_VAT, Money.parse("CNY 1300.00"))
            .build();
    JournalEntry cost =
        JournalEntry.of(
            day,
            "RD-0316",
            "Cost of the day's sales",
            LedgerAccount.COST_OF_GOODS_SOLD,
            LedgerAccount.INVENTORY,
            Money.parse("CNY 6200.00"));

    JournalEntry filters =
        JournalEntry.builder()
            .date(day)
            .reference("RO-11")
            .description("Repair issue of OIL-FILTER-A at PARTS-1")
            .debit(LedgerAccount.COST_OF_GOODS_SOLD, Money.parse("CNY 300.00"))
            .credit(LedgerAccount.INVENTORY, Money.parse("CNY 300.00"))
            .putDimension(Dimensions.ITEM, "OIL-FILTER-A")
            .putDimension(Dimensions.WAREHOUSE, "PARTS-1")
            .build();
    JournalEntry wipers =
        JournalEntry.builder()
            .date(day)
            .reference("RO-12")
            .description("Repair issue of WIPER-B at PARTS-1")
            .debit(LedgerAccount.COST_OF_GOODS_SOLD, Money.parse("CNY 120.00"))
            .credit(LedgerAccount.INVENTORY, Money.parse("CNY 120.00"))
            .putDimension(Dimensions.ITEM, "WIPER-B")
            .putDimension(Dimensions.WAREHOUSE, "PARTS-1")
            .build();
    List<JournalEntry> journal = List.of(daily, cost, filters, wipers);

    JournalSummary oilFilters =
        JournalSummary.forDimension(
            CurrencyUnit.of("CNY"), journal, Dimensions.ITEM, "OIL-FILTER-A");
    ImmutableSortedMap<String, JournalSummary> byItem =
        JournalSummary.byDimension(CurrencyUnit.of("CNY"), journal, Dimensions.ITEM);

    assertThat(oilFilters.balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(Money.parse("CNY 300.00"));
    assertThat(byItem.keySet()).containsExactly("OIL-FILTER-A", "WIPER-B");
    assertThat(byItem.get("WIPER-B").balanceOf(LedgerAccount.INVENTORY))
        .isEqualTo(Money.parse("CNY -120.00"));
    assertThat(byItem.values())
        .allSatisfy(s -> assertThat(s.accounts()).doesNotContain(LedgerAccount.CASH));
    assertThat(byItem.values()).extracting(JournalSummary::entryCount).containsExactly(1, 1);
    assertThat(
            JournalSummary.byDimension(CurrencyUnit.of("CNY"), journal, Dimensions.WAREHOUSE)
                .get("PARTS-1")
                .balanceOf(LedgerAccount.COST_OF_GOODS_SOLD))
        .isEqualTo(Money.parse("CNY 420.00"));
    assertThat(wipers.dimension(Dimensions.ITEM)).hasToString("Optional[WIPER-B]");
    assertThat(wipers.toString())
        .isEqualTo(
            "2024-03-16 RO-12 Repair issue of WIPER-B at PARTS-1\n"
                + "  Dr 6401 Cost of goods sold CNY 120.00\n"
                + "  Cr 1405 Inventory CNY 120.00\n"
                + "  [item=WIPER-B, warehouse=PARTS-1]");
  }
}
