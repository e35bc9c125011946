package dev.suanpan.examples.distributor;

import static dev.suanpan.examples.distributor.DistributorMonthEndFlow.ADHESIVE;
import static dev.suanpan.examples.distributor.DistributorMonthEndFlow.GROUT;
import static dev.suanpan.examples.distributor.DistributorMonthEndFlow.TILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DistributorMonthEndFlowTest {
  private final DistributorMonthEndFlow.Result result = new DistributorMonthEndFlow().play();
  private final FlowReport account = result.account();

  @Test
  void theWeightedAverageIsKnownOnlyAtMonthEndAndCostsEveryIssueOfTheMonth() {
    assertThat(account.lines())
        .contains(
            "  Opening (February closed) 1000 box, CNY 38520.00",
            "    2024-03-08 CK-2403-021  out     800 @ 39.12       31296.00   balance    900  "
                + " 34769.00",
            "    2024-03-15 GRN-2403-019 in      450 @ 40.10       18045.00   balance   1350  "
                + " 52814.00",
            "    Close: (38520.00 + 45590.00) / (1000 + 1150) = unit cost 39.12",
            "    Issued 1750 box, cost CNY 68460.00; closing 400 box, value CNY 15650.00",
            "    Close: (52800.00 + 98400.00) / (2400 + 4500) = unit cost 21.91",
            "    Issued 6100 bag, cost CNY 133651.00; closing 800 bag, value CNY 17549.00",
            "    Close: (9270.00 + 14220.00) / (600 + 900) = unit cost 15.66",
            "    Issued 1200 bag, cost CNY 18792.00; closing 300 bag, value CNY 4698.00");
    MonthEndClose tile = result.closes().get(TILE);
    assertThat(tile.unitCost()).contains(new BigDecimal("39.12"));
    assertThat(tile.outboundCost()).isEqualTo(Money.parse("CNY 68460.00"));
    assertThat(result.closes().get(ADHESIVE).unitCost()).contains(new BigDecimal("21.91"));
    assertThat(result.closes().get(GROUT).unitCost()).contains(new BigDecimal("15.66"));
  }

  @Test
  void theRoundingDifferenceOfTheAverageStaysInEndingInventory() {
    assertThat(account.lines())
        .containsSequence(
            "    Issued 1750 box, cost CNY 68460.00; closing 400 box, value CNY 15650.00",
            "    Rounding difference left in ending inventory: CNY 2.00")
        .containsSequence(
            "    Issued 6100 bag, cost CNY 133651.00; closing 800 bag, value CNY 17549.00",
            "    Rounding difference left in ending inventory: CNY 21.00")
        .containsSequence(
            "    Issued 1200 bag, cost CNY 18792.00; closing 300 bag, value CNY 4698.00",
            "    Rounding difference left in ending inventory: CNY 0.00");
    // 400 boxes at 39.12 is 15648.00; the 2.00 left over stays in the 15650.00 on hand
    MonthEndClose tile = result.closes().get(TILE);
    assertThat(tile.closingValue().minus(tile.roundingDifference().orElseThrow()))
        .isEqualTo(Money.parse("CNY 15648.00"));
    // nothing is lost: opening + received = issued + closing
    for (MonthEndClose c : result.closes().values()) {
      assertThat(c.openingValue().plus(c.inboundValue()))
          .isEqualTo(c.outboundCost().plus(c.closingValue()));
    }
  }

  @Test
  void receivablesAreAgedByDaysSinceTheInvoiceIntoThePolicyBuckets() {
    assertThat(account.lines())
        .contains(
            "  INV-2212-045  DONGFANG-HW    invoiced 2022-12-15 due 2023-01-14      6500.00  age"
                + " 472 days",
            "  Ageing schedule (账龄分析表), total CNY 268500.00:",
            "    0-30 d      2 invoice(s)      131600.00",
            "    31-60 d     1 invoice(s)       52000.00",
            "    61-90 d     1 invoice(s)       38600.00",
            "    91-180 d    1 invoice(s)       24000.00",
            "    181-365 d   1 invoice(s)       15800.00",
            "    >365 d      1 invoice(s)        6500.00",
            "  HENGDA-BM      2 invoice(s), receivables CNY 138400.00, overdue CNY 52000.00,"
                + " earliest due 2024-03-11");
    assertThat(result.ageing().total()).isEqualTo(Money.parse("CNY 268500.00"));
    assertThat(result.ageing().line("0-30").amount()).isEqualTo(Money.parse("CNY 131600.00"));
  }

  @Test
  void theProvisionByAgeingPercentagesIsAdjustedAgainstLastPeriodsAllowance() {
    assertThat(account.lines())
        .contains(
            "  Required CNY 15196.00, on the books from February CNY 13850.00: adjustment CNY"
                + " 1346.00",
            "    [provision.bucket] 0-30 days: CNY 131600.00 x 1% = CNY 1316.00",
            "    [provision.bucket] 181-365 days: CNY 15800.00 x 30% = CNY 4740.00",
            "    [provision.bucket] >365 days: CNY 6500.00 x 50% = CNY 3250.00",
            "    [provision.adjustment] required CNY 15196.00 - previous CNY 13850.00 = CNY 1346.00"
                + " to provide");
    assertThat(result.provision().required()).isEqualTo(Money.parse("CNY 15196.00"));
    assertThat(result.provision().adjustment()).isEqualTo(Money.parse("CNY 1346.00"));
    JournalEntry entry = result.provision().entry().orElseThrow();
    assertThat(entry.lines())
        .containsExactly(
            JournalLine.debit(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, Money.parse("CNY 1346.00")),
            JournalLine.credit(LedgerAccount.BAD_DEBT_ALLOWANCE, Money.parse("CNY 1346.00")));
  }

  @Test
  void overdueReceivablesAndLatePaymentsAreChargedInterestAtPointZeroFivePercentADay() {
    assertThat(account.lines())
        .contains(
            "    INV-2402-066    52000.00 due 2024-03-11,  20 days:   520.00",
            "    INV-2401-031    38600.00 due 2024-02-14,  46 days:   887.80",
            "    INV-2212-045     6500.00 due 2023-01-14, 442 days:  1436.50",
            "  Interest on open receivables: CNY 5924.80",
            "    [credit.late-payment] INV-2402-041: penalty CNY 150.00 on CNY 30000.00 due"
                + " 2024-03-08 paid 2024-03-18: 10 days late, 10 charged at 0.05% a day = CNY"
                + " 150.00, no cap",
            "    [credit.late-payment] INV-2402-052: penalty CNY 0.00 on CNY 18000.00 due"
                + " 2024-03-12 paid 2024-03-15: 3 days late, 0 charged at 0.05% a day = CNY 0.00,"
                + " no cap",
            "  Late-payment charges: CNY 150.00",
            "  Interest billed on debit notes: CNY 6074.80; booked as income when collected");
    // receivables not yet due get no interest line
    assertThat(result.overdueInterest().lines()).hasSize(5);
    assertThat(result.overdueInterest().total()).isEqualTo(Money.parse("CNY 5924.80"));
    assertThat(result.latePayments().total()).isEqualTo(Money.parse("CNY 150.00"));
  }

  @Test
  void theMonthEndJournalBalances() {
    assertThat(account.lines())
        .containsSequence(
            "  JV-2403-01 2024-03-31 CK-2403-021  Sale issue of TILE-800 at DC-1",
            "    Dr 6401 Cost of goods sold                31296.00  主营业务成本",
            "        Cr 1405 Inventory                     31296.00  库存商品")
        .containsSequence(
            "  JV-2403-09 2024-03-31 BDP-2024-03-31 Bad-debt provision as of 2024-03-31",
            "    Dr 6702 Credit impairment loss             1346.00  信用减值损失",
            "        Cr 1231 Bad-debt allowance             1346.00  坏账准备")
        .contains("  Debits CNY 222249.00, credits CNY 222249.00: balanced");
    assertThat(result.journal()).hasSize(9);
    JournalSummary summary = result.summary();
    assertThat(summary.balances())
        .containsExactly(
            entry(LedgerAccount.BAD_DEBT_ALLOWANCE, Money.parse("CNY -1346.00")),
            entry(LedgerAccount.INVENTORY, Money.parse("CNY -220903.00")),
            entry(LedgerAccount.COST_OF_GOODS_SOLD, Money.parse("CNY 220903.00")),
            entry(LedgerAccount.CREDIT_IMPAIRMENT_LOSS, Money.parse("CNY 1346.00")));
    assertThat(summary.totalDebits())
        .isEqualTo(summary.totalCredits())
        .isEqualTo(Money.parse("CNY 222249.00"));
    Money closedCost = Money.parse("CNY 0.00");
    for (MonthEndClose c : result.closes().values()) {
      closedCost = closedCost.plus(c.outboundCost());
    }
    assertThat(summary.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(closedCost);
  }

  @Test
  void theAccountIsTheSameOnEveryRun() {
    assertThat(new DistributorMonthEndFlow().run().lines()).isEqualTo(account.lines());
  }
}
