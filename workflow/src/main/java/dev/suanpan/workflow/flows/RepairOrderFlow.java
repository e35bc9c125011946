package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.Role;
import dev.suanpan.money.Arguments;
import dev.suanpan.workflow.Deadline;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.calendar.DayUnit;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The repair order flow [004 篇9, 000]: intake with the model, the fault, the accessories, the
 * customer's contact and the warranty check (a receipt goes to the customer); diagnosis; a repair
 * under warranty starts at once, a paid one only after a quote and the customer's consent (a
 * customer who declines gets the item back unrepaired); the repair; and the settlement, free under
 * warranty, otherwise paid at least the quoted amount. No repair may stay untouched more than a
 * week: the deadline restarts on every event and escalates to the service manager.
 */
public final class RepairOrderFlow {
  private RepairOrderFlow() {}

  /** The flow's name. */
  public static final String NAME = "repair-order";

  /** Service desk: intake, quotes, the customer's answer. */
  public static final Role SERVICE_DESK = Role.of("SERVICE_DESK", "Service desk");

  /** Technician: diagnosis and repair. */
  public static final Role TECHNICIAN = Role.of("TECHNICIAN", "Technician");

  /** Service manager: may do anything the desk does; untouched repairs escalate to them. */
  public static final Role SERVICE_MANAGER = Role.of("SERVICE_MANAGER", "Service manager");

  /** Cashier: settles the repair. */
  public static final Role CASHIER = Role.of("CASHIER", "Cashier");

  /** Taken in, receipt given. */
  public static final State RECEIVED = State.of("RECEIVED", "Received");

  /** Fault diagnosed. */
  public static final State DIAGNOSED = State.of("DIAGNOSED", "Diagnosed");

  /** Quoted to the customer (out of warranty). */
  public static final State QUOTED = State.of("QUOTED", "Quoted");

  /** Being repaired. */
  public static final State IN_REPAIR = State.of("IN_REPAIR", "In repair");

  /** Repaired, waiting for settlement and pick-up. */
  public static final State REPAIRED = State.of("REPAIRED", "Repaired");

  /** Settled and handed back: the end. */
  public static final State SETTLED = State.of("SETTLED", "Settled");

  /** The customer declined the quote; handed back unrepaired: the end. */
  public static final State RETURNED_UNREPAIRED =
      State.of("RETURNED_UNREPAIRED", "Returned unrepaired");

  /** The model. */
  public static final Fact<String> MODEL = Fact.text("model");

  /** The fault the customer reports. */
  public static final Fact<String> FAULT = Fact.text("fault");

  /** The accessories taken in. */
  public static final Fact<String> ACCESSORIES = Fact.text("accessories");

  /** The customer's contact. */
  public static final Fact<String> CONTACT = Fact.text("customer-contact");

  /** True when under warranty. */
  public static final Fact<Boolean> UNDER_WARRANTY = Fact.flag("under-warranty");

  /** What the technician found. */
  public static final Fact<String> DIAGNOSIS = Fact.text("diagnosis");

  /** The amount quoted. */
  public static final Fact<Money> QUOTE = Fact.money("quote");

  /** True when the customer agreed to the quote. */
  public static final Fact<Boolean> CUSTOMER_CONSENT = Fact.flag("customer-consent");

  /** The amount the customer paid at settlement. */
  public static final Fact<Money> PAID = Fact.money("paid");

  /** The sources' limit on an untouched repair: one week. */
  public static final int UNTOUCHED_DAYS = 7;

  /** The flow with the sources' one-week limit. */
  public static WorkflowDefinition sourcesDefinition() {
    return definition(UNTOUCHED_DAYS);
  }

  /**
   * The flow with at most {@code untouchedDays} calendar days between events on an open repair,
   * reminded two days before.
   *
   * @throws IllegalArgumentException if {@code untouchedDays} is below 3
   */
  public static WorkflowDefinition definition(int untouchedDays) {
    Arguments.check(untouchedDays >= 3, "untouchedDays must be at least 3, was %d", untouchedDays);
    return WorkflowDefinition.builder(NAME)
        .states(RECEIVED, DIAGNOSED, QUOTED, IN_REPAIR, REPAIRED, SETTLED, RETURNED_UNREPAIRED)
        .initial(RECEIVED)
        .endStates(SETTLED, RETURNED_UNREPAIRED)
        .openedBy(SERVICE_DESK, SERVICE_MANAGER)
        .openGuard(Guard.requires("repair.intake.model", MODEL))
        .openGuard(Guard.requires("repair.intake.fault", FAULT))
        .openGuard(Guard.requires("repair.intake.accessories", ACCESSORIES))
        .openGuard(Guard.requires("repair.intake.contact", CONTACT))
        .openGuard(Guard.requires("repair.intake.warranty-check", UNDER_WARRANTY))
        .transition(
            Transition.builder()
                .name("diagnose")
                .addFrom(RECEIVED)
                .to(DIAGNOSED)
                .addFiredBy(TECHNICIAN)
                .addGuards(Guard.requires("repair.diagnosis", DIAGNOSIS))
                .build())
        .transition(
            Transition.builder()
                .name("start-warranty-repair")
                .addFrom(DIAGNOSED)
                .to(IN_REPAIR)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isTrue("repair.warranty", UNDER_WARRANTY))
                .build())
        .transition(
            Transition.builder()
                .name("quote")
                .addFrom(DIAGNOSED)
                .to(QUOTED)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isFalse("repair.paid-repair", UNDER_WARRANTY))
                .addGuards(Guard.requires("repair.quote", QUOTE))
                .build())
        .transition(
            Transition.builder()
                .name("customer-consents")
                .addFrom(QUOTED)
                .to(IN_REPAIR)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isTrue("repair.customer-consent", CUSTOMER_CONSENT))
                .build())
        .transition(
            Transition.builder()
                .name("customer-declines")
                .addFrom(QUOTED)
                .to(RETURNED_UNREPAIRED)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .stamps(Facts.of(CUSTOMER_CONSENT, false))
                .build())
        .transition(
            Transition.builder()
                .name("finish-repair")
                .addFrom(IN_REPAIR)
                .to(REPAIRED)
                .addFiredBy(TECHNICIAN)
                .build())
        .transition(
            Transition.builder()
                .name("settle")
                .addFrom(REPAIRED)
                .to(SETTLED)
                .addFiredBy(CASHIER)
                .addGuards(
                    Guard.when(
                        "repair.settlement",
                        "free under warranty, else paid at least the quote",
                        RepairOrderFlow::settled,
                        f ->
                            "a paid repair settles for at least the quote "
                                + f.get(QUOTE).map(Object::toString).orElse("(none)")
                                + ", paid "
                                + f.get(PAID).map(Object::toString).orElse("nothing")))
                .build())
        .deadline(
            Deadline.builder()
                .name("untouched-at-most-" + untouchedDays + "-days")
                .addStartsOn(RECEIVED, DIAGNOSED, QUOTED, IN_REPAIR, REPAIRED)
                .restartsOnEveryEvent(true)
                .length(untouchedDays)
                .unit(DayUnit.CALENDAR_DAYS)
                .remindBefore(2)
                .escalateTo(SERVICE_MANAGER)
                .build())
        .build();
  }

  private static boolean settled(Facts f) {
    if (f.get(UNDER_WARRANTY).orElse(false)) {
      return true;
    }
    Optional<Money> quote = f.get(QUOTE);
    Optional<Money> paid = f.get(PAID);
    return quote.isPresent()
        && paid.isPresent()
        && paid.get().getCurrencyUnit().equals(quote.get().getCurrencyUnit())
        && !paid.get().isLessThan(quote.get());
  }
}
