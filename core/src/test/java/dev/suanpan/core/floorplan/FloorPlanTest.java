package dev.suanpan.core.floorplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.Dimensions;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.journal.Side;
import dev.suanpan.core.presets.DealerFloorPlanTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Three-party floor-plan financing (三方协议贷款, 000 ⑹). */
class FloorPlanTest {
  private static final Vin SEDAN = Vin.of("LS5A3DBE7RA012345");
  private static final Vin SUV = Vin.of("LS5A3DBE4RA011902");
  private static final Vin HATCH = Vin.of("LS5A3DBE1RA011870");
  private static final Vin USED = Vin.of("LVSHCAMB8CE123456");
  private static final LocalDate ARRIVAL = LocalDate.of(2024, 3, 1);
  private static final LocalDate SALE_DAY = LocalDate.of(2024, 3, 16);
  private static final LocalDate REPAYMENT = LocalDate.of(2024, 3, 18);

  private static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  private static FloorPlan financed(FloorPlan plan, Vin vin, String price, LocalDate date) {
    FinancingDecision d = plan.finance(vin, cny(price), date);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    return d.floorPlan();
  }

  @Test
  void aFinancedCarWithoutACertificateStatusIsRejectedRatherThanTakenAsNotPledged() {
    FinancedCar car =
        FloorPlan.empty(DealerFloorPlanTerms.policy())
            .finance(SEDAN, cny("156800.00"), ARRIVAL)
            .car()
            .orElseThrow();
    assertThatThrownBy(() -> FinancedCar.builder().from(car).certificate(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("certificate");
  }

  @Test
  void theBankLendsSeventyPercentAndTheDealerPaysThirtyFromOwnFunds() {
    FloorPlan plan = FloorPlan.empty(DealerFloorPlanTerms.policy());

    FinancingDecision d = plan.finance(SEDAN, cny("156800.00"), ARRIVAL);

    assertThat(d.isAllowed()).isTrue();
    assertThat(d.loan()).isEqualTo(cny("109760.00"));
    assertThat(d.dealerFunds()).isEqualTo(cny("47040.00"));
    assertThat(d.approval()).isEmpty();
    FinancedCar car = d.car().orElseThrow();
    assertThat(car.certificate()).isEqualTo(CertificateStatus.PLEDGED);
    assertThat(car.financedOn()).isEqualTo(ARRIVAL);
    assertThat(car.repaidOn()).isEmpty();
    assertThat(d.floorPlan().outstanding()).isEqualTo(cny("109760.00"));
    assertThat(d.floorPlan().pledged()).containsExactly(SEDAN);
    assertThat(d.explanation().rules())
        .containsExactly(FloorPlanRule.SPLIT.id(), FloorPlanRule.PLEDGE.id());
    assertThat(d.explanation().steps().get(0).text())
        .isEqualTo(
            "LS5A3DBE7RA012345 price CNY 156800.00: the bank lends 70% = CNY 109760.00, the"
                + " dealer pays 30% = CNY 47040.00 from its own funds");
    assertThat(plan.cars()).as("the old floor plan is unchanged").isEmpty();
    assertThat(plan.outstanding()).isEqualTo(cny("0.00"));
  }

  @Test
  void anOddFenPriceSplitsSoTheLoanAndOwnFundsAddUpToThePrice() {
    FinancingDecision d =
        FloorPlan.empty(DealerFloorPlanTerms.policy()).finance(SEDAN, cny("168000.05"), ARRIVAL);

    // 70% of 168000.05 is 117600.035: the loan is rounded half up, the dealer pays the rest.
    assertThat(d.loan()).isEqualTo(cny("117600.04"));
    assertThat(d.dealerFunds()).isEqualTo(cny("50400.01"));
    assertThat(d.loan().plus(d.dealerFunds())).isEqualTo(cny("168000.05"));
  }

  @Test
  void aBankThatLendsWholeYuanLeavesTheFenToTheDealer() {
    FloorPlanPolicy wholeYuan =
        FloorPlanPolicy.builder()
            .from(DealerFloorPlanTerms.policy())
            .rounding(Rounding.toStep(BigDecimal.ONE, RoundingMode.DOWN))
            .build();

    FinancingDecision d = FloorPlan.empty(wholeYuan).finance(SEDAN, cny("156800.05"), ARRIVAL);

    assertThat(d.loan()).isEqualTo(cny("109760.00"));
    assertThat(d.dealerFunds()).isEqualTo(cny("47040.05"));
  }

  @Test
  void financingBooksInventoryAgainstTheBankLoanAndTheDealersOwnFunds() {
    FinancingDecision d =
        FloorPlan.empty(DealerFloorPlanTerms.policy()).finance(SEDAN, cny("156800.00"), ARRIVAL);

    var entry = d.entry().orElseThrow();
    assertThat(entry.date()).isEqualTo(ARRIVAL);
    assertThat(entry.reference()).isEqualTo("FP-LS5A3DBE7RA012345");
    assertThat(entry.lines())
        .containsExactly(
            JournalLine.of(LedgerAccount.INVENTORY, Side.DEBIT, cny("156800.00")),
            JournalLine.of(LedgerAccount.SHORT_TERM_BORROWINGS, Side.CREDIT, cny("109760.00")),
            JournalLine.of(LedgerAccount.BANK, Side.CREDIT, cny("47040.00")));
    assertThat(entry.dimension(Dimensions.VIN)).contains("LS5A3DBE7RA012345");
  }

  @Test
  void repayingTheLoanReleasesTheCertificate() {
    FloorPlan plan = FloorPlan.empty(DealerFloorPlanTerms.policy());
    plan = financed(plan, SEDAN, "168000.00", ARRIVAL);
    plan = financed(plan, SUV, "156800.00", ARRIVAL);

    Repayment r = plan.repay(SEDAN, REPAYMENT);

    assertThat(r.amount()).isEqualTo(cny("117600.00"));
    assertThat(r.car().certificate()).isEqualTo(CertificateStatus.RELEASED);
    assertThat(r.car().repaidOn()).contains(REPAYMENT);
    assertThat(r.floorPlan().pledged()).containsExactly(SUV);
    assertThat(r.floorPlan().outstanding()).isEqualTo(cny("109760.00"));
    assertThat(r.floorPlan().car(SEDAN)).contains(r.car());
    assertThat(r.entry().lines())
        .containsExactly(
            JournalLine.of(LedgerAccount.SHORT_TERM_BORROWINGS, Side.DEBIT, cny("117600.00")),
            JournalLine.of(LedgerAccount.BANK, Side.CREDIT, cny("117600.00")));
    assertThat(plan.outstanding())
        .as("the old floor plan is unchanged")
        .isEqualTo(cny("227360.00"));
    assertThat(plan.car(SEDAN).orElseThrow().isPledged()).isTrue();
  }

  @Test
  void aLoanBeyondTheBanksCreditLineIsRefusedAndTheFloorPlanIsUnchanged() {
    FloorPlanPolicy withLine =
        FloorPlanPolicy.builder()
            .from(DealerFloorPlanTerms.policy())
            .creditLine(cny("250000.00"))
            .build();
    FloorPlan plan = FloorPlan.empty(withLine);
    plan = financed(plan, SEDAN, "156800.00", ARRIVAL);
    plan = financed(plan, SUV, "168000.00", ARRIVAL);
    assertThat(plan.headroom()).contains(cny("22640.00"));

    FinancingDecision d = plan.finance(HATCH, cny("156800.00"), SALE_DAY);

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.isRefused()).isTrue();
    assertThat(d.car()).isEmpty();
    assertThat(d.entry()).isEmpty();
    assertThat(d.floorPlan()).isSameAs(plan);
    assertThat(d.loan()).isEqualTo(cny("109760.00"));
    assertThat(d.explanation().rules())
        .containsExactly(FloorPlanRule.SPLIT.id(), FloorPlanRule.CREDIT_LINE.id());
    assertThatThrownBy(
            () -> ImmutableFinancingDecision.builder().from(d).outcome(Outcome.ALLOWED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a financing decision ALLOWED must have a car and an entry");
    assertThat(d.explanation().steps().get(1).text())
        .isEqualTo(
            "loans outstanding CNY 227360.00 + loan CNY 109760.00 = CNY 337120.00 exceed the"
                + " bank's credit line CNY 250000.00 by CNY 87120.00: not financed");

    // Repaying the sedan frees the line for the hatchback.
    FloorPlan afterRepayment = plan.repay(SEDAN, SALE_DAY).floorPlan();
    FinancingDecision again = afterRepayment.finance(HATCH, cny("156800.00"), SALE_DAY);
    assertThat(again.isAllowed()).isTrue();
    assertThat(again.explanation().rules())
        .containsExactly(
            FloorPlanRule.SPLIT.id(), FloorPlanRule.CREDIT_LINE.id(), FloorPlanRule.PLEDGE.id());
    assertThat(again.floorPlan().outstanding()).isEqualTo(cny("227360.00"));
    assertThat(again.floorPlan().headroom()).contains(cny("22640.00"));
  }

  @Test
  void aLoanThatFillsTheCreditLineExactlyIsFinanced() {
    FloorPlanPolicy withLine =
        FloorPlanPolicy.builder()
            .from(DealerFloorPlanTerms.policy())
            .creditLine(cny("109760.00"))
            .build();

    FinancingDecision d = FloorPlan.empty(withLine).finance(SEDAN, cny("156800.00"), ARRIVAL);

    assertThat(d.isAllowed()).isTrue();
    assertThat(d.floorPlan().headroom()).contains(cny("0.00"));
  }

  @Test
  void aPledgedCarSoldWithoutRepayingTheBankHoldsTheDayWithTheAmountToRepay() {
    FloorPlan plan = FloorPlan.empty(DealerFloorPlanTerms.policy());
    plan = financed(plan, SEDAN, "168000.00", ARRIVAL);
    plan = financed(plan, SUV, "156800.00", ARRIVAL);
    plan = financed(plan, HATCH, "156800.00", ARRIVAL);
    plan = plan.repay(HATCH, SALE_DAY).floorPlan();

    // The sedan was sold and left the stock, its loan still unpaid; the hatchback is repaid but
    // still in stock; a used car the floor plan never financed is in stock too.
    FloorPlanReconciliation day = plan.reconcile(Set.of(SUV, HATCH, USED), SALE_DAY);

    assertThat(day.outcome()).isEqualTo(Outcome.HELD);
    assertThat(day.isHeld()).isTrue();
    assertThat(day.matches()).isFalse();
    assertThat(day.soldUnrepaid()).containsExactly(java.util.Map.entry(SEDAN, cny("117600.00")));
    assertThat(day.toRepay()).isEqualTo(cny("117600.00"));
    assertThat(day.releasedInStock()).containsExactly(HATCH);
    assertThat(day.notFinanced()).containsExactly(USED);
    assertThat(day.pledged()).containsExactly(SUV, SEDAN);
    assertThat(day.date()).isEqualTo(SALE_DAY);
    assertThat(day.explanation().toString())
        .isEqualTo(
            "[floorplan.sold-unrepaid] LS5A3DBE7RA012345: certificate pledged to the bank"
                + " (financed 2024-03-01) but the car is not in stock: the dealer must repay CNY"
                + " 117600.00\n"
                + "[floorplan.released-in-stock] LS5A3DBE1RA011870 in stock, loan CNY 109760.00"
                + " repaid on 2024-03-16, certificate released\n"
                + "[floorplan.not-financed] LVSHCAMB8CE123456 in stock, not financed under the"
                + " floor plan\n"
                + "[floorplan.reconciled] 2024-03-16: 2 certificates pledged (loans CNY"
                + " 227360.00), 1 of them in stock: 1 car not in stock, the dealer must repay"
                + " CNY 117600.00");

    // Once the dealer repays the sedan, the next day's check is clean.
    FloorPlan repaid = plan.repay(SEDAN, REPAYMENT).floorPlan();
    assertThat(repaid.reconcile(Set.of(SUV, HATCH, USED), REPAYMENT).outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void aDayWhenTheBanksCertificatesMatchTheStockIsAllowed() {
    FloorPlan plan = FloorPlan.empty(DealerFloorPlanTerms.policy());
    plan = financed(plan, SEDAN, "168000.00", ARRIVAL);
    plan = financed(plan, SUV, "156800.00", ARRIVAL);

    FloorPlanReconciliation day = plan.reconcile(Set.of(SEDAN, SUV), ARRIVAL);

    assertThat(day.isAllowed()).isTrue();
    assertThat(day.matches()).isTrue();
    assertThat(day.soldUnrepaid()).isEmpty();
    assertThat(day.toRepay()).isEqualTo(cny("0.00"));
    assertThat(day.releasedInStock()).isEmpty();
    assertThat(day.notFinanced()).isEmpty();
    assertThat(day.explanation().toString())
        .isEqualTo(
            "[floorplan.reconciled] 2024-03-01: 2 certificates pledged (loans CNY 227360.00), 2"
                + " of them in stock: the bank's certificates match the stock");
  }

  @Test
  void aCarInStockThatWasNeverFinancedIsListedForInformationOnly() {
    FloorPlan plan =
        financed(FloorPlan.empty(DealerFloorPlanTerms.policy()), SEDAN, "168000.00", ARRIVAL);

    FloorPlanReconciliation day = plan.reconcile(Set.of(SEDAN, USED), ARRIVAL);

    assertThat(day.isAllowed()).isTrue();
    assertThat(day.notFinanced()).containsExactly(USED);
    assertThat(day.explanation().toString())
        .isEqualTo(
            "[floorplan.not-financed] LVSHCAMB8CE123456 in stock, not financed under the floor"
                + " plan\n"
                + "[floorplan.reconciled] 2024-03-01: 1 certificate pledged (loans CNY"
                + " 117600.00), 1 of them in stock: the bank's certificates match the stock");
  }

  @Test
  void theSameCarsUnderTheSameTermsAreTheSameFloorPlan() {
    FloorPlan empty = FloorPlan.empty(DealerFloorPlanTerms.policy());
    FloorPlan one = financed(empty, SEDAN, "168000.00", ARRIVAL);
    FloorPlan again = financed(empty, SEDAN, "168000.00", ARRIVAL);

    assertThat(one).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(empty);
    assertThat(one.repay(SEDAN, REPAYMENT).floorPlan()).isNotEqualTo(one);
    assertThat(one)
        .hasToString(
            "floor plan: 1 car financed, 1 certificate pledged, loans outstanding CNY"
                + " 117600.00");
  }

  @Test
  void aVinAlreadyOnTheFloorPlanIsRejectedNamingIt() {
    FloorPlan plan =
        financed(FloorPlan.empty(DealerFloorPlanTerms.policy()), SEDAN, "1.00", ARRIVAL);

    assertThatThrownBy(() -> plan.finance(SEDAN, cny("156800.00"), SALE_DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "vin LS5A3DBE7RA012345 is already on the floor plan (financed 2024-03-01,"
                + " certificate PLEDGED)");
  }

  @Test
  void repayingAVinNeverFinancedOrAlreadyRepaidIsRejected() {
    FloorPlan plan =
        financed(FloorPlan.empty(DealerFloorPlanTerms.policy()), SEDAN, "168000.00", ARRIVAL);
    FloorPlan repaid = plan.repay(SEDAN, REPAYMENT).floorPlan();

    assertThatThrownBy(() -> plan.repay(SUV, REPAYMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vin LS5A3DBE4RA011902 is not on the floor plan: nothing to repay");
    assertThatThrownBy(() -> repaid.repay(SEDAN, REPAYMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "vin LS5A3DBE7RA012345 is already repaid (on 2024-03-18): its certificate was"
                + " released");
    assertThatThrownBy(() -> plan.repay(SEDAN, ARRIVAL.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "date 2024-02-29 of the repayment of vin LS5A3DBE7RA012345 is before it was financed"
                + " on 2024-03-01");
  }

  @Test
  void aPriceThatIsNotPositiveOrInAnotherCurrencyIsRejected() {
    FloorPlan plan = FloorPlan.empty(DealerFloorPlanTerms.policy());

    assertThatThrownBy(() -> plan.finance(SEDAN, cny("-156800.00"), ARRIVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be positive, was CNY -156800.00");
    assertThatThrownBy(() -> plan.finance(SEDAN, cny("0.00"), ARRIVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be positive, was CNY 0.00");
    assertThatThrownBy(() -> plan.finance(SEDAN, Money.parse("USD 22000.00"), ARRIVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be in CNY, was USD 22000.00");
    assertThatThrownBy(() -> plan.finance(SEDAN, cny("0.01"), ARRIVAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price CNY 0.01 of vin LS5A3DBE7RA012345 is too small to split");
    assertThatThrownBy(() -> plan.finance(null, cny("1.00"), ARRIVAL))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("vin must not be null");
  }

  @Test
  void aVinMustBeSeventeenCharactersWithoutIOrQ() {
    assertThat(Vin.of("LS5A3DBE7RA012345")).hasToString("LS5A3DBE7RA012345");
    for (String bad :
        new String[] {
          "LS5A3DBE7RA01234",
          "LS5A3DBE7RA0123456",
          "LS5A3DBE7RI012345",
          "LS5A3DBE7RO012345",
          "LS5A3DBE7RQ012345",
          "ls5a3dbe7ra012345",
          "LS5A3DBE7RA01234-",
          ""
        }) {
      assertThatThrownBy(() -> Vin.of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + bad + "\"")
          .hasMessageContaining("ISO 3779");
    }
    assertThatThrownBy(() -> Vin.of("LS5A3DBE7RI012345"))
        .hasMessage(
            "vin must be 17 characters of A-H, J-N, P, R-Z and 0-9 (ISO 3779: no I, O or Q), was"
                + " \"LS5A3DBE7RI012345\" (17 characters)");
    assertThatThrownBy(() -> Vin.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("vin must not be null");
  }

  @Test
  void aBankShareOfNoneOrAllOfThePriceIsRejected() {
    for (String share : new String[] {"0%", "100%", "-5%", "120%"}) {
      assertThatThrownBy(
              () ->
                  FloorPlanPolicy.builder()
                      .from(DealerFloorPlanTerms.policy())
                      .bankShare(Percent.parse(share))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bankShare must be above 0% and below 100%, was " + share);
    }
    assertThatThrownBy(
            () ->
                FloorPlanPolicy.builder()
                    .from(DealerFloorPlanTerms.policy())
                    .creditLine(cny("-1.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creditLine must not be negative, was CNY -1.00");
    assertThatThrownBy(
            () ->
                FloorPlanPolicy.builder()
                    .from(DealerFloorPlanTerms.policy())
                    .creditLine(Money.parse("USD 1000.00"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("creditLine must be in CNY, was USD 1000.00");
    assertThat(DealerFloorPlanTerms.policy().dealerShare()).isEqualTo(Percent.of(30));
  }

  @Test
  void theRuleIdsAreStable() {
    // Stored explanations match on these ids: they never change.
    assertThat(java.util.Arrays.stream(FloorPlanRule.values()).map(FloorPlanRule::id))
        .containsExactly(
            "floorplan.split",
            "floorplan.credit-line",
            "floorplan.pledge",
            "floorplan.sold-unrepaid",
            "floorplan.not-financed",
            "floorplan.released-in-stock",
            "floorplan.reconciled");
  }
}
