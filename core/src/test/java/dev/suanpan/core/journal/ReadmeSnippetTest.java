package dev.suanpan.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippet of the README's journal section, line for line, with its commented results asserted.
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
    LedgerAccount rebates = LedgerAccount.of("1122.09", "Manufacturer rebates receivable", "应收返利");
    JournalEntry rebate =
        JournalEntry.of(
            day,
            "RB-2403",
            "Volume rebate accrued",
            rebates,
            LedgerAccount.COST_OF_GOODS_SOLD,
            Money.parse("CNY 600.00"));

    JournalSummary day16 =
        JournalSummary.of(CurrencyUnit.of("CNY"), ImmutableList.of(daily, cost, rebate));

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
}
