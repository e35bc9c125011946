package dev.suanpan.workflow.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.testkit.AuthorityChecks;
import dev.suanpan.workflow.flows.ComplaintFlow;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped flows' authority matrices pass the testkit's authority checks. */
class FlowAuthorityTest {
  @Test
  void complaintCompensationTiersAreMonotoneInTheAmountAndDelegatedWithinLimits() {
    assertThatCode(
            () -> {
              AuthorityChecks.assertMonotoneInAmount(
                  ComplaintFlow.compensationAuthority(), ComplaintFlow.COMPENSATION_APPROVAL);
              AuthorityChecks.assertDelegationWithinLimits(
                  ComplaintFlow.compensationAuthority(), ComplaintFlow.COMPENSATION_APPROVAL);
            })
        .doesNotThrowAnyException();
  }

  @Test
  void everyShippedFlowDelegatesWithinItsDelegatorsLimitOnEverySubject() {
    Map<AuthorityPolicy, List<Subject>> flows =
        Map.of(
            SalesOrderFlow.contractAuthority(),
            List.of(SalesOrderFlow.CONTRACT_APPROVAL),
            PropertySubscriptionFlow.salesOfficeAuthority(),
            List.of(
                PropertySubscriptionFlow.VIP_CARD,
                PropertySubscriptionFlow.PLEDGE_REFUND,
                PropertySubscriptionFlow.RENAME,
                PropertySubscriptionFlow.SWAP_TO_LARGER,
                PropertySubscriptionFlow.SWAP_TO_SMALLER,
                PropertySubscriptionFlow.DEFERRAL_KEEPING_DISCOUNT,
                PropertySubscriptionFlow.DEFERRAL_LOSING_DISCOUNT,
                PropertySubscriptionFlow.CANCEL_BEFORE_CONTRACT,
                PropertySubscriptionFlow.CANCEL_AFTER_CONTRACT));
    assertThatCode(
            () ->
                flows.forEach(
                    (policy, subjects) ->
                        subjects.forEach(
                            s -> AuthorityChecks.assertDelegationWithinLimits(policy, s))))
        .doesNotThrowAnyException();
  }
}
