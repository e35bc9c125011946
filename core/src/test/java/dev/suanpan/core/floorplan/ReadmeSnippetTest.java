package dev.suanpan.core.floorplan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import java.time.LocalDate;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The snippet of the README's floor-plan section, line for line, with its comments asserted. */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetRunsAndGivesTheFiguresItShows() {
    FloorPlanPolicy terms =
        FloorPlanPolicy.builder()
            .from(FloorPlanPolicy.sources()) // CNY, the bank lends 70%, rounded to the fen
            .creditLine(Money.parse("CNY 250000.00")) // the bank's credit line for this dealer
            .build();
    Vin sedan = Vin.of("LS5A3DBE7RA012345");
    Vin suv = Vin.of("LS5A3DBE4RA011902");
    LocalDate arrival = LocalDate.parse("2024-03-01");

    FinancingDecision first =
        FloorPlan.empty(terms).finance(sedan, Money.parse("CNY 156800.00"), arrival);
    assertThat(first.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(first.loan()).isEqualTo(Money.parse("CNY 109760.00"));
    assertThat(first.dealerFunds()).isEqualTo(Money.parse("CNY 47040.00"));
    assertThat(first.entry().get().toString())
        .isEqualTo(
            "2024-03-01 FP-LS5A3DBE7RA012345 New car LS5A3DBE7RA012345 bought on floor plan"
                + " (三方协议贷款)\n"
                + "  Dr 1405 Inventory CNY 156800.00\n"
                + "  Cr 2001 Short-term borrowings CNY 109760.00\n"
                + "  Cr 1002 Bank deposits CNY 47040.00\n"
                + "  [vin=LS5A3DBE7RA012345]");
    FloorPlan plan =
        first.floorPlan().finance(suv, Money.parse("CNY 168000.00"), arrival).floorPlan();
    assertThat(plan.outstanding()).isEqualTo(Money.parse("CNY 227360.00"));
    assertThat(plan.headroom()).hasToString("Optional[CNY 22640.00]");

    FinancingDecision third =
        plan.finance(Vin.of("LS5A3DBE1RA011870"), Money.parse("CNY 156800.00"), arrival);
    assertThat(third.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(third.floorPlan()).isSameAs(plan);
    assertThat(third.explanation().toString())
        .isEqualTo(
            "[floorplan.split] LS5A3DBE1RA011870 price CNY 156800.00: the bank lends 70% = CNY"
                + " 109760.00, the dealer pays 30% = CNY 47040.00 from its own funds\n"
                + "[floorplan.credit-line] loans outstanding CNY 227360.00 + loan CNY 109760.00"
                + " = CNY 337120.00 exceed the bank's credit line CNY 250000.00 by CNY 87120.00:"
                + " not financed");

    FloorPlanReconciliation day = plan.reconcile(Set.of(suv), LocalDate.parse("2024-03-16"));
    assertThat(day.outcome()).isEqualTo(Outcome.HELD);
    assertThat(day.toRepay()).isEqualTo(Money.parse("CNY 109760.00"));
    assertThat(day.explanation().toString())
        .isEqualTo(
            "[floorplan.sold-unrepaid] LS5A3DBE7RA012345: certificate pledged to the bank"
                + " (financed 2024-03-01) but the car is not in stock: the dealer must repay CNY"
                + " 109760.00\n"
                + "[floorplan.reconciled] 2024-03-16: 2 certificates pledged (loans CNY"
                + " 227360.00), 1 of them in stock: 1 car not in stock, the dealer must repay"
                + " CNY 109760.00");

    Repayment repaid = plan.repay(sedan, LocalDate.parse("2024-03-18"));
    assertThat(repaid.amount()).isEqualTo(Money.parse("CNY 109760.00"));
    assertThat(repaid.car().certificate()).isEqualTo(CertificateStatus.RELEASED);
    assertThat(repaid.entry().lines())
        .extracting(Object::toString)
        .containsExactly(
            "Dr 2001 Short-term borrowings CNY 109760.00", "Cr 1002 Bank deposits CNY 109760.00");
    assertThat(repaid.floorPlan().reconcile(Set.of(suv), LocalDate.parse("2024-03-18")).outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void theReadmeSplitFiguresHold() {
    FinancingDecision odd =
        FloorPlan.empty(FloorPlanPolicy.sources())
            .finance(
                Vin.of("LS5A3DBE7RA012345"),
                Money.parse("CNY 168000.05"),
                LocalDate.parse("2024-03-01"));
    assertThat(odd.loan()).isEqualTo(Money.parse("CNY 117600.04"));
    assertThat(odd.dealerFunds()).isEqualTo(Money.parse("CNY 50400.01"));
  }
}
