package dev.suanpan.workflow.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The flows name a position with core's role for it, and distinct positions with distinct codes.
 */
class SharedRolesTest {

  @Test
  void theComplaintFlowsRolesAreCoresComplaintRoles() {
    assertThat(ComplaintFlow.DEPUTY_GM).isEqualTo(CompanyRoles.DEPUTY_GENERAL_MANAGER);
    assertThat(ComplaintFlow.SALES_DEPARTMENT_MANAGER)
        .isEqualTo(CompanyRoles.SALES_DEPARTMENT_MANAGER);
    assertThat(ComplaintFlow.SALES_MANAGER).isEqualTo(ComplaintFlow.SALES_DEPARTMENT_MANAGER);
    assertThat(ComplaintFlow.SERVICE_HEAD).isEqualTo(CompanyRoles.CUSTOMER_SERVICE_MANAGER);
    assertThat(ComplaintFlow.GENERAL_MANAGER).isEqualTo(CompanyRoles.GENERAL_MANAGER);
    assertThat(ComplaintFlow.COMPENSATION_APPROVAL)
        .isEqualTo(CompensationPolicy.COMPLAINT_COMPENSATION);
  }

  @Test
  void coresCompensationTiersAndTheComplaintFlowNameTheSameApproverForEveryTier() {
    CompensationPolicy core = ComplaintCompensationTiers.policy();
    var flow = ComplaintFlow.compensationAuthority();
    for (String amount : List.of("0.01", "999.99", "1000.00", "5000.00", "5000.01", "80000.00")) {
      Money m = Money.parse("CNY " + amount);
      assertThat(
              flow.lowestRoleCovering(
                  AuthorityRequest.ofAmount(ComplaintFlow.COMPENSATION_APPROVAL, m)))
          .as(amount)
          .contains(core.approverFor(m));
    }
  }

  @Test
  void thePropertyFlowsRolesAreThePricingAndSettlementRoles() {
    assertThat(PropertySubscriptionFlow.CONSULTANT)
        .isEqualTo(PropertyOfficeDiscountAuthority.SALES_CONSULTANT);
    assertThat(PropertySubscriptionFlow.SALES_MANAGER)
        .isEqualTo(CompanyRoles.SALES_MANAGER)
        .isEqualTo(PropertyOfficeDiscountAuthority.SALES_MANAGER);
    assertThat(PropertySubscriptionFlow.MARKETING_DIRECTOR)
        .isEqualTo(CompanyRoles.MARKETING_DIRECTOR)
        .isEqualTo(PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR);
    assertThat(PropertySubscriptionFlow.GENERAL_MANAGER)
        .isEqualTo(CompanyRoles.GENERAL_MANAGER)
        .isEqualTo(PropertyOfficeDiscountAuthority.GENERAL_MANAGER);
    assertThat(SalesOrderFlow.FINANCE_DEPUTY_GM).isEqualTo(CompanyRoles.FINANCE_DEPUTY_GM);
    assertThat(SalesOrderFlow.GENERAL_MANAGER).isEqualTo(CompanyRoles.GENERAL_MANAGER);
  }

  @Test
  void oneCodeNamesOnePositionAcrossTheFlowsAndCore() {
    List<Role> all =
        List.of(
            ComplaintFlow.SERVICE_CLERK,
            ComplaintFlow.QUALITY_INSPECTOR,
            ComplaintFlow.SERVICE_HEAD,
            ComplaintFlow.SALES_DEPARTMENT_MANAGER,
            ComplaintFlow.DEPUTY_GM,
            ComplaintFlow.GENERAL_MANAGER,
            SalesOrderFlow.SALES_CLERK,
            SalesOrderFlow.SALES_MANAGER,
            SalesOrderFlow.SALES_HEAD,
            SalesOrderFlow.GENERAL_MANAGER,
            SalesOrderFlow.FINANCE,
            SalesOrderFlow.FINANCE_DEPUTY_GM,
            PropertySubscriptionFlow.CONSULTANT,
            PropertySubscriptionFlow.SALES_MANAGER,
            PropertySubscriptionFlow.MARKETING_DIRECTOR,
            PropertySubscriptionFlow.GENERAL_MANAGER,
            PropertySubscriptionFlow.CONTRACT_ADMIN,
            RepairOrderFlow.SERVICE_DESK,
            RepairOrderFlow.TECHNICIAN,
            RepairOrderFlow.SERVICE_MANAGER,
            RepairOrderFlow.CASHIER,
            CompanyRoles.SALES_VICE_PRESIDENT,
            CompanyRoles.CREDIT_MANAGER,
            CompanyRoles.CREDIT_OFFICER);
    Map<String, String> titleByCode = new HashMap<>();
    for (Role r : all) {
      String earlier = titleByCode.putIfAbsent(r.code(), r.title());
      assertThat(earlier == null || earlier.equals(r.title()))
          .as("%s is titled both %s and %s", r.code(), earlier, r.title())
          .isTrue();
    }
    assertThat(ComplaintFlow.SALES_DEPARTMENT_MANAGER)
        .isNotEqualTo(PropertySubscriptionFlow.SALES_MANAGER);
  }
}
