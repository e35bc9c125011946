package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.FINANCE;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static dev.suanpan.core.credit.CreditFixtures.order;
import static dev.suanpan.core.credit.CreditFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.credit.check.CreditApproval;
import dev.suanpan.core.credit.check.CreditCheck;
import dev.suanpan.core.credit.check.CreditDecision;
import dev.suanpan.core.credit.check.CreditOrder;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditCheckTest {
  static final CreditCheck CHECK = CreditCheck.of(POLICY);

  @Test
  void orderWithinTheLimitIsReleased() {
    Exposure e = none().invoicedWithoutShipment(cny("30000.00"), TODAY.plusDays(20));
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("50000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.exposureAfter()).isEqualTo(cny("80000.00"));
    assertThat(d.explanation().rules()).containsExactly("credit.exposure", "credit.limit");
    assertThat(d.explanation().toString())
        .contains("within limit CNY 100000.00, headroom CNY 20000.00");
  }

  @Test
  void excessOverTheLimitNeedsTheLowestRoleWhoseAuthorityCoversIt() {
    Exposure e = none().invoicedWithoutShipment(cny("90000.00"), TODAY.plusDays(20));
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("25000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.excess()).isEqualTo(cny("15000.00"));
    assertThat(d.requiredApprover()).contains(CompanyRoles.CREDIT_MANAGER);
    assertThat(d.explanation().toString())
        .contains("exceeds limit CNY 100000.00 by CNY 15000.00")
        .contains("needs approval by Credit manager");
  }

  @Test
  void anExcessOfFiftyThousandGoesUpToTheFinanceDeputyGeneralManager() {
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("150000.00"), none(), TODAY);
    assertThat(d.requiredApprover()).contains(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(d.approval().orElseThrow().chain())
        .containsExactly(CompanyRoles.CREDIT_MANAGER, CompanyRoles.FINANCE_DEPUTY_GM);
  }

  @Test
  void aSignedApprovalCoveringTheExcessReleasesTheOrder() {
    CreditOrder o =
        CreditOrder.builder()
            .from(order("150000.00"))
            .approval(new CreditApproval(CompanyRoles.FINANCE_DEPUTY_GM, FINANCE, cny("60000.00")))
            .build();
    CreditDecision d = CHECK.check(profile("A", "100000.00"), o, none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.explanation().fired("credit.excess-approved")).isTrue();
  }

  @Test
  void anApprovalByARoleWhoseAuthorityIsTooSmallIsNotEnough() {
    CreditOrder o =
        CreditOrder.builder()
            .from(order("150000.00"))
            .approval(new CreditApproval(CompanyRoles.CREDIT_MANAGER, FINANCE, cny("50000.00")))
            .build();
    CreditDecision d = CHECK.check(profile("A", "100000.00"), o, none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(d.explanation().fired("credit.excess-approval-insufficient")).isTrue();
  }

  @Test
  void anExcessBeyondEveryAuthorityIsRefused() {
    AuthorityPolicy capped =
        AuthorityPolicy.builder()
            .role(CompanyRoles.CREDIT_MANAGER)
            .role(CompanyRoles.CREDIT_OFFICER, CompanyRoles.CREDIT_MANAGER)
            .limit(
                CompanyRoles.CREDIT_MANAGER,
                CreditPolicy.CREDIT_EXCESS,
                Limit.upToAmount(cny("20000.00")))
            .limit(
                CompanyRoles.CREDIT_OFFICER,
                CreditPolicy.CREDIT_EXCESS,
                Limit.upToAmount(cny("0.00")))
            .build();
    CreditCheck check =
        CreditCheck.of(DistributorCreditTerms.policy(capped, CompanyRoles.CREDIT_OFFICER));
    CreditDecision d = check.check(profile("A", "100000.00"), order("130000.00"), none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.explanation().toString()).contains("beyond every role's authority");
  }

  @Test
  void prepaidBalanceCoveringTheOrderReleasesItEvenForAGradeWithoutCredit() {
    Exposure e = none().prepaymentReceived(cny("80000.00"));
    CreditDecision d = CHECK.check(profile("D", "0.00"), order("80000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.explanation().rules())
        .containsExactly("credit.exposure", "credit.prepaid-balance");
    assertThat(d.explanation().toString()).contains("balance CNY 80000.00 covers order");
  }

  @Test
  void aGradeWithoutCreditWaitsForPaymentOfWhatTheBalanceDoesNotCover() {
    Exposure e = none().prepaymentReceived(cny("50000.00"));
    CreditDecision d = CHECK.check(profile("D", "0.00"), order("80000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.awaitedPayment()).isEqualTo(cny("30000.00"));
    assertThat(d.explanation().rules())
        .containsExactly("credit.exposure", "credit.grade", "credit.prepaid-balance");
    assertThat(d.explanation().toString())
        .contains("grade D allows no credit")
        .contains("waits for payment of CNY 30000.00");
  }

  @Test
  void aCashOnlyCustomerOfAGoodGradeAlsoWaitsForPayment() {
    CreditProfile p =
        CreditProfile.builder().from(profile("A", "100000.00")).cashOnly(true).build();
    CreditDecision d = CHECK.check(p, order("1000.00"), none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.explanation().fired("credit.cash-only")).isTrue();
  }

  @Test
  void newAndForeignCustomersNeedAGuaranteeByDefault() {
    CreditProfile fresh =
        CreditProfile.builder().from(profile("B", "100000.00")).newCustomer(true).build();
    CreditProfile foreign =
        CreditProfile.builder().from(profile("B", "100000.00")).foreign(true).build();
    assertThat(fresh.guaranteeRequired()).isTrue();
    assertThat(foreign.guaranteeRequired()).isTrue();
    CreditDecision d = CHECK.check(fresh, order("1000.00"), none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.explanation().toString()).contains("(new customer) needs a guarantee");
    CreditProfile guaranteed = CreditProfile.builder().from(fresh).guaranteeOnFile(true).build();
    assertThat(CHECK.check(guaranteed, order("1000.00"), none(), TODAY).outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void gradeCGivesCreditOnlyWithAGuaranteeOnFile() {
    CreditDecision d = CHECK.check(profile("C", "100000.00"), order("1000.00"), none(), TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.explanation().toString()).contains("(grade C) needs a guarantee");
  }

  @Test
  void anInvoiceOverduePastTheGraceDaysHoldsTheOrder() {
    // Due 2026-03-20; 5 grace days end 2026-03-25; on 2026-03-31 it is 11 days overdue.
    Exposure e = none().invoicedWithoutShipment(cny("12000.00"), LocalDate.of(2026, 3, 20));
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("1000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.overdue()).isEqualTo(cny("12000.00"));
    assertThat(d.explanation().toString())
        .contains("CNY 12000.00 overdue more than 5 grace days; earliest due 2026-03-20, 11 days");
  }

  @Test
  void anInvoiceOverdueWithinTheGraceDaysDoesNotHold() {
    Exposure e = none().invoicedWithoutShipment(cny("12000.00"), LocalDate.of(2026, 3, 26));
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("1000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.overdue()).isEqualTo(cny("0.00"));
  }

  @Test
  void aHoldAndAnExcessTogetherHoldTheOrderAndStillNameTheApprover() {
    Exposure e = none().invoicedWithoutShipment(cny("95000.00"), LocalDate.of(2026, 3, 1));
    CreditDecision d = CHECK.check(profile("A", "100000.00"), order("10000.00"), e, TODAY);
    assertThat(d.outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.requiredApprover()).contains(CompanyRoles.CREDIT_MANAGER);
    assertThat(d.explanation().rules())
        .containsExactly("credit.exposure", "credit.overdue", "credit.limit", "credit.approval");
  }

  @Test
  void partsThePolicyDoesNotCountAreLeftOut() {
    CreditPolicy receivablesOnly =
        CreditPolicy.builder()
            .from(POLICY)
            .countedParts(java.util.EnumSet.of(ExposurePart.RECEIVABLES))
            .build();
    Exposure e =
        none().orderApproved(cny("90000.00")).invoicedWithoutShipment(cny("5000.00"), TODAY);
    assertThat(e.total(receivablesOnly)).isEqualTo(cny("5000.00"));
    assertThat(e.total(POLICY)).isEqualTo(cny("95000.00"));
    assertThat(
            CreditCheck.of(receivablesOnly)
                .check(profile("A", "100000.00"), order("10000.00"), e, TODAY)
                .outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void rejectsAnOrderOfAnotherCustomer() {
    CreditOrder other = CreditOrder.of(CustomerId.of("C-999"), "SO-9", cny("1.00"));
    assertThatThrownBy(() -> CHECK.check(profile("A", "100.00"), other, none(), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C-999")
        .hasMessageContaining(CUSTOMER.code());
  }

  @Test
  void rejectsAGradeOffTheScale() {
    CreditProfile p =
        CreditProfile.builder().from(profile("A", "100.00")).grade(CreditGrade.of("AAA")).build();
    assertThatThrownBy(() -> CHECK.check(p, order("1.00"), none(), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AAA");
  }

  @Test
  void rejectsAnOrderInAnotherCurrency() {
    CreditOrder usd =
        CreditOrder.of(
            CUSTOMER, "SO-2", org.joda.money.Money.ofMajor(org.joda.money.CurrencyUnit.USD, 5L));
    assertThatThrownBy(
            () -> CHECK.check(profile("A", "100.00"), usd, Exposure.none(CUSTOMER, CNY), TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order amount must be in CNY");
  }

  @Test
  void aWaivedGuaranteeLetsANewCustomerBuyOnCredit() {
    CreditProfile waived =
        CreditProfile.builder()
            .from(profile("B", "100000.00"))
            .newCustomer(true)
            .guaranteeWaived(true)
            .build();
    assertThat(waived.guaranteeRequired()).isFalse();
    assertThat(CHECK.check(waived, order("1000.00"), none(), TODAY).outcome())
        .isEqualTo(Outcome.ALLOWED);
    CreditProfile demanded =
        CreditProfile.builder().from(profile("A", "100000.00")).guaranteeDemanded(true).build();
    assertThat(CHECK.check(demanded, order("1000.00"), none(), TODAY).outcome())
        .isEqualTo(Outcome.HELD);
  }

  @Test
  void aDueDateFarOutsideTheCalendarIsRejected() {
    assertThatThrownBy(() -> none().invoicedWithoutShipment(cny("1.00"), LocalDate.of(9999, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due date must be between");
  }
}
