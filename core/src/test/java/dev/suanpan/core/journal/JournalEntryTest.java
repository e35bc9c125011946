package dev.suanpan.core.journal;

import static dev.suanpan.core.journal.LedgerAccount.ACCOUNTS_PAYABLE;
import static dev.suanpan.core.journal.LedgerAccount.ACCOUNTS_RECEIVABLE;
import static dev.suanpan.core.journal.LedgerAccount.ADMINISTRATIVE_EXPENSE;
import static dev.suanpan.core.journal.LedgerAccount.BANK;
import static dev.suanpan.core.journal.LedgerAccount.CASH;
import static dev.suanpan.core.journal.LedgerAccount.COST_OF_GOODS_SOLD;
import static dev.suanpan.core.journal.LedgerAccount.CUSTODIAN_RECEIVABLE;
import static dev.suanpan.core.journal.LedgerAccount.GOODS_IN_TRANSIT;
import static dev.suanpan.core.journal.LedgerAccount.INPUT_VAT;
import static dev.suanpan.core.journal.LedgerAccount.INVENTORY;
import static dev.suanpan.core.journal.LedgerAccount.OUTPUT_VAT;
import static dev.suanpan.core.journal.LedgerAccount.REVENUE;
import static dev.suanpan.core.journal.LedgerAccount.STOCKTAKE_PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JournalEntryTest {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final LocalDate MARCH_5 = LocalDate.parse("2024-03-05");
  private static final LocalDate MARCH_31 = LocalDate.parse("2024-03-31");

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  private static JournalEntry creditSaleInvoice() {
    return JournalEntry.builder()
        .date(MARCH_5)
        .reference("INV-2403-097")
        .description("Credit sale invoice")
        .debit(ACCOUNTS_RECEIVABLE, cny("45200.00"))
        .credit(REVENUE, cny("40000.00"))
        .credit(OUTPUT_VAT, cny("5200.00"))
        .build();
  }

  @Test
  void creditSaleInvoiceDebitsReceivableAndCreditsRevenueAndOutputVat() {
    JournalEntry invoice = creditSaleInvoice();

    assertThat(invoice.lines())
        .containsExactly(
            JournalLine.debit(ACCOUNTS_RECEIVABLE, cny("45200.00")),
            JournalLine.credit(REVENUE, cny("40000.00")),
            JournalLine.credit(OUTPUT_VAT, cny("5200.00")));
    assertThat(invoice.debits()).isEqualTo(cny("45200.00"));
    assertThat(invoice.credits()).isEqualTo(cny("45200.00"));
    assertThat(invoice.currency()).isEqualTo(CNY);
    assertThat(invoice.toString())
        .isEqualTo(
            "2024-03-05 INV-2403-097 Credit sale invoice\n"
                + "  Dr 1122 Accounts receivable CNY 45200.00\n"
                + "  Cr 6001 Revenue CNY 40000.00\n"
                + "  Cr 22210102 Output VAT CNY 5200.00");
  }

  @Test
  void collectionDebitsBankAndClearsTheReceivable() {
    JournalEntry collection =
        JournalEntry.of(
            MARCH_31,
            "RC-2403-031",
            "Collection of INV-2403-097",
            BANK,
            ACCOUNTS_RECEIVABLE,
            cny("45200.00"));

    JournalSummary month =
        JournalSummary.of(CNY, ImmutableList.of(creditSaleInvoice(), collection));

    assertThat(month.balanceOf(ACCOUNTS_RECEIVABLE)).isEqualTo(cny("0.00"));
    assertThat(month.balanceOf(BANK)).isEqualTo(cny("45200.00"));
    assertThat(month.balanceOf(REVENUE)).isEqualTo(cny("-40000.00"));
    assertThat(month.balanceOf(OUTPUT_VAT)).isEqualTo(cny("-5200.00"));
    assertThat(month.entryCount()).isEqualTo(2);
    assertThat(month.totalDebits()).isEqualTo(cny("90400.00"));
    assertThat(month.isBalanced()).isTrue();
  }

  @Test
  void directShipmentRunsThroughGoodsInTransit() {
    JournalEntry purchase =
        JournalEntry.builder()
            .date(MARCH_5)
            .reference("PI-2403-12")
            .description("Direct shipment bought")
            .debit(GOODS_IN_TRANSIT, cny("8000.00"))
            .debit(INPUT_VAT, cny("1040.00"))
            .credit(ACCOUNTS_PAYABLE, cny("9040.00"))
            .build();
    JournalEntry cost =
        JournalEntry.of(
            MARCH_5,
            "SI-2403-40",
            "Direct shipment delivered",
            COST_OF_GOODS_SOLD,
            GOODS_IN_TRANSIT,
            cny("8000.00"));

    JournalSummary summary = JournalSummary.of(CNY, ImmutableList.of(purchase, cost));

    assertThat(summary.balances())
        .containsExactly(
            entry(GOODS_IN_TRANSIT, cny("0.00")),
            entry(ACCOUNTS_PAYABLE, cny("-9040.00")),
            entry(INPUT_VAT, cny("1040.00")),
            entry(COST_OF_GOODS_SOLD, cny("8000.00")));
  }

  @Test
  void retailDailyReportDebitsCashAndCreditsRevenueAndOutputVat() {
    JournalEntry daily =
        JournalEntry.builder()
            .date(MARCH_5)
            .reference("RD-0305")
            .description("Retail daily report")
            .debit(CASH, cny("11300.00"))
            .credit(REVENUE, cny("10000.00"))
            .credit(OUTPUT_VAT, cny("1300.00"))
            .build();

    JournalSummary summary = daily.summary();

    assertThat(summary.debitsOf(CASH)).isEqualTo(cny("11300.00"));
    assertThat(summary.creditsOf(REVENUE)).isEqualTo(cny("10000.00"));
    assertThat(summary.creditsOf(OUTPUT_VAT)).isEqualTo(cny("1300.00"));
    assertThat(summary.debitsOf(BANK)).isEqualTo(cny("0.00"));
    assertThat(summary.accounts()).containsExactly(CASH, OUTPUT_VAT, REVENUE);
  }

  @Test
  void stocktakeShortageGoesThroughPendingUntilApproved() {
    JournalEntry shortage =
        JournalEntry.of(
            MARCH_31,
            "PK-2403-01",
            "Stocktake shortage",
            STOCKTAKE_PENDING,
            INVENTORY,
            cny("1860.00"));
    JournalEntry approved =
        JournalEntry.builder()
            .date(MARCH_31)
            .reference("PK-2403-01")
            .description("Shortage approved: half charged to the custodian")
            .debit(CUSTODIAN_RECEIVABLE, cny("930.00"))
            .debit(ADMINISTRATIVE_EXPENSE, cny("930.00"))
            .credit(STOCKTAKE_PENDING, cny("1860.00"))
            .build();

    JournalSummary summary = JournalSummary.of(CNY, ImmutableList.of(shortage, approved));

    assertThat(summary.balanceOf(STOCKTAKE_PENDING)).isEqualTo(cny("0.00"));
    assertThat(summary.balanceOf(INVENTORY)).isEqualTo(cny("-1860.00"));
    assertThat(summary.toString())
        .isEqualTo(
            String.join(
                "\n",
                String.format("%-48s Dr %14s  Cr %14s", CUSTODIAN_RECEIVABLE, "930.00", "0.00"),
                String.format("%-48s Dr %14s  Cr %14s", INVENTORY, "0.00", "1860.00"),
                String.format("%-48s Dr %14s  Cr %14s", STOCKTAKE_PENDING, "1860.00", "1860.00"),
                String.format("%-48s Dr %14s  Cr %14s", ADMINISTRATIVE_EXPENSE, "930.00", "0.00"),
                String.format(
                    "%-48s Dr %14s  Cr %14s", "Total (2 entries, CNY)", "3720.00", "3720.00")));
  }

  @Test
  void usersAddTheirOwnAccounts() {
    LedgerAccount rebates = LedgerAccount.of("1122.09", "Manufacturer rebates receivable", "应收返利");
    JournalEntry accrual =
        JournalEntry.of(
            MARCH_31,
            "RB-2403",
            "Volume rebate accrued",
            rebates,
            COST_OF_GOODS_SOLD,
            cny("6000.00"));

    assertThat(accrual.summary().balanceOf(rebates)).isEqualTo(cny("6000.00"));
    assertThat(rebates.toString()).isEqualTo("1122.09 Manufacturer rebates receivable");
    assertThat(rebates).isGreaterThan(ACCOUNTS_RECEIVABLE).isLessThan(CUSTODIAN_RECEIVABLE);
  }

  @Test
  void anUnbalancedEntryIsRejectedNamingTheDifference() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .date(MARCH_5)
                    .reference("INV-2403-097")
                    .description("Credit sale invoice")
                    .debit(ACCOUNTS_RECEIVABLE, cny("45200.00"))
                    .credit(REVENUE, cny("40000.00"))
                    .credit(OUTPUT_VAT, cny("5199.99"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INV-2403-097")
        .hasMessageContaining("debits CNY 45200.00, credits CNY 45199.99, difference CNY 0.01");
  }

  @Test
  void mixedCurrenciesAreRejected() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .date(MARCH_5)
                    .reference("INV-2403-097")
                    .description("Credit sale invoice")
                    .debit(ACCOUNTS_RECEIVABLE, cny("100.00"))
                    .credit(REVENUE, Money.parse("USD 100.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mixes currencies")
        .hasMessageContaining("Cr 6001 Revenue USD 100.00");
  }

  @Test
  void anEntryWithoutLinesIsRejected() {
    assertThatThrownBy(
            () ->
                JournalEntry.builder()
                    .date(MARCH_5)
                    .reference("INV-2403-097")
                    .description("Credit sale invoice")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry INV-2403-097 (Credit sale invoice) must have lines, had none");
  }

  @Test
  void aLineOfZeroOrANegativeAmountIsRejected() {
    assertThatThrownBy(() -> JournalLine.debit(CASH, cny("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount")
        .hasMessageContaining("CNY 0.00");
    assertThatThrownBy(() -> JournalLine.credit(CASH, cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CNY -1.00");
  }

  @Test
  void aBlankReferenceOrAccountNameIsRejected() {
    assertThatThrownBy(() -> JournalEntry.of(MARCH_5, " ", "x", CASH, BANK, cny("1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> LedgerAccount.of("1001", "", "库存现金"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> LedgerAccount.of("10 01", "Cash", "库存现金"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"10 01\"");
  }

  @Test
  void aSummaryRejectsAnEntryInAnotherCurrency() {
    JournalEntry dollars =
        JournalEntry.of(MARCH_5, "FX-1", "Dollar sale", BANK, REVENUE, Money.parse("USD 10.00"));

    assertThatThrownBy(() -> JournalSummary.of(CNY, ImmutableList.of(dollars)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry FX-1 is in USD, the summary in CNY");
  }

  @Test
  void aSummaryRejectsTwoAccountsSharingACode() {
    JournalEntry own =
        JournalEntry.of(
            MARCH_5,
            "JV-1",
            "Own chart",
            LedgerAccount.of("1001", "Petty cash", "备用金"),
            BANK,
            cny("500.00"));
    JournalEntry standard = JournalEntry.of(MARCH_5, "JV-2", "Standard", CASH, BANK, cny("1.00"));

    assertThatThrownBy(() -> JournalSummary.of(CNY, ImmutableList.of(own, standard)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share the code 1001");
  }

  @Test
  void anEmptyMonthSumsToNothing() {
    JournalSummary none = JournalSummary.of(CNY, ImmutableList.of());

    assertThat(none.accounts()).isEmpty();
    assertThat(none.totalDebits()).isEqualTo(Money.zero(CNY));
    assertThat(none.balanceOf(CASH)).isEqualTo(Money.zero(CNY));
    assertThat(none.isBalanced()).isTrue();
  }
}
