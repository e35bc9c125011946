package dev.suanpan.core.credit;

import static dev.suanpan.core.credit.CreditFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.money.Percent;
import org.junit.jupiter.api.Test;

class CreditPolicyTest {
  static CreditPolicy.Builder from() {
    return CreditPolicy.builder().from(POLICY);
  }

  @Test
  void theSourcesExampleHasTheSourcesNumbers() {
    assertThat(POLICY.invoiceShare()).isEqualTo(Percent.of(60));
    assertThat(POLICY.buckets())
        .extracting(AgeingBucket::label)
        .containsExactly("0-30", "31-60", "61-90", "91-180", "181-365", ">365");
    assertThat(POLICY.termsOf(CreditGrade.of("D")).creditAllowed()).isFalse();
    assertThat(POLICY.worstGrade()).isEqualTo(CreditGrade.of("D"));
  }

  @Test
  void rejectsBucketsWithAGap() {
    assertThatThrownBy(
            () ->
                from()
                    .buckets(
                        java.util.List.of(
                            AgeingBucket.between(0, 30, Percent.of(1)),
                            AgeingBucket.over(60, Percent.of(5))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bucket >60 must start the day after bucket 0-30 ends");
  }

  @Test
  void rejectsProvisionRatesThatFallWithAge() {
    assertThatThrownBy(
            () ->
                from()
                    .buckets(
                        java.util.List.of(
                            AgeingBucket.between(0, 30, Percent.of(5)),
                            AgeingBucket.over(30, Percent.of(1))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provision rates must not fall");
  }

  @Test
  void rejectsAScheduleThatIsNotOpenEnded() {
    assertThatThrownBy(
            () ->
                from()
                    .buckets(java.util.List.of(AgeingBucket.between(0, 30, Percent.of(1))))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the last bucket must be open-ended, was 0-30");
  }

  @Test
  void rejectsARequesterOutsideTheAuthorityPolicy() {
    assertThatThrownBy(() -> from().creditRequester(Role.of("CLERK", "Clerk")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("creditRequester CLERK is not a role");
  }

  @Test
  void rejectsAnInvoiceShareAboveAHundredPercent() {
    assertThatThrownBy(() -> from().invoiceShare(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invoiceShare must be above 0% and at most 100%, was 101%");
  }

  @Test
  void rejectsARepeatedGrade() {
    assertThatThrownBy(() -> from().addGrades(GradeTerms.cashOnly(CreditGrade.of("A"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grades repeat grade A");
  }

  @Test
  void acceptsTheUsersOwnGradeScale() {
    CreditPolicy own =
        from()
            .grades(
                java.util.List.of(
                    GradeTerms.credit(CreditGrade.of("AAA"), 90),
                    GradeTerms.cashOnly(CreditGrade.of("X"))))
            .gradeCriteria(
                java.util.List.of(new GradeCriterion(CreditGrade.of("AAA"), 10, Percent.ZERO)))
            .build();
    assertThat(own.rankOf(CreditGrade.of("X"))).isEqualTo(1);
  }
}
