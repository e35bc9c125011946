package dev.suanpan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.presets.DistributorCreditAuthority;
import dev.suanpan.core.presets.PropertyOfficeCancellationAuthority;
import dev.suanpan.core.presets.SalesReturnAuthority;
import dev.suanpan.money.Percent;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AuthorityPolicyDocumentTest {
  static final SuanpanJson JSON = SuanpanJson.create();
  static final Role GM = Role.of("GM", "General manager");
  static final Role SM = Role.of("SM", "Sales manager");
  static final Subject DISCOUNT = Subject.of("discount");

  static final String YAML =
      """
      $format: 1
      $type: AuthorityPolicy
      roles:
      - code: GM
        title: General manager
        limits:
          discount:
            maxPercent: 5%
            unlimited: false
      - code: SM
        title: Sales manager
        reportsTo: GM
        limits:
          discount:
            maxPercent: 3%
            unlimited: false
      """;

  static AuthorityPolicy twoLevels() {
    return AuthorityPolicy.builder()
        .role(GM)
        .role(SM, GM)
        .limit(GM, DISCOUNT, Limit.upToPercent(Percent.of(5)))
        .limit(SM, DISCOUNT, Limit.upToPercent(Percent.of(3)))
        .build();
  }

  @Test
  void aPolicyIsWrittenAsItsRolesTopDownWithTheirLimits() {
    assertThat(JSON.writeYaml(twoLevels())).isEqualTo(YAML);
    assertThat(JSON.readYaml(YAML, AuthorityPolicy.class)).isEqualTo(twoLevels());
  }

  @Test
  void theReadyMadePoliciesComeBackEqual() {
    for (AuthorityPolicy p :
        new AuthorityPolicy[] {
          DistributorCreditAuthority.policy(),
          SalesReturnAuthority.policy(),
          PropertyOfficeCancellationAuthority.policy()
        }) {
      assertThat(JSON.read(JSON.write(p), AuthorityPolicy.class)).isEqualTo(p);
      assertThat(JSON.readYaml(JSON.writeYaml(p), AuthorityPolicy.class)).isEqualTo(p);
    }
  }

  @Test
  void aLimitAboveTheDelegatorsIsRefusedAtItsPath() {
    String tooMuch = YAML.replace("maxPercent: 3%", "maxPercent: 6%");
    assertThatThrownBy(() -> JSON.readYaml(tooMuch, AuthorityPolicy.class))
        .isInstanceOf(DocumentException.class)
        .hasMessageStartingWith("$.roles[1].limits.discount: ")
        .hasMessageContaining("SM holds up to 6%")
        .hasMessageContaining("GM, who holds up to 5%")
        .satisfies(
            e ->
                assertThat(((DocumentException) e).path()).isEqualTo("$.roles[1].limits.discount"));
  }

  @Test
  void aTypoIsAnError() {
    String typo = YAML.replace("reportsTo: GM", "reportTo: GM");
    assertThatThrownBy(() -> JSON.readYaml(typo, AuthorityPolicy.class))
        .hasMessageStartingWith("$.roles[1].reportTo: unknown field \"reportTo\"")
        .hasMessageContaining("line 12");
  }

  @Test
  void aRoleMustFollowTheRoleItReportsTo() {
    String upsideDown =
        """
        {"$format": 1, "$type": "AuthorityPolicy", "roles": [
          {"code": "SM", "title": "Sales manager", "reportsTo": "GM"},
          {"code": "GM", "title": "General manager"}]}
        """;
    assertThatThrownBy(() -> JSON.read(upsideDown, AuthorityPolicy.class))
        .hasMessageStartingWith(
            "$.roles[0].reportsTo: SM reports to GM, which is not a role listed above it");
  }

  @Test
  void anAmountMustBeWrittenAsTextSoThatItStaysExact() {
    String number =
        """
        {"$format": 1, "$type": "AuthorityPolicy", "roles": [
          {"code": "GM", "title": "General manager",
           "limits": {"refund": {"maxAmount": {"amount": 0.1, "currency": "CNY"}}}}]}
        """;
    assertThatThrownBy(() -> JSON.read(number, AuthorityPolicy.class))
        .hasMessageStartingWith(
            "$.roles[0].limits.refund.maxAmount.amount: expected text, found a number 0.1");
    String text = number.replace("0.1", "\"0.10\"");
    assertThat(
            JSON.read(text, AuthorityPolicy.class)
                .limitOf(Role.of("GM", "General manager"), Subject.of("refund"))
                .flatMap(Limit::maxAmount))
        .contains(Money.parse("CNY 0.10"));
  }
}
