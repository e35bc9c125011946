package dev.suanpan.workflow;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.Fault;
import dev.suanpan.core.settlement.Payment;
import dev.suanpan.core.settlement.PaymentKind;
import dev.suanpan.core.settlement.cancellation.Cancellation;
import dev.suanpan.core.settlement.cancellation.SaleContract;
import dev.suanpan.core.settlement.cancellation.Settlement;
import dev.suanpan.workflow.calendar.BusinessCalendar;
import dev.suanpan.workflow.flows.ComplaintFlow;
import dev.suanpan.workflow.flows.PropertySubscriptionFlow;
import dev.suanpan.workflow.flows.RepairOrderFlow;
import dev.suanpan.workflow.flows.SalesOrderFlow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A case driven through one of the ready-made flows by a list of choices: who acts (person, role,
 * sometimes a delegation), which transition, approve or decline, and the figures in the payload;
 * now and then the reminder or escalation a deadline calls for is recorded. Deterministic: the same
 * choices give the same walk. Refused commands are simply skipped.
 */
record Walk(Workflow workflow, WorkflowCase result, ImmutableMap<Integer, Actor> actors) {
  static final ImmutableList<WorkflowDefinition> FLOWS =
      ImmutableList.of(
          ComplaintFlow.definition(),
          SalesOrderFlow.definition(),
          PropertySubscriptionFlow.definition(),
          RepairOrderFlow.definition());

  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** Settlements of a subscription at every stage and fault, for the walks' cancellations. */
  static final ImmutableList<Facts> SETTLEMENTS = settlements();

  private static ImmutableList<Facts> settlements() {
    SaleContract contract =
        SaleContract.builder()
            .reference("HT-W-1")
            .customer(CustomerId.of("TANG"))
            .contractPrice(Money.ofMinor(CNY, 128_000_000L))
            .addPayments(Payment.of(PaymentKind.DEPOSIT, Money.ofMinor(CNY, 5_000_000L)))
            .build();
    Settlement settle = Settlement.of(PropertyOfficeCancellationTerms.policy());
    ImmutableList.Builder<Facts> out = ImmutableList.builder();
    for (ContractStage stage : ContractStage.values()) {
      for (Fault fault : Fault.values()) {
        out.add(
            PropertySubscriptionFlow.settlementFacts(
                settle.settle(contract, Cancellation.of(stage, fault))));
      }
    }
    return out.build();
  }

  static Walk run(int flow, List<Integer> choices) {
    WorkflowDefinition def = FLOWS.get(flow);
    Workflow wf = Workflow.of(def);
    Escalation watch = Escalation.of(def, BusinessCalendar.weekdays());
    List<Role> roles = new ArrayList<>(rolesOf(def));
    LocalDateTime t = LocalDateTime.of(2024, 3, 4, 9, 0);
    Actor opener = Actor.of(PersonId.of("P0"), def.openedBy().iterator().next());
    WorkflowCase c =
        wf.open(CaseId.of("W-1"), Command.open(opener, t).with(payload(flow, 0))).caseAfter();
    Map<Integer, Actor> actors = new HashMap<>();
    actors.put(0, opener);
    for (int choice : choices) {
      if (def.isEnd(c.state())) {
        break;
      }
      t = t.plusHours(choice % 30);
      Actor actor = actor(choice, roles, t.toLocalDate());
      if (choice % 13 == 0) {
        List<DueAction> due = watch.notYetRecorded(c, t);
        if (!due.isEmpty()) {
          CaseStep recorded = watch.record(c, due.get(0), actor, t);
          if (recorded.nextCase().isPresent()) {
            actors.put(c.history().size(), actor);
            c = recorded.caseAfter();
          }
          continue;
        }
      }
      Command command;
      if (c.pending().isPresent()) {
        command = (choice / 7) % 4 == 0 ? Command.decline(actor, t) : Command.approve(actor, t);
      } else {
        List<Transition> possible = def.transitionsFrom(c.state());
        Transition pick = possible.get((choice / 7) % possible.size());
        command = Command.fire(pick.name(), actor, t).with(payload(flow, choice));
      }
      CaseStep step = wf.handle(c, command);
      if (step.nextCase().isPresent()) {
        for (CaseEvent e : step.events()) {
          actors.put(e.sequence(), actor);
        }
        c = step.caseAfter();
      }
    }
    return new Walk(wf, c, ImmutableMap.copyOf(actors));
  }

  static Set<Role> rolesOf(WorkflowDefinition def) {
    Set<Role> roles = new LinkedHashSet<>(def.openedBy());
    for (Transition t : def.transitions()) {
      roles.addAll(t.firedBy());
      t.approval().ifPresent(a -> roles.addAll(a.policy().roles()));
    }
    return roles;
  }

  private static Actor actor(int choice, List<Role> roles, LocalDate day) {
    PersonId person = PersonId.of("P" + (choice % 4));
    Role own = roles.get((choice / 4) % roles.size());
    Actor.Builder b = Actor.builder().person(person).addRoles(own);
    if ((choice / 64) % 5 == 0) {
      Role handed = roles.get((choice / 128) % roles.size());
      PersonId absent = PersonId.of(person.code().equals("P0") ? "P1" : "P0");
      b.addDelegations(
          Delegation.builder()
              .delegator(absent)
              .delegatorRole(handed)
              .delegate(person)
              .from(day.minusDays(1))
              .to(
                  day.plusDays(choice % 3 == 0 ? -1 : 2).isBefore(day.minusDays(1))
                      ? day.minusDays(1)
                      : day.plusDays(choice % 3 == 0 ? -1 : 2))
              .build());
    }
    return b.build();
  }

  private static Money cny(long fen) {
    return Money.ofMinor(CNY, fen);
  }

  static Facts payload(int flow, int c) {
    switch (flow) {
      case 0:
        return Facts.of(ComplaintFlow.CUSTOMER, "Hengda")
            .with(ComplaintFlow.COMPLAINT, "cracked tiles")
            .with(ComplaintFlow.QUALITY_PROBLEM, c % 2 == 0)
            .with(ComplaintFlow.RESPONSIBLE, "transport")
            .with(ComplaintFlow.HANDLING, "compensation")
            .with(ComplaintFlow.COMPENSATION, cny((c * 7919L) % 900_000L))
            .with(
                ComplaintFlow.ANSWER_CHANNEL,
                List.of("letter", "phone", "internal-form").get(c % 3));
      case 1:
        return Facts.of(SalesOrderFlow.CUSTOMER, "Huaxin")
            .with(SalesOrderFlow.PRICE, Money.of(CNY, new BigDecimal("100000.00")))
            .with(SalesOrderFlow.CONTRACT_NUMBER, "HT-1")
            .with(SalesOrderFlow.PAYMENT, cny((c * 104729L) % 6_000_000L))
            .with(SalesOrderFlow.SHIP_DATE, LocalDate.of(2024, 3, 20))
            .with(SalesOrderFlow.CUSTOMER_SIGNED, c % 3 != 0)
            .with(SalesOrderFlow.INVOICE_NUMBER, "FP-1")
            .with(SalesOrderFlow.COMMISSION, cny(150_000L))
            .with(SalesOrderFlow.WEIGHED_AMOUNT, cny(9_800_000L + (c * 13L) % 400_000L));
      case 2:
        return Facts.of(PropertySubscriptionFlow.BUYER, "Mr Tang")
            .with(PropertySubscriptionFlow.PLEDGE, cny(2_000_000L))
            .with(PropertySubscriptionFlow.CARD_RETURNED, c % 2 == 0)
            .with(PropertySubscriptionFlow.UNIT, "3-1102")
            .with(PropertySubscriptionFlow.PRICE, cny(128_000_000L))
            .with(PropertySubscriptionFlow.NEW_BUYER, "Mrs Tang")
            .with(PropertySubscriptionFlow.NEW_UNIT, "5-0802")
            .with(PropertySubscriptionFlow.TO_LARGER_UNIT, c % 4 < 2)
            .with(PropertySubscriptionFlow.NEW_UNIT_AVAILABLE, c % 5 != 0)
            .with(PropertySubscriptionFlow.DEFERRAL_DAYS, (long) (c % 70))
            .with(PropertySubscriptionFlow.KEEPS_DISCOUNT, c % 3 == 0)
            .with(PropertySubscriptionFlow.PROJECT_SUBSCRIPTIONS, 100L)
            .with(PropertySubscriptionFlow.PROJECT_RENAMES, (long) (c % 40))
            .with(PropertySubscriptionFlow.PROJECT_UNITS, 400L)
            .with(PropertySubscriptionFlow.PROJECT_DEFERRALS, (long) (c % 70))
            .with(PropertySubscriptionFlow.WAIVER_SIGNED, c % 2 == 1)
            .with(SETTLEMENTS.get(c % SETTLEMENTS.size()));
      default:
        return Facts.of(RepairOrderFlow.MODEL, "GX-200")
            .with(RepairOrderFlow.FAULT, "stops")
            .with(RepairOrderFlow.ACCESSORIES, "strap")
            .with(RepairOrderFlow.CONTACT, "138")
            .with(RepairOrderFlow.UNDER_WARRANTY, c % 2 == 0)
            .with(RepairOrderFlow.DIAGNOSIS, "battery")
            .with(RepairOrderFlow.QUOTE, cny(12_000L))
            .with(RepairOrderFlow.CUSTOMER_CONSENT, c % 3 != 0)
            .with(RepairOrderFlow.PAID, cny((c * 31L) % 20_000L));
    }
  }
}
