package dev.suanpan.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.Percent;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** What a limit covers, when one limit is within another, and how a policy's roles must fit. */
class AuthorityRulesTest {
  static final Role GM = Role.of("GM", "General manager");
  static final Role MANAGER = Role.of("MANAGER", "Manager");
  static final Role CLERK = Role.of("CLERK", "Clerk");
  static final Role AUDITOR = Role.of("AUDITOR", "Auditor");
  static final Subject EXTENSION = Subject.of("payment-extension");
  static final Subject REFUND = Subject.of("refund");

  static Money cny(String amount) {
    return Money.of(CurrencyUnit.of("CNY"), new java.math.BigDecimal(amount));
  }

  static AuthorityRequest days(long n) {
    return AuthorityRequest.ofCount(EXTENSION, n);
  }

  @Test
  void aLimitOfFiveDaysCoversFiveDaysButNotSix() {
    Limit fiveDays = Limit.upToCount(5);
    assertThat(fiveDays.covers(days(5))).isTrue();
    assertThat(fiveDays.covers(days(6))).isFalse();
    assertThat(fiveDays.covers(days(0))).isTrue();
  }

  @Test
  void aLimitDoesNotCoverAMeasureItDoesNotBound() {
    // a percent limit grants no amount, an amount limit no days, a days limit no percent
    assertThat(Limit.upToPercent(Percent.of(1)).covers(AuthorityRequest.ofAmount(REFUND, cny("1"))))
        .isFalse();
    assertThat(Limit.upToAmount(cny("100.00")).covers(days(1))).isFalse();
    assertThat(Limit.upToCount(5).covers(AuthorityRequest.ofPercent(REFUND, Percent.of(1))))
        .isFalse();
  }

  @Test
  void aLimitOnPercentAndDaysCoversARequestOnlyWhenBothAreWithinIt() {
    Limit both = Limit.builder().maxPercent(Percent.of(2)).maxCount(10).build();
    AuthorityRequest.Builder request = AuthorityRequest.builder().subject(EXTENSION);
    assertThat(both.covers(request.percent(Percent.of(2)).count(10).build())).isTrue();
    assertThat(
            both.covers(
                AuthorityRequest.builder()
                    .subject(EXTENSION)
                    .percent(Percent.of(2))
                    .count(11)
                    .build()))
        .isFalse();
    assertThat(
            both.covers(
                AuthorityRequest.builder()
                    .subject(EXTENSION)
                    .percent(Percent.parse("2.01%"))
                    .count(10)
                    .build()))
        .isFalse();
  }

  @Test
  void anUnlimitedLimitCoversAnything() {
    assertThat(Limit.unlimitedAuthority().covers(days(1_000_000))).isTrue();
    assertThat(Limit.unlimitedAuthority().covers(AuthorityRequest.ofAmount(REFUND, cny("1e12"))))
        .isTrue();
  }

  @Test
  void aLimitIsWithinAnotherOnlyWhereItIsNowhereLooser() {
    assertThat(Limit.upToCount(5).within(Limit.upToCount(7))).isTrue();
    assertThat(Limit.upToCount(7).within(Limit.upToCount(7))).isTrue();
    assertThat(Limit.upToCount(8).within(Limit.upToCount(7))).isFalse();
    assertThat(Limit.upToAmount(cny("100.00")).within(Limit.upToAmount(cny("100.00")))).isTrue();
    assertThat(Limit.upToAmount(cny("100.01")).within(Limit.upToAmount(cny("100.00")))).isFalse();
    // bounding no days is looser than bounding them
    assertThat(Limit.upToPercent(Percent.of(1)).within(Limit.upToCount(7))).isFalse();
    assertThat(Limit.upToPercent(Percent.of(1)).within(Limit.upToAmount(cny("1.00")))).isFalse();
  }

  @Test
  void anUnlimitedLimitIsWithinOnlyAnotherUnlimitedOne() {
    assertThat(Limit.unlimitedAuthority().within(Limit.upToCount(1_000_000))).isFalse();
    assertThat(Limit.unlimitedAuthority().within(Limit.unlimitedAuthority())).isTrue();
    assertThat(Limit.upToCount(1_000_000).within(Limit.unlimitedAuthority())).isTrue();
  }

  @Test
  void aLimitReadsAsItsBounds() {
    assertThat(Limit.unlimitedAuthority()).hasToString("unlimited");
    assertThat(Limit.builder().maxAmount(cny("500.00")).maxCount(3).build())
        .hasToString("up to CNY 500.00, up to 3");
  }

  @Test
  void rejectsALimitThatBoundsNothing() {
    assertThatThrownBy(() -> Limit.builder().quota(Percent.of(15)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must bound a percent, an amount or a count, or be unlimited");
  }

  @Test
  void rejectsAnUnlimitedLimitThatAlsoSetsABound() {
    assertThatThrownBy(() -> Limit.builder().unlimited(true).maxAmount(cny("1.00")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAmount CNY 1.00");
  }

  @Test
  void rejectsNegativeBoundsAndAQuotaOutsideNoneToAll() {
    assertThatThrownBy(() -> Limit.upToPercent(Percent.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPercent");
    assertThatThrownBy(() -> Limit.upToAmount(cny("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAmount");
    assertThatThrownBy(() -> Limit.upToCount(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCount");
    assertThatThrownBy(() -> Limit.builder().maxCount(1).quota(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota");
    assertThatThrownBy(() -> Limit.builder().maxCount(1).quota(Percent.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quota");
  }

  @Test
  void rejectsARequestThatAsksForNothingOrForANegativeMeasure() {
    assertThatThrownBy(() -> AuthorityRequest.builder().subject(REFUND).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refund");
    assertThatThrownBy(() -> AuthorityRequest.ofAmount(REFUND, cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> days(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> AuthorityRequest.ofPercent(REFUND, Percent.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent");
  }

  static AuthorityPolicy.Builder threeLevels() {
    return AuthorityPolicy.builder()
        .role(GM)
        .role(MANAGER, GM)
        .role(CLERK, MANAGER)
        .limit(GM, EXTENSION, Limit.unlimitedAuthority())
        .limit(MANAGER, EXTENSION, Limit.upToCount(30))
        .limit(CLERK, EXTENSION, Limit.upToCount(7));
  }

  @Test
  void aRouteGoesUpThroughEverySuperiorToTheFirstWhoseLimitCoversTheRequest() {
    AuthorityPolicy policy = threeLevels().build();
    assertThat(policy.superiorOf(CLERK)).contains(MANAGER);
    assertThat(policy.superiorOf(GM)).isEmpty();
    assertThat(policy.superiorsOf(CLERK)).containsExactly(MANAGER, GM);
    assertThat(policy.limitOf(CLERK, EXTENSION)).contains(Limit.upToCount(7));
    assertThat(policy.limitOf(CLERK, REFUND)).isEmpty();

    AuthorityRoute own = policy.route(CLERK, days(7));
    assertThat(own.withinOwnAuthority()).isTrue();
    assertThat(own).hasToString("payment-extension 7: within the authority of " + CLERK);
    AuthorityRoute up = policy.route(CLERK, days(31));
    assertThat(up.approver()).contains(GM);
    assertThat(up.chain()).containsExactly(MANAGER, GM);
    assertThat(up)
        .hasToString("payment-extension 31: needs " + GM + " (via [" + MANAGER + ", " + GM + "])");
    AuthorityRoute none = policy.route(CLERK, AuthorityRequest.ofAmount(REFUND, cny("1.00")));
    assertThat(none.beyondEveryAuthority()).isTrue();
    assertThat(none).hasToString("refund CNY 1.00: beyond every authority");
  }

  @Test
  void theLowestRoleCoveringARequestIsTheFurthestFromTheTopAndTiesGoToTheFirstAdded() {
    AuthorityPolicy policy =
        threeLevels().role(AUDITOR, MANAGER).limit(AUDITOR, EXTENSION, Limit.upToCount(7)).build();
    // CLERK and AUDITOR both report to MANAGER and hold 7 days: CLERK was added first
    assertThat(policy.lowestRoleCovering(days(7))).contains(CLERK);
    assertThat(policy.lowestRoleCovering(days(8))).contains(MANAGER);
  }

  @Test
  void rejectsQuestionsAboutARoleOutsideThePolicy() {
    AuthorityPolicy policy = threeLevels().build();
    assertThatThrownBy(() -> policy.superiorOf(AUDITOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AUDITOR");
    assertThatThrownBy(() -> policy.superiorsOf(AUDITOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AUDITOR");
    assertThatThrownBy(() -> policy.limitOf(AUDITOR, EXTENSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AUDITOR");
  }

  @Test
  void rejectsAPolicyWithoutRolesOrWithARoleTwiceOrALimitTwice() {
    assertThatThrownBy(() -> AuthorityPolicy.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one role");
    assertThatThrownBy(() -> AuthorityPolicy.builder().role(GM).role(GM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role GM is added twice");
    assertThatThrownBy(
            () ->
                AuthorityPolicy.builder()
                    .role(GM)
                    .limit(GM, EXTENSION, Limit.upToCount(1))
                    .limit(GM, EXTENSION, Limit.upToCount(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role GM already has a limit on");
  }

  @Test
  void rejectsReportingLinesThatFormACycle() {
    assertThatThrownBy(() -> AuthorityPolicy.builder().role(GM, MANAGER).role(MANAGER, GM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reporting lines form a cycle");
  }

  @Test
  void rejectsALimitGivenToARoleOutsideThePolicy() {
    assertThatThrownBy(
            () ->
                AuthorityPolicy.builder()
                    .role(GM)
                    .limit(AUDITOR, EXTENSION, Limit.upToCount(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a limit is given to AUDITOR");
  }

  @Test
  void aRouteBeyondEveryAuthorityHasNoChain() {
    assertThatThrownBy(
            () ->
                AuthorityRoute.builder()
                    .requester(CLERK)
                    .request(days(99))
                    .chain(ImmutableList.of(MANAGER))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beyond every authority has no chain");
    assertThatThrownBy(
            () ->
                AuthorityRoute.builder()
                    .requester(CLERK)
                    .request(days(1))
                    .approver(CLERK)
                    .chain(ImmutableList.of(MANAGER))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within the requester's own authority has no chain");
    assertThatThrownBy(
            () ->
                AuthorityRoute.builder()
                    .requester(CLERK)
                    .request(days(99))
                    .approver(GM)
                    .chain(ImmutableList.of(MANAGER))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must end with the approver");
  }

  @Test
  void aPolicyReadsAsItsRolesTheirSuperiorsAndTheirLimits() {
    assertThat(threeLevels().build())
        .hasToString(
            "AuthorityPolicy\n"
                + "  GM; payment-extension: unlimited\n"
                + "  MANAGER (reports to GM); payment-extension: up to 30\n"
                + "  CLERK (reports to MANAGER); payment-extension: up to 7");
    assertThat(AuthorityPolicy.builder().role(AUDITOR).build())
        .hasToString("AuthorityPolicy\n  AUDITOR");
  }

  @Test
  void aRequestReadsAsItsSubjectAndWhatItAsks() {
    assertThat(AuthorityRequest.ofPercent(REFUND, Percent.of(3))).hasToString("refund 3%");
    assertThat(days(5)).hasToString("payment-extension 5");
  }
}
