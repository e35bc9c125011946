package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.BadDebtTest.BOOK;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.TODAY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.credit.ageing.Ageing;
import dev.suanpan.core.credit.provision.BadDebtProvision;
import dev.suanpan.core.credit.provision.ProvisionDecision;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditTerms;
import org.junit.jupiter.api.Test;

/**
 * The bad-debt provision is approved within authority (坏账准备经授权审批): the period's adjustment goes up
 * the example matrix on {@code bad-debt-provision} (credit officer none, credit manager CNY
 * 5,000.00, finance deputy GM CNY 50,000.00, general manager any amount). The book requires CNY
 * 2,990.00.
 */
class ProvisionApprovalTest {
  static ProvisionDecision provide(String previous) {
    return BadDebtProvision.of(POLICY).provide(Ageing.of(POLICY).age(BOOK, TODAY), cny(previous));
  }

  static ProvisionDecision provide(String previous, Role preparer) {
    return BadDebtProvision.of(POLICY)
        .provide(Ageing.of(POLICY).age(BOOK, TODAY), cny(previous), preparer);
  }

  @Test
  void theCreditFunctionPreparesTheProvisionAndTheCreditManagerApprovesASmallIncrease() {
    ProvisionDecision p = provide("2000.00");
    assertThat(p.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(p.requiredApprover()).contains(CompanyRoles.CREDIT_MANAGER);
    assertThat(p.approval().orElseThrow().request().amount()).contains(cny("990.00"));
    assertThat(p.approval().orElseThrow().request().subject())
        .isEqualTo(CreditPolicy.BAD_DEBT_PROVISION);
    assertThat(p.explanation().rules()).endsWith("provision.adjustment", "provision.authority");
    assertThat(p.explanation().toString())
        .contains(
            "[provision.authority] adjustment CNY 990.00 to provide is beyond the authority of"
                + " Credit officer on bad-debt-provision; needs Credit manager");
    assertThat(p.entry()).isPresent();
  }

  @Test
  void anAdjustmentWithinThePreparersOwnAuthorityIsAllowed() {
    ProvisionDecision p = provide("2000.00", CompanyRoles.CREDIT_MANAGER);
    assertThat(p.isAllowed()).isTrue();
    assertThat(p.approval()).isEmpty();
    assertThat(p.explanation().toString())
        .contains(
            "[provision.authority] adjustment CNY 990.00 to provide is within the authority of"
                + " Credit manager on bad-debt-provision");
  }

  @Test
  void aReleaseIsApprovedOnItsAmountLikeAnIncrease() {
    // previous 12990.00 → release 10000.00: beyond the credit manager, within the finance deputy
    // GM.
    ProvisionDecision p = provide("12990.00", CompanyRoles.CREDIT_MANAGER);
    assertThat(p.adjustment()).isEqualTo(cny("-10000.00"));
    assertThat(p.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(p.requiredApprover()).contains(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(p.approval().orElseThrow().chain()).containsExactly(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(p.explanation().toString())
        .contains(
            "adjustment CNY 10000.00 to release is beyond the authority of Credit manager on"
                + " bad-debt-provision; needs Finance deputy general manager");
  }

  @Test
  void anAdjustmentBeyondTheFinanceDeputyGoesToTheGeneralManager() {
    // previous 62990.00 → release 60000.00, above the finance deputy GM's CNY 50,000.00.
    ProvisionDecision p = provide("62990.00");
    assertThat(p.requiredApprover()).contains(CompanyRoles.GENERAL_MANAGER);
    assertThat(p.approval().orElseThrow().chain())
        .containsExactly(
            CompanyRoles.CREDIT_MANAGER,
            CompanyRoles.FINANCE_DEPUTY_GM,
            CompanyRoles.GENERAL_MANAGER);
  }

  @Test
  void noAdjustmentNeedsNoApproval() {
    ProvisionDecision p = provide("2990.00");
    assertThat(p.isAllowed()).isTrue();
    assertThat(p.approval()).isEmpty();
    assertThat(p.entry()).isEmpty();
    assertThat(p.explanation().toString())
        .contains("[provision.authority] no adjustment, nothing to approve on bad-debt-provision");
  }

  @Test
  void anAdjustmentNoRoleMayApproveIsRefused() {
    CreditPolicy noProvisionAuthority =
        DistributorCreditTerms.policy(CreditProperties.CAPPED, CompanyRoles.CREDIT_OFFICER);
    ProvisionDecision p =
        BadDebtProvision.of(noProvisionAuthority)
            .provide(Ageing.of(noProvisionAuthority).age(BOOK, TODAY), cny("2000.00"));
    assertThat(p.isRefused()).isTrue();
    assertThat(p.approval().orElseThrow().beyondEveryAuthority()).isTrue();
    assertThat(p.explanation().toString())
        .contains(
            "[provision.authority] adjustment CNY 990.00 to provide is beyond every role's"
                + " authority on bad-debt-provision");
  }

  @Test
  void theSubjectIsConfigurable() {
    CreditPolicy onWriteOffLimits =
        CreditPolicy.builder()
            .from(POLICY)
            .provisionSubject(CreditPolicy.BAD_DEBT_WRITE_OFF)
            .build();
    ProvisionDecision p =
        BadDebtProvision.of(onWriteOffLimits)
            .provide(Ageing.of(onWriteOffLimits).age(BOOK, TODAY), cny("2000.00"));
    assertThat(p.approval().orElseThrow().request().subject())
        .isEqualTo(CreditPolicy.BAD_DEBT_WRITE_OFF);
    assertThat(p.explanation().toString()).contains("on bad-debt-write-off; needs Credit manager");
  }

  @Test
  void aPreparerOutsideTheAuthorityMatrixIsRejected() {
    Role clerk = Role.of("CLERK", "Clerk");
    assertThatThrownBy(() -> provide("2000.00", clerk))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preparer CLERK is not a role of the authority policy");
  }
}
