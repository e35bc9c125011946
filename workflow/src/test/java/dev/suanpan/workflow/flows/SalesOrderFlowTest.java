package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.SalesOrderFlow.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.PersonId;
import dev.suanpan.testkit.SuanpanAssertions;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.CaseId;
import dev.suanpan.workflow.CaseStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Workflow;
import dev.suanpan.workflow.WorkflowCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SalesOrderFlowTest {
  static final Workflow FLOW = Workflow.of(definition());
  static final Actor CLERK = Actor.of(PersonId.of("liu"), SALES_CLERK);
  static final Actor MANAGER = Actor.of(PersonId.of("he"), SALES_MANAGER);
  static final Actor HEAD = Actor.of(PersonId.of("gao"), SALES_HEAD);
  static final Actor BOSS = Actor.of(PersonId.of("zhou"), GENERAL_MANAGER);
  static final Actor FINANCE_CLERK = Actor.of(PersonId.of("ma"), FINANCE);
  static final Actor FINANCE_VP = Actor.of(PersonId.of("qian"), FINANCE_DEPUTY_GM);
  static final LocalDateTime T = LocalDateTime.of(2024, 5, 6, 9, 0);

  static Money cny(String amount) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(amount));
  }

  static WorkflowCase step(WorkflowCase c, Command command) {
    CaseStep s = FLOW.handle(c, command);
    assertThat(s.nextCase()).as(s.toString()).isPresent();
    return s.caseAfter();
  }

  static WorkflowCase contracted() {
    WorkflowCase c =
        FLOW.open(
                CaseId.of("SO-1"),
                Command.open(CLERK, T)
                    .with(CUSTOMER, "Huaxin Building Materials")
                    .with(PRICE, cny("100000.00")))
            .caseAfter();
    CaseStep checked = FLOW.handle(c, Command.fire("check", MANAGER, T.plusHours(1)));
    SuanpanAssertions.assertThat(checked).needsApprovalBy(GENERAL_MANAGER);
    assertThat(checked.approval()).isPresent();
    assertThat(checked.approval().get().chain()).containsExactly(SALES_HEAD, GENERAL_MANAGER);
    c = step(checked.caseAfter(), Command.approve(BOSS, T.plusHours(2)));
    c = step(c, Command.fire("sign-contract", HEAD, T.plusDays(1)));
    return step(
        c,
        Command.fire("countersign", FINANCE_CLERK, T.plusDays(1))
            .with(CONTRACT_NUMBER, "HT-2024-031"));
  }

  @Test
  void orderGoesFromApplicationToCommissionThroughEveryGate() {
    WorkflowCase c = contracted();
    c =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(2))
                .with(PAYMENT, cny("30000.00")));
    c =
        step(
            c,
            Command.fire("dispatch", MANAGER, T.plusDays(3))
                .with(SHIP_DATE, LocalDate.of(2024, 5, 10)));
    c = step(c, Command.fire("confirm-receipt", CLERK, T.plusDays(5)).with(CUSTOMER_SIGNED, true));
    c =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(6))
                .with(PAYMENT, cny("30000.00")));
    assertThat(c.fact(COLLECTED_AMOUNT)).contains(cny("60000.00"));
    c = step(c, Command.fire("invoice", FINANCE_VP, T.plusDays(6)).with(INVOICE_NUMBER, "FP-88"));
    c =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(20))
                .with(PAYMENT, cny("40000.00")));
    c = step(c, Command.fire("close-collection", FINANCE_CLERK, T.plusDays(20)));
    c =
        step(
            c,
            Command.fire("pay-commission", FINANCE_CLERK, T.plusDays(31))
                .with(COMMISSION, cny("1500.00")));
    assertThat(c.state()).isEqualTo(COMMISSIONED);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
    assertThat(c.auditTrail().verify().intact()).isTrue();
  }

  @Test
  void invoiceWaitsUntilSixtyPercentIsCollected() {
    WorkflowCase c = contracted();
    c =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(2))
                .with(PAYMENT, cny("59999.99")));
    c =
        step(
            c,
            Command.fire("dispatch", MANAGER, T.plusDays(3))
                .with(SHIP_DATE, LocalDate.of(2024, 5, 10)));
    c = step(c, Command.fire("confirm-receipt", CLERK, T.plusDays(5)).with(CUSTOMER_SIGNED, true));
    CaseStep early =
        FLOW.handle(
            c, Command.fire("invoice", FINANCE_VP, T.plusDays(6)).with(INVOICE_NUMBER, "FP-88"));
    SuanpanAssertions.assertThat(early).isRefused().firedRule("order.invoice-gate");
    assertThat(early.explanation().toString())
        .contains("CNY 59999.99")
        .contains("60%")
        .contains("CNY 100000.00");
    CaseStep byFinanceClerk =
        FLOW.handle(
            c, Command.fire("invoice", FINANCE_CLERK, T.plusDays(6)).with(INVOICE_NUMBER, "FP-88"));
    SuanpanAssertions.assertThat(byFinanceClerk).isRefused().firedRule("workflow.role");
  }

  @Test
  void noDispatchBeforeTheFirstPayment() {
    CaseStep s =
        FLOW.handle(
            contracted(),
            Command.fire("dispatch", MANAGER, T.plusDays(3))
                .with(SHIP_DATE, LocalDate.of(2024, 5, 10)));
    SuanpanAssertions.assertThat(s).isRefused().firedRule("order.first-payment");
  }

  @Test
  void customerMustSignTheDispatchNoteBeforeAcceptance() {
    WorkflowCase c = contracted();
    c =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(2))
                .with(PAYMENT, cny("10.00")));
    c =
        step(
            c,
            Command.fire("dispatch", MANAGER, T.plusDays(3))
                .with(SHIP_DATE, LocalDate.of(2024, 5, 10)));
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("confirm-receipt", CLERK, T.plusDays(4)).with(CUSTOMER_SIGNED, false)))
        .isRefused()
        .firedRule("order.customer-signed");
  }

  @Test
  void salesManagerWhoCheckedCannotApproveAndCommissionNeedsFullCollection() {
    WorkflowCase applied =
        FLOW.open(
                CaseId.of("SO-2"),
                Command.open(CLERK, T).with(CUSTOMER, "x").with(PRICE, cny("5000.00")))
            .caseAfter();
    WorkflowCase waiting = FLOW.handle(applied, Command.fire("check", MANAGER, T)).caseAfter();
    SuanpanAssertions.assertThat(FLOW.handle(waiting, Command.approve(MANAGER, T)))
        .isRefused()
        .firedRule("workflow.segregation");
    SuanpanAssertions.assertThat(FLOW.handle(waiting, Command.fire("sign-contract", HEAD, T)))
        .isRefused()
        .firedRule("workflow.approval.pending");
    WorkflowCase declined = FLOW.handle(waiting, Command.decline(BOSS, T.plusHours(1))).caseAfter();
    assertThat(declined.state()).isEqualTo(APPLIED);
    assertThat(declined.pending()).isEmpty();
    WorkflowCase rejected = step(declined, Command.fire("reject", MANAGER, T.plusHours(2)));
    assertThat(rejected.state()).isEqualTo(REJECTED);
  }

  @Test
  void paidInFullBeforeDispatchRefusesAPartPaidOrderAndShipsOncePaid() {
    Workflow paidFirst = Workflow.of(paidBeforeDispatchDefinition());
    WorkflowCase c =
        step(
            contracted(),
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(2))
                .with(PAYMENT, cny("40000.00")));
    Command dispatch =
        Command.fire("dispatch", MANAGER, T.plusDays(3)).with(SHIP_DATE, LocalDate.of(2024, 5, 10));
    // 002 第一篇's general rule ships once the first payment is in
    assertThat(FLOW.handle(c, dispatch).isAllowed()).isTrue();
    CaseStep refused = paidFirst.handle(c, dispatch);
    SuanpanAssertions.assertThat(refused)
        .isRefused()
        .firedRule("order.paid-in-full")
        .didNotFireRule("order.first-payment");
    assertThat(refused.explanation().toString())
        .contains("collected CNY 40000.00 is below 100% of price CNY 100000.00 (40%)");
    WorkflowCase paid =
        step(
            c,
            Command.fire("record-payment", FINANCE_CLERK, T.plusDays(3))
                .with(PAYMENT, cny("60000.00")));
    CaseStep shipped = paidFirst.handle(paid, dispatch);
    SuanpanAssertions.assertThat(shipped).isAllowed();
    assertThat(shipped.caseAfter().state()).isEqualTo(DISPATCHED);
  }

  @Test
  void theAmountIsRestatedByWeightAsAnEventOfItsOwn() {
    WorkflowCase c = contracted();
    WorkflowCase weighed =
        step(
            c,
            Command.fire("restate-by-weight", FINANCE_CLERK, T.plusDays(2))
                .with(WEIGHED_QUANTITY, new BigDecimal("25.870"))
                .with(WEIGHED_AMOUNT, cny("99501.00")));
    assertThat(weighed.state()).isEqualTo(CONTRACTED);
    assertThat(weighed.fact(PRICE)).contains(cny("99501.00"));
    assertThat(weighed.fact(ORDERED_PRICE)).contains(cny("100000.00"));
    assertThat(weighed.fact(WEIGHED_QUANTITY)).contains(new BigDecimal("25.870"));
    var entry = weighed.auditTrail().entries().get(weighed.history().size() - 1);
    assertThat(entry.action()).isEqualTo("moved restate-by-weight");
    assertThat(entry.actor()).startsWith("ma as Finance");
    assertThat(entry.changes())
        .containsEntry("price", "CNY 99501.00")
        .containsEntry("ordered-price", "CNY 100000.00")
        .containsEntry("weighed-amount", "CNY 99501.00");
    assertThat(FLOW.replay(weighed.history())).isEqualTo(weighed);

    // a second weighing (at delivery) re-states again; the amount ordered stays as first recorded
    WorkflowCase dispatched =
        step(
            step(
                weighed,
                Command.fire("record-payment", FINANCE_CLERK, T.plusDays(3))
                    .with(PAYMENT, cny("30000.00"))),
            Command.fire("dispatch", MANAGER, T.plusDays(3))
                .with(SHIP_DATE, LocalDate.of(2024, 5, 10)));
    WorkflowCase reweighed =
        step(
            dispatched,
            Command.fire("restate-by-weight", FINANCE_CLERK, T.plusDays(4))
                .with(WEIGHED_AMOUNT, cny("99420.30")));
    assertThat(reweighed.fact(PRICE)).contains(cny("99420.30"));
    assertThat(reweighed.fact(ORDERED_PRICE)).contains(cny("100000.00"));
    assertThat(reweighed.history().get(reweighed.history().size() - 1).changes().has(ORDERED_PRICE))
        .isFalse();
  }

  @Test
  void aRestatementNeedsAPositiveWeighedAmountInThePricesCurrencyAndFinance() {
    WorkflowCase c = contracted();
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("restate-by-weight", FINANCE_CLERK, T.plusDays(2))))
        .isRefused()
        .firedRule("order.weighed-amount");
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("restate-by-weight", FINANCE_CLERK, T.plusDays(2))
                    .with(WEIGHED_AMOUNT, Money.parse("USD 14000.00"))))
        .isRefused()
        .firedRule("order.weighed-amount-valid");
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("restate-by-weight", FINANCE_CLERK, T.plusDays(2))
                    .with(WEIGHED_AMOUNT, cny("0.00"))))
        .isRefused()
        .firedRule("order.weighed-amount-valid");
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("restate-by-weight", MANAGER, T.plusDays(2))
                    .with(WEIGHED_AMOUNT, cny("99501.00"))))
        .isRefused()
        .firedRule("workflow.role");
  }
}
