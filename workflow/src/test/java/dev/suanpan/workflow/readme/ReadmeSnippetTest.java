package dev.suanpan.workflow.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.settlement.Cancellation;
import dev.suanpan.core.settlement.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.SaleContract;
import dev.suanpan.core.settlement.Settlement;
import dev.suanpan.core.settlement.SettlementResult;
import dev.suanpan.core.settlement.SourcePolicies;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.DueAction;
import dev.suanpan.workflow.DueActionKind;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.EventKind;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditVerification;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import dev.suanpan.workflow.flows.ComplaintFlow;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The snippets of the README's workflow section, line for line, with their commented results
 * asserted.
 */
class ReadmeSnippetTest {
  @Test
  void theComplaintSnippetRunsAndGivesTheResultsItShows() {
    Workflow complaints = Workflow.of(ComplaintFlow.sourcesDefinition());
    Actor clerk = Actor.of(PersonId.of("wang"), ComplaintFlow.SERVICE_CLERK);
    Actor inspector = Actor.of(PersonId.of("li"), ComplaintFlow.QUALITY_INSPECTOR);
    Actor head = Actor.of(PersonId.of("zhao"), ComplaintFlow.SERVICE_HEAD);
    Actor deputy = Actor.of(PersonId.of("sun"), ComplaintFlow.DEPUTY_GM);
    LocalDateTime t = LocalDateTime.of(2024, 3, 4, 9, 0);

    WorkflowCase c =
        complaints
            .open(
                CaseId.of("C-1"),
                Command.open(clerk, t)
                    .with(ComplaintFlow.CUSTOMER, "Hengda Trading")
                    .with(ComplaintFlow.COMPLAINT, "12 of 200 tiles cracked"))
            .caseAfter();
    c = complaints.handle(c, Command.fire("investigate", inspector, t.plusHours(2))).caseAfter();
    c =
        complaints
            .handle(
                c,
                Command.fire("report", inspector, t.plusDays(1))
                    .with(ComplaintFlow.QUALITY_PROBLEM, false)
                    .with(ComplaintFlow.RESPONSIBLE, "transport"))
            .caseAfter();
    CaseStep asked =
        complaints.handle(
            c,
            Command.fire("propose", head, t.plusDays(1))
                .with(ComplaintFlow.HANDLING, "compensation")
                .with(
                    ComplaintFlow.COMPENSATION,
                    Money.of(CurrencyUnit.of("CNY"), new BigDecimal("3000.00"))));
    assertThat(asked.requiredApprover()).contains(ComplaintFlow.DEPUTY_GM);
    assertThat(asked.requiredApprover()).hasToString("Optional[Deputy general manager]");
    CaseStep approved =
        complaints.handle(asked.caseAfter(), Command.approve(deputy, t.plusDays(2)));
    assertThat(approved.isAllowed()).isTrue();
    assertThat(
            complaints.handle(asked.caseAfter(), Command.approve(head, t.plusDays(2))).isRefused())
        .isTrue();

    Escalation watch = Escalation.of(complaints.definition(), BusinessCalendar.weekdays());
    assertThat(watch.dueDates(approved.caseAfter()).toString())
        .startsWith("[C-1: close-within-6-days started 2024-03-04, due 2024-03-12, ");
    List<DueAction> due = watch.check(approved.caseAfter(), t.plusDays(10));
    assertThat(due).hasSize(1);
    assertThat(due.get(0).kind()).isEqualTo(DueActionKind.ESCALATE);
    assertThat(due.get(0).escalateTo()).isEqualTo(ComplaintFlow.DEPUTY_GM);
    WorkflowCase escalated =
        watch.record(approved.caseAfter(), due.get(0), clerk, t.plusDays(10)).caseAfter();
    assertThat(escalated.history().get(escalated.history().size() - 1).kind())
        .isEqualTo(EventKind.ESCALATED);
    assertThat(escalated.auditTrail().entries()).hasSize(escalated.history().size());
    AuditVerification check = escalated.auditTrail().verify();
    assertThat(check.intact()).isTrue();
    WorkflowCase same = complaints.replay(escalated.history());
    assertThat(same).isEqualTo(escalated);
  }

  @Test
  void thePropertyCancellationSnippetRunsAndGivesTheResultsItShows() {
    Workflow sales = Workflow.of(PropertySubscriptionFlow.sourcesDefinition());
    Actor consultant = Actor.of(PersonId.of("yang"), PropertySubscriptionFlow.CONSULTANT);
    Actor salesManager = Actor.of(PersonId.of("wu"), PropertySubscriptionFlow.SALES_MANAGER);
    Actor gm = Actor.of(PersonId.of("zhou"), PropertySubscriptionFlow.GENERAL_MANAGER);
    LocalDateTime opened = LocalDateTime.of(2024, 9, 2, 10, 0);
    Money price = Money.parse("CNY 1280000.00");
    WorkflowCase subscription =
        sales
            .open(
                CaseId.of("S-101"),
                Command.open(consultant, opened)
                    .with(PropertySubscriptionFlow.BUYER, "Mr Tang")
                    .with(PropertySubscriptionFlow.PLEDGE, Money.parse("CNY 20000.00")))
            .caseAfter();
    subscription =
        sales
            .handle(
                sales
                    .handle(subscription, Command.fire("issue-vip-card", consultant, opened))
                    .caseAfter(),
                Command.approve(salesManager, opened.plusHours(1)))
            .caseAfter();
    subscription =
        sales
            .handle(
                subscription,
                Command.fire("subscribe", consultant, opened.plusDays(10))
                    .with(PropertySubscriptionFlow.UNIT, "3-1102")
                    .with(PropertySubscriptionFlow.PRICE, price))
            .caseAfter();
    subscription =
        sales
            .handle(subscription, Command.fire("sign-contract", consultant, opened.plusDays(13)))
            .caseAfter();
    assertThat(subscription.state()).isEqualTo(PropertySubscriptionFlow.CONTRACTED);
    SaleContract contract =
        SaleContract.builder()
            .reference("HT-3-1102")
            .customer(CustomerId.of("TANG"))
            .contractPrice(price)
            .addPayments(Payment.of(PaymentKind.DEPOSIT, Money.parse("CNY 50000.00")))
            .addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, Money.parse("CNY 334000.00")))
            .addAllPayments(SourcePolicies.collectedOnBehalfAtSigning(price))
            .build();
    LocalDateTime at = opened.plusDays(14);

    SettlementResult settled =
        Settlement.of(SourcePolicies.propertyCancellation())
            .settle(contract, Cancellation.of(ContractStage.CONTRACT_SIGNED, Fault.BUYER));
    CaseStep asked =
        sales.handle(subscription, PropertySubscriptionFlow.cancel(settled, salesManager, at));
    assertThat(asked.needsApproval()).isTrue();
    assertThat(asked.requiredApprover()).contains(PropertySubscriptionFlow.GENERAL_MANAGER);
    assertThat(asked.requiredApprover()).hasToString("Optional[General manager]");
    assertThat(asked.requiredApprover()).isEqualTo(settled.requiredApprover());
    WorkflowCase cancelled =
        sales.handle(asked.caseAfter(), Command.approve(gm, at.plusHours(2))).caseAfter();
    assertThat(cancelled.state()).isEqualTo(PropertySubscriptionFlow.CANCELLED);
    assertThat(cancelled.fact(PropertySubscriptionFlow.REFUND)).contains(settled.refund());
  }
}
