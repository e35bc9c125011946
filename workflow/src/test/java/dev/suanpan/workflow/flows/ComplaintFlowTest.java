package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.ComplaintFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.testkit.SuanpanAssertions;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Delegation;
import dev.suanpan.workflow.DueAction;
import dev.suanpan.workflow.DueActionKind;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.EventKind;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ComplaintFlowTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Workflow FLOW = Workflow.of(definition());
  static final Actor CLERK = Actor.of(PersonId.of("wang"), SERVICE_CLERK);
  static final Actor INSPECTOR = Actor.of(PersonId.of("li"), QUALITY_INSPECTOR);
  static final Actor HEAD = Actor.of(PersonId.of("zhao"), SERVICE_HEAD);
  static final Actor MANAGER = Actor.of(PersonId.of("chen"), SALES_MANAGER);
  static final Actor DEPUTY = Actor.of(PersonId.of("sun"), DEPUTY_GM);
  static final Actor BOSS = Actor.of(PersonId.of("zhou"), GENERAL_MANAGER);
  // Monday 4 March 2024
  static final LocalDateTime MON = LocalDateTime.of(2024, 3, 4, 9, 0);

  static Money cny(String amount) {
    return Money.of(CNY, new BigDecimal(amount));
  }

  static WorkflowCase reported() {
    WorkflowCase c =
        FLOW.open(
                CaseId.of("C-1"),
                Command.open(CLERK, MON)
                    .with(CUSTOMER, "Hengda Trading")
                    .with(COMPLAINT, "12 of 200 tiles cracked on arrival"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("investigate", INSPECTOR, MON.plusHours(2))).caseAfter();
    return FLOW.handle(
            c,
            Command.fire("report", INSPECTOR, MON.plusDays(1))
                .with(QUALITY_PROBLEM, false)
                .with(RESPONSIBLE, "transport"))
        .caseAfter();
  }

  static CaseStep propose(WorkflowCase c, String amount) {
    return FLOW.handle(
        c,
        Command.fire("propose", HEAD, MON.plusDays(1).plusHours(3))
            .with(HANDLING, "compensation")
            .with(COMPENSATION, cny(amount)));
  }

  @Test
  void complaintGoesFromRegistrationToClosedWithCompensationApprovedByTheManager() {
    CaseStep asked = propose(reported(), "800.00");
    SuanpanAssertions.assertThat(asked)
        .needsApprovalBy(SALES_MANAGER)
        .firedRule("workflow.approval.requested");
    CaseStep approved = FLOW.handle(asked.caseAfter(), Command.approve(MANAGER, MON.plusDays(2)));
    SuanpanAssertions.assertThat(approved).isAllowed().firedRule("workflow.approval.granted");
    WorkflowCase c = approved.caseAfter();
    assertThat(c.state()).isEqualTo(APPROVED);
    assertThat(c.fact(COMPENSATION)).contains(cny("800.00"));
    c =
        FLOW.handle(
                c, Command.fire("answer", CLERK, MON.plusDays(2)).with(ANSWER_CHANNEL, "letter"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("accept", CLERK, MON.plusDays(3))).caseAfter();
    assertThat(c.state()).isEqualTo(CLOSED);
    assertThat(c.history())
        .extracting(e -> e.kind())
        .containsExactly(
            EventKind.OPENED,
            EventKind.MOVED,
            EventKind.MOVED,
            EventKind.REQUESTED,
            EventKind.APPROVED,
            EventKind.MOVED,
            EventKind.MOVED);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
    assertThat(c.auditTrail().verify().intact()).isTrue();
    assertThat(c.auditTrail().entries()).hasSize(7);
    assertThat(c.auditTrail().entries().get(4).actor())
        .isEqualTo("chen as Sales department manager");
  }

  @Test
  void compensationTiersFollowTheAmount() {
    WorkflowCase c = reported();
    SuanpanAssertions.assertThat(propose(c, "999.99")).needsApprovalBy(SALES_MANAGER);
    SuanpanAssertions.assertThat(propose(c, "1000.00")).needsApprovalBy(DEPUTY_GM);
    SuanpanAssertions.assertThat(propose(c, "5000.00")).needsApprovalBy(DEPUTY_GM);
    SuanpanAssertions.assertThat(propose(c, "5000.01")).needsApprovalBy(GENERAL_MANAGER);
  }

  @Test
  void salesManagerCannotApproveThreeThousandYuan() {
    WorkflowCase asked = propose(reported(), "3000.00").caseAfter();
    CaseStep byManager = FLOW.handle(asked, Command.approve(MANAGER, MON.plusDays(2)));
    SuanpanAssertions.assertThat(byManager).isRefused().firedRule("workflow.approval.authority");
    assertThat(byManager.requiredApprover()).contains(DEPUTY_GM);
    assertThat(byManager.explanation().toString()).contains("CNY 3000.00").contains("CNY 999.99");
    assertThat(byManager.nextCase()).isEmpty();
    SuanpanAssertions.assertThat(FLOW.handle(asked, Command.approve(DEPUTY, MON.plusDays(2))))
        .isAllowed();
    SuanpanAssertions.assertThat(FLOW.handle(asked, Command.approve(BOSS, MON.plusDays(2))))
        .isAllowed();
  }

  @Test
  void whoeverProposedCannotApproveEvenWithTheAuthority() {
    Actor headWhoIsAlsoDeputy =
        Actor.builder().person(PersonId.of("zhao")).addRoles(SERVICE_HEAD, DEPUTY_GM).build();
    WorkflowCase asked =
        FLOW.handle(
                reported(),
                Command.fire("propose", headWhoIsAlsoDeputy, MON.plusDays(1))
                    .with(HANDLING, "compensation")
                    .with(COMPENSATION, cny("3000.00")))
            .caseAfter();
    CaseStep self = FLOW.handle(asked, Command.approve(headWhoIsAlsoDeputy, MON.plusDays(2)));
    SuanpanAssertions.assertThat(self).isRefused().firedRule("workflow.segregation");
  }

  @Test
  void deputyAbsentDelegatesToTheManagerWithinTheDeputysOwnAuthority() {
    Delegation leave =
        Delegation.builder()
            .delegator(DEPUTY.person())
            .delegatorRole(DEPUTY_GM)
            .delegate(MANAGER.person())
            .from(LocalDate.of(2024, 3, 5))
            .to(LocalDate.of(2024, 3, 8))
            .subject(COMPENSATION_APPROVAL)
            .build();
    Actor standIn =
        Actor.builder()
            .person(MANAGER.person())
            .addRoles(SALES_MANAGER)
            .addDelegations(leave)
            .build();
    WorkflowCase threeThousand = propose(reported(), "3000.00").caseAfter();
    CaseStep during = FLOW.handle(threeThousand, Command.approve(standIn, MON.plusDays(2)));
    SuanpanAssertions.assertThat(during).isAllowed();
    assertThat(during.events().get(0).role()).isEqualTo(DEPUTY_GM);
    assertThat(during.events().get(0).onBehalfOf()).contains(DEPUTY.person());

    CaseStep after = FLOW.handle(threeThousand, Command.approve(standIn, MON.plusDays(5)));
    SuanpanAssertions.assertThat(after).isRefused().firedRule("workflow.approval.authority");

    WorkflowCase eightThousand = propose(reported(), "8000.00").caseAfter();
    SuanpanAssertions.assertThat(
            FLOW.handle(eightThousand, Command.approve(standIn, MON.plusDays(2))))
        .isRefused()
        .firedRule("workflow.approval.authority");
  }

  @Test
  void delegationCappedAboveTheDelegatorsOwnAuthorityIsRejected() {
    Delegation tooMuch =
        Delegation.builder()
            .delegator(DEPUTY.person())
            .delegatorRole(DEPUTY_GM)
            .delegate(MANAGER.person())
            .from(LocalDate.of(2024, 3, 5))
            .to(LocalDate.of(2024, 3, 8))
            .cap(Limit.upToAmount(cny("9000.00")))
            .build();
    Actor standIn =
        Actor.builder()
            .person(MANAGER.person())
            .addRoles(SALES_MANAGER)
            .addDelegations(tooMuch)
            .build();
    WorkflowCase asked = propose(reported(), "3000.00").caseAfter();
    assertThatThrownBy(() -> FLOW.handle(asked, Command.approve(standIn, MON.plusDays(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above the delegator's own up to CNY 5000.00");
  }

  @Test
  void customerIsNeverSentTheInternalForm() {
    WorkflowCase approved =
        FLOW.handle(
                propose(reported(), "800.00").caseAfter(),
                Command.approve(MANAGER, MON.plusDays(2)))
            .caseAfter();
    CaseStep internal =
        FLOW.handle(
            approved,
            Command.fire("answer", CLERK, MON.plusDays(2)).with(ANSWER_CHANNEL, "internal-form"));
    SuanpanAssertions.assertThat(internal).isRefused().firedRule("complaint.answer-channel");
  }

  @Test
  void reportCannotSkipTheInvestigationAndNeedsTheResponsibility() {
    WorkflowCase registered =
        FLOW.open(
                CaseId.of("C-2"),
                Command.open(CLERK, MON).with(CUSTOMER, "Hengda").with(COMPLAINT, "late delivery"))
            .caseAfter();
    CaseStep skip = FLOW.handle(registered, Command.fire("report", INSPECTOR, MON));
    SuanpanAssertions.assertThat(skip).isRefused().firedRule("workflow.transition.state");
    WorkflowCase investigating =
        FLOW.handle(registered, Command.fire("investigate", INSPECTOR, MON)).caseAfter();
    CaseStep bare = FLOW.handle(investigating, Command.fire("report", INSPECTOR, MON));
    SuanpanAssertions.assertThat(bare)
        .isRefused()
        .firedRule("complaint.class")
        .firedRule("complaint.responsibility");
    CaseStep clerk =
        FLOW.handle(investigating, Command.fire("report", CLERK, MON).with(RESPONSIBLE, "x"));
    SuanpanAssertions.assertThat(clerk).isRefused().firedRule("workflow.role");
  }

  @Test
  void openingNeedsTheCustomerAndARoleThatMayRegister() {
    SuanpanAssertions.assertThat(FLOW.open(CaseId.of("C-3"), Command.open(CLERK, MON)))
        .isRefused()
        .firedRule("complaint.customer");
    SuanpanAssertions.assertThat(
            FLOW.open(
                CaseId.of("C-3"),
                Command.open(MANAGER, MON).with(CUSTOMER, "x").with(COMPLAINT, "y")))
        .isRefused()
        .firedRule("workflow.role");
  }

  @Test
  void customerRejectsAndANewRoundStartsWithTheOldOneAttached() {
    WorkflowCase c =
        FLOW.handle(
                propose(reported(), "800.00").caseAfter(),
                Command.approve(MANAGER, MON.plusDays(2)))
            .caseAfter();
    c =
        FLOW.handle(c, Command.fire("answer", CLERK, MON.plusDays(2)).with(ANSWER_CHANNEL, "phone"))
            .caseAfter();
    SuanpanAssertions.assertThat(
            FLOW.openNextRound(c, CaseId.of("C-1/2"), Command.open(CLERK, MON.plusDays(3))))
        .isRefused()
        .firedRule("workflow.round.not-reopenable");
    WorkflowCase rejected =
        FLOW.handle(c, Command.fire("customer-rejects", CLERK, MON.plusDays(3))).caseAfter();
    assertThat(rejected.state()).isEqualTo(CUSTOMER_REJECTED);
    CaseStep second =
        FLOW.openNextRound(rejected, CaseId.of("C-1/2"), Command.open(CLERK, MON.plusDays(3)));
    WorkflowCase round2 = second.caseAfter();
    assertThat(round2.round()).isEqualTo(2);
    assertThat(round2.previousRound()).contains(rejected);
    assertThat(round2.state()).isEqualTo(REGISTERED);
    assertThat(round2.fact(CUSTOMER)).contains("Hengda Trading");
    assertThat(FLOW.replay(round2.history())).isEqualTo(round2);
    assertThat(round2.auditTrail().entries().get(0).changes().get("previous-round"))
        .startsWith("C-1 sealed " + rejected.auditTrail().seal().head());
  }

  @Test
  void reportIsRemindedOnTheThirdDayAndEscalatedAfterIt() {
    // 2024 Qingming: Thu 4 April to Sat 6 April off, Sun 7 April a make-up working day.
    BusinessCalendar calendar =
        BusinessCalendar.builder()
            .addHolidays(LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 5))
            .addMakeUpWorkingDays(LocalDate.of(2024, 4, 7))
            .build();
    Escalation watch = Escalation.of(FLOW.definition(), calendar);
    LocalDateTime wed = LocalDateTime.of(2024, 4, 3, 10, 0);
    WorkflowCase c =
        FLOW.open(
                CaseId.of("C-9"), Command.open(CLERK, wed).with(CUSTOMER, "x").with(COMPLAINT, "y"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("investigate", INSPECTOR, wed)).caseAfter();
    // Working days after Wed 3 April: Sun 7, Mon 8, Tue 9: the report is due on Tue 9 April.
    assertThat(watch.check(c, wed.plusDays(1))).isEmpty();
    List<DueAction> monday = watch.check(c, LocalDateTime.of(2024, 4, 8, 9, 0));
    assertThat(monday)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.REMIND);
              assertThat(a.deadline()).isEqualTo("report-within-3-days");
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 4, 9));
            });
    List<DueAction> wednesday = watch.check(c, LocalDateTime.of(2024, 4, 10, 9, 0));
    assertThat(wednesday)
        .extracting(DueAction::kind, DueAction::deadline, DueAction::escalateTo)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                DueActionKind.ESCALATE, "report-within-3-days", DEPUTY_GM));
    // Close within 6 working days of Wed 3 April: Sun 7, 8, 9, 10, 11, 12 -> due Fri 12 April.
    assertThat(watch.check(c, LocalDateTime.of(2024, 4, 13, 9, 0)))
        .filteredOn(a -> a.deadline().equals("close-within-6-days"))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.ESCALATE);
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 4, 12));
            });
  }

  @Test
  void closedCaseCallsForNothingAndAcceptsNoMoreCommands() {
    WorkflowCase c =
        FLOW.handle(
                propose(reported(), "800.00").caseAfter(),
                Command.approve(MANAGER, MON.plusDays(2)))
            .caseAfter();
    c =
        FLOW.handle(c, Command.fire("answer", CLERK, MON.plusDays(2)).with(ANSWER_CHANNEL, "phone"))
            .caseAfter();
    c = FLOW.handle(c, Command.fire("accept", CLERK, MON.plusDays(3))).caseAfter();
    assertThat(
            Escalation.of(FLOW.definition(), BusinessCalendar.weekdays())
                .check(c, MON.plusDays(30)))
        .isEmpty();
    SuanpanAssertions.assertThat(FLOW.handle(c, Command.fire("answer", CLERK, MON.plusDays(4))))
        .isRefused()
        .firedRule("workflow.state.ended");
  }

  @Test
  void commandDatedBeforeTheLastEventIsMisuse() {
    WorkflowCase c = reported();
    assertThatThrownBy(() -> FLOW.handle(c, Command.fire("propose", HEAD, MON)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the case's last event");
  }
}
