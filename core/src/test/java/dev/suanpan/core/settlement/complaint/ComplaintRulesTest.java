package dev.suanpan.core.settlement.complaint;

import static dev.suanpan.core.presets.CompanyRoles.CUSTOMER_SERVICE_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.DEPUTY_GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.SALES_DEPARTMENT_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.money.Percent;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Which tier a compensation falls in, as the decision explains it; who may be held responsible, and
 * for what share; and that a complaint is decided in the policy's currency.
 */
class ComplaintRulesTest {
  static final ResponsibleParty STOREKEEPER = ResponsibleParty.staff(PersonId.of("S-07"));
  static final ResponsibleParty WAREHOUSE = ResponsibleParty.department("WAREHOUSE");

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static Complaint complaint(Money compensation) {
    return Complaint.builder()
        .reference("KS-2024-031")
        .customer(CustomerId.of("C-88"))
        .compensation(compensation)
        .build();
  }

  @Test
  void theDecisionNamesTheTierOfTheCompensationAndItsApprover() {
    CompensationPolicy policy = ComplaintCompensationTiers.policy();
    ComplaintCompensation engine = ComplaintCompensation.of(policy);
    // under 1,000.00: the sales department manager's tier, the lowest
    ApprovalTier lowest = policy.tiers().get(0);
    assertThat(lowest.approver()).isEqualTo(SALES_DEPARTMENT_MANAGER);
    assertThat(engine.decide(complaint(cny("800.00"))).explanation().toString())
        .contains("compensation CNY 800.00 in tier " + lowest.amounts() + ":");
    // over 5,000.00: the general manager's tier, the highest
    ApprovalTier highest = policy.tiers().get(2);
    assertThat(highest.approver()).isEqualTo(GENERAL_MANAGER);
    assertThat(engine.decide(complaint(cny("12000.00"))).explanation().toString())
        .contains("compensation CNY 12000.00 in tier " + highest.amounts() + ":");
  }

  @Test
  void aTierReadsAsItsAmountsAndItsApprover() {
    ApprovalTier tier = ApprovalTier.of(Range.atMost(cny("2000.00")), DEPUTY_GENERAL_MANAGER);
    assertThat(tier.toString())
        .startsWith(Range.atMost(cny("2000.00")).toString())
        .endsWith(DEPUTY_GENERAL_MANAGER.toString());
  }

  @Test
  void aResponsiblePartyReadsAsStaffOrDepartment() {
    assertThat(STOREKEEPER).hasToString("staff S-07");
    assertThat(WAREHOUSE).hasToString("department WAREHOUSE");
  }

  @Test
  void aPartyHeldResponsibleBearsMoreThanNothingAndAtMostAll() {
    assertThatThrownBy(() -> Responsibility.of(WAREHOUSE, Percent.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share must be above 0% and at most 100%, was 0%");
    assertThatThrownBy(() -> Responsibility.of(WAREHOUSE, Percent.of(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 101%");
    assertThat(Responsibility.of(WAREHOUSE, Percent.parse("0.01%")).share())
        .isEqualTo(Percent.parse("0.01%"));
    assertThat(Responsibility.of(WAREHOUSE, Percent.HUNDRED).share()).isEqualTo(Percent.HUNDRED);
  }

  @Test
  void rejectsAPartyNamedResponsibleTwice() {
    assertThatThrownBy(
            () ->
                Complaint.builder()
                    .from(complaint(cny("3000.00")))
                    .addResponsible(Responsibility.of(WAREHOUSE, Percent.of(50)))
                    .addResponsible(Responsibility.of(WAREHOUSE, Percent.of(50)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department WAREHOUSE is named responsible twice");
  }

  @Test
  void aComplaintInAnotherCurrencyThanAStaffCappedPolicyIsRefusedNamingTheCompensation() {
    CompensationPolicy capped =
        CompensationPolicy.builder()
            .from(ComplaintCompensationTiers.policy())
            .staffCap(cny("500.00"))
            .build();
    Complaint inUsd = complaint(Money.parse("USD 800.00"));
    assertThatThrownBy(() -> ComplaintCompensation.of(capped).decide(inUsd))
        .hasMessageContaining("compensation")
        .hasMessageContaining("USD 800.00");
    assertThat(capped.requester()).isEqualTo(CUSTOMER_SERVICE_MANAGER);
  }
}
