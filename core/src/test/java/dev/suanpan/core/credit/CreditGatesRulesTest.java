package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.SALES;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.commission.CommissionClaim;
import dev.suanpan.core.credit.commission.CommissionDecision;
import dev.suanpan.core.credit.commission.CommissionGate;
import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.core.credit.invoice.InvoiceDecision;
import dev.suanpan.core.credit.invoice.InvoiceGate;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the invoice and commission gates say when they open or stay shut, what a commission claim
 * must keep, and that late payments are charged only under terms that say how.
 */
class CreditGatesRulesTest {
  static CommissionClaim.Builder claim() {
    return CommissionClaim.builder().salesperson(SALES).contract("HT-2026-001").rate(Percent.of(2));
  }

  @Test
  void anInvoiceMayBeIssuedOnceSixtyPercentIsCollectedAndTheGateSaysSo() {
    InvoiceDecision d = InvoiceGate.of(POLICY).check(cny("100000.00"), cny("60000.00"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.explanation().toString())
        .contains(
            "collected CNY 60000.00 reaches 60% of CNY 100000.00 (CNY 60000.00); invoice may be"
                + " issued");
  }

  @Test
  void commissionAlreadyPaidOnEverythingCollectedWaitsForCollection() {
    // 2% of 60,000.00 = 1,200.00 earned, 1,200.00 already paid: nothing due
    CommissionDecision d =
        CommissionGate.of(POLICY)
            .assess(claim().collected(cny("60000.00")).alreadyPaid(cny("1200.00")).build());
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.explanation().toString())
        .contains("nothing collected beyond what commission was paid on; waits for collection");
  }

  @Test
  void commissionWhollyOffsetAgainstOverdueReceivablesSaysSo() {
    // 1,200.00 due, 50,000.00 overdue: all of it offset
    CommissionDecision d =
        CommissionGate.of(POLICY)
            .assess(claim().collected(cny("60000.00")).overdueReceivables(cny("50000.00")).build());
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.explanation().toString())
        .contains("all commission due is offset against overdue receivables");
  }

  @Test
  void aCommissionClaimNamesItsContractAndARateOfNoneToAll() {
    assertThatThrownBy(() -> claim().contract(" ").collected(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contract");
    assertThatThrownBy(() -> claim().rate(Percent.of(101)).collected(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate must be between 0% and 100%, was 101%");
    assertThatThrownBy(() -> claim().rate(Percent.of(-1)).collected(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate must be between 0% and 100%");
  }

  @Test
  void latePaymentsAreChargedOnlyUnderLatePaymentTerms() {
    CreditPolicy noTerms =
        CreditPolicy.builder().from(POLICY).latePaymentTerms(Optional.empty()).build();
    assertThatThrownBy(() -> OverdueInterest.of(noTerms).assessLate(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latePaymentTerms is empty");
  }
}
