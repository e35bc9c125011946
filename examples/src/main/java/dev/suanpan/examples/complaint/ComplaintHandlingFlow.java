package dev.suanpan.examples.complaint;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.ComplaintCompensationTiers;
import dev.suanpan.core.settlement.complaint.CompensationDecision;
import dev.suanpan.core.settlement.complaint.CompensationPolicy;
import dev.suanpan.core.settlement.complaint.Complaint;
import dev.suanpan.core.settlement.complaint.ComplaintCompensation;
import dev.suanpan.core.settlement.complaint.Deduction;
import dev.suanpan.core.settlement.complaint.Responsibility;
import dev.suanpan.core.settlement.complaint.ResponsibleParty;
import dev.suanpan.examples.policies.PolicyFiles;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.money.Percent;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.DueAction;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.audit.AuditEntry;
import dev.suanpan.workflow.audit.AuditTrail;
import dev.suanpan.workflow.audit.AuditVerification;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import dev.suanpan.workflow.flows.ComplaintFlow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * Complaint handling [001]: a customer complains that tiles arrived cracked, the service department
 * registers it, investigates with the quality inspector and reports within 3 working days; the
 * investigation holds the storekeeper responsible, the customer service manager proposes 3,000 yuan
 * of compensation, which falls in the 1,000-5,000 yuan tier and so needs the deputy general
 * manager; the loss is charged to the storekeeper. The case must close within 6 working days on a
 * calendar with the Qingming holiday (4-6 April 2024, Sunday 7 April worked instead); the customer
 * confirms late, so the deadline escalates to the deputy general manager, and the escalation is
 * recorded on the case as an event. The audit trail of the case is verified, and a tampered copy of
 * it is caught.
 *
 * <p>One tier table ({@link #compensationTiers()}) drives both the core compensation decision and
 * the workflow's approval step, so the two cannot disagree.
 */
public final class ComplaintHandlingFlow implements Flow {
  /** The complaint form's number. */
  public static final String REFERENCE = "KS-2024-031";

  /** The customer who complained. */
  public static final CustomerId CUSTOMER = CustomerId.of("HENGDA-BM");

  /** The storekeeper the investigation held responsible. */
  public static final PersonId STOREKEEPER = PersonId.of("liu.wei");

  /** The compensation proposed: 3,000 yuan. */
  public static final Money COMPENSATION = Money.parse("CNY 3000.00");

  /**
   * The working-day calendar of April 2024: Saturday-Sunday weekend, the Qingming holiday from
   * Thursday 4 to Saturday 6 April, and Sunday 7 April a make-up working day (调休).
   */
  public static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder()
          .addHolidays(LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 6))
          .addMakeUpWorkingDays(LocalDate.of(2024, 4, 7))
          .build();

  private static final Actor CLERK =
      Actor.of(PersonId.of("wang.fang"), ComplaintFlow.SERVICE_CLERK);
  private static final Actor INSPECTOR =
      Actor.of(PersonId.of("li.qiang"), ComplaintFlow.QUALITY_INSPECTOR);
  private static final Actor SERVICE_HEAD =
      Actor.of(PersonId.of("zhao.min"), ComplaintFlow.SERVICE_HEAD);
  private static final Actor SALES_MANAGER =
      Actor.of(PersonId.of("chen.jie"), ComplaintFlow.SALES_DEPARTMENT_MANAGER);
  private static final Actor DEPUTY_GM = Actor.of(PersonId.of("sun.hao"), ComplaintFlow.DEPUTY_GM);

  private static final LocalDateTime REGISTERED_AT = LocalDateTime.of(2024, 4, 1, 9, 30);

  /**
   * The sources' compensation tiers [001 第二十七条]: under 1,000 yuan the sales department manager,
   * 1,000 to 5,000 inclusive the deputy general manager, over 5,000 the general manager; filed by
   * the customer service manager; the whole loss charged to whoever is held responsible. Loaded
   * from {@code complaint-compensation-tiers.yaml} ({@link PolicyFiles}), which is core's {@link
   * ComplaintCompensationTiers#policy()}: the workflow's complaint roles are core's roles, so the
   * same policy drives the workflow's approval step.
   */
  public static CompensationPolicy compensationTiers() {
    return PolicyFiles.complaintCompensationTiers();
  }

  /**
   * What the flow ends with, for a caller that wants the values behind the printed account.
   *
   * @param account the printed account
   * @param compensation the core decision on the compensation and its deductions
   * @param closed the complaint case once closed
   * @param escalations what the deadlines called for on the morning after the close deadline
   * @param audit the verification of the closed case's audit trail
   * @param tampered the verification of a copy of that trail with one entry edited
   */
  public record Result(
      FlowReport account,
      CompensationDecision compensation,
      WorkflowCase closed,
      ImmutableList<DueAction> escalations,
      AuditVerification audit,
      AuditVerification tampered) {}

  @Override
  public FlowReport run() {
    return play().account();
  }

  /** Runs the flow and returns its account with the values behind it. */
  public Result play() {
    CompensationPolicy tiers = compensationTiers();
    Workflow complaints = Workflow.of(ComplaintFlow.definition(tiers.authority(), 3, 6));
    Escalation deadlines = Escalation.of(complaints.definition(), CALENDAR);
    FlowReport.Builder account =
        FlowReport.titled("Complaint handling: 3,000 yuan of compensation");

    account
        .step("Register the complaint")
        .line(
            "Calendar: Qingming holiday 2024-04-04 to 2024-04-06, Sunday 2024-04-07 worked"
                + " instead");
    WorkflowCase c =
        complaints
            .open(
                CaseId.of(REFERENCE),
                Command.open(CLERK, REGISTERED_AT)
                    .with(ComplaintFlow.CUSTOMER, "Hengda Building Materials (" + CUSTOMER + ")")
                    .with(
                        ComplaintFlow.COMPLAINT,
                        "18 of 240 glazed floor tiles cracked on delivery of order XS-0412"))
            .caseAfter();
    account
        .line("%s registered by %s at %s", REFERENCE, CLERK.person(), REGISTERED_AT)
        .line("Complaint: %s", c.fact(ComplaintFlow.COMPLAINT).orElseThrow())
        .line(
            "Close due %s (6 working days after %s)",
            CALENDAR.plusWorkingDays(REGISTERED_AT.toLocalDate(), 6), REGISTERED_AT.toLocalDate());

    account.step("Investigate with the quality inspector, report within 3 working days");
    LocalDateTime investigated = LocalDateTime.of(2024, 4, 1, 14, 0);
    c = complaints.handle(c, Command.fire("investigate", INSPECTOR, investigated)).caseAfter();
    account.line(
        "Investigation started by %s at %s; report due %s",
        INSPECTOR.person(), investigated, CALENDAR.plusWorkingDays(investigated.toLocalDate(), 3));
    LocalDateTime wednesdayMorning = LocalDateTime.of(2024, 4, 3, 9, 0);
    account.line("Deadlines on %s:", wednesdayMorning);
    deadlines.check(c, wednesdayMorning).forEach(d -> account.line("  %s", d));
    LocalDateTime reported = LocalDateTime.of(2024, 4, 3, 16, 0);
    c =
        complaints
            .handle(
                c,
                Command.fire("report", INSPECTOR, reported)
                    .with(ComplaintFlow.QUALITY_PROBLEM, false)
                    .with(
                        ComplaintFlow.RESPONSIBLE,
                        "storekeeper " + STOREKEEPER + ": pallets loaded without edge guards"))
            .caseAfter();
    account
        .line(
            "Reported at %s, by the due day %s: not a quality problem (handling)",
            reported, CALENDAR.plusWorkingDays(investigated.toLocalDate(), 3))
        .line("Responsible: %s", c.fact(ComplaintFlow.RESPONSIBLE).orElseThrow());

    account.step("Compensation: the approval tier and who bears the loss");
    CompensationDecision money =
        ComplaintCompensation.of(tiers)
            .decide(
                Complaint.builder()
                    .reference(REFERENCE)
                    .customer(CUSTOMER)
                    .compensation(COMPENSATION)
                    .addResponsible(
                        Responsibility.of(ResponsibleParty.staff(STOREKEEPER), Percent.HUNDRED))
                    .build());
    account
        .line("Compensation %s, loss %s", money.compensation(), money.loss())
        .line(
            "Decision: %s, approver %s",
            money.outcome(), money.requiredApprover().orElseThrow().title());
    for (Deduction d : money.deductions()) {
      account.line("Deduction charged to %s: %s", d.party(), d.amount());
    }
    account.line("Borne by the company: %s", money.borneByCompany()).block(money.explanation());

    account.step("Propose the handling and get it approved");
    LocalDateTime proposed = LocalDateTime.of(2024, 4, 3, 17, 0);
    CaseStep asked =
        complaints.handle(
            c,
            Command.fire("propose", SERVICE_HEAD, proposed)
                .with(ComplaintFlow.HANDLING, "compensation")
                .with(ComplaintFlow.COMPENSATION, COMPENSATION));
    account
        .line(
            "%s proposed compensation of %s: %s, waits for %s",
            SERVICE_HEAD.person(),
            COMPENSATION,
            asked.outcome(),
            asked.requiredApprover().orElseThrow().title())
        .block(asked.explanation());
    c = asked.caseAfter();
    LocalDateTime mondayMorning = LocalDateTime.of(2024, 4, 8, 9, 0);
    CaseStep ownApproval = complaints.handle(c, Command.approve(SERVICE_HEAD, mondayMorning));
    account
        .line("%s tries to approve the proposal: %s", SERVICE_HEAD.person(), ownApproval.outcome())
        .block(ownApproval.explanation());
    CaseStep managerApproval =
        complaints.handle(c, Command.approve(SALES_MANAGER, mondayMorning.plusMinutes(15)));
    account
        .line(
            "%s (%s) tries to approve: %s",
            SALES_MANAGER.person(),
            ComplaintFlow.SALES_DEPARTMENT_MANAGER.title(),
            managerApproval.outcome())
        .block(managerApproval.explanation());
    LocalDateTime approvedAt = LocalDateTime.of(2024, 4, 8, 10, 0);
    CaseStep approved = complaints.handle(c, Command.approve(DEPUTY_GM, approvedAt));
    account
        .line(
            "%s (%s) approves at %s: %s, case %s",
            DEPUTY_GM.person(),
            ComplaintFlow.DEPUTY_GM.title(),
            approvedAt,
            approved.outcome(),
            approved.caseAfter().state())
        .block(approved.explanation());
    c = approved.caseAfter();

    account.step("Answer the customer and watch the 6-day deadline");
    LocalDateTime answered = LocalDateTime.of(2024, 4, 9, 11, 0);
    c =
        complaints
            .handle(
                c,
                Command.fire("answer", CLERK, answered)
                    .with(ComplaintFlow.ANSWER_CHANNEL, "letter"))
            .caseAfter();
    account.line("Customer answered by letter at %s (never the internal form)", answered);
    account.line("Deadlines on %s:", answered);
    deadlines.check(c, answered).forEach(d -> account.line("  %s", d));
    LocalDateTime lateMorning = LocalDateTime.of(2024, 4, 11, 9, 0);
    ImmutableList<DueAction> escalations = deadlines.check(c, lateMorning);
    account.line("Deadlines on %s, the customer has not confirmed:", lateMorning);
    escalations.forEach(d -> account.line("  %s", d));
    for (DueAction d : deadlines.notYetRecorded(c, lateMorning)) {
      CaseStep recorded = deadlines.record(c, d, CLERK, lateMorning);
      account.line("  recorded on the case: %s", recorded.outcome()).block(recorded.explanation());
      c = recorded.caseAfter();
    }
    LocalDateTime closedAt = LocalDateTime.of(2024, 4, 11, 15, 0);
    c = complaints.handle(c, Command.fire("accept", CLERK, closedAt)).caseAfter();
    LocalDate due = CALENDAR.plusWorkingDays(REGISTERED_AT.toLocalDate(), 6);
    account
        .line(
            "Customer accepted, case %s at %s: %d working day(s) after the due day %s",
            c.state(), closedAt, CALENDAR.workingDaysBetween(due, closedAt.toLocalDate()), due)
        .line(
            "Deadlines once closed: %s",
            deadlines.check(c, closedAt).isEmpty() ? "none" : deadlines.check(c, closedAt));

    account.step("Audit trail");
    AuditTrail trail = c.auditTrail();
    for (AuditEntry e : trail.entries()) {
      account.line("#%d %s %s: %s", e.index(), e.at(), e.actor(), e.action());
    }
    AuditVerification audit = AuditTrail.restore(trail.entries(), trail.seal()).verify();
    account.line("Verified against the seal kept apart: %s", audit);
    AuditVerification tampered =
        AuditTrail.restore(lowerTheCompensation(trail.entries()), trail.seal()).verify();
    account
        .line("A copy with the compensation edited to CNY 300.00: %s", tampered)
        .line(
            "Replayed from its %d events: %s",
            c.history().size(),
            complaints.replay(c.history()).equals(c) ? "the same case" : "a different case");

    return new Result(account.build(), money, c, escalations, audit, tampered);
  }

  /** The trail's entries with every compensation of 3,000 yuan rewritten to 300. */
  private static List<AuditEntry> lowerTheCompensation(List<AuditEntry> entries) {
    List<AuditEntry> out = new ArrayList<>();
    String key = ComplaintFlow.COMPENSATION.name();
    for (AuditEntry e : entries) {
      if (e.changes().containsKey(key)) {
        Map<String, String> changes = new LinkedHashMap<>(e.changes());
        changes.put(key, "CNY 300.00");
        out.add(AuditEntry.builder().from(e).changes(ImmutableSortedMap.copyOf(changes)).build());
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
