package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.ApprovalStep;
import dev.suanpan.workflow.Effect;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.Routing;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.WorkflowDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The sales contract flow, order to cash [002 第一篇]: the sales clerk applies from the order intent;
 * the sales manager checks it and asks for approval, which the authority policy routes by the
 * contract amount (the general manager in 002 第一篇); the sales head signs the written contract and
 * finance countersigns it into the contract ledger; the sales manager approves the dispatch once
 * the first payment has arrived (or, where the business sells only against payment, 款到发货, once the
 * price is paid in full); the customer signs for the goods (the acceptance report); the invoice is
 * issued by the finance deputy GM only once 60% of the price is collected; the balance is
 * collected; and the commission is paid after collection, never without a contract. Finance records
 * payments at any stage after the contract, and re-states the contract amount from the weighed
 * amount when goods sold by weight (spot steel) are weighed at loading or delivery: the price
 * changes by an event of its own ({@code restate-by-weight}), with the amount ordered kept in
 * {@link #ORDERED_PRICE}, so the audit trail shows who changed the price, when, and from what.
 *
 * <p>{@link #definition(AuthorityPolicy, Percent, boolean)} takes the policy, the invoice gate and
 * whether dispatch waits for full payment; {@link #contractAuthority()} and {@link #definition()}
 * are the ones of 002 第一篇.
 */
public final class SalesOrderFlow {
  private SalesOrderFlow() {}

  /** The flow's name. */
  public static final String NAME = "sales-order";

  /** Sales clerk (销售内勤): applies for the contract from the order intent. */
  public static final Role SALES_CLERK = Role.of("SALES_CLERK", "Sales clerk");

  /** Sales manager (销售经理): checks applications, approves dispatch notes. */
  public static final Role SALES_MANAGER = Role.of("SALES_MANAGER", "Sales manager");

  /** Sales head (销售负责人): signs the written contract. */
  public static final Role SALES_HEAD = Role.of("SALES_HEAD", "Sales head");

  /** General manager (总经理): approves contract applications; core's {@link CompanyRoles}. */
  public static final Role GENERAL_MANAGER = CompanyRoles.GENERAL_MANAGER;

  /** Finance (财务): countersigns contracts, records payments, pays commission. */
  public static final Role FINANCE = Role.of("FINANCE", "Finance");

  /**
   * Finance deputy general manager (财务副总): approves invoices; core's {@link
   * CompanyRoles#FINANCE_DEPUTY_GM}, who also approves credit beyond the limit.
   */
  public static final Role FINANCE_DEPUTY_GM = CompanyRoles.FINANCE_DEPUTY_GM;

  /** What the contract approval is about. */
  public static final Subject CONTRACT_APPROVAL = Subject.of("sales-contract");

  /** Applied for. */
  public static final State APPLIED = State.of("APPLIED", "Contract applied for");

  /** Approved. */
  public static final State APPROVED = State.of("APPROVED", "Contract approved");

  /** Signed by the sales head, waiting for finance. */
  public static final State SIGNED = State.of("SIGNED", "Contract signed");

  /** Countersigned by finance and in the contract ledger. */
  public static final State CONTRACTED = State.of("CONTRACTED", "In the contract ledger");

  /** Goods released against the approved dispatch note. */
  public static final State DISPATCHED = State.of("DISPATCHED", "Dispatched");

  /** The customer signed for the goods. */
  public static final State ACCEPTED = State.of("ACCEPTED", "Accepted by customer");

  /** Invoiced. */
  public static final State INVOICED = State.of("INVOICED", "Invoiced");

  /** Fully collected. */
  public static final State COLLECTED = State.of("COLLECTED", "Fully collected");

  /** Commission paid: the end. */
  public static final State COMMISSIONED = State.of("COMMISSIONED", "Commission paid");

  /** Application rejected: the end. */
  public static final State REJECTED = State.of("REJECTED", "Rejected");

  /** The customer. */
  public static final Fact<String> CUSTOMER = Fact.text("customer");

  /** The contract price: the amount ordered, or the weighed amount once re-stated. */
  public static final Fact<Money> PRICE = Fact.money("price");

  /** The contract price as ordered, kept when the price is first re-stated by weight. */
  public static final Fact<Money> ORDERED_PRICE = Fact.money("ordered-price");

  /** The amount by the weight actually loaded or delivered (on a restate-by-weight command). */
  public static final Fact<Money> WEIGHED_AMOUNT = Fact.money("weighed-amount");

  /** The quantity weighed, exact (tonnes on the weighbridge), for the record. */
  public static final Fact<BigDecimal> WEIGHED_QUANTITY =
      new Fact<>("weighed-quantity", BigDecimal.class);

  /** The contract number in the ledger. */
  public static final Fact<String> CONTRACT_NUMBER = Fact.text("contract-number");

  /** A payment received (on a record-payment command). */
  public static final Fact<Money> PAYMENT = Fact.money("payment");

  /** Everything collected so far. */
  public static final Fact<Money> COLLECTED_AMOUNT = Fact.money("collected");

  /** The confirmed ship date. */
  public static final Fact<LocalDate> SHIP_DATE = Fact.date("ship-date");

  /** True once the customer's copy of the dispatch note is signed. */
  public static final Fact<Boolean> CUSTOMER_SIGNED = Fact.flag("customer-signed");

  /** The invoice number. */
  public static final Fact<String> INVOICE_NUMBER = Fact.text("invoice-number");

  /** The commission paid, from the slip finance checked. */
  public static final Fact<Money> COMMISSION = Fact.money("commission");

  /** The invoice gate: 60% of the price collected (002 第一篇 §11). */
  public static final Percent INVOICE_GATE = Percent.of(60);

  /**
   * The contract authority of 002 第一篇: the general manager approves every contract (unlimited on
   * {@link #CONTRACT_APPROVAL}); the sales line reports up to them, finance to the finance deputy
   * GM.
   */
  public static AuthorityPolicy contractAuthority() {
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(FINANCE_DEPUTY_GM, GENERAL_MANAGER)
        .role(FINANCE, FINANCE_DEPUTY_GM)
        .role(SALES_HEAD, GENERAL_MANAGER)
        .role(SALES_MANAGER, SALES_HEAD)
        .role(SALES_CLERK, SALES_MANAGER)
        .limit(GENERAL_MANAGER, CONTRACT_APPROVAL, Limit.unlimitedAuthority())
        .build();
  }

  /**
   * The flow of 002 第一篇: {@link #contractAuthority()} and the 60% invoice gate; dispatch needs the
   * first payment (002 第一篇 §10).
   */
  public static WorkflowDefinition definition() {
    return definition(contractAuthority(), INVOICE_GATE);
  }

  /**
   * The flow with {@link #contractAuthority()} and the 60% invoice gate, dispatching only once the
   * price is paid in full: the spot sale where the warehouse ships after the money arrives (款到发货
   * [004 篇8]).
   */
  public static WorkflowDefinition paidBeforeDispatchDefinition() {
    return definition(contractAuthority(), INVOICE_GATE, true);
  }

  /**
   * The flow with {@code policy} and {@code invoiceGate}, dispatching after the first payment.
   *
   * @throws IllegalArgumentException if the gate is not between 0% and 100%
   */
  public static WorkflowDefinition definition(AuthorityPolicy policy, Percent invoiceGate) {
    return definition(policy, invoiceGate, false);
  }

  /**
   * The flow with {@code policy} for the contract approval (routed up from the sales manager by the
   * price on {@link #CONTRACT_APPROVAL}), {@code invoiceGate} as the share of the price that must
   * be collected before the invoice, and, when {@code paidInFullBeforeDispatch}, dispatch refused
   * until everything collected reaches the contract price (rule {@code order.paid-in-full}) on top
   * of the first-payment guard.
   *
   * @throws IllegalArgumentException if the gate is not between 0% and 100%
   */
  public static WorkflowDefinition definition(
      AuthorityPolicy policy, Percent invoiceGate, boolean paidInFullBeforeDispatch) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(invoiceGate, "invoiceGate");
    Arguments.check(
        !invoiceGate.isNegative() && !invoiceGate.isGreaterThan(Percent.HUNDRED),
        "invoiceGate must be between 0%% and 100%%, was %s",
        invoiceGate);
    WorkflowDefinition.Builder flow = application();
    approval(flow, policy);
    contract(flow);
    payments(flow);
    dispatch(flow, paidInFullBeforeDispatch);
    invoice(flow, invoiceGate);
    collectionAndCommission(flow);
    return flow.build();
  }

  /**
   * The states, and the application the sales clerk files from the order intent, naming the
   * customer and the price (002 第一篇 §2).
   */
  private static WorkflowDefinition.Builder application() {
    return WorkflowDefinition.builder(NAME)
        .states(
            APPLIED,
            APPROVED,
            SIGNED,
            CONTRACTED,
            DISPATCHED,
            ACCEPTED,
            INVOICED,
            COLLECTED,
            COMMISSIONED,
            REJECTED)
        .initial(APPLIED)
        .endStates(COMMISSIONED, REJECTED)
        .openedBy(SALES_CLERK)
        .openGuard(Guard.requires(SalesOrderRule.CUSTOMER, CUSTOMER))
        .openGuard(Guard.requires(SalesOrderRule.PRICE, PRICE));
  }

  /**
   * The sales manager checks the application and asks for approval, routed up by the price; or
   * rejects it (002 第一篇 §2).
   */
  private static void approval(WorkflowDefinition.Builder flow, AuthorityPolicy policy) {
    flow.transition(
            Transition.builder()
                .name("check")
                .addFrom(APPLIED)
                .to(APPROVED)
                .addFiredBy(SALES_MANAGER)
                .approval(
                    ApprovalStep.byAmount(
                        policy, CONTRACT_APPROVAL, PRICE, Routing.UP_FROM_REQUESTER))
                .build())
        .transition(
            Transition.builder()
                .name("reject")
                .addFrom(APPLIED)
                .to(REJECTED)
                .addFiredBy(SALES_MANAGER, GENERAL_MANAGER)
                .build());
  }

  /**
   * The written contract signed by the sales head and countersigned by finance into the contract
   * ledger (002 第一篇 §3, §4).
   */
  private static void contract(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("sign-contract")
                .addFrom(APPROVED)
                .to(SIGNED)
                .addFiredBy(SALES_HEAD)
                .build())
        .transition(
            Transition.builder()
                .name("countersign")
                .addFrom(SIGNED)
                .to(CONTRACTED)
                .addFiredBy(FINANCE)
                .addGuards(Guard.requires(SalesOrderRule.CONTRACT_LEDGER, CONTRACT_NUMBER))
                .build());
  }

  /**
   * Payments finance records at any stage after the contract (002 第一篇 §5), and the price restated
   * from the weighed amount of goods sold by weight.
   */
  private static void payments(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("record-payment")
                .addFrom(CONTRACTED, DISPATCHED, ACCEPTED, INVOICED)
                .addFiredBy(FINANCE)
                .addGuards(Guard.requires(SalesOrderRule.PAYMENT, PAYMENT))
                .effect(Effect.addTo(COLLECTED_AMOUNT, PAYMENT))
                .build())
        .transition(
            Transition.builder()
                .name("restate-by-weight")
                .addFrom(CONTRACTED, DISPATCHED)
                .addFiredBy(FINANCE)
                .addGuards(Guard.requires(SalesOrderRule.WEIGHED_AMOUNT, WEIGHED_AMOUNT))
                .addGuards(
                    Guard.when(
                        SalesOrderRule.WEIGHED_AMOUNT_VALID,
                        "weighed amount positive, in the price's currency",
                        f ->
                            f.get(WEIGHED_AMOUNT)
                                .map(
                                    w ->
                                        w.isPositive()
                                            && f.get(PRICE)
                                                .map(
                                                    p ->
                                                        p.getCurrencyUnit()
                                                            .equals(w.getCurrencyUnit()))
                                                .orElse(false))
                                .orElse(false),
                        f ->
                            "the weighed amount "
                                + f.get(WEIGHED_AMOUNT).map(Object::toString).orElse("")
                                + " must be positive and in the currency of the price "
                                + f.get(PRICE).map(Object::toString).orElse("(not given)")))
                .effect(SalesOrderFlow::restateByWeight)
                .build());
  }

  /**
   * The restatement by weight: the weighed amount becomes the price, the first price ordered kept
   * in {@link #ORDERED_PRICE}.
   */
  private static Facts restateByWeight(Facts current, Facts payload) {
    Facts out = payload;
    Optional<Money> weighed = payload.get(WEIGHED_AMOUNT);
    if (weighed.isEmpty()) {
      return out;
    }
    if (!current.has(ORDERED_PRICE)) {
      Optional<Money> ordered = current.get(PRICE);
      if (ordered.isPresent()) {
        out = out.with(ORDERED_PRICE, ordered.get());
      }
    }
    return out.with(PRICE, weighed.get());
  }

  /**
   * The dispatch the sales manager approves, only after the first payment (002 第一篇 §8, §10) and,
   * when asked, only once paid in full; and the receipt the customer signs (002 第一篇 §8).
   */
  private static void dispatch(WorkflowDefinition.Builder flow, boolean paidInFullBeforeDispatch) {
    Transition.Builder dispatch =
        Transition.builder()
            .name("dispatch")
            .addFrom(CONTRACTED)
            .to(DISPATCHED)
            .addFiredBy(SALES_MANAGER)
            .addGuards(Guard.requires(SalesOrderRule.SHIP_DATE, SHIP_DATE))
            .addGuards(
                Guard.when(
                    SalesOrderRule.FIRST_PAYMENT,
                    "first payment received",
                    f -> f.get(COLLECTED_AMOUNT).map(m -> m.isPositive()).orElse(false),
                    f ->
                        "no dispatch before the first payment arrives; collected "
                            + f.get(COLLECTED_AMOUNT).map(Object::toString).orElse("nothing")));
    if (paidInFullBeforeDispatch) {
      dispatch.addGuards(
          Guard.atLeastShare(
              SalesOrderRule.PAID_IN_FULL, COLLECTED_AMOUNT, PRICE, Percent.HUNDRED));
    }
    flow.transition(dispatch.build())
        .transition(
            Transition.builder()
                .name("confirm-receipt")
                .addFrom(DISPATCHED)
                .to(ACCEPTED)
                .addFiredBy(SALES_CLERK, SALES_MANAGER)
                .addGuards(Guard.isTrue(SalesOrderRule.CUSTOMER_SIGNED, CUSTOMER_SIGNED))
                .build());
  }

  /**
   * The invoice, issued by the finance deputy GM only once {@code invoiceGate} of the price is
   * collected (002 第一篇 §11).
   */
  private static void invoice(WorkflowDefinition.Builder flow, Percent invoiceGate) {
    flow.transition(
        Transition.builder()
            .name("invoice")
            .addFrom(ACCEPTED)
            .to(INVOICED)
            .addFiredBy(FINANCE_DEPUTY_GM)
            .addGuards(Guard.requires(SalesOrderRule.INVOICE_NUMBER, INVOICE_NUMBER))
            .addGuards(
                Guard.atLeastShare(
                    SalesOrderRule.INVOICE_GATE, COLLECTED_AMOUNT, PRICE, invoiceGate))
            .build());
  }

  /**
   * The balance collected, then the commission paid, never without a contract (002 第一篇 §9, §12).
   */
  private static void collectionAndCommission(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("close-collection")
                .addFrom(INVOICED)
                .to(COLLECTED)
                .addFiredBy(FINANCE)
                .addGuards(
                    Guard.atLeastShare(
                        SalesOrderRule.FULLY_COLLECTED, COLLECTED_AMOUNT, PRICE, Percent.HUNDRED))
                .build())
        .transition(
            Transition.builder()
                .name("pay-commission")
                .addFrom(COLLECTED)
                .to(COMMISSIONED)
                .addFiredBy(FINANCE)
                .addGuards(
                    Guard.requires(SalesOrderRule.NO_CONTRACT_NO_COMMISSION, CONTRACT_NUMBER))
                .addGuards(Guard.requires(SalesOrderRule.COMMISSION_SLIP, COMMISSION))
                .build());
  }
}
