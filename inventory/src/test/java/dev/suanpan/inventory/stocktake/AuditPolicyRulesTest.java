package dev.suanpan.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.inventory.presets.FinanceSpotCheck;
import dev.suanpan.money.Percent;
import org.junit.jupiter.api.Test;

/** Every figure of an audit policy is a share of a whole: from 0% to 100%, both allowed. */
class AuditPolicyRulesTest {
  static AuditPolicy.Builder spotCheck() {
    AuditPolicy.Builder b = AuditPolicy.builder();
    b.from(FinanceSpotCheck.policy());
    return b;
  }

  @Test
  void noneAndAllAreShares() {
    AuditPolicy extremes =
        spotCheck()
            .countedToBook(Percent.HUNDRED)
            .bookToShelf(Percent.ZERO)
            .minimumCoverage(Percent.HUNDRED)
            .maximumErrorRate(Percent.ZERO)
            .build();
    assertThat(extremes.countedToBook()).isEqualTo(Percent.HUNDRED);
    assertThat(extremes.maximumErrorRate()).isEqualTo(Percent.ZERO);
  }

  @Test
  void eachShareOutsideNoneToAllIsRefusedByName() {
    Percent over = Percent.parse("100.5%");
    Percent under = Percent.parse("-1%");
    assertThatThrownBy(() -> spotCheck().countedToBook(over).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("countedToBook must be between 0% and 100%, was 100.5%");
    assertThatThrownBy(() -> spotCheck().bookToShelf(under).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bookToShelf must be between 0% and 100%, was -1%");
    assertThatThrownBy(() -> spotCheck().minimumCoverage(over).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumCoverage must be between 0% and 100%, was 100.5%");
    assertThatThrownBy(() -> spotCheck().maximumErrorRate(under).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumErrorRate must be between 0% and 100%, was -1%");
  }

  @Test
  void anAuditKeepsItsPolicy() {
    AuditPolicy policy = FinanceSpotCheck.policy();
    RecountTeam team = new RecountTeam(dev.suanpan.core.party.PersonId.of("E-900"), 4);
    SamplingAudit audit = new SamplingAudit(policy, team);
    assertThat(audit.policy()).isSameAs(policy);
    assertThat(audit.team()).isSameAs(team);
  }
}
