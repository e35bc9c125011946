package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.SALES;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.commission.CommissionClaim;
import dev.suanpan.core.credit.commission.CommissionDecision;
import dev.suanpan.core.credit.commission.CommissionGate;
import dev.suanpan.core.credit.invoice.InvoiceDecision;
import dev.suanpan.core.credit.invoice.InvoiceGate;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import org.junit.jupiter.api.Test;

class GatesTest {
  static final InvoiceGate INVOICE = InvoiceGate.of(POLICY);
  static final CommissionGate COMMISSION = CommissionGate.of(POLICY);

  @Test
  void anInvoiceIsIssuedOnceSixtyPercentIsCollected() {
    InvoiceDecision d = INVOICE.check(cny("100000.00"), cny("60000.00"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.shortfall()).isEqualTo(cny("0.00"));
  }

  @Test
  void anInvoiceWaitsWhileLessThanSixtyPercentIsCollected() {
    InvoiceDecision d = INVOICE.check(cny("100000.00"), cny("59999.99"));
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.required()).isEqualTo(cny("60000.00"));
    assertThat(d.shortfall()).isEqualTo(cny("0.01"));
    assertThat(d.explanation().toString())
        .contains("collected CNY 59999.99 is below 60% of CNY 100000.00 (CNY 60000.00)");
  }

  @Test
  void theInvoiceShareIsComparedExactly() {
    // 60% of 0.05 is 0.03 exactly; of 0.01 it is 0.006, so 0.01 collected is enough.
    assertThat(INVOICE.check(cny("0.01"), cny("0.00")).outcome()).isEqualTo(Outcome.HELD);
    assertThat(INVOICE.check(cny("0.01"), cny("0.01")).outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(INVOICE.check(cny("0.01"), cny("0.00")).required()).isEqualTo(cny("0.01"));
  }

  @Test
  void noContractNoCommission() {
    CommissionDecision d =
        COMMISSION.assess(
            CommissionClaim.builder()
                .salesperson(SALES)
                .rate(Percent.of(2))
                .collected(cny("100000.00"))
                .build());
    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.payable()).isEqualTo(cny("0.00"));
    assertThat(d.explanation().rules()).containsExactly("commission.contract");
  }

  @Test
  void commissionIsPayableOnlyOnWhatHasBeenCollected() {
    CommissionDecision d =
        COMMISSION.assess(
            CommissionClaim.builder()
                .salesperson(SALES)
                .contract("HT-2026-001")
                .rate(Percent.of(2))
                .collected(cny("60000.00"))
                .alreadyPaid(cny("500.00"))
                .build());
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.earned()).isEqualTo(cny("1200.00"));
    assertThat(d.due()).isEqualTo(cny("700.00"));
    assertThat(d.payable()).isEqualTo(cny("700.00"));
  }

  @Test
  void overdueReceivablesAreOffsetAgainstTheSalespersonsCommission() {
    CommissionDecision d =
        COMMISSION.assess(
            CommissionClaim.builder()
                .salesperson(SALES)
                .contract("HT-2026-001")
                .rate(Percent.of(2))
                .collected(cny("60000.00"))
                .overdueReceivables(cny("300.00"))
                .build());
    assertThat(d.offset()).isEqualTo(cny("300.00"));
    assertThat(d.payable()).isEqualTo(cny("900.00"));
    assertThat(d.explanation().fired("commission.overdue-offset")).isTrue();
  }

  @Test
  void anOffsetNeverTakesMoreThanTheCommissionDue() {
    CommissionDecision d =
        COMMISSION.assess(
            CommissionClaim.builder()
                .salesperson(SALES)
                .contract("HT-2026-001")
                .rate(Percent.of(2))
                .collected(cny("60000.00"))
                .overdueReceivables(cny("50000.00"))
                .build());
    assertThat(d.offset()).isEqualTo(cny("1200.00"));
    assertThat(d.payable()).isEqualTo(cny("0.00"));
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
  }

  @Test
  void withoutAnOffsetPolicyOverdueReceivablesDoNotReduceCommission() {
    CreditPolicy noOffset =
        CreditPolicy.builder()
            .from(POLICY)
            .overdueCommissionOffset(java.util.Optional.empty())
            .build();
    CommissionDecision d =
        CommissionGate.of(noOffset)
            .assess(
                CommissionClaim.builder()
                    .salesperson(SALES)
                    .contract("HT-2026-001")
                    .rate(Percent.of(2))
                    .collected(cny("60000.00"))
                    .overdueReceivables(cny("50000.00"))
                    .build());
    assertThat(d.payable()).isEqualTo(cny("1200.00"));
  }
}
