package dev.suanpan.examples.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.settlement.complaint.Deduction;
import dev.suanpan.core.settlement.complaint.ResponsibleParty;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.workflow.DueActionKind;
import dev.suanpan.workflow.audit.Tampering;
import dev.suanpan.workflow.flows.ComplaintFlow;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ComplaintHandlingFlowTest {
  private final ComplaintHandlingFlow.Result result = new ComplaintHandlingFlow().play();
  private final FlowReport account = result.account();

  @Test
  void threeThousandYuanFallsInTheDeputyGeneralManagersTier() {
    assertThat(account.lines())
        .contains(
            "  Compensation CNY 3000.00, loss CNY 3000.00",
            "  Decision: NEEDS_APPROVAL, approver Deputy general manager",
            "    [compensation.approval] compensation CNY 3000.00 in tier [CNY 1000.00..CNY"
                + " 5000.00]: needs Deputy general manager (via [Sales department manager, Deputy"
                + " general manager])",
            "  zhao.min proposed compensation of CNY 3000.00: NEEDS_APPROVAL, waits for Deputy"
                + " general manager");
    assertThat(result.compensation().outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(result.compensation().requiredApprover()).contains(ComplaintFlow.DEPUTY_GM);
    // the sources' own policy in core names the same approver for the same amount
    assertThat(
            ComplaintCompensationTiers.policy()
                .approverFor(ComplaintHandlingFlow.COMPENSATION)
                .title())
        .isEqualTo(ComplaintFlow.DEPUTY_GM.title());
  }

  @Test
  void theWholeLossIsChargedToTheResponsibleStorekeeper() {
    assertThat(account.lines())
        .contains(
            "  Deduction charged to staff liu.wei: CNY 3000.00",
            "  Borne by the company: CNY 0.00",
            "    [compensation.deduction] staff liu.wei responsible for 100% of 100% of the loss"
                + " CNY 3000.00: CNY 3000.00");
    assertThat(result.compensation().deductions())
        .containsExactly(
            new Deduction(
                ResponsibleParty.staff(ComplaintHandlingFlow.STOREKEEPER),
                Money.parse("CNY 3000.00")));
    assertThat(result.compensation().borneByCompany()).isEqualTo(Money.parse("CNY 0.00"));
  }

  @Test
  void onlyTheDeputyGeneralManagerMayApproveAndNeverTheProposer() {
    assertThat(account.lines())
        .contains(
            "  zhao.min tries to approve the proposal: REFUSED",
            "  chen.jie (Sales department manager) tries to approve: REFUSED",
            "    [workflow.approval.authority] chen.jie holds [Sales department manager (up to CNY"
                + " 999.99)] and no delegation in force on 2024-04-08 covering"
                + " complaint-compensation CNY 3000.00; it needs Deputy general manager or above",
            "  sun.hao (Deputy general manager) approves at 2024-04-08T10:00: ALLOWED, case"
                + " APPROVED");
    assertThat(
            account.lines().stream()
                .filter(l -> l.startsWith("    [workflow.segregation] zhao.min asked for propose")))
        .hasSize(1);
  }

  @Test
  void reportAndCloseDeadlinesCountWorkingDaysAroundQingming() {
    assertThat(account.lines())
        .contains(
            "  Close due 2024-04-10 (6 working days after 2024-04-01)",
            "  Investigation started by li.qiang at 2024-04-01T14:00; report due 2024-04-07",
            "    REMIND KS-2024-031: report-within-3-days started 2024-04-01, due 2024-04-07, else"
                + " escalate to Deputy general manager",
            "  Reported at 2024-04-03T16:00, by the due day 2024-04-07: not a quality problem"
                + " (handling)",
            "    REMIND KS-2024-031: close-within-6-days started 2024-04-01, due 2024-04-10, else"
                + " escalate to Deputy general manager");
  }

  @Test
  void aComplaintNotClosedWithinSixWorkingDaysEscalatesToTheDeputyGeneralManager() {
    assertThat(account.lines())
        .contains(
            "    ESCALATE KS-2024-031: close-within-6-days started 2024-04-01, due 2024-04-10,"
                + " escalate to Deputy general manager",
            "  Customer accepted, case CLOSED at 2024-04-11T15:00: 1 working day(s) after the due"
                + " day 2024-04-10",
            "  Deadlines once closed: none");
    assertThat(result.escalations()).hasSize(1);
    assertThat(result.escalations().get(0).kind()).isEqualTo(DueActionKind.ESCALATE);
    assertThat(result.escalations().get(0).due()).isEqualTo(LocalDate.of(2024, 4, 10));
    assertThat(result.escalations().get(0).escalateTo()).isEqualTo(ComplaintFlow.DEPUTY_GM);
    // the escalation is on the case's record, not only in the watch's answer
    assertThat(result.closed().recordedDueActions()).isEqualTo(result.escalations());
    assertThat(account.lines())
        .contains(
            "    [workflow.due.escalated] wang.fang as Service clerk recorded ESCALATE KS-2024-031:"
                + " close-within-6-days started 2024-04-01, due 2024-04-10, escalate to Deputy"
                + " general manager");
    assertThat(result.closed().state()).isEqualTo(ComplaintFlow.CLOSED);
  }

  @Test
  void theAuditTrailIsIntactAndAnEditedCopyIsCaught() {
    assertThat(account.lines())
        .contains(
            "  #3 2024-04-03T17:00 zhao.min as Customer service manager: requested propose",
            "  #4 2024-04-08T10:00 sun.hao as Deputy general manager: approved propose",
            "  #6 2024-04-11T09:00 wang.fang as Service clerk: escalated close-within-6-days",
            "  #7 2024-04-11T15:00 wang.fang as Service clerk: moved accept",
            "  Verified against the seal kept apart: 8 entries, every hash and link as recorded",
            "  Replayed from its 8 events: the same case");
    assertThat(result.audit().intact()).isTrue();
    assertThat(result.tampered().brokenAt()).contains(3);
    assertThat(result.tampered().problem()).contains(Tampering.EDITED);
    assertThat(account.lines())
        .anyMatch(
            l ->
                l.startsWith(
                    "  A copy with the compensation edited to CNY 300.00: entry 3 edited: its"
                        + " contents no longer match its hash"));
  }

  @Test
  void theAccountIsTheSameOnEveryRun() {
    assertThat(new ComplaintHandlingFlow().run().lines()).isEqualTo(account.lines());
  }
}
