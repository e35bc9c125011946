package dev.suanpan.testkit;

import static dev.suanpan.testkit.SuanpanAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The credit assertions on the shipped example policy, and the credit arbitraries. */
class CreditAssertionsTest {
  static final CreditPolicy POLICY = DistributorCreditTerms.policy();
  static final CreditCheck CHECK = CreditCheck.of(POLICY);
  static final CustomerId CUSTOMER = CustomerId.of("C-001");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static CreditProfile gradeA(String limit) {
    return CreditProfile.builder()
        .customer(CUSTOMER)
        .grade(CreditGrade.of("A"))
        .limit(cny(limit))
        .termDays(60)
        .approvedBy(PersonId.of("finance-vp-wang"))
        .approvedOn(LocalDate.of(2026, 1, 5))
        .build();
  }

  @Test
  void excessOverTheLimitNeedsTheCreditManager() {
    Exposure e =
        Exposure.none(CUSTOMER, POLICY.currency())
            .invoicedWithoutShipment(cny("90000.00"), TODAY.plusDays(20));
    CreditDecision d =
        CHECK.check(
            gradeA("100000.00"), CreditOrder.of(CUSTOMER, "SO-1", cny("25000.00")), e, TODAY);

    assertThat(d)
        .needsApprovalBy(CompanyRoles.CREDIT_MANAGER)
        .hasExposureAfter(cny("115000.00"))
        .hasExcess(cny("15000.00"))
        .hasOverdue(cny("0.00"))
        .awaitsPayment(cny("0.00"))
        .firedRule("credit.limit");
    assertThatThrownBy(() -> assertThat(d).hasExcess(cny("25000.00")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expected an excess over the limit of CNY 25000.00 but was CNY 15000.00")
        .hasMessageContaining("exceeds limit CNY 100000.00 by CNY 15000.00");
  }

  @Provide
  Arbitrary<CreditProfile> profiles() {
    return CreditArbitraries.profiles(POLICY, CUSTOMER, TODAY);
  }

  @Provide
  Arbitrary<Exposure> exposures() {
    return CreditArbitraries.exposures(CUSTOMER, POLICY.currency(), TODAY);
  }

  @Provide
  Arbitrary<CreditOrder> orders() {
    return CreditArbitraries.orders(CUSTOMER, POLICY.currency());
  }

  @Provide
  Arbitrary<Receivable> receivables() {
    return CreditArbitraries.receivables(CUSTOMER, POLICY.currency(), TODAY);
  }

  @Property(tries = 200)
  void generatedCreditValuesAreCheckedWithoutErrorAndTheAssertionsAgreeWithTheDecision(
      @ForAll("profiles") CreditProfile profile,
      @ForAll("orders") CreditOrder order,
      @ForAll("exposures") Exposure exposure) {
    CreditDecision d = CHECK.check(profile, order, exposure, TODAY);
    Money after = exposure.total(POLICY).plus(order.amount());
    assertThat(d).hasExposureAfter(after);
    if (d.needsApproval()) {
      assertThat(d).hasExcess(after.minus(profile.limit())).firedRule("credit.approval");
    }
  }

  @Property(tries = 200)
  void aPaymentNeverMakesTheShippedPolicyStricter(
      @ForAll("profiles") CreditProfile profile,
      @ForAll("orders") CreditOrder order,
      @ForAll("exposures") Exposure exposure) {
    CreditChecks.assertPaymentNeverStricter(POLICY, profile, order, exposure, TODAY);
  }

  /** A user's adapter books unapplied deposits as open sales orders before the check. */
  @Test
  void thePaymentCheckCatchesDepositsBookedAsOrders() {
    CreditOrder order = CreditOrder.of(CUSTOMER, "SO-1", cny("25000.00"));
    java.util.function.Function<Exposure, CreditDecision> mine =
        e ->
            CHECK.check(
                gradeA("100000.00"),
                order,
                e.prepayments().isPositive()
                    ? e.prepaymentRefunded(e.prepayments()).orderApproved(e.prepayments())
                    : e,
                TODAY);
    Exposure e =
        Exposure.none(CUSTOMER, POLICY.currency())
            .invoicedWithoutShipment(cny("60000.00"), TODAY.plusDays(20));

    assertThatThrownBy(() -> CreditChecks.assertPaymentNeverStricter(mine, e, order.amount()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "after a prepayment of CNY 25000.00 the order is NEEDS_APPROVAL, before it was ALLOWED")
        .hasMessageContaining("exceeds limit CNY 100000.00 by CNY 10000.00");
  }

  @Property(tries = 100)
  void generatedReceivablesAreOpenAndDueOnOrAfterTheirInvoice(@ForAll("receivables") Receivable r) {
    assertThat(r.openAmount().isPositive()).isTrue();
    assertThat(r.dueDate()).isAfterOrEqualTo(r.invoiceDate());
    assertThat(r.invoiceDate()).isBeforeOrEqualTo(TODAY);
  }
}
