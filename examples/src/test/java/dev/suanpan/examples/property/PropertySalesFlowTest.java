package dev.suanpan.examples.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.RetentionReason;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PropertySalesFlowTest {
  private final PropertySalesFlow.Result result = new PropertySalesFlow().play();
  private final FlowReport account = result.account();

  @Test
  void theVipCardIsIssuedOnceTheSalesManagerApproves() {
    assertThat(account.lines())
        .contains(
            "  Zhang Wei (C-0815) paid a VIP pledge of CNY 20000.00 at 2024-09-07T10:00, taken by"
                + " zhou.lin",
            "  VIP card asked for: NEEDS_APPROVAL, needs Sales manager",
            "  he.jun approves at 2024-09-07T11:00: ALLOWED, now VIP card holder");
  }

  @Test
  void theDiscountAuthorityIsPrintedAsItsPolicyFileHasIt() {
    // the figures of 004 篇7 §7: sales manager 1% on at most 15% of subscriptions, marketing
    // director 3% on at most 30%; 004 篇8: 100 yuan margin on bought-in goods, two approvers
    assertThat(account.lines())
        .contains(
            "  The office's discount authority, as"
                + " examples/src/main/resources/dev/suanpan/examples/policies/"
                + "property-office-discount-authority.yaml has it:",
            "    $type: PropertyOfficeDiscountAuthority",
            "    salesManagerLimit: 1%",
            "    salesManagerQuota: 15%",
            "    marketingDirectorLimit: 3%",
            "    marketingDirectorQuota: 30%",
            "      amount: \"100.00\"",
            "    offListApproversRequired: 2");
  }

  @Test
  void aTwoPercentSpecialDiscountNeedsTheMarketingDirector() {
    assertThat(account.lines())
        .contains(
            "  List CNY 1000000.00, standard offer CNY 10000.00, special discount 2% (CNY"
                + " 20000.00): net CNY 970000.00",
            "  Pricing: NEEDS_APPROVAL, needs Marketing director",
            "    [pricing.quota] Marketing director has approved 21 special discounts for 100"
                + " cases this period; the quota of 30% allows 30",
            "    [pricing.authority] extra discount 2% (CNY 20000.00) is beyond the authority of"
                + " Sales consultant: needs Marketing director, via [Sales manager, Marketing"
                + " director]",
            "  Special-discount form: NEEDS_APPROVAL, needs Marketing director",
            "  he.jun tries to sign it: REFUSED",
            "  qian.yu approves at 2024-09-14T11:00: ALLOWED, now Signed by the approving leader",
            "  Grant register by approver: {qian.yu=1 grant(s), quantity 1, CNY 20000.00}",
            "  Subscribed at 2024-09-14T11:30: unit B2-1801 at CNY 970000.00; deposit CNY"
                + " 50000.00 (the pledge CNY 20000.00 included)");
    assertThat(result.pricing().outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(result.pricing().requiredApprover())
        .contains(PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR);
    assertThat(result.pricing().netAmount()).isEqualTo(Money.parse("CNY 970000.00"));
  }

  @Test
  void aTenDayDeferralKeepingTheDiscountNeedsTheMarketingDirectorAndMovesTheDeadline() {
    assertThat(account.lines())
        .contains(
            "  Sales manager:              keeping the discount up to 7 days, losing it up to 15"
                + " days",
            "  Marketing director:         keeping the discount up to 15 days, losing it up to 30"
                + " days",
            "  General manager:            keeping the discount up to 30 days, losing it up to 60"
                + " days",
            "  Deferral: NEEDS_APPROVAL, needs Marketing director",
            "  qian.yu approves at 2024-09-20T09:00: ALLOWED, now Subscribed",
            "  Deferral days granted 10, subscription discount kept: true",
            "  Formal contract now due 2024-10-01 (7 + 10 days after 2024-09-14)",
            "  Deadlines on 2024-09-23T09:00: none",
            "  Deadlines on 2024-09-30T09:00: [REMIND B2-1801-ZW: formal-contract-within-7-days"
                + " started 2024-09-14, due 2024-10-01, else escalate to Marketing director]");
    assertThat(result.deferral().fact(PropertySubscriptionFlow.DEFERRAL_DAYS_GRANTED))
        .contains(10L);
    assertThat(result.deferral().fact(PropertySubscriptionFlow.SUBSCRIPTION_DISCOUNT))
        .contains(true);
  }

  @Test
  void atSigningDeedTaxThreePercentAndMaintenanceFundOnePercentAreCollectedOnBehalf() {
    assertThat(account.lines())
        .contains(
            "  Contract HT-2024-0928-07 signed at 2024-09-28T10:00 (due 2024-10-01), price CNY"
                + " 970000.00",
            "    deposit          CNY 50000.00",
            "    down payment     CNY 241000.00",
            "    deed tax         CNY 29100.00",
            "    maintenance fund CNY 9700.00",
            "    total paid       CNY 329800.00");
  }

  @Test
  void theBuyerWithdrawingAfterSigningForfeitsTheDepositAndGetsTheTaxesBack() {
    assertThat(account.lines())
        .contains(
            "    deposit          paid CNY 50000.00, refunded CNY 0.00, kept CNY 50000.00",
            "    down payment     paid CNY 241000.00, refunded CNY 239800.00, kept CNY 1200.00",
            "    deed tax         paid CNY 29100.00, refunded CNY 29100.00, kept CNY 0.00",
            "    maintenance fund paid CNY 9700.00, refunded CNY 9700.00, kept CNY 0.00",
            "  Kept: FORFEITED_DEPOSIT CNY 50000.00 (paid as DEPOSIT)",
            "  Kept: INCURRED_COSTS CNY 1200.00 (paid as DOWN_PAYMENT)",
            "  Refund CNY 278600.00, retained CNY 51200.00, of CNY 329800.00 paid",
            "    [settlement.deposit-cap] deposit CNY 50000.00 is within the cap 20% of CNY"
                + " 970000.00 = CNY 194000.00");
    assertThat(result.settlement().refund()).isEqualTo(Money.parse("CNY 278600.00"));
    assertThat(result.settlement().retainedFor(RetentionReason.FORFEITED_DEPOSIT))
        .isEqualTo(Money.parse("CNY 50000.00"));
    assertThat(result.settlement().refundOf(PaymentKind.DEED_TAX))
        .isEqualTo(Money.parse("CNY 29100.00"));
    assertThat(result.settlement().refundOf(PaymentKind.MAINTENANCE_FUND))
        .isEqualTo(Money.parse("CNY 9700.00"));
    assertThat(result.settlement().refund().plus(result.settlement().totalRetained()))
        .isEqualTo(result.settlement().paid());
  }

  @Test
  void aCancellationAfterTheFormalContractNeedsTheGeneralManager() {
    assertThat(account.lines())
        .contains(
            "  Settlement: NEEDS_APPROVAL, needs General manager",
            "    [settlement.approval] cancellation/after-formal-contract of CNY 278600.00: needs"
                + " General manager (via [Marketing director, General manager])",
            "  Cancellation in the workflow: NEEDS_APPROVAL, needs General manager",
            "    [workflow.approval.requested] he.jun as Sales manager asked for"
                + " cancel-contract (cancellation/after-formal-contract CNY 278600.00); it needs"
                + " General manager via [Marketing director, General manager]",
            "  qian.yu tries to approve: REFUSED",
            "  lin.guo approves at 2024-10-16T09:30: ALLOWED, now Cancelled",
            "  Case CANCELLED, cancelled at stage signed; 9 events, audit trail: 9 entries, every"
                + " hash and link as recorded",
            "  Recorded on the case: refund CNY 278600.00, retained CNY 51200.00, of CNY"
                + " 329800.00 paid (settlement of HT-2024-0928-07)");
    // one authority: the workflow asks the approver the settlement named, for the same request
    assertThat(result.cancelled().history().get(7).requiredApprover())
        .isEqualTo(result.settlement().requiredApprover());
    assertThat(result.cancelled().history().get(7).request())
        .isEqualTo(result.settlement().approval().map(r -> r.request()));
    assertThat(result.cancelled().fact(PropertySubscriptionFlow.REFUND))
        .contains(result.settlement().refund());
    assertThat(result.cancelled().fact(PropertySubscriptionFlow.RETAINED))
        .contains(result.settlement().totalRetained());
    assertThat(result.settlement().requiredApprover()).contains(CompanyRoles.GENERAL_MANAGER);
    // the settlement and the workflow name the same role (roles compare by code)
    assertThat(result.settlement().requiredApprover())
        .contains(PropertySubscriptionFlow.GENERAL_MANAGER);
    assertThat(result.cancelled().state()).isEqualTo(PropertySubscriptionFlow.CANCELLED);
    assertThat(result.cancelled().fact(PropertySubscriptionFlow.CANCELLATION_STAGE))
        .contains("signed");
  }

  @Test
  void theAccountIsTheSameOnEveryRun() {
    assertThat(new PropertySalesFlow().run().lines()).isEqualTo(account.lines());
  }
}
