package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.Role;
import dev.suanpan.money.internal.Arguments;
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
 *
 * <p>One order may mix payers: the {@link #LINES} of the order, each billed to the customer, to the
 * manufacturer's warranty or borne internally ({@link RepairLine.Payer}). Such an order is quoted
 * for the customer's share, settles only when that share is collected, needs a {@link
 * #WARRANTY_CLAIM} reference for its warranty lines (they go to a claim on the manufacturer, not to
 * the customer), and records the split at settlement ({@link #CUSTOMER_SHARE}, {@link
 * #WARRANTY_SHARE}, {@link #INTERNAL_SHARE}). An order without lines settles as a whole: free under
 * warranty, otherwise paid at least the quote.
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

  /**
   * The order's lines with their payers, when one order mixes customer, warranty and internal work.
   * Given with the quote (whose amount must then be the customer's share) or with the settlement
   * (the final settlement sheet).
   */
  public static final Fact<RepairLines> LINES = new Fact<>("repair-lines", RepairLines.class);

  /** The reference of the warranty claim on the manufacturer that covers the warranty lines. */
  public static final Fact<String> WARRANTY_CLAIM = Fact.text("warranty-claim");

  /** Recorded at settlement of an order with lines: the customer's share. */
  public static final Fact<Money> CUSTOMER_SHARE = Fact.money("customer-share");

  /** Recorded at settlement of an order with lines: the share claimed from the manufacturer. */
  public static final Fact<Money> WARRANTY_SHARE = Fact.money("warranty-share");

  /** Recorded at settlement of an order with lines: the share the store bears. */
  public static final Fact<Money> INTERNAL_SHARE = Fact.money("internal-share");

  /** The limit on an untouched repair: one week (004 篇9). */
  public static final int UNTOUCHED_DAYS = 7;

  /** The flow of 004 篇9, with its one-week limit. */
  public static WorkflowDefinition definition() {
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
    WorkflowDefinition.Builder flow = intake();
    diagnosis(flow);
    quote(flow);
    repair(flow);
    settlement(flow);
    untouchedLimit(flow, untouchedDays);
    return flow.build();
  }

  /**
   * The states, and the intake with the model, the fault, the accessories, the customer's contact
   * and the warranty check (004 篇9).
   */
  private static WorkflowDefinition.Builder intake() {
    return WorkflowDefinition.builder(NAME)
        .states(RECEIVED, DIAGNOSED, QUOTED, IN_REPAIR, REPAIRED, SETTLED, RETURNED_UNREPAIRED)
        .initial(RECEIVED)
        .endStates(SETTLED, RETURNED_UNREPAIRED)
        .openedBy(SERVICE_DESK, SERVICE_MANAGER)
        .openGuard(Guard.requires(RepairOrderRule.INTAKE_MODEL, MODEL))
        .openGuard(Guard.requires(RepairOrderRule.INTAKE_FAULT, FAULT))
        .openGuard(Guard.requires(RepairOrderRule.INTAKE_ACCESSORIES, ACCESSORIES))
        .openGuard(Guard.requires(RepairOrderRule.INTAKE_CONTACT, CONTACT))
        .openGuard(Guard.requires(RepairOrderRule.INTAKE_WARRANTY_CHECK, UNDER_WARRANTY));
  }

  /** The diagnosis; a repair under warranty starts at once (004 篇9). */
  private static void diagnosis(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("diagnose")
                .addFrom(RECEIVED)
                .to(DIAGNOSED)
                .addFiredBy(TECHNICIAN)
                .addGuards(Guard.requires(RepairOrderRule.DIAGNOSIS, DIAGNOSIS))
                .build())
        .transition(
            Transition.builder()
                .name("start-warranty-repair")
                .addFrom(DIAGNOSED)
                .to(IN_REPAIR)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isTrue(RepairOrderRule.WARRANTY, UNDER_WARRANTY))
                .build());
  }

  /**
   * A paid repair is quoted first (for the customer's share when the lines mix payers), and starts
   * only with the customer's consent; a customer who declines gets the item back unrepaired (004
   * 篇9).
   */
  private static void quote(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("quote")
                .addFrom(DIAGNOSED)
                .to(QUOTED)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isFalse(RepairOrderRule.PAID_REPAIR, UNDER_WARRANTY))
                .addGuards(Guard.requires(RepairOrderRule.QUOTE, QUOTE))
                .addGuards(
                    Guard.when(
                        RepairOrderRule.QUOTE_CUSTOMER_SHARE,
                        "quote is the customer's share of the lines",
                        RepairOrderFlow::quotesCustomerShare,
                        f ->
                            "the quote "
                                + text(f.get(QUOTE))
                                + " must be the customer's share "
                                + text(f.get(LINES).map(RepairOrderFlow::customerShare))
                                + " of the lines "
                                + text(f.get(LINES))))
                .build())
        .transition(
            Transition.builder()
                .name("customer-consents")
                .addFrom(QUOTED)
                .to(IN_REPAIR)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .addGuards(Guard.isTrue(RepairOrderRule.CUSTOMER_CONSENT, CUSTOMER_CONSENT))
                .build())
        .transition(
            Transition.builder()
                .name("customer-declines")
                .addFrom(QUOTED)
                .to(RETURNED_UNREPAIRED)
                .addFiredBy(SERVICE_DESK, SERVICE_MANAGER)
                .stamps(Facts.of(CUSTOMER_CONSENT, false))
                .build());
  }

  /** The repair, by the technician. */
  private static void repair(WorkflowDefinition.Builder flow) {
    flow.transition(
        Transition.builder()
            .name("finish-repair")
            .addFrom(IN_REPAIR)
            .to(REPAIRED)
            .addFiredBy(TECHNICIAN)
            .build());
  }

  /**
   * The settlement: the customer's share collected (free under warranty, otherwise at least the
   * quote), within the quote agreed, warranty lines claimed from the manufacturer, and the split
   * recorded (004 篇9, 000).
   */
  private static void settlement(WorkflowDefinition.Builder flow) {
    flow.transition(
        Transition.builder()
            .name("settle")
            .addFrom(REPAIRED)
            .to(SETTLED)
            .addFiredBy(CASHIER)
            .addGuards(
                Guard.when(
                    RepairOrderRule.SETTLEMENT,
                    "customer's share collected (free under warranty, else at least the quote)",
                    RepairOrderFlow::settled,
                    RepairOrderFlow::notSettled))
            .addGuards(
                Guard.when(
                    RepairOrderRule.SETTLEMENT_WITHIN_QUOTE,
                    "customer's share of the lines within the agreed quote",
                    RepairOrderFlow::withinQuote,
                    f ->
                        "the customer's share "
                            + text(f.get(LINES).map(RepairOrderFlow::customerShare))
                            + " of the lines is above the quote "
                            + text(f.get(QUOTE))
                            + " the customer agreed to"))
            .addGuards(
                Guard.when(
                    RepairOrderRule.SETTLEMENT_WARRANTY_CLAIM,
                    "warranty lines claimed from the manufacturer",
                    f ->
                        !f.get(LINES).map(RepairLines::hasWarranty).orElse(false)
                            || f.get(WARRANTY_CLAIM).map(c -> !c.isBlank()).orElse(false),
                    f ->
                        "warranty lines of "
                            + text(f.get(LINES).map(l -> l.share(RepairLine.Payer.WARRANTY)))
                            + " need the warranty-claim reference on the manufacturer, "
                            + "which is not given"))
            .effect(RepairOrderFlow::recordSplit)
            .build());
  }

  /**
   * No repair stays untouched more than {@code untouchedDays}: the deadline restarts on every event
   * and escalates to the service manager (004 篇9).
   */
  private static void untouchedLimit(WorkflowDefinition.Builder flow, int untouchedDays) {
    flow.deadline(
        Deadline.builder()
            .name("untouched-at-most-" + untouchedDays + "-days")
            .addStartsOn(RECEIVED, DIAGNOSED, QUOTED, IN_REPAIR, REPAIRED)
            .restartsOnEveryEvent(true)
            .length(untouchedDays)
            .unit(DayUnit.CALENDAR_DAYS)
            .remindBefore(2)
            .escalateTo(SERVICE_MANAGER)
            .build());
  }

  private static boolean settled(Facts f) {
    Optional<RepairLines> lines = f.get(LINES);
    if (lines.isPresent()) {
      Money share = customerShare(lines.get());
      if (share.isZero()) {
        return true;
      }
      Optional<Money> paid = f.get(PAID);
      return paid.isPresent()
          && paid.get().getCurrencyUnit().equals(share.getCurrencyUnit())
          && !paid.get().isLessThan(share);
    }
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

  private static String notSettled(Facts f) {
    Optional<RepairLines> lines = f.get(LINES);
    if (lines.isPresent()) {
      return "the customer's share "
          + customerShare(lines.get())
          + " of the lines "
          + lines.get()
          + " must be collected, paid "
          + f.get(PAID).map(Object::toString).orElse("nothing");
    }
    return "a paid repair settles for at least the quote "
        + text(f.get(QUOTE))
        + ", paid "
        + f.get(PAID).map(Object::toString).orElse("nothing");
  }

  private static boolean quotesCustomerShare(Facts f) {
    Optional<RepairLines> lines = f.get(LINES);
    Optional<Money> quote = f.get(QUOTE);
    return lines.isEmpty() || quote.isEmpty() || quote.get().equals(customerShare(lines.get()));
  }

  private static boolean withinQuote(Facts f) {
    Optional<RepairLines> lines = f.get(LINES);
    Optional<Money> quote = f.get(QUOTE);
    if (lines.isEmpty() || quote.isEmpty()) {
      return true;
    }
    Money share = customerShare(lines.get());
    return share.getCurrencyUnit().equals(quote.get().getCurrencyUnit())
        && !share.isGreaterThan(quote.get());
  }

  private static Facts recordSplit(Facts current, Facts payload) {
    Optional<RepairLines> lines = current.with(payload).get(LINES);
    if (lines.isEmpty()) {
      return payload;
    }
    return payload
        .with(CUSTOMER_SHARE, lines.get().share(RepairLine.Payer.CUSTOMER))
        .with(WARRANTY_SHARE, lines.get().share(RepairLine.Payer.WARRANTY))
        .with(INTERNAL_SHARE, lines.get().share(RepairLine.Payer.INTERNAL));
  }

  private static Money customerShare(RepairLines lines) {
    return lines.share(RepairLine.Payer.CUSTOMER);
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("(none)");
  }
}
