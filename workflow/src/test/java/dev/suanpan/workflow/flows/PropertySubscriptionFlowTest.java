package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.PropertySubscriptionFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyCollectedOnBehalf;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.testkit.SuanpanAssertions;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.DueAction;
import dev.suanpan.workflow.DueActionKind;
import dev.suanpan.workflow.Escalation;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PropertySubscriptionFlowTest {
  static final Workflow FLOW = Workflow.of(definition());
  static final Actor CONSULT = Actor.of(PersonId.of("yang"), CONSULTANT);
  static final Actor MANAGER = Actor.of(PersonId.of("wu"), SALES_MANAGER);
  static final Actor DIRECTOR = Actor.of(PersonId.of("zheng"), MARKETING_DIRECTOR);
  static final Actor BOSS = Actor.of(PersonId.of("zhou"), GENERAL_MANAGER);
  static final Actor ADMIN = Actor.of(PersonId.of("lin"), CONTRACT_ADMIN);
  static final LocalDateTime T = LocalDateTime.of(2024, 9, 2, 10, 0);

  static Money cny(String amount) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(amount));
  }

  static WorkflowCase step(WorkflowCase c, Command command) {
    CaseStep s = FLOW.handle(c, command);
    assertThat(s.nextCase()).as(s.toString()).isPresent();
    return s.caseAfter();
  }

  static WorkflowCase subscribed() {
    WorkflowCase c =
        FLOW.open(
                CaseId.of("S-101"),
                Command.open(CONSULT, T).with(BUYER, "Mr Tang").with(PLEDGE, cny("20000.00")))
            .caseAfter();
    CaseStep card = FLOW.handle(c, Command.fire("issue-vip-card", CONSULT, T));
    SuanpanAssertions.assertThat(card).needsApprovalBy(SALES_MANAGER);
    c = step(card.caseAfter(), Command.approve(MANAGER, T.plusHours(1)));
    return step(
        c,
        Command.fire("subscribe", CONSULT, T.plusDays(10))
            .with(UNIT, "3-1102")
            .with(PRICE, cny("1280000.00")));
  }

  static CaseStep defer(WorkflowCase c, long days, boolean keepsDiscount) {
    return FLOW.handle(
        c,
        Command.fire("defer-signing", CONSULT, T.plusDays(11))
            .with(DEFERRAL_DAYS, days)
            .with(KEEPS_DISCOUNT, keepsDiscount)
            .with(PROJECT_UNITS, 400L)
            .with(PROJECT_DEFERRALS, 20L));
  }

  @Test
  void pledgeSubscriptionContractRegistrationAndHandover() {
    WorkflowCase c = subscribed();
    c = step(c, Command.fire("sign-contract", CONSULT, T.plusDays(14)));
    c = step(c, Command.fire("register", ADMIN, T.plusDays(20)));
    c = step(c, Command.fire("hand-over", MANAGER, T.plusDays(200)));
    assertThat(c.state()).isEqualTo(HANDED_OVER);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
  }

  @Test
  void renameNeedsTheSalesManagerAndOnlyBeforeTheContract() {
    WorkflowCase c = subscribed();
    CaseStep asked =
        FLOW.handle(
            c,
            Command.fire("rename", CONSULT, T.plusDays(11))
                .with(NEW_BUYER, "Mrs Tang")
                .with(PROJECT_SUBSCRIPTIONS, 100L)
                .with(PROJECT_RENAMES, 29L));
    SuanpanAssertions.assertThat(asked).needsApprovalBy(SALES_MANAGER);
    WorkflowCase renamed = step(asked.caseAfter(), Command.approve(MANAGER, T.plusDays(11)));
    assertThat(renamed.fact(BUYER)).contains("Mrs Tang");
    assertThat(renamed.state()).isEqualTo(SUBSCRIBED);

    WorkflowCase signed = step(renamed, Command.fire("sign-contract", CONSULT, T.plusDays(12)));
    SuanpanAssertions.assertThat(
            FLOW.handle(
                signed, Command.fire("rename", CONSULT, T.plusDays(13)).with(NEW_BUYER, "x")))
        .isRefused()
        .firedRule("workflow.transition.state");
  }

  @Test
  void renamesStayWithinThirtyPercentOfSubscriptions() {
    CaseStep s =
        FLOW.handle(
            subscribed(),
            Command.fire("rename", CONSULT, T.plusDays(11))
                .with(NEW_BUYER, "Mrs Tang")
                .with(PROJECT_SUBSCRIPTIONS, 100L)
                .with(PROJECT_RENAMES, 30L));
    SuanpanAssertions.assertThat(s).isRefused().firedRule("property.rename-quota");
    assertThat(s.explanation().toString()).contains("31 of 100").contains("30%");
  }

  @Test
  void unitSwapApproverDependsOnTheDirection() {
    WorkflowCase c = subscribed();
    Command swap =
        Command.fire("swap-unit", CONSULT, T.plusDays(11))
            .with(NEW_UNIT, "5-0802")
            .with(NEW_UNIT_AVAILABLE, true);
    SuanpanAssertions.assertThat(FLOW.handle(c, swap.with(TO_LARGER_UNIT, true)))
        .needsApprovalBy(SALES_MANAGER);
    CaseStep smaller = FLOW.handle(c, swap.with(TO_LARGER_UNIT, false));
    SuanpanAssertions.assertThat(smaller).needsApprovalBy(MARKETING_DIRECTOR);
    SuanpanAssertions.assertThat(
            FLOW.handle(smaller.caseAfter(), Command.approve(MANAGER, T.plusDays(11))))
        .isRefused()
        .firedRule("workflow.approval.authority");
    WorkflowCase swapped = step(smaller.caseAfter(), Command.approve(DIRECTOR, T.plusDays(11)));
    assertThat(swapped.fact(UNIT)).contains("5-0802");
    SuanpanAssertions.assertThat(
            FLOW.handle(c, swap.with(TO_LARGER_UNIT, true).with(NEW_UNIT_AVAILABLE, false)))
        .isRefused()
        .firedRule("property.new-unit-available");
  }

  @Test
  void signingDeferralFollowsTheSevenFifteenThirtySixtyDayMatrix() {
    WorkflowCase c = subscribed();
    SuanpanAssertions.assertThat(defer(c, 7, true)).needsApprovalBy(SALES_MANAGER);
    SuanpanAssertions.assertThat(defer(c, 8, true)).needsApprovalBy(MARKETING_DIRECTOR);
    SuanpanAssertions.assertThat(defer(c, 15, false)).needsApprovalBy(SALES_MANAGER);
    SuanpanAssertions.assertThat(defer(c, 16, false)).needsApprovalBy(MARKETING_DIRECTOR);
    SuanpanAssertions.assertThat(defer(c, 30, true)).needsApprovalBy(GENERAL_MANAGER);
    SuanpanAssertions.assertThat(defer(c, 60, false)).needsApprovalBy(GENERAL_MANAGER);
    SuanpanAssertions.assertThat(defer(c, 31, true))
        .isRefused()
        .firedRule("workflow.approval.beyond-authority");
    SuanpanAssertions.assertThat(defer(c, 61, false))
        .isRefused()
        .firedRule("workflow.approval.beyond-authority");
  }

  @Test
  void deferralsStayWithinFifteenPercentOfUnitsAndExtendTheContractDeadline() {
    WorkflowCase c = subscribed();
    CaseStep over =
        FLOW.handle(
            c,
            Command.fire("defer-signing", CONSULT, T.plusDays(11))
                .with(DEFERRAL_DAYS, 5L)
                .with(KEEPS_DISCOUNT, true)
                .with(PROJECT_UNITS, 400L)
                .with(PROJECT_DEFERRALS, 60L));
    SuanpanAssertions.assertThat(over).isRefused().firedRule("property.deferral-quota");

    Escalation watch = Escalation.of(FLOW.definition(), BusinessCalendar.weekdays());
    // subscribed Thu 12 September: formal contract due Thu 19 September
    LocalDateTime day20 = LocalDateTime.of(2024, 9, 20, 9, 0);
    assertThat(watch.check(c, day20))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.ESCALATE);
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 9, 19));
              assertThat(a.escalateTo()).isEqualTo(MARKETING_DIRECTOR);
            });
    WorkflowCase deferred =
        step(defer(c, 20, false).caseAfter(), Command.approve(DIRECTOR, T.plusDays(12)));
    assertThat(deferred.fact(DEFERRAL_DAYS_GRANTED)).contains(20L);
    assertThat(deferred.fact(SUBSCRIPTION_DISCOUNT)).contains(false);
    assertThat(watch.check(deferred, day20)).isEmpty();
    assertThat(watch.check(deferred, LocalDateTime.of(2024, 10, 10, 9, 0)))
        .singleElement()
        .extracting(DueAction::due)
        .isEqualTo(LocalDate.of(2024, 10, 9));
  }

  static final Settlement SETTLE = Settlement.of(PropertyOfficeCancellationTerms.policy());

  /** Unit 3-1102 at 1,280,000 yuan with a 50,000 deposit, and at signing 30% down and taxes. */
  static SaleContract contract(boolean signed) {
    SaleContract.Builder b =
        SaleContract.builder()
            .reference("HT-3-1102")
            .customer(CustomerId.of("TANG"))
            .contractPrice(cny("1280000.00"))
            .addPayments(Payment.of(PaymentKind.DEPOSIT, cny("50000.00")));
    if (signed) {
      b.addPayments(Payment.of(PaymentKind.DOWN_PAYMENT, cny("334000.00")))
          .addAllPayments(PropertyCollectedOnBehalf.atSigning(cny("1280000.00")));
    }
    return b.build();
  }

  static SettlementDecision settled(boolean signed, ContractStage stage, Fault fault) {
    return SETTLE.settle(contract(signed), Cancellation.of(stage, fault));
  }

  @Test
  void cancellationIsSettledAndApprovedByWhomTheSettlementNames() {
    WorkflowCase c = subscribed();
    SettlementDecision before = settled(false, ContractStage.SUBSCRIPTION, Fault.BUYER);
    CaseStep asked = FLOW.handle(c, cancel(before, MANAGER, T.plusDays(12)));
    SuanpanAssertions.assertThat(asked).needsApprovalBy(MARKETING_DIRECTOR);
    assertThat(asked.requiredApprover()).isEqualTo(before.requiredApprover());
    WorkflowCase cancelled = step(asked.caseAfter(), Command.approve(DIRECTOR, T.plusDays(12)));
    assertThat(cancelled.state()).isEqualTo(CANCELLED);
    assertThat(cancelled.fact(CANCELLATION_STAGE)).contains("subscription");
    // the buyer walked away: the 50,000 deposit is forfeited, nothing refunded
    assertThat(cancelled.fact(REFUND)).contains(cny("0.00"));
    assertThat(cancelled.fact(RETAINED)).contains(cny("50000.00"));
    assertThat(cancelled.fact(CANCELLATION_FAULT)).contains("BUYER");
    assertThat(cancelled.history().get(cancelled.history().size() - 1).role())
        .isEqualTo(MARKETING_DIRECTOR);
    assertThat(cancelled.auditTrail().entries().get(cancelled.history().size() - 1).changes())
        .containsEntry("refund", "CNY 0.00")
        .containsEntry("retained", "CNY 50000.00");
    assertThat(FLOW.replay(cancelled.history())).isEqualTo(cancelled);

    WorkflowCase signed = step(c, Command.fire("sign-contract", CONSULT, T.plusDays(13)));
    SettlementDecision after = settled(true, ContractStage.CONTRACT_SIGNED, Fault.SELLER);
    CaseStep afterAsked = FLOW.handle(signed, cancel(after, MANAGER, T.plusDays(14)));
    SuanpanAssertions.assertThat(afterAsked).needsApprovalBy(GENERAL_MANAGER);
    assertThat(afterAsked.requiredApprover()).isEqualTo(after.requiredApprover());
    SuanpanAssertions.assertThat(
            FLOW.handle(afterAsked.caseAfter(), Command.approve(DIRECTOR, T.plusDays(14))))
        .isRefused()
        .firedRule("workflow.approval.authority");
    WorkflowCase afterCancelled =
        step(afterAsked.caseAfter(), Command.approve(BOSS, T.plusDays(14)));
    // the seller defaulted: everything paid comes back, and the deposit once more
    assertThat(afterCancelled.fact(CANCELLATION_STAGE)).contains("signed");
    assertThat(afterCancelled.fact(PAID)).contains(cny("435200.00"));
    assertThat(afterCancelled.fact(REFUND)).contains(cny("435200.00"));
    assertThat(afterCancelled.fact(SELLER_COMPENSATION)).contains(cny("50000.00"));
    assertThat(afterCancelled.fact(SETTLEMENT_AMOUNT)).contains(cny("485200.00"));

    WorkflowCase registered = step(signed, Command.fire("register", ADMIN, T.plusDays(20)));
    SettlementDecision late = settled(true, ContractStage.CONTRACT_REGISTERED, Fault.BUYER);
    SuanpanAssertions.assertThat(FLOW.handle(registered, cancel(late, MANAGER, T.plusDays(30))))
        .isRefused()
        .firedRule("property.maintenance-fund-waiver");
    CaseStep waived =
        FLOW.handle(registered, cancel(late, MANAGER, T.plusDays(30)).with(WAIVER_SIGNED, true));
    SuanpanAssertions.assertThat(waived).needsApprovalBy(GENERAL_MANAGER);
    WorkflowCase lateCancelled = step(waived.caseAfter(), Command.approve(BOSS, T.plusDays(31)));
    assertThat(lateCancelled.fact(CANCELLATION_STAGE)).contains("registered");
    // after registration the maintenance fund (1%, 12,800 yuan) is kept with the deposit
    assertThat(lateCancelled.fact(RETAINED)).contains(cny("62800.00"));
  }

  @Test
  void aCancellationWithoutASettlementOrSettledAtAnotherStageIsRefused() {
    WorkflowCase c = subscribed();
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("cancel-subscription", MANAGER, T.plusDays(12))))
        .isRefused()
        .firedRule("property.settlement");
    SettlementDecision signedStage = settled(true, ContractStage.CONTRACT_SIGNED, Fault.BUYER);
    CaseStep wrongStage =
        FLOW.handle(
            c,
            Command.fire("cancel-subscription", MANAGER, T.plusDays(12))
                .with(settlementFacts(signedStage)));
    SuanpanAssertions.assertThat(wrongStage).isRefused().firedRule("property.settlement-stage");
    assertThat(wrongStage.explanation().toString())
        .contains("cancels at SUBSCRIPTION but the settlement was made at CONTRACT_SIGNED");
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                cancel(
                    settled(false, ContractStage.SUBSCRIPTION, Fault.BUYER),
                    CONSULT,
                    T.plusDays(12))))
        .isRefused()
        .firedRule("workflow.role");
  }

  @Test
  void aSettlementRoutedUnderAnotherAuthorityIsRefused() {
    // a policy where the sales manager may sign cancellations before the contract on their own
    AuthorityPolicy looser =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .limit(GENERAL_MANAGER, CANCEL_BEFORE_CONTRACT, Limit.unlimitedAuthority())
            .limit(MARKETING_DIRECTOR, CANCEL_BEFORE_CONTRACT, Limit.unlimitedAuthority())
            .limit(SALES_MANAGER, CANCEL_BEFORE_CONTRACT, Limit.unlimitedAuthority())
            .build();
    SettlementDecision elsewhere =
        SETTLE.settle(contract(false), Cancellation.of(ContractStage.SUBSCRIPTION, Fault.BOTH));
    SettlementDecision loose =
        SettlementDecision.builder()
            .from(elsewhere)
            .approval(looser.route(SALES_MANAGER, elsewhere.approval().orElseThrow().request()))
            .build();
    CaseStep s = FLOW.handle(subscribed(), cancel(loose, MANAGER, T.plusDays(12)));
    SuanpanAssertions.assertThat(s).isRefused().firedRule("property.settlement-approver");
    assertThat(s.explanation().toString())
        .contains("the settlement names SALES_MANAGER")
        .contains("routes it from Sales manager to MARKETING_DIRECTOR");
  }

  @Test
  void pledgeIsRefundedOnlyWithTheCardBack() {
    WorkflowCase c =
        FLOW.open(
                CaseId.of("S-102"),
                Command.open(CONSULT, T).with(BUYER, "Ms Ye").with(PLEDGE, cny("20000.00")))
            .caseAfter();
    SuanpanAssertions.assertThat(FLOW.handle(c, Command.fire("refund-pledge", CONSULT, T)))
        .isRefused()
        .firedRule("property.card-returned");
    CaseStep asked =
        FLOW.handle(c, Command.fire("refund-pledge", CONSULT, T).with(CARD_RETURNED, true));
    SuanpanAssertions.assertThat(asked).needsApprovalBy(SALES_MANAGER);
    assertThat(step(asked.caseAfter(), Command.approve(MANAGER, T)).state())
        .isEqualTo(PLEDGE_REFUNDED);
  }
}
