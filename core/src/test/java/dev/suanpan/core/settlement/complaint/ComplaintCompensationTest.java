package dev.suanpan.core.settlement.complaint;

import static dev.suanpan.core.presets.CompanyRoles.CUSTOMER_SERVICE_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.DEPUTY_GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.GENERAL_MANAGER;
import static dev.suanpan.core.presets.CompanyRoles.SALES_DEPARTMENT_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.settlement.IncurredCost;
import dev.suanpan.money.Percent;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ComplaintCompensationTest {
  static final ComplaintCompensation SOURCES =
      ComplaintCompensation.of(ComplaintCompensationTiers.policy());
  static final ResponsibleParty STOREKEEPER = ResponsibleParty.staff(PersonId.of("S-07"));
  static final ResponsibleParty WAREHOUSE = ResponsibleParty.department("WAREHOUSE");

  static Money cny(String amount) {
    return Money.parse("CNY " + amount);
  }

  static Complaint complaint(String compensation) {
    return Complaint.builder()
        .reference("KS-2024-031")
        .customer(CustomerId.of("C-88"))
        .compensation(cny(compensation))
        .build();
  }

  @Test
  void compensationOfEightHundredIsApprovedByTheSalesDepartmentManager() {
    CompensationDecision d = SOURCES.decide(complaint("800.00"));
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(SALES_DEPARTMENT_MANAGER);
  }

  @Test
  void compensationOfThreeThousandGoesThroughTheManagerToTheDeputyGeneralManager() {
    CompensationDecision d = SOURCES.decide(complaint("3000.00"));
    assertThat(d.requiredApprover()).contains(DEPUTY_GENERAL_MANAGER);
    assertThat(d.approval().get().requester()).isEqualTo(CUSTOMER_SERVICE_MANAGER);
    assertThat(d.approval().get().chain())
        .containsExactly(SALES_DEPARTMENT_MANAGER, DEPUTY_GENERAL_MANAGER);
  }

  @Test
  void compensationOfTwelveThousandNeedsTheGeneralManager() {
    assertThat(SOURCES.decide(complaint("12000.00")).requiredApprover()).contains(GENERAL_MANAGER);
  }

  @Test
  void underOneThousandIsTheManagersOneThousandToFiveThousandInclusiveTheDeputysAboveTheGms() {
    CompensationPolicy p = ComplaintCompensationTiers.policy();
    assertThat(p.approverFor(cny("0.00"))).isEqualTo(SALES_DEPARTMENT_MANAGER);
    assertThat(p.approverFor(cny("999.99"))).isEqualTo(SALES_DEPARTMENT_MANAGER);
    assertThat(p.approverFor(cny("1000.00"))).isEqualTo(DEPUTY_GENERAL_MANAGER);
    assertThat(p.approverFor(cny("5000.00"))).isEqualTo(DEPUTY_GENERAL_MANAGER);
    assertThat(p.approverFor(cny("5000.01"))).isEqualTo(GENERAL_MANAGER);
  }

  @Test
  void tierBoundariesAreConfigurable() {
    CompensationPolicy p =
        CompensationPolicy.builder()
            .tier(Range.atMost(cny("2000.00")), SALES_DEPARTMENT_MANAGER)
            .tier(Range.openClosed(cny("2000.00"), cny("10000.00")), DEPUTY_GENERAL_MANAGER)
            .tier(Range.greaterThan(cny("10000.00")), GENERAL_MANAGER)
            .requester(CUSTOMER_SERVICE_MANAGER)
            .build();
    assertThat(p.approverFor(cny("2000.00"))).isEqualTo(SALES_DEPARTMENT_MANAGER);
    assertThat(p.approverFor(cny("2000.01"))).isEqualTo(DEPUTY_GENERAL_MANAGER);
    assertThat(p.approverFor(cny("10000.01"))).isEqualTo(GENERAL_MANAGER);
  }

  static CompensationPolicy.Builder tiers(Range<Money> low, Range<Money> mid, Range<Money> top) {
    return CompensationPolicy.builder()
        .tier(low, SALES_DEPARTMENT_MANAGER)
        .tier(mid, DEPUTY_GENERAL_MANAGER)
        .tier(top, GENERAL_MANAGER)
        .requester(CUSTOMER_SERVICE_MANAGER);
  }

  @Test
  void overlappingTiersAreRejected() {
    assertThatThrownBy(
            () ->
                tiers(
                        Range.atMost(cny("1000.00")),
                        Range.closed(cny("1000.00"), cny("5000.00")),
                        Range.greaterThan(cny("5000.00")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void tiersLeavingAGapAreRejectedNamingTheGap() {
    assertThatThrownBy(
            () ->
                tiers(
                        Range.lessThan(cny("1000.00")),
                        Range.closed(cny("1000.00"), cny("5000.00")),
                        Range.atLeast(cny("6000.00")))
                    .build())
        .hasMessageContaining("leave a gap from CNY 5000.01 to CNY 5999.99");
  }

  @Test
  void tiersMustStartAtZeroEndUnboundedAndUseOneCurrencyAndDistinctRoles() {
    assertThatThrownBy(
            () ->
                tiers(
                        Range.closed(cny("100.00"), cny("999.99")),
                        Range.closed(cny("1000.00"), cny("5000.00")),
                        Range.greaterThan(cny("5000.00")))
                    .build())
        .hasMessageContaining("must start at CNY 0.00");
    assertThatThrownBy(
            () ->
                tiers(
                        Range.lessThan(cny("1000.00")),
                        Range.closed(cny("1000.00"), cny("5000.00")),
                        Range.openClosed(cny("5000.00"), cny("9000.00")))
                    .build())
        .hasMessageContaining("must have no upper bound");
    assertThatThrownBy(
            () ->
                tiers(
                        Range.lessThan(cny("1000.00")),
                        Range.closed(Money.parse("USD 1000.00"), Money.parse("USD 5000.00")),
                        Range.greaterThan(cny("5000.00")))
                    .build())
        .hasMessageContaining("must be in CNY, was USD 1000.00");
    assertThatThrownBy(
            () ->
                CompensationPolicy.builder()
                    .tier(Range.lessThan(cny("1000.00")), GENERAL_MANAGER)
                    .tier(Range.atLeast(cny("1000.00")), GENERAL_MANAGER)
                    .requester(CUSTOMER_SERVICE_MANAGER)
                    .build())
        .hasMessageContaining("GENERAL_MANAGER approves more than one tier");
    assertThatThrownBy(
            () ->
                tiers(
                        Range.atMost(cny("1000.00")),
                        Range.openClosed(cny("1000.00"), cny("1000.00")),
                        Range.greaterThan(cny("1000.00")))
                    .build())
        .hasMessageContaining("holds no amount");
  }

  @Test
  void theLossIsChargedToTheResponsibleStaffAndDepartmentByTheirShares() {
    Complaint c =
        Complaint.builder()
            .from(complaint("3000.00"))
            .addOtherLosses(IncurredCost.of("rework", cny("500.00")))
            .addOtherLosses(IncurredCost.of("freight", cny("200.00")))
            .addResponsible(Responsibility.of(STOREKEEPER, Percent.of(60)))
            .addResponsible(Responsibility.of(WAREHOUSE, Percent.of(40)))
            .build();
    CompensationDecision d = SOURCES.decide(c);

    assertThat(d.loss()).isEqualTo(cny("3700.00"));
    assertThat(d.deductions())
        .containsExactly(
            new Deduction(STOREKEEPER, cny("2220.00")), new Deduction(WAREHOUSE, cny("1480.00")));
    assertThat(d.borneByCompany()).isEqualTo(cny("0.00"));
    assertThat(d.explanation().rules())
        .containsExactly(
            "compensation.loss",
            "compensation.approval",
            "compensation.deduction",
            "compensation.deduction",
            "compensation.company");
  }

  @Test
  void aStaffCapLimitsWhatOnePersonIsChargedAndTheCompanyBearsTheRest() {
    CompensationPolicy capped =
        CompensationPolicy.builder()
            .tier(Range.lessThan(cny("1000.00")), SALES_DEPARTMENT_MANAGER)
            .tier(Range.closed(cny("1000.00"), cny("5000.00")), DEPUTY_GENERAL_MANAGER)
            .tier(Range.greaterThan(cny("5000.00")), GENERAL_MANAGER)
            .requester(CUSTOMER_SERVICE_MANAGER)
            .chargedShare(Percent.of(50))
            .staffCap(cny("500.00"))
            .build();
    Complaint c =
        Complaint.builder()
            .from(complaint("3000.00"))
            .addResponsible(Responsibility.of(STOREKEEPER, Percent.of(60)))
            .addResponsible(Responsibility.of(WAREHOUSE, Percent.of(40)))
            .build();
    CompensationDecision d = ComplaintCompensation.of(capped).decide(c);

    // 50% of 3,000 = 1,500: storekeeper 900 capped at 500, warehouse 600
    assertThat(d.deductions())
        .containsExactly(
            new Deduction(STOREKEEPER, cny("500.00")), new Deduction(WAREHOUSE, cny("600.00")));
    assertThat(d.borneByCompany()).isEqualTo(cny("1900.00"));
    assertThat(d.explanation().fired("compensation.staff-cap")).isTrue();
  }

  @Test
  void damageInTransitWithNobodyResponsibleIsBorneByTheCompany() {
    CompensationDecision d = SOURCES.decide(complaint("800.00"));
    assertThat(d.deductions()).isEmpty();
    assertThat(d.borneByCompany()).isEqualTo(cny("800.00"));
  }

  @Test
  void responsibilitySharesMustAddUpToAHundredPercent() {
    assertThatThrownBy(
            () ->
                Complaint.builder()
                    .from(complaint("3000.00"))
                    .addResponsible(Responsibility.of(STOREKEEPER, Percent.of(60)))
                    .addResponsible(Responsibility.of(WAREHOUSE, Percent.of(30)))
                    .build())
        .hasMessageContaining("responsible shares must add up to 100%, were 90% in all");
    assertThatThrownBy(() -> complaint("-1.00"))
        .hasMessageContaining("compensation must not be negative, was CNY -1.00");
  }

  @Test
  void tiersGivenInAnyOrderAreKeptLowestFirstAndACopyKeepsThem() {
    CompensationPolicy p =
        CompensationPolicy.builder()
            .tier(Range.greaterThan(cny("5000.00")), GENERAL_MANAGER)
            .tier(Range.lessThan(cny("1000.00")), SALES_DEPARTMENT_MANAGER)
            .tier(Range.closed(cny("1000.00"), cny("5000.00")), DEPUTY_GENERAL_MANAGER)
            .requester(CUSTOMER_SERVICE_MANAGER)
            .build();
    assertThat(p.tiers())
        .extracting(ApprovalTier::approver)
        .containsExactly(SALES_DEPARTMENT_MANAGER, DEPUTY_GENERAL_MANAGER, GENERAL_MANAGER);
    assertThat(p).isEqualTo(ComplaintCompensationTiers.policy());

    CompensationPolicy half =
        CompensationPolicy.builder().from(p).chargedShare(Percent.of(50)).build();
    assertThat(half.tiers()).isEqualTo(p.tiers());
    assertThat(half.chargedShare()).isEqualTo(Percent.of(50));
    assertThat(half.approverFor(cny("999.99"))).isEqualTo(SALES_DEPARTMENT_MANAGER);
  }
}
