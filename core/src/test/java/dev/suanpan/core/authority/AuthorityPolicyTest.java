package dev.suanpan.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AuthorityPolicyTest {
  static final Role GM = Role.of("GM", "General manager");
  static final Role DIRECTOR = Role.of("MARKETING_DIRECTOR", "Marketing director");
  static final Role MANAGER = Role.of("SALES_MANAGER", "Sales manager");
  static final Role CONSULTANT = Role.of("SALES_CONSULTANT", "Sales consultant");
  static final Subject SPECIAL = Subject.of("special-discount");

  static AuthorityPolicy property() {
    return AuthorityPolicy.builder()
        .role(GM)
        .role(DIRECTOR, GM)
        .role(MANAGER, DIRECTOR)
        .role(CONSULTANT, MANAGER)
        .limit(GM, SPECIAL, Limit.unlimitedAuthority())
        .limit(
            DIRECTOR,
            SPECIAL,
            Limit.builder().maxPercent(Percent.of(3)).quota(Percent.of(30)).build())
        .limit(
            MANAGER,
            SPECIAL,
            Limit.builder().maxPercent(Percent.of(1)).quota(Percent.of(15)).build())
        .build();
  }

  static AuthorityRequest discount(String pct) {
    return AuthorityRequest.ofPercent(SPECIAL, Percent.parse(pct));
  }

  @Test
  void pointEightPercentIsWithinTheSalesManagersAuthority() {
    AuthorityRoute r = property().route(MANAGER, discount("0.8%"));
    assertThat(r.withinOwnAuthority()).isTrue();
    assertThat(r.chain()).isEmpty();
  }

  @Test
  void twoPercentFromAConsultantGoesUpToTheMarketingDirector() {
    AuthorityRoute r = property().route(CONSULTANT, discount("2%"));
    assertThat(r.needsApproval()).isTrue();
    assertThat(r.approver()).contains(DIRECTOR);
    assertThat(r.chain()).containsExactly(MANAGER, DIRECTOR);
  }

  @Test
  void fivePercentNeedsTheGeneralManager() {
    assertThat(property().route(MANAGER, discount("5%")).approver()).contains(GM);
  }

  @Test
  void withoutAnUnlimitedTopSomeRequestsAreBeyondEveryAuthority() {
    AuthorityPolicy capped =
        AuthorityPolicy.builder()
            .role(DIRECTOR)
            .role(MANAGER, DIRECTOR)
            .limit(DIRECTOR, SPECIAL, Limit.upToPercent(Percent.of(3)))
            .limit(MANAGER, SPECIAL, Limit.upToPercent(Percent.of(1)))
            .build();
    AuthorityRoute r = capped.route(MANAGER, discount("3.5%"));
    assertThat(r.beyondEveryAuthority()).isTrue();
    assertThat(r.chain()).isEmpty();
  }

  @Test
  void compensationTiersFindTheLowestRoleCoveringTheAmount() {
    Subject comp = Subject.of("complaint-compensation");
    Role deputy = Role.of("DEPUTY_GM", "Deputy general manager");
    Role deptManager = Role.of("SALES_DEPT_MANAGER", "Sales department manager");
    AuthorityPolicy tiers =
        AuthorityPolicy.builder()
            .role(GM)
            .role(deputy, GM)
            .role(deptManager, deputy)
            .limit(GM, comp, Limit.unlimitedAuthority())
            .limit(deputy, comp, Limit.upToAmount(Money.parse("CNY 5000.00")))
            .limit(deptManager, comp, Limit.upToAmount(Money.parse("CNY 999.99")))
            .build();
    assertThat(tiers.lowestRoleCovering(AuthorityRequest.ofAmount(comp, Money.parse("CNY 3000"))))
        .contains(deputy);
    assertThat(tiers.lowestRoleCovering(AuthorityRequest.ofAmount(comp, Money.parse("CNY 999"))))
        .contains(deptManager);
    assertThat(
            tiers.lowestRoleCovering(AuthorityRequest.ofAmount(comp, Money.parse("CNY 5000.01"))))
        .contains(GM);
  }

  @Test
  void aSubordinateWithMoreAuthorityThanItsDelegatorIsRejectedNamingBoth() {
    assertThatThrownBy(
            () ->
                AuthorityPolicy.builder()
                    .role(DIRECTOR)
                    .role(MANAGER, DIRECTOR)
                    .limit(DIRECTOR, SPECIAL, Limit.upToPercent(Percent.of(2)))
                    .limit(MANAGER, SPECIAL, Limit.upToPercent(Percent.of(3)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SALES_MANAGER holds up to 3%")
        .hasMessageContaining("MARKETING_DIRECTOR, who holds up to 2%");
  }

  @Test
  void anUnlimitedLimitWithABoundIsRefusedNamingBothFields() {
    // Built, it would cover 90% whatever its 1% says: the two fields contradict each other.
    assertThatThrownBy(() -> Limit.builder().unlimited(true).maxPercent(Percent.of(1)).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unlimited is true, which contradicts maxPercent 1%");
    assertThatThrownBy(() -> Limit.builder().unlimited(true).quota(Percent.of(15)).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contradicts quota 15%");
    assertThatThrownBy(() -> Limit.builder().unlimited(true).maxCount(3L).build())
        .hasMessageContaining("contradicts maxCount 3");
    assertThat(
            Limit.unlimitedAuthority().covers(AuthorityRequest.ofPercent(SPECIAL, Percent.of(90))))
        .isTrue();
  }

  @Test
  void aSubordinateWithAQuotaAboveItsDelegatorsIsRejected() {
    assertThatThrownBy(
            () ->
                AuthorityPolicy.builder()
                    .role(DIRECTOR)
                    .role(MANAGER, DIRECTOR)
                    .limit(
                        DIRECTOR,
                        SPECIAL,
                        Limit.builder().maxPercent(Percent.of(3)).quota(Percent.of(15)).build())
                    .limit(
                        MANAGER,
                        SPECIAL,
                        Limit.builder().maxPercent(Percent.of(1)).quota(Percent.of(30)).build())
                    .build())
        .hasMessageContaining("quota 30%");
  }

  @Test
  void delegatingAuthorityOneDoesNotHoldIsRejected() {
    assertThatThrownBy(
            () ->
                AuthorityPolicy.builder()
                    .role(DIRECTOR)
                    .role(MANAGER, DIRECTOR)
                    .limit(MANAGER, SPECIAL, Limit.upToPercent(Percent.of(1)))
                    .build())
        .hasMessageContaining("MARKETING_DIRECTOR, who delegates to it, holds no authority");
  }

  @Test
  void cyclesAndUnknownRolesAreRejected() {
    assertThatThrownBy(() -> AuthorityPolicy.builder().role(MANAGER, DIRECTOR).build())
        .hasMessageContaining("reports to MARKETING_DIRECTOR, which is not a role");
    assertThatThrownBy(() -> property().route(Role.of("X", "Stranger"), discount("1%")))
        .hasMessageContaining("requester X (Stranger) is not a role of this policy");
    assertThatThrownBy(() -> discount("-1%")).hasMessageContaining("percent must not be negative");
  }
}
