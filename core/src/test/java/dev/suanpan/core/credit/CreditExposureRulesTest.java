package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.order;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.CompanyRoles;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Which parts of the exposure a policy counts, and where the credit limit ends. Every policy is
 * built inside its test: the counted parts are derived when a policy is built.
 */
class CreditExposureRulesTest {
  static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

  /**
   * Ordered 100,000.00, shipped 60,000.00 of it, invoiced 40,000.00 of that, and 10,000.00 prepaid:
   * receivables 40,000.00, shipped not invoiced 60,000.00 - 40,000.00 = 20,000.00, open orders
   * 100,000.00 - 60,000.00 = 40,000.00, prepayments 10,000.00.
   */
  static Exposure everyPartOpen() {
    return none()
        .orderApproved(cny("100000.00"))
        .shipped(cny("60000.00"))
        .invoiced(cny("40000.00"), APRIL_30)
        .prepaymentReceived(cny("10000.00"));
  }

  static CreditPolicy counting(ExposurePart first, ExposurePart... rest) {
    return CreditPolicy.builder().from(POLICY).countedParts(EnumSet.of(first, rest)).build();
  }

  @Test
  void aPolicyCountsEveryPartOfTheExposureUnlessToldOtherwise() {
    CreditPolicy byDefault =
        CreditPolicy.builder()
            .currency(POLICY.currency())
            .addAllGrades(POLICY.grades())
            .addAllBuckets(POLICY.buckets())
            .authority(POLICY.authority())
            .creditRequester(POLICY.creditRequester())
            .build();
    for (ExposurePart part : ExposurePart.values()) {
      assertThat(byDefault.counts(part)).as("counts %s", part).isTrue();
    }
    // 40,000.00 + 20,000.00 + 40,000.00 - 10,000.00
    assertThat(everyPartOpen().total(byDefault)).isEqualTo(cny("90000.00"));
  }

  @Test
  void aPolicyThatDoesNotCountShippedGoodsLeavesWhatIsShippedAndNotInvoicedOut() {
    CreditPolicy noShipped =
        counting(ExposurePart.RECEIVABLES, ExposurePart.OPEN_ORDERS, ExposurePart.PREPAYMENTS);
    assertThat(noShipped.counts(ExposurePart.SHIPPED_NOT_INVOICED)).isFalse();
    // 40,000.00 receivables + 40,000.00 open orders - 10,000.00 prepaid
    assertThat(everyPartOpen().total(noShipped)).isEqualTo(cny("70000.00"));
  }

  @Test
  void aPolicyThatCountsOnlyShippedGoodsCountsWhatIsShippedAndNotInvoiced() {
    CreditPolicy shippedOnly = counting(ExposurePart.SHIPPED_NOT_INVOICED);
    assertThat(everyPartOpen().total(shippedOnly)).isEqualTo(cny("20000.00"));
  }

  @Test
  void aPolicyThatDoesNotCountPrepaymentsDoesNotLetThemLowerTheExposure() {
    CreditPolicy noPrepayments =
        counting(
            ExposurePart.RECEIVABLES, ExposurePart.SHIPPED_NOT_INVOICED, ExposurePart.OPEN_ORDERS);
    assertThat(noPrepayments.counts(ExposurePart.PREPAYMENTS)).isFalse();
    // 40,000.00 + 20,000.00 + 40,000.00, the 10,000.00 prepaid not deducted
    assertThat(everyPartOpen().total(noPrepayments)).isEqualTo(cny("100000.00"));
  }

  @Test
  void aPolicyThatCountsPrepaymentsDeductsThem() {
    CreditPolicy prepaymentsAndReceivables =
        counting(ExposurePart.RECEIVABLES, ExposurePart.PREPAYMENTS);
    // 40,000.00 receivables - 10,000.00 prepaid
    assertThat(everyPartOpen().total(prepaymentsAndReceivables)).isEqualTo(cny("30000.00"));
  }

  @Test
  void aPolicyThatCountsOnlyOpenOrdersOrOnlyReceivablesCountsThatPartAlone() {
    assertThat(everyPartOpen().total(counting(ExposurePart.OPEN_ORDERS)))
        .isEqualTo(cny("40000.00"));
    assertThat(everyPartOpen().total(counting(ExposurePart.RECEIVABLES)))
        .isEqualTo(cny("40000.00"));
    assertThat(
            none()
                .orderApproved(cny("700.00"))
                .invoicedWithoutShipment(cny("300.00"), APRIL_30)
                .total(counting(ExposurePart.OPEN_ORDERS)))
        .isEqualTo(cny("700.00"));
  }

  @Test
  void aPrepaymentThePolicyDoesNotCountReleasesNoOrderAsAPrepaidBalance() {
    // 500.00 prepaid, order of 200.00, grade A with a limit of 100.00.
    Exposure prepaid = none().prepaymentReceived(cny("500.00"));
    CreditPolicy counted = CreditPolicy.builder().from(POLICY).build();
    CreditDecision covered =
        CreditCheck.of(counted).check(profile("A", "100.00"), order("200.00"), prepaid, TODAY);
    // counted: 0 - 500.00 + 200.00 = -300.00, the balance covers the order
    assertThat(covered.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(covered.explanation().fired("credit.prepaid-balance")).isTrue();

    CreditPolicy notCounted =
        counting(
            ExposurePart.RECEIVABLES, ExposurePart.SHIPPED_NOT_INVOICED, ExposurePart.OPEN_ORDERS);
    CreditDecision onCredit =
        CreditCheck.of(notCounted).check(profile("A", "100.00"), order("200.00"), prepaid, TODAY);
    // not counted: 0 + 200.00 = 200.00, over the limit of 100.00 by 100.00
    assertThat(onCredit.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(onCredit.excess()).isEqualTo(cny("100.00"));
  }

  @Test
  void anOrderThatTakesTheExposureExactlyToTheLimitIsWithinIt() {
    // 30,000.00 open, not yet due, + order 70,000.00 = 100,000.00 = the limit: headroom 0.00
    Exposure e = none().invoicedWithoutShipment(cny("30000.00"), TODAY.plusDays(20));
    CreditDecision d =
        CreditCheck.of(POLICY).check(profile("A", "100000.00"), order("70000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.excess()).isEqualTo(cny("0.00"));
    assertThat(d.approval()).isEmpty();
    assertThat(d.explanation().toString())
        .contains("within limit CNY 100000.00, headroom CNY 0.00");
  }

  @Test
  void anOrderOneFenOverTheLimitNeedsApprovalOfThatFen() {
    // 30,000.00 + 70,000.01 = 100,000.01: 0.01 over the limit, within the credit manager's
    // 20,000.00 and beyond the credit officer's nothing
    Exposure e = none().invoicedWithoutShipment(cny("30000.00"), TODAY.plusDays(20));
    CreditDecision d =
        CreditCheck.of(POLICY).check(profile("A", "100000.00"), order("70000.01"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.excess()).isEqualTo(cny("0.01"));
    assertThat(d.requiredApprover()).contains(CompanyRoles.CREDIT_MANAGER);
  }
}
