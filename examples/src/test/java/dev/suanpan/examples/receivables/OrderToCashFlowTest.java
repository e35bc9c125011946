package dev.suanpan.examples.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.examples.tour.FlowReport;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The order-to-cash flow's figures, worked by hand: a contract of 226,000.00 including 13% VAT
 * (200,000.00 net, 26,000.00 VAT) falls due 30% / 60% / 10%: 67,800.00, 135,600.00, 22,600.00.
 */
class OrderToCashFlowTest {
  private final OrderToCashFlow.Result result = new OrderToCashFlow().play();
  private final FlowReport account = result.account();

  static Money cny(String a) {
    return Money.parse("CNY " + a);
  }

  @Test
  void theInvoiceWaitsUntilSixtyPercentIsCollected() {
    // 60% of 226,000.00 = 135,600.00; the deposit of 67,800.00 is not enough, two are.
    assertThat(account.lines())
        .containsSequence(
            "  INV-01 HELD",
            "    [invoice.collected-share] collected CNY 67800.00 is below 60% of CNY 226000.00"
                + " (CNY 135600.00); waits for CNY 67800.00")
        .contains(
            "  Collected for K-2026-01: CNY 135600.00",
            "    [invoice.collected-share] collected CNY 135600.00 reaches 60% of CNY 226000.00"
                + " (CNY 135600.00); invoice may be issued");
  }

  @Test
  void theBouncedTransferIsPaidAgainAndTheAllowanceCutsTheLastInstalment() {
    // Advance 135,600.00 pays #1 (67,800.00) and half of #2; COL-03 pays the rest of #2, bounces,
    // COL-04 pays it again; the allowance of 2,260.00 leaves 22,600.00 - 2,260.00 = 20,340.00.
    assertThat(account.lines())
        .contains(
            "    [receivables.advance-applied] advance application ADV-01 for HUAXIN-MACHINERY:"
                + " CNY 135600.00 pays INV-01#1 CNY 67800.00, INV-01#2 CNY 67800.00; advance left"
                + " CNY 0.00",
            "    [receivables.reversed] reversal REV-01 of collection COL-03 (transfer returned by"
                + " the bank): CNY 67800.00 reopened, advance CNY 0.00 taken back",
            "    open INV-01#3 due 2026-05-20 CNY 20340.00");
  }

  @Test
  void theOverdueInstalmentIsDunnedWithInterest() {
    // Due 2026-05-20, 72 days overdue on 2026-07-31 (11 + 30 + 31): the 61-90 day level;
    // 20,340.00 x 0.05% x 72 = 732.24.
    assertThat(account.lines())
        .contains(
            "    [dunning.level] 72 days reaches COMMISSION_OFFSET from 61 days"
                + " (dunning.commission-offset)",
            "    [dunning.interest] interest CNY 732.24 on the overdue instalments (0.05% a day)");
  }

  @Test
  void threeBillsPayTheSparePartsOneEndorsedOneDiscountedOneDishonoured() {
    // 113,000.00 x 3.6% x 90 / 360 (2026-09-21 to maturity on 2026-12-20) = 1,017.00 interest,
    // 111,983.00 proceeds; the dishonoured bill reopens 113,000.00 of INV-02 with 56.50 interest.
    assertThat(account.lines())
        .contains(
            "    [bill.discounted] bill B-2 discounted at ICBC on 2026-09-21, 90 days before"
                + " maturity on 2026-12-20: interest CNY 113000.00 × 3.6% × 90 / 360 = CNY 1017.00;"
                + " proceeds CNY 111983.00",
            "    [bill.endorsed] bill B-1 of CNY 113000.00 endorsed to BAOSTEEL-SUPPLY on 2026-08-20"
                + " in payment",
            "    open INV-02 due 2026-09-02 CNY 113000.00",
            "    open B-3-INTEREST due 2026-12-21 CNY 56.50");
  }

  @Test
  void theYearEndProvisionAndTheWriteOffLeaveTheBooksEqualToTheLedger() {
    // Ages on 2026-12-31 by invoice date: INV-01#3 20,340.00 (286 days) x 30% = 6,102.00;
    // DN-01 732.24 (153 days) and INV-02 113,000.00 (150 days) x 10% = 11,373.224;
    // B-3-INTEREST 56.50 (10 days) x 1% = 0.565; 17,475.789 rounded once = 17,475.79, above the
    // credit manager's 5,000.00 and within the finance deputy GM's 50,000.00.
    assertThat(result.provision().required()).isEqualTo(cny("17475.79"));
    assertThat(result.provision().outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(result.provision().requiredApprover()).contains(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(result.writeOff().amount()).isEqualTo(cny("732.24"));
    // Receivable: INV-01 226,000.00 - 135,600.00 - 67,800.00 + 67,800.00 - 67,800.00 - 2,260.00
    // = 20,340.00; DN-01 732.24 written off; INV-02 339,000.00 - 3 x 113,000.00 + 113,000.00;
    // B-3-INTEREST 56.50: 20,340.00 + 113,000.00 + 56.50 = 133,396.50. Revenue 200,000.00
    // - 2,000.00 + 300,000.00; VAT 26,000.00 - 260.00 + 39,000.00; allowance 17,475.79 - 732.24.
    assertThat(account.lines())
        .contains(
            "  Accounts receivable Dr CNY 133396.50 = open in the ledger CNY 133396.50",
            "  Revenue Cr CNY 498000.00, output VAT Cr CNY 64740.00, bad-debt allowance Cr CNY"
                + " 16743.55");
    for (JournalEntry e : result.entries()) {
      assertThat(e.debits()).isEqualTo(e.credits());
    }
  }

  @Test
  void thePerformanceListAndTheCollectionsByMonthShowTheYear() {
    // Q1: deposits of 67,800.00 on 10 Jan and 20 Mar (135,600.00), the invoice of 226,000.00 on
    // 20 Mar; the advance applied to it collects nothing more.
    // Q2: COL-03 67,800.00, bounced (-67,800.00), COL-04 67,800.00: 67,800.00; the allowance of
    // 2,260.00 on 8 May. Q3 and Q4: nothing for the contract (the spare parts have none).
    assertThat(account.lines())
        .contains(
            "  2026-Q1 K-2026-01 HUAXIN-MACHINERY value CNY 226000.00: billed CNY 226000.00,"
                + " collected CNY 135600.00; to date billed CNY 226000.00, collected CNY 135600.00",
            "  2026-Q2 K-2026-01 HUAXIN-MACHINERY value CNY 226000.00: billed CNY 0.00, credited"
                + " CNY 2260.00, collected CNY 67800.00; to date billed CNY 226000.00, collected"
                + " CNY 203400.00",
            "  2026-Q4 K-2026-01 HUAXIN-MACHINERY value CNY 226000.00: billed CNY 0.00,"
                + " collected CNY 0.00; to date billed CNY 226000.00, collected CNY 203400.00");
    // By month: 67,800.00 in January and March; April 67,800 - 67,800 + 67,800 = 67,800.00;
    // August the three bills, 3 x 113,000.00 = 339,000.00; December B-3 dishonoured, -113,000.00.
    // Year: 4 x 67,800.00 - 67,800.00 + 339,000.00 - 113,000.00 = 429,400.00.
    assertThat(account.lines())
        .containsSequence(
            "  East China 2026-01 collected CNY 67800.00",
            "  East China 2026-03 collected CNY 67800.00",
            "  East China 2026-04 collected CNY 67800.00",
            "  East China 2026-08 collected CNY 339000.00",
            "  East China 2026-12 collected CNY -113000.00",
            "  East China 2026 collected CNY 429400.00");
  }
}
