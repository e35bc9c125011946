package dev.suanpan.workflow.flows;

import static dev.suanpan.workflow.flows.RepairOrderFlow.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.party.PersonId;
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

class RepairOrderFlowTest {
  static final Workflow FLOW = Workflow.of(definition());
  static final Actor DESK = Actor.of(PersonId.of("xu"), SERVICE_DESK);
  static final Actor TECH = Actor.of(PersonId.of("luo"), TECHNICIAN);
  static final Actor TILL = Actor.of(PersonId.of("hu"), CASHIER);
  static final LocalDateTime T = LocalDateTime.of(2024, 6, 3, 10, 0);

  static Money cny(String amount) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(amount));
  }

  static WorkflowCase received(boolean warranty) {
    return FLOW.open(
            CaseId.of("R-7"),
            Command.open(DESK, T)
                .with(MODEL, "GX-200 watch")
                .with(FAULT, "stops overnight")
                .with(ACCESSORIES, "strap, box")
                .with(CONTACT, "138 0000 0000")
                .with(UNDER_WARRANTY, warranty))
        .caseAfter();
  }

  static WorkflowCase step(WorkflowCase c, Command command) {
    CaseStep s = FLOW.handle(c, command);
    assertThat(s.nextCase()).as(s.toString()).isPresent();
    return s.caseAfter();
  }

  @Test
  void warrantyRepairStartsWithoutAQuoteAndSettlesFree() {
    WorkflowCase c =
        step(
            received(true),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "movement"));
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("quote", DESK, T.plusDays(1)).with(QUOTE, cny("80.00"))))
        .isRefused()
        .firedRule("repair.paid-repair");
    c = step(c, Command.fire("start-warranty-repair", DESK, T.plusDays(1)));
    c = step(c, Command.fire("finish-repair", TECH, T.plusDays(3)));
    c = step(c, Command.fire("settle", TILL, T.plusDays(4)));
    assertThat(c.state()).isEqualTo(SETTLED);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
  }

  @Test
  void paidRepairStartsOnlyAfterTheCustomerAgreesToTheQuote() {
    WorkflowCase c =
        step(
            received(false),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "battery"));
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("start-warranty-repair", DESK, T.plusDays(1))))
        .isRefused()
        .firedRule("repair.warranty");
    c = step(c, Command.fire("quote", DESK, T.plusDays(1)).with(QUOTE, cny("120.00")));
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("customer-consents", DESK, T.plusDays(2))))
        .isRefused()
        .firedRule("repair.customer-consent");
    c =
        step(
            c, Command.fire("customer-consents", DESK, T.plusDays(2)).with(CUSTOMER_CONSENT, true));
    c = step(c, Command.fire("finish-repair", TECH, T.plusDays(3)));
    SuanpanAssertions.assertThat(
            FLOW.handle(c, Command.fire("settle", TILL, T.plusDays(4)).with(PAID, cny("100.00"))))
        .isRefused()
        .firedRule("repair.settlement");
    c = step(c, Command.fire("settle", TILL, T.plusDays(4)).with(PAID, cny("120.00")));
    assertThat(c.state()).isEqualTo(SETTLED);
  }

  @Test
  void customerWhoDeclinesTheQuoteGetsTheItemBackUnrepaired() {
    WorkflowCase c =
        step(
            received(false),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "glass"));
    c = step(c, Command.fire("quote", DESK, T.plusDays(1)).with(QUOTE, cny("300.00")));
    c = step(c, Command.fire("customer-declines", DESK, T.plusDays(2)));
    assertThat(c.state()).isEqualTo(RETURNED_UNREPAIRED);
    assertThat(c.fact(CUSTOMER_CONSENT)).contains(false);
  }

  @Test
  void intakeNeedsEveryDetail() {
    SuanpanAssertions.assertThat(
            FLOW.open(CaseId.of("R-8"), Command.open(DESK, T).with(MODEL, "GX-200")))
        .isRefused()
        .firedRule("repair.intake.fault")
        .firedRule("repair.intake.accessories")
        .firedRule("repair.intake.contact")
        .firedRule("repair.intake.warranty-check");
  }

  @Test
  void repairUntouchedMoreThanAWeekEscalatesToTheServiceManager() {
    Escalation watch = Escalation.of(FLOW.definition(), BusinessCalendar.weekdays());
    WorkflowCase c =
        step(
            received(false),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "battery"));
    // last touched Tue 4 June; due Tue 11 June; reminded from Sun 9 June
    assertThat(watch.check(c, LocalDateTime.of(2024, 6, 8, 18, 0))).isEmpty();
    assertThat(watch.check(c, LocalDateTime.of(2024, 6, 9, 8, 0)))
        .singleElement()
        .extracting(DueAction::kind)
        .isEqualTo(DueActionKind.REMIND);
    assertThat(watch.check(c, LocalDateTime.of(2024, 6, 12, 8, 0)))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(DueActionKind.ESCALATE);
              assertThat(a.due()).isEqualTo(LocalDate.of(2024, 6, 11));
              assertThat(a.escalateTo()).isEqualTo(SERVICE_MANAGER);
            });
    WorkflowCase touched =
        step(
            c,
            Command.fire("quote", DESK, LocalDateTime.of(2024, 6, 10, 9, 0))
                .with(QUOTE, cny("120.00")));
    assertThat(watch.check(touched, LocalDateTime.of(2024, 6, 12, 8, 0))).isEmpty();
  }

  static final RepairLines QUOTED_LINES =
      RepairLines.of(
          RepairLine.customer("OIL-5W30 engine oil 4.5 L", cny("306.00")),
          RepairLine.customer("FLT-S5 oil filter", cny("85.00")),
          RepairLine.customer("BP-S5-F front brake pads", cny("680.00")),
          RepairLine.customer("labour 2.5 h", cny("650.00")));

  static final RepairLines SETTLEMENT_LINES =
      RepairLines.of(
          RepairLine.customer("OIL-5W30 engine oil 4.5 L", cny("306.00")),
          RepairLine.customer("FLT-S5 oil filter", cny("85.00")),
          RepairLine.customer("BP-S5-F front brake pads", cny("680.00")),
          RepairLine.customer("labour 2.5 h", cny("650.00")),
          RepairLine.warranty("HCM-S5-L headlight module", cny("1322.50")),
          RepairLine.warranty("warranty labour 0.8 h", cny("144.00")),
          RepairLine.internal("goodwill wash", cny("60.00")));

  static WorkflowCase mixedOrderRepaired() {
    WorkflowCase c =
        step(
            received(false),
            Command.fire("diagnose", TECH, T.plusDays(1))
                .with(DIAGNOSIS, "pads worn; headlight module failed"));
    c =
        step(
            c,
            Command.fire("quote", DESK, T.plusDays(1))
                .with(QUOTE, cny("1721.00"))
                .with(LINES, QUOTED_LINES));
    c =
        step(
            c, Command.fire("customer-consents", DESK, T.plusDays(1)).with(CUSTOMER_CONSENT, true));
    return step(c, Command.fire("finish-repair", TECH, T.plusDays(2)));
  }

  @Test
  void oneOrderMixesCustomerWarrantyAndInternalLinesAndRecordsTheSplit() {
    WorkflowCase c =
        step(
            mixedOrderRepaired(),
            Command.fire("settle", TILL, T.plusDays(2))
                .with(LINES, SETTLEMENT_LINES)
                .with(WARRANTY_CLAIM, "WC-2024-0412-07")
                .with(PAID, cny("1721.00")));
    assertThat(c.state()).isEqualTo(SETTLED);
    assertThat(c.fact(CUSTOMER_SHARE)).contains(cny("1721.00"));
    assertThat(c.fact(WARRANTY_SHARE)).contains(cny("1466.50"));
    assertThat(c.fact(INTERNAL_SHARE)).contains(cny("60.00"));
    assertThat(c.fact(WARRANTY_CLAIM)).contains("WC-2024-0412-07");
    assertThat(c.fact(LINES)).contains(SETTLEMENT_LINES);
    assertThat(FLOW.replay(c.history())).isEqualTo(c);
  }

  @Test
  void aMixedOrderDoesNotSettleBeforeTheCustomersShareIsCollected() {
    WorkflowCase c = mixedOrderRepaired();
    Command partly =
        Command.fire("settle", TILL, T.plusDays(2))
            .with(LINES, SETTLEMENT_LINES)
            .with(WARRANTY_CLAIM, "WC-2024-0412-07")
            .with(PAID, cny("1000.00"));
    CaseStep refused = FLOW.handle(c, partly);
    SuanpanAssertions.assertThat(refused).isRefused().firedRule("repair.settlement");
    assertThat(refused.explanation().toString())
        .contains("customer's share CNY 1721.00")
        .contains("paid CNY 1000.00");
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("settle", TILL, T.plusDays(2))
                    .with(LINES, SETTLEMENT_LINES)
                    .with(WARRANTY_CLAIM, "WC-2024-0412-07")))
        .isRefused()
        .firedRule("repair.settlement");
  }

  @Test
  void warrantyLinesGoToAClaimOnTheManufacturerNotToTheCustomer() {
    CaseStep refused =
        FLOW.handle(
            mixedOrderRepaired(),
            Command.fire("settle", TILL, T.plusDays(2))
                .with(LINES, SETTLEMENT_LINES)
                .with(PAID, cny("1721.00")));
    SuanpanAssertions.assertThat(refused).isRefused().firedRule("repair.settlement.warranty-claim");
    assertThat(refused.explanation().toString()).contains("CNY 1466.50");
  }

  @Test
  void theCustomerIsQuotedTheirShareOfTheLinesAndSettlesNoMoreThanAgreed() {
    WorkflowCase c =
        step(
            received(false),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "pads worn"));
    SuanpanAssertions.assertThat(
            FLOW.handle(
                c,
                Command.fire("quote", DESK, T.plusDays(1))
                    .with(QUOTE, cny("3187.50"))
                    .with(LINES, SETTLEMENT_LINES)))
        .isRefused()
        .firedRule("repair.quote.customer-share");
    RepairLines moreWork =
        RepairLines.of(
            RepairLine.customer("BP-S5-F front brake pads", cny("680.00")),
            RepairLine.customer("BD-S5-F front brake discs", cny("1480.00")),
            RepairLine.customer("labour 4 h", cny("1040.00")));
    SuanpanAssertions.assertThat(
            FLOW.handle(
                mixedOrderRepaired(),
                Command.fire("settle", TILL, T.plusDays(2))
                    .with(LINES, moreWork)
                    .with(PAID, cny("3200.00"))))
        .isRefused()
        .firedRule("repair.settlement.within-quote");
  }

  @Test
  void aWarrantyOrderWithAnInternalLineStillSettlesFreeToTheCustomer() {
    WorkflowCase c =
        step(
            received(true),
            Command.fire("diagnose", TECH, T.plusDays(1)).with(DIAGNOSIS, "movement"));
    c = step(c, Command.fire("start-warranty-repair", DESK, T.plusDays(1)));
    c = step(c, Command.fire("finish-repair", TECH, T.plusDays(2)));
    c =
        step(
            c,
            Command.fire("settle", TILL, T.plusDays(3))
                .with(
                    LINES,
                    RepairLines.of(
                        RepairLine.warranty("movement GX-200", cny("420.00")),
                        RepairLine.internal("polish", cny("30.00"))))
                .with(WARRANTY_CLAIM, "WC-R-7"));
    assertThat(c.state()).isEqualTo(SETTLED);
    assertThat(c.fact(PAID)).isEmpty();
    assertThat(c.fact(CUSTOMER_SHARE)).contains(cny("0.00"));
    assertThat(c.fact(WARRANTY_SHARE)).contains(cny("420.00"));
    assertThat(c.fact(INTERNAL_SHARE)).contains(cny("30.00"));
  }

  @Test
  void repairLinesRejectMixedCurrenciesAndNegativeAmounts() {
    assertThatThrownBy(
            () ->
                RepairLines.of(
                    RepairLine.customer("pads", cny("680.00")),
                    RepairLine.warranty("module", Money.parse("USD 180.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD 180.00");
    assertThatThrownBy(() -> RepairLine.customer("pads", cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> RepairLines.of(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines");
  }
}
