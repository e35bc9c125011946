package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.ComplaintFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.testkit.SuanpanAssertions;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.DueAction;
import dev.suanpan.workflow.DueActionKind;
import dev.suanpan.workflow.DueDate;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.EventKind;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditTrail;
import dev.suanpan.workflow.audit.AuditVerification;
import dev.suanpan.workflow.audit.Tampering;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines as data: their current due days, and reminders and escalations recorded as events. */
class DeadlineRecordTest {
  static final Escalation WATCH =
      Escalation.of(ComplaintFlowTest.FLOW.definition(), BusinessCalendar.weekdays());
  // Wednesday 13 March 2024, the day after the 6-working-day close deadline of a complaint
  // registered on Monday 4 March
  static final LocalDateTime WED_13 = LocalDateTime.of(2024, 3, 13, 9, 0);

  @Test
  void dueDatesListTheRunningDeadlinesWithTheirDueAndReminderDays() {
    WorkflowCase investigating =
        ComplaintFlowTest.FLOW
            .open(
                CaseId.of("C-7"),
                Command.open(ComplaintFlowTest.CLERK, ComplaintFlowTest.MON)
                    .with(CUSTOMER, "Hengda Trading")
                    .with(COMPLAINT, "tiles cracked"))
            .caseAfter();
    assertThat(WATCH.dueDates(investigating))
        .extracting(DueDate::deadline)
        .containsExactly("close-within-6-days");
    investigating =
        ComplaintFlowTest.FLOW
            .handle(
                investigating,
                Command.fire(
                    "investigate", ComplaintFlowTest.INSPECTOR, ComplaintFlowTest.MON.plusHours(2)))
            .caseAfter();
    List<DueDate> due = WATCH.dueDates(investigating);
    assertThat(due).hasSize(2);
    // report within 3 working days of Monday 4 March: Thursday 7 March, reminded from Wednesday
    assertThat(due.get(0).deadline()).isEqualTo("report-within-3-days");
    assertThat(due.get(0).started()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(due.get(0).due()).isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(due.get(0).remindFrom()).contains(LocalDate.of(2024, 3, 6));
    assertThat(due.get(0).escalateTo()).isEqualTo(DEPUTY_GM);
    // close within 6 working days: Tuesday 12 March, over the weekend, reminded from Monday 11
    assertThat(due.get(1).due()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(due.get(1).remindFrom()).contains(LocalDate.of(2024, 3, 11));
    assertThat(due.get(1).missedOn(LocalDate.of(2024, 3, 12))).isFalse();
    assertThat(due.get(1).missedOn(LocalDate.of(2024, 3, 13))).isTrue();
    // once reported, only the close deadline runs
    assertThat(WATCH.dueDates(ComplaintFlowTest.reported()))
        .extracting(DueDate::deadline)
        .containsExactly("close-within-6-days");
  }

  @Test
  void anEscalationIsRecordedAsAnEventWhileTheApprovalKeepsWaiting() {
    CaseStep asked = ComplaintFlowTest.propose(ComplaintFlowTest.reported(), "3000.00");
    WorkflowCase waiting = asked.caseAfter();
    List<DueAction> calledFor = WATCH.check(waiting, WED_13);
    assertThat(calledFor)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.ESCALATE);
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 3, 12));
            });
    DueAction overdue = calledFor.get(0);

    CaseStep recorded = WATCH.record(waiting, overdue, ComplaintFlowTest.CLERK, WED_13);
    SuanpanAssertions.assertThat(recorded).isAllowed().firedRule("workflow.due.escalated");
    WorkflowCase escalated = recorded.caseAfter();
    assertThat(escalated.state()).isEqualTo(REPORTED);
    assertThat(escalated.facts()).isEqualTo(waiting.facts());
    assertThat(escalated.pending()).isEqualTo(waiting.pending());
    assertThat(escalated.recordedDueActions()).containsExactly(overdue);
    assertThat(recorded.events())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(EventKind.ESCALATED);
              assertThat(e.action()).isEqualTo("close-within-6-days");
              assertThat(e.role()).isEqualTo(SERVICE_CLERK);
            });

    AuditEntry entry = escalated.auditTrail().entries().get(escalated.history().size() - 1);
    assertThat(entry.action()).isEqualTo("escalated close-within-6-days");
    assertThat(entry.actor()).isEqualTo("wang as Service clerk");
    assertThat(entry.changes())
        .containsEntry("deadline", "close-within-6-days")
        .containsEntry("due", "2024-03-12")
        .containsEntry("escalate-to", "Deputy general manager")
        .containsEntry("state", "REPORTED -> REPORTED");
    assertThat(ComplaintFlowTest.FLOW.replay(escalated.history())).isEqualTo(escalated);

    // still called for, but no longer waiting to be recorded; recording it twice is refused
    assertThat(WATCH.check(escalated, WED_13)).containsExactly(overdue);
    assertThat(WATCH.notYetRecorded(escalated, WED_13)).isEmpty();
    SuanpanAssertions.assertThat(
            WATCH.record(escalated, overdue, ComplaintFlowTest.CLERK, WED_13.plusHours(1)))
        .isRefused()
        .firedRule("workflow.due.recorded");

    // the deputy GM, told of it, approves the request that kept waiting
    CaseStep approved =
        ComplaintFlowTest.FLOW.handle(
            escalated, Command.approve(ComplaintFlowTest.DEPUTY, WED_13.plusHours(2)));
    SuanpanAssertions.assertThat(approved).isAllowed();
    assertThat(approved.caseAfter().state()).isEqualTo(APPROVED);
    assertThat(approved.caseAfter().recordedDueActions()).containsExactly(overdue);
  }

  @Test
  void anEditedOrDeletedEscalationIsCaughtByTheAuditTrail() {
    WorkflowCase waiting =
        ComplaintFlowTest.propose(ComplaintFlowTest.reported(), "3000.00").caseAfter();
    DueAction overdue = WATCH.check(waiting, WED_13).get(0);
    WorkflowCase escalated =
        WATCH.record(waiting, overdue, ComplaintFlowTest.CLERK, WED_13).caseAfter();
    AuditTrail trail = escalated.auditTrail();
    int last = trail.entries().size() - 1;

    List<AuditEntry> edited = new ArrayList<>(trail.entries());
    AuditEntry e = edited.get(last);
    var changes = new java.util.TreeMap<>(e.changes());
    changes.put("due", "2024-03-14");
    edited.set(
        last,
        AuditEntry.builder()
            .from(e)
            .changes(com.google.common.collect.ImmutableSortedMap.copyOf(changes))
            .build());
    AuditVerification v = AuditTrail.restore(edited, trail.seal()).verify();
    assertThat(v.brokenAt()).contains(last);
    assertThat(v.problem()).contains(Tampering.EDITED);

    List<AuditEntry> deleted = new ArrayList<>(trail.entries());
    deleted.remove(last);
    assertThat(AuditTrail.restore(deleted, trail.seal()).verify().intact()).isFalse();
  }

  @Test
  void onlyWhatTheDeadlinesCallForMayBeRecordedAndOnlyBySomeoneInTheFlow() {
    WorkflowCase waiting =
        ComplaintFlowTest.propose(ComplaintFlowTest.reported(), "3000.00").caseAfter();
    DueAction overdue = WATCH.check(waiting, WED_13).get(0);
    // on Friday 8 March nothing is due yet
    LocalDateTime fri8 = LocalDateTime.of(2024, 3, 8, 9, 0);
    SuanpanAssertions.assertThat(WATCH.record(waiting, overdue, ComplaintFlowTest.CLERK, fri8))
        .isRefused()
        .firedRule("workflow.due.not-due");
    // on Monday 11 March a reminder is due, not yet the escalation
    LocalDateTime mon11 = LocalDateTime.of(2024, 3, 11, 9, 0);
    assertThat(WATCH.check(waiting, mon11))
        .singleElement()
        .extracting(DueAction::kind)
        .isEqualTo(DueActionKind.REMIND);
    SuanpanAssertions.assertThat(WATCH.record(waiting, overdue, ComplaintFlowTest.CLERK, mon11))
        .isRefused()
        .firedRule("workflow.due.not-due");
    WorkflowCase reminded =
        WATCH
            .record(waiting, WATCH.check(waiting, mon11).get(0), ComplaintFlowTest.CLERK, mon11)
            .caseAfter();
    assertThat(reminded.history().get(reminded.history().size() - 1).kind())
        .isEqualTo(EventKind.REMINDED);
    // the escalation two days later is a separate record
    assertThat(WATCH.notYetRecorded(reminded, WED_13)).containsExactly(overdue);

    Actor outsider = Actor.of(PersonId.of("xu"), Role.of("WAREHOUSE_KEEPER", "Warehouse keeper"));
    SuanpanAssertions.assertThat(WATCH.record(waiting, overdue, outsider, WED_13))
        .isRefused()
        .firedRule("workflow.role");
    assertThatThrownBy(
            () -> WATCH.record(waiting, overdue, ComplaintFlowTest.CLERK, fri8.minusDays(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the case's last event");
  }

  @Test
  void recordingThatARepairWasLeftUntouchedDoesNotTouchIt() {
    Escalation watch =
        Escalation.of(RepairOrderFlowTest.FLOW.definition(), BusinessCalendar.weekdays());
    WorkflowCase c =
        RepairOrderFlowTest.step(
            RepairOrderFlowTest.received(false),
            Command.fire("diagnose", RepairOrderFlowTest.TECH, RepairOrderFlowTest.T.plusDays(1))
                .with(RepairOrderFlow.DIAGNOSIS, "battery"));
    LocalDateTime sun9 = LocalDateTime.of(2024, 6, 9, 8, 0);
    DueAction reminder = watch.check(c, sun9).get(0);
    WorkflowCase reminded = watch.record(c, reminder, RepairOrderFlowTest.DESK, sun9).caseAfter();
    assertThat(watch.dueDates(reminded)).isEqualTo(watch.dueDates(c));
    LocalDateTime wed12 = LocalDateTime.of(2024, 6, 12, 8, 0);
    assertThat(watch.check(reminded, wed12))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.ESCALATE);
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 6, 11));
            });
    assertThat(RepairOrderFlowTest.FLOW.replay(reminded.history())).isEqualTo(reminded);
  }
}
