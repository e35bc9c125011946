package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.CNY;
import static dev.suanpan.core.credit.CreditFixtures.CUSTOMER;
import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static dev.suanpan.core.credit.CreditFixtures.cny;
import static dev.suanpan.core.credit.CreditFixtures.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.DistributorCreditAuthority;
import dev.suanpan.money.Percent;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/**
 * The rules a credit policy, its buckets, grades and criteria, and a receivable must keep; the
 * defaults a policy has; and what an exposure records by due date.
 */
class CreditPolicyRulesTest {
  static final LocalDate APRIL_30 = LocalDate.of(2026, 4, 30);

  static CreditPolicy.Builder minimal() {
    return CreditPolicy.builder()
        .currency(CNY)
        .addAllGrades(POLICY.grades())
        .addAllBuckets(POLICY.buckets())
        .authority(POLICY.authority())
        .creditRequester(POLICY.creditRequester());
  }

  @Test
  void byDefaultAPolicyCollectsSixtyPercentBeforeInvoicingAndReviewsAYearOfPayments() {
    CreditPolicy policy = minimal().build();
    assertThat(policy.invoiceShare()).isEqualTo(Percent.of(60));
    assertThat(policy.reviewWindowDays()).isEqualTo(365);
    assertThat(policy.graceDays()).isZero();
    assertThat(policy.overdueCommissionOffset()).isEmpty();
  }

  @Test
  void aDueDateScheduleMayStartAtOneDayPastDueButNotLater() {
    List<AgeingBucket> fromDayOne =
        List.of(AgeingBucket.between(1, 30, Percent.of(1)), AgeingBucket.over(30, Percent.of(5)));
    CreditPolicy dueDate = minimal().ageingBasis(AgeingBasis.DUE_DATE).buckets(fromDayOne).build();
    assertThat(dueDate.scheduleBuckets()).hasSize(3);
    assertThat(dueDate.scheduleBuckets().get(0).notYetDue()).isTrue();

    List<AgeingBucket> fromDayTwo =
        List.of(AgeingBucket.between(2, 30, Percent.of(1)), AgeingBucket.over(30, Percent.of(5)));
    assertThatThrownBy(
            () -> minimal().ageingBasis(AgeingBasis.DUE_DATE).buckets(fromDayTwo).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start at 0 or 1 days past due");
    assertThatThrownBy(() -> minimal().buckets(fromDayOne).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("buckets must start at 0 days");
  }

  @Test
  void rejectsACommissionOffsetOutsideNoneToAll() {
    assertThat(minimal().overdueCommissionOffset(Percent.HUNDRED).build().overdueCommissionOffset())
        .contains(Percent.HUNDRED);
    assertThatThrownBy(() -> minimal().overdueCommissionOffset(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdueCommissionOffset must be between 0% and 100%, was 101%");
    assertThatThrownBy(() -> minimal().overdueCommissionOffset(Percent.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overdueCommissionOffset");
  }

  @Test
  void rejectsAGradeCriterionForAGradeOffTheScale() {
    assertThatThrownBy(
            () ->
                minimal()
                    .addGradeCriteria(new GradeCriterion(CreditGrade.of("Z"), 5, Percent.ZERO))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade criterion names grade Z");
  }

  @Test
  void rejectsAPolicyWhoseCurrencyDiffersFromTheExposures() {
    CreditPolicy inUsd = minimal().currency(CurrencyUnit.USD).build();
    assertThatThrownBy(() -> none().total(inUsd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy currency USD differs from the exposure's CNY");
  }

  @Test
  void inTheExampleAuthorityTheCreditManagerApprovesUpToTwentyThousandOfExcess() {
    AuthorityPolicy authority = DistributorCreditAuthority.policy();
    assertThat(
            authority
                .route(
                    CompanyRoles.CREDIT_OFFICER,
                    AuthorityRequest.ofAmount(CreditPolicy.CREDIT_EXCESS, cny("20000.00")))
                .approver())
        .contains(CompanyRoles.CREDIT_MANAGER);
    assertThat(
            authority
                .route(
                    CompanyRoles.CREDIT_OFFICER,
                    AuthorityRequest.ofAmount(CreditPolicy.CREDIT_EXCESS, cny("20000.01")))
                .approver())
        .contains(CompanyRoles.FINANCE_DEPUTY_GM);
  }

  @Test
  void rejectsBucketsThatDoNotSpanForwardOrANotDueBucketSpanningDays() {
    assertThatThrownBy(() -> AgeingBucket.between(31, 30, Percent.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toDays must be at least fromDays 31, was 30");
    assertThatThrownBy(() -> new AgeingBucket(0, 1, Percent.ZERO, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a not-due bucket spans 0 to 0 days");
    assertThat(AgeingBucket.between(30, 30, Percent.of(1)).toDays()).isEqualTo(30);
  }

  @Test
  void anOpenEndedBucketStartsTheDayAfterItsBoundAndNeedsABoundBelowTheLargestDay() {
    assertThat(AgeingBucket.over(365, Percent.of(50)).fromDays()).isEqualTo(366);
    assertThat(AgeingBucket.over(Integer.MAX_VALUE - 1, Percent.of(50)).fromDays())
        .isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> AgeingBucket.over(Integer.MAX_VALUE, Percent.of(50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must be below " + Integer.MAX_VALUE);
  }

  @Test
  void aGradeWithoutCreditHasNoTermAndNoGuaranteeAndACriterionSharesAreAtMostAll() {
    assertThatThrownBy(() -> new GradeTerms(CreditGrade.of("D"), false, 30, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grade D allows no credit, so termDays must be 0, was 30");
    assertThatThrownBy(() -> new GradeTerms(CreditGrade.of("D"), false, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guaranteeRequired must be false");
    assertThatThrownBy(() -> new GradeCriterion(CreditGrade.of("B"), 30, Percent.of(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxOverdueShare must be between 0% and 100%, was 101%");
  }

  @Test
  void rejectsAReceivableDueBeforeItWasInvoiced() {
    assertThatThrownBy(
            () ->
                Receivable.of(
                    "INV-7",
                    CUSTOMER,
                    LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 3, 30),
                    cny("10.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "dueDate 2026-03-30 of INV-7 must not be before invoiceDate 2026-03-31");
    assertThat(
            Receivable.of(
                    "INV-8",
                    CUSTOMER,
                    LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 3, 31),
                    cny("10.00"))
                .dueDate())
        .isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void whatIsDueOnADayIsOnlyWhatIsDueThatDay() {
    // 1,000.00 due on April 30, 300.00 on May 1, the next day
    Exposure e =
        none()
            .invoicedWithoutShipment(cny("1000.00"), APRIL_30)
            .invoicedWithoutShipment(cny("300.00"), APRIL_30.plusDays(1));
    assertThat(e.receivablesDueOn(APRIL_30)).isEqualTo(cny("1000.00"));
    assertThat(e.receivablesDueOn(APRIL_30.plusDays(1))).isEqualTo(cny("300.00"));
    assertThat(e.receivablesDueOn(APRIL_30.minusDays(1))).isEqualTo(cny("0.00"));
  }

  @Test
  void writingOffABadDebtTakesItOutOfTheReceivablesDueThatDay() {
    Exposure e = none().invoicedWithoutShipment(cny("1000.00"), APRIL_30);
    Exposure after = e.writtenOff(cny("400.00"), APRIL_30);
    // 1,000.00 - 400.00
    assertThat(after.receivablesDueOn(APRIL_30)).isEqualTo(cny("600.00"));
    assertThat(after.receivables()).isEqualTo(cny("600.00"));
  }

  @Test
  void exposuresWithTheSameTotalsOnDifferentDueDatesDiffer() {
    Exposure april = none().invoicedWithoutShipment(cny("1000.00"), APRIL_30);
    Exposure may = none().invoicedWithoutShipment(cny("1000.00"), APRIL_30.plusDays(1));
    assertThat(april).isNotEqualTo(may);
    assertThat(april).isEqualTo(none().invoicedWithoutShipment(cny("1000.00"), APRIL_30));
  }

  @Test
  void dueDatesAreAcceptedFromTheFirstToTheLastDayOfTheCalendarAndRefusedBeyond() {
    // the index holds 2^21 days: epoch days -2^20 = -1,048,576 to 2^20 - 1 = 1,048,575
    LocalDate first = LocalDate.ofEpochDay(-1_048_576);
    LocalDate last = LocalDate.ofEpochDay(1_048_575);
    assertThat(none().invoicedWithoutShipment(cny("1.00"), first).receivablesDueOn(first))
        .isEqualTo(cny("1.00"));
    assertThat(none().invoicedWithoutShipment(cny("1.00"), last).receivablesDueOn(last))
        .isEqualTo(cny("1.00"));
    assertThatThrownBy(() -> none().invoicedWithoutShipment(cny("1.00"), first.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be between " + first + " and " + last);
    assertThatThrownBy(() -> none().invoicedWithoutShipment(cny("1.00"), last.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be between " + first + " and " + last);
  }
}
