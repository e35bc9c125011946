package dev.suanpan.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.credit.check.CreditCheckRule;
import dev.suanpan.core.credit.commission.CommissionRule;
import dev.suanpan.core.credit.grade.GradeReviewRule;
import dev.suanpan.core.credit.interest.OverdueInterestRule;
import dev.suanpan.core.credit.invoice.InvoiceRule;
import dev.suanpan.core.credit.provision.ProvisionRule;
import dev.suanpan.core.credit.writeoff.WriteOffRule;
import dev.suanpan.core.decision.Rule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The credit engines' rule ids are stable: stored explanations and users' tests match on them. */
class CreditRulesTest {
  private static Stream<String> ids(Rule[] rules) {
    return Arrays.stream(rules).map(Rule::id);
  }

  @Test
  void creditCheckRulesKeepTheirIdsInTheOrderTheCheckAppliesThem() {
    assertThat(ids(CreditCheckRule.values()))
        .containsExactly(
            "credit.exposure",
            "credit.prepaid-balance",
            "credit.grade",
            "credit.cash-only",
            "credit.guarantee",
            "credit.overdue",
            "credit.limit",
            "credit.excess-approved",
            "credit.excess-approval-insufficient",
            "credit.approval");
  }

  @Test
  void theOtherCreditEnginesKeepTheirIds() {
    assertThat(ids(ProvisionRule.values()))
        .containsExactly("provision.bucket", "provision.adjustment", "provision.authority");
    assertThat(ids(WriteOffRule.values()))
        .containsExactly("write-off.cause", "write-off.authority");
    assertThat(ids(CommissionRule.values()))
        .containsExactly(
            "commission.contract",
            "commission.collected",
            "commission.overdue-offset",
            "commission.nothing-payable");
    assertThat(ids(InvoiceRule.values())).containsExactly("invoice.collected-share");
    assertThat(ids(GradeReviewRule.values()))
        .containsExactly("grade-review.history", "grade-review.criterion", "grade-review.proposal");
    assertThat(ids(OverdueInterestRule.values()))
        .containsExactly("credit.overdue-interest", "credit.late-payment", "credit.recovery-cost");
  }
}
