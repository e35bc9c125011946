package dev.suanpan.workflow.testkit;

import static dev.suanpan.workflow.flows.ComplaintFlow.COMPENSATION;
import static dev.suanpan.workflow.flows.ComplaintFlow.COMPENSATION_APPROVAL;
import static dev.suanpan.workflow.flows.ComplaintFlow.HANDLING;
import static dev.suanpan.workflow.flows.ComplaintFlow.SERVICE_HEAD;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.testkit.DecisionChecks;
import dev.suanpan.testkit.MoneyArbitraries;
import dev.suanpan.testkit.SuanpanAssertions;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.flows.ComplaintFlow;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * The complaint flow's compensation approvals (domain rules 3.3: under 1,000 yuan the sales
 * department manager, 1,000 to 5,000 the deputy general manager, above the general manager),
 * checked over generated amounts with the testkit.
 */
class ComplaintCompensationProperties {
  static final AuthorityPolicy POLICY = ComplaintFlow.compensationAuthority();
  static final Workflow FLOW = Workflow.of(ComplaintFlow.definition());
  static final Actor CLERK = Actor.of(PersonId.of("wang"), ComplaintFlow.SERVICE_CLERK);
  static final Actor INSPECTOR = Actor.of(PersonId.of("li"), ComplaintFlow.QUALITY_INSPECTOR);
  static final Actor HEAD = Actor.of(PersonId.of("zhao"), SERVICE_HEAD);
  static final LocalDateTime MON = LocalDateTime.of(2024, 3, 4, 9, 0);
  static final WorkflowCase REPORTED = reported();

  static WorkflowCase reported() {
    WorkflowCase c =
        FLOW.open(
                CaseId.of("C-1"),
                Command.open(CLERK, MON)
                    .with(ComplaintFlow.CUSTOMER, "Hengda Trading")
                    .with(ComplaintFlow.COMPLAINT, "12 of 200 tiles cracked on arrival"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("investigate", INSPECTOR, MON.plusHours(2))).caseAfter();
    return FLOW.handle(
            c,
            Command.fire("report", INSPECTOR, MON.plusDays(1))
                .with(ComplaintFlow.QUALITY_PROBLEM, false)
                .with(ComplaintFlow.RESPONSIBLE, "transport"))
        .caseAfter();
  }

  static CaseStep propose(Money amount) {
    return FLOW.handle(
        REPORTED,
        Command.fire("propose", HEAD, MON.plusDays(1).plusHours(3))
            .with(HANDLING, "compensation")
            .with(COMPENSATION, amount));
  }

  @Provide
  Arbitrary<Money> compensations() {
    return MoneyArbitraries.amounts(MoneyArbitraries.CNY, "0.01", "100000.00");
  }

  @Provide
  Arbitrary<List<Money>> askLadders() {
    return compensations().list().ofMinSize(1).ofMaxSize(12);
  }

  @Property(tries = 200)
  void theProposalGoesToTheLowestRoleWhoseTierCoversTheAmount(
      @ForAll("compensations") Money amount) {
    SuanpanAssertions.assertThat(propose(amount))
        .needsApprovalBy(
            POLICY
                .lowestRoleCovering(AuthorityRequest.ofAmount(COMPENSATION_APPROVAL, amount))
                .orElseThrow());
  }

  @Property(tries = 50)
  void aLargerCompensationNeverNeedsAMoreJuniorApprover(@ForAll("askLadders") List<Money> amounts) {
    List<Money> ascending = amounts.stream().sorted().toList();
    DecisionChecks.assertNeverEasierForLargerAsks(
        POLICY, ascending, ComplaintCompensationProperties::propose);
    DecisionChecks.assertApprovalNamesAnApprover(
        ascending, ComplaintCompensationProperties::propose);
  }
}
