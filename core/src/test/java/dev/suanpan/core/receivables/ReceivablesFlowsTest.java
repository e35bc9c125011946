package dev.suanpan.core.receivables;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.floorplan.FinancingDecision;
import dev.suanpan.core.floorplan.FloorPlan;
import dev.suanpan.core.floorplan.Repayment;
import dev.suanpan.core.floorplan.Vin;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.DealerFloorPlanTerms;
import dev.suanpan.core.presets.DistributorCreditTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The sources' order-to-cash flows through the receivables ledger, worked by hand: a spot steel
 * sale paid before dispatch (款到发货, 004 篇8 §1), a flat sold with a deposit, instalments and a
 * mortgage loan (004 篇6), and a 4S dealer whose floor-plan loan on a car is repaid when the
 * customer has paid for it (000 ⑹).
 */
class ReceivablesFlowsTest {
  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  /**
   * Steel (004 篇8 §1: 客户办款→款到后财务核兑单价和金额→仓库员发货): 25.360 t weighed at CNY 4,520.00 a tonne including
   * 13% VAT is 25.36 x 4,520.00 = 114,627.20, net 114,627.20 / 1.13 = 101,440.00, VAT 13,187.20.
   * The cash-only customer's order is held until the transfer of 114,627.20 arrives; it then goes
   * ahead; on dispatch the invoice is posted and the payment applied to it.
   */
  @Test
  void steelIsPaidBeforeItIsDispatched() {
    CustomerId customer = CustomerId.of("C-STEEL");
    LocalDate ordered = LocalDate.of(2026, 6, 3);
    LocalDate paid = LocalDate.of(2026, 6, 4);
    Money amount = cny("114627.20");
    CreditProfile profile =
        CreditProfile.builder()
            .customer(customer)
            .grade(DistributorCreditTerms.D)
            .limit(cny("0.00"))
            .termDays(0)
            .cashOnly(true)
            .approvedBy(PersonId.of("P-FIN"))
            .approvedOn(LocalDate.of(2026, 1, 5))
            .build();
    CreditCheck check = CreditCheck.of(DistributorCreditTerms.policy());
    CreditOrder order = CreditOrder.of(customer, "SO-1", amount);
    ReceivablesLedger ledger = ReceivablesLedger.of(DistributorCreditTerms.policy());

    CreditDecision unpaid = check.check(profile, order, ledger.exposure(customer), ordered);
    assertThat(unpaid.outcome()).isEqualTo(Outcome.HELD);

    ledger =
        ledger
            .post(
                Collection.builder()
                    .number("COL-1")
                    .customer(customer)
                    .date(paid)
                    .amount(amount)
                    .method(PaymentMethod.TRANSFER)
                    .asAdvance(true)
                    .build())
            .ledger();
    assertThat(ledger.advance(customer)).isEqualTo(amount);
    CreditDecision afterPayment = check.check(profile, order, ledger.exposure(customer), paid);
    assertThat(afterPayment.outcome()).isEqualTo(Outcome.ALLOWED);

    SalesInvoice invoice =
        SalesInvoice.builder()
            .number("INV-1")
            .customer(customer)
            .date(paid)
            .kind(InvoiceKind.VAT_SPECIAL)
            .addLines(InvoiceLine.inclusive("rebar 25.360 t", amount, VatRate.STANDARD_13))
            .terms(PaymentTerms.net(0))
            .build();
    ReceivablesPosting invoiced = ledger.post(invoice);
    assertThat(invoice.net()).isEqualTo(cny("101440.00"));
    assertThat(invoice.tax()).isEqualTo(cny("13187.20"));
    ledger =
        invoiced
            .ledger()
            .post(
                AdvanceApplication.builder()
                    .number("APP-1")
                    .customer(customer)
                    .date(paid)
                    .amount(amount)
                    .build())
            .ledger();
    assertThat(ledger.open("INV-1")).isEqualTo(cny("0.00"));
    assertThat(ledger.advance(customer)).isEqualTo(cny("0.00"));
    assertThat(ledger.openItems(customer)).isEmpty();
    assertThat(ledger.exposure(customer).receivables()).isEqualTo(cny("0.00"));
  }

  /**
   * A flat (004 篇6 合同签订手续): the buyer pays a deposit (定金) of 20,000.00 on the reservation agreement
   * (1 Mar); the purchase contract of 1,000,000.00 (9% VAT: net 1,000,000.00 / 1.09 = 917,431.19,
   * VAT 82,568.81) is signed on 8 Mar and falls due 10% at signing (100,000.00), 20% a month later
   * (200,000.00) and 70% when the mortgage loan is granted (700,000.00, on 20 May); the deposit
   * goes to the first instalment, the buyer pays 80,000.00 on signing and 200,000.00 on 8 Apr, and
   * the bank's loan of 700,000.00 pays the last.
   */
  @Test
  void aFlatIsPaidByDepositInstalmentsAndAMortgageLoan() {
    CustomerId buyer = CustomerId.of("B-1801");
    Milestone loan = Milestone.of("LOAN");
    LocalDate signed = LocalDate.of(2026, 3, 8);
    ReceivablesLedger ledger =
        ReceivablesLedger.of(DistributorCreditTerms.policy())
            .post(
                Collection.builder()
                    .number("RCPT-1")
                    .customer(buyer)
                    .date(LocalDate.of(2026, 3, 1))
                    .amount(cny("20000.00"))
                    .method(PaymentMethod.CASH)
                    .asAdvance(true)
                    .build())
            .ledger();
    SalesInvoice flat =
        SalesInvoice.builder()
            .number("A-1801")
            .customer(buyer)
            .date(signed)
            .kind(InvoiceKind.VAT_ORDINARY)
            .addLines(InvoiceLine.inclusive("flat A-1801", cny("1000000.00"), VatRate.REDUCED_9))
            .terms(
                PaymentTerms.milestones(
                    TermLine.share(Percent.of(10), Milestone.SIGNING, 0),
                    TermLine.builder()
                        .weight(Percent.of(20).value())
                        .milestone(Milestone.SIGNING)
                        .months(1)
                        .build(),
                    TermLine.share(Percent.of(70), loan, 0)))
            .milestoneDates(Map.of(Milestone.SIGNING, signed, loan, LocalDate.of(2026, 5, 20)))
            .build();
    assertThat(flat.net()).isEqualTo(cny("917431.19"));
    assertThat(flat.tax()).isEqualTo(cny("82568.81"));
    assertThat(flat.instalments())
        .extracting(Instalment::toString)
        .containsExactly(
            "#1 CNY 100000.00 due 2026-03-08",
            "#2 CNY 200000.00 due 2026-04-08",
            "#3 CNY 700000.00 due 2026-05-20");
    ledger = ledger.post(flat).ledger();
    // The deposit goes to the first instalment: 100,000.00 - 20,000.00 = 80,000.00 open on it.
    ledger =
        ledger
            .post(
                AdvanceApplication.builder()
                    .number("APP-1")
                    .customer(buyer)
                    .date(signed)
                    .amount(cny("20000.00"))
                    .addAppliesTo(InstalmentRef.of("A-1801", 1))
                    .build())
            .ledger();
    assertThat(ledger.openItems(buyer).get(0).openAmount()).isEqualTo(cny("80000.00"));
    ledger = ledger.post(transfer("RCPT-2", buyer, signed, "80000.00")).ledger();
    ledger = ledger.post(transfer("RCPT-3", buyer, LocalDate.of(2026, 4, 8), "200000.00")).ledger();
    // Before the loan: only the loan instalment is open.
    assertThat(ledger.openItems(buyer))
        .extracting(r -> r.document() + " " + r.openAmount() + " due " + r.dueDate())
        .containsExactly("A-1801#3 CNY 700000.00 due 2026-05-20");
    ledger =
        ledger
            .post(
                Collection.builder()
                    .number("LOAN-1")
                    .customer(buyer)
                    .date(LocalDate.of(2026, 5, 20))
                    .amount(cny("700000.00"))
                    .method(PaymentMethod.TRANSFER)
                    .addAppliesTo(InstalmentRef.of("A-1801", 3))
                    .build())
            .ledger();
    assertThat(ledger.open("A-1801")).isEqualTo(cny("0.00"));
    assertThat(ledger.advance(buyer)).isEqualTo(cny("0.00"));
    // Collected in 2026: 20,000 + 80,000 + 200,000 + 700,000 = 1,000,000.00.
    assertThat(ledger.regionalCollections(2026, Map.of(buyer, "project A")).total())
        .isEqualTo(cny("1000000.00"));
  }

  /**
   * A 4S dealer (000 ⑹): the bank lends 70% of the car's purchase price of 200,000.00 (140,000.00;
   * the dealer pays 60,000.00) and holds its certificate. The customer pays a deposit of 10,000.00
   * on ordering (1 Mar), the car is invoiced at 226,000.00 including 13% VAT (net 200,000.00) on
   * delivery (10 Mar), the deposit is applied and 200,000.00 paid: 216,000.00 open until then. Only
   * once the customer has paid the invoice in full does the dealer repay the bank its 140,000.00
   * and get the certificate back.
   */
  @Test
  void theFloorPlanLoanIsRepaidWhenTheCustomerHasPaid() {
    Vin vin = Vin.of("LSVAU2180N2183744");
    CustomerId customer = CustomerId.of("C-4S");
    FinancingDecision financed =
        FloorPlan.empty(DealerFloorPlanTerms.policy())
            .finance(vin, cny("200000.00"), LocalDate.of(2026, 2, 1));
    assertThat(financed.loan()).isEqualTo(cny("140000.00"));
    assertThat(financed.dealerFunds()).isEqualTo(cny("60000.00"));
    FloorPlan plan = financed.floorPlan();
    LocalDate delivered = LocalDate.of(2026, 3, 10);

    ReceivablesLedger ledger =
        ReceivablesLedger.of(DistributorCreditTerms.policy())
            .post(
                Collection.builder()
                    .number("DEP-1")
                    .customer(customer)
                    .date(LocalDate.of(2026, 3, 1))
                    .amount(cny("10000.00"))
                    .method(PaymentMethod.CASH)
                    .asAdvance(true)
                    .build())
            .ledger()
            .post(
                SalesInvoice.builder()
                    .number("INV-CAR-1")
                    .customer(customer)
                    .date(delivered)
                    .kind(InvoiceKind.VAT_ORDINARY)
                    .addLines(
                        InvoiceLine.inclusive("sedan", cny("226000.00"), VatRate.STANDARD_13)
                            .withDimensions(Map.of(Dimensions.VIN, vin.value())))
                    .terms(PaymentTerms.net(0))
                    .build())
            .ledger()
            .post(
                AdvanceApplication.builder()
                    .number("APP-1")
                    .customer(customer)
                    .date(delivered)
                    .amount(cny("10000.00"))
                    .build())
            .ledger();
    assertThat(ledger.open("INV-CAR-1")).isEqualTo(cny("216000.00"));
    assertThat(repaymentDue(ledger, "INV-CAR-1")).isFalse();
    assertThat(plan.car(vin).orElseThrow().isPledged()).isTrue();

    ledger = ledger.post(transfer("COL-1", customer, delivered, "216000.00")).ledger();
    assertThat(repaymentDue(ledger, "INV-CAR-1")).isTrue();
    Repayment repaid = plan.repay(vin, delivered);
    assertThat(repaid.amount()).isEqualTo(cny("140000.00"));
    assertThat(repaid.entry().lines())
        .extracting(l -> l.side() + " " + l.account().code() + " " + l.amount())
        .containsExactly(
            "DEBIT " + LedgerAccount.SHORT_TERM_BORROWINGS.code() + " CNY 140000.00",
            "CREDIT " + LedgerAccount.BANK.code() + " CNY 140000.00");
    assertThat(repaid.floorPlan().outstanding()).isEqualTo(cny("0.00"));
    assertThat(repaid.car().isPledged()).isFalse();
    // The customer's 226,000.00 covers the loan: 226,000.00 - 140,000.00 = 86,000.00 is left.
    assertThat(ledger.sales(ReportPeriod.day(delivered)).gross().minus(repaid.amount()))
        .isEqualTo(cny("86000.00"));
  }

  /** The floor-plan repayment falls due when the car's invoice has nothing open. */
  private static boolean repaymentDue(ReceivablesLedger ledger, String invoice) {
    return ledger.open(invoice).isZero();
  }

  private static Collection transfer(String n, CustomerId c, LocalDate d, String amount) {
    return Collection.builder()
        .number(n)
        .customer(c)
        .date(d)
        .amount(cny(amount))
        .method(PaymentMethod.TRANSFER)
        .build();
  }
}
