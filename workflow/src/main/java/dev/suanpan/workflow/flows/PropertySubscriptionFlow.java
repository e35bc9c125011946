package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.presets.CompanyRoles;
import dev.suanpan.core.presets.PropertyOfficeCancellationTerms;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.core.settlement.cancellation.SettlementDecision;
import dev.suanpan.core.settlement.cancellation.SettlementPolicy;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.workflow.Actor;
import dev.suanpan.workflow.ApprovalStep;
import dev.suanpan.workflow.Command;
import dev.suanpan.workflow.Deadline;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.Routing;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.calendar.DayUnit;
import java.time.LocalDateTime;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The property sales office flow [004 篇6, 篇7]: a VIP pledge (认筹) gets its card once the sales
 * manager approves; the subscription (认购) is followed by the formal contract within 7 days, then
 * the contract registration (备案) and the handover. Before the formal contract only: a rename (更名,
 * approved by the sales manager, at most 30% of subscriptions), a unit swap (换房, small to large
 * approved by the sales manager, large to small by the marketing director, the new unit available),
 * and a signing deferral (延期签约) approved by the 7/15/30/60-day matrix, keeping or losing the
 * subscription discount, for at most 15% of units. A pledge may be refunded (解筹) once the card is
 * back and the sales manager approves.
 *
 * <p>Cancellation (退房) before or after registration is settled with core's {@link
 * dev.suanpan.core.settlement.cancellation.Settlement}: the caller settles the contract and
 * cancellation, and {@link #cancel(SettlementDecision, Actor, LocalDateTime)} makes the command
 * that carries the settlement's figures into the case ({@link #REFUND}, {@link #RETAINED} and the
 * others). The approval is the settlement's own: the request is the settlement's approval subject
 * and amount, filed by the settlement policy's requester and routed through its sign-off authority,
 * so the workflow asks exactly whom the settlement named (the marketing director before the formal
 * contract, the general manager after it and for special cancellations, in 004 篇7). A settlement
 * routed to someone else (settled under another policy) is refused. The case records the stage
 * (subscription, signed, registered), the figures and the approver.
 *
 * <p>Quotas count the project's cases, which the caller passes with the command: {@link
 * #PROJECT_SUBSCRIPTIONS}, {@link #PROJECT_RENAMES}, {@link #PROJECT_UNITS}, {@link
 * #PROJECT_DEFERRALS}.
 */
public final class PropertySubscriptionFlow {
  private PropertySubscriptionFlow() {}

  /** The flow's name. */
  public static final String NAME = "property-subscription";

  /**
   * Sales consultant (置业顾问): the pricing engine's {@link
   * PropertyOfficeDiscountAuthority#SALES_CONSULTANT}, so one person asks for a special discount
   * and a subscription in the same role.
   */
  public static final Role CONSULTANT = PropertyOfficeDiscountAuthority.SALES_CONSULTANT;

  /**
   * Project sales manager (项目销售经理): core's {@link CompanyRoles#SALES_MANAGER}, who also files the
   * written cancellation request of the settlement.
   */
  public static final Role SALES_MANAGER = CompanyRoles.SALES_MANAGER;

  /** Project marketing director (项目营销总监): core's {@link CompanyRoles#MARKETING_DIRECTOR}. */
  public static final Role MARKETING_DIRECTOR = CompanyRoles.MARKETING_DIRECTOR;

  /** General manager (公司总经理): core's {@link CompanyRoles#GENERAL_MANAGER}. */
  public static final Role GENERAL_MANAGER = CompanyRoles.GENERAL_MANAGER;

  /** Contract administrator (备案专员): files the contract registration. */
  public static final Role CONTRACT_ADMIN = Role.of("CONTRACT_ADMIN", "Contract administrator");

  /** Issuing a VIP card against a paid pledge. */
  public static final Subject VIP_CARD = Subject.of("vip-card");

  /** Refunding a pledge. */
  public static final Subject PLEDGE_REFUND = Subject.of("pledge-refund");

  /** Renaming the buyer. */
  public static final Subject RENAME = Subject.of("rename");

  /** Swapping to a larger unit. */
  public static final Subject SWAP_TO_LARGER = Subject.of("unit-swap/to-larger");

  /** Swapping to a smaller unit. */
  public static final Subject SWAP_TO_SMALLER = Subject.of("unit-swap/to-smaller");

  /** Deferring the signing, keeping the subscription discount (days). */
  public static final Subject DEFERRAL_KEEPING_DISCOUNT =
      Subject.of("signing-deferral/keeps-discount");

  /** Deferring the signing, losing the subscription discount (days). */
  public static final Subject DEFERRAL_LOSING_DISCOUNT =
      Subject.of("signing-deferral/loses-discount");

  /**
   * Cancelling before the formal contract: the settlement's approval subject {@link
   * SettlementPolicy#BEFORE_FORMAL_CONTRACT}, held by the settlement policy's sign-off authority.
   */
  public static final Subject CANCEL_BEFORE_CONTRACT = SettlementPolicy.BEFORE_FORMAL_CONTRACT;

  /**
   * Cancelling after the formal contract: the settlement's approval subject {@link
   * SettlementPolicy#AFTER_FORMAL_CONTRACT}, held by the settlement policy's sign-off authority.
   */
  public static final Subject CANCEL_AFTER_CONTRACT = SettlementPolicy.AFTER_FORMAL_CONTRACT;

  /** VIP pledge paid, card not yet issued. */
  public static final State PLEDGED = State.of("PLEDGED", "VIP pledge paid");

  /** VIP card issued. */
  public static final State VIP = State.of("VIP", "VIP card holder");

  /** Subscription agreement signed (认购). */
  public static final State SUBSCRIBED = State.of("SUBSCRIBED", "Subscribed");

  /** Formal contract signed. */
  public static final State CONTRACTED = State.of("CONTRACTED", "Formal contract signed");

  /** Contract registered (备案). */
  public static final State REGISTERED = State.of("REGISTERED", "Contract registered");

  /** Loan and handover done: the end. */
  public static final State HANDED_OVER = State.of("HANDED_OVER", "Handed over");

  /** Pledge refunded (解筹): the end. */
  public static final State PLEDGE_REFUNDED = State.of("PLEDGE_REFUNDED", "Pledge refunded");

  /** Cancelled (退房): the end; the stage is in {@link #CANCELLATION_STAGE}. */
  public static final State CANCELLED = State.of("CANCELLED", "Cancelled");

  /** The buyer. */
  public static final Fact<String> BUYER = Fact.text("buyer");

  /** The pledge paid. */
  public static final Fact<Money> PLEDGE = Fact.money("pledge");

  /** True once the VIP card and pledge agreement are returned. */
  public static final Fact<Boolean> CARD_RETURNED = Fact.flag("card-returned");

  /** The unit. */
  public static final Fact<String> UNIT = Fact.text("unit");

  /** The price in the subscription agreement. */
  public static final Fact<Money> PRICE = Fact.money("price");

  /** The unit asked for in a swap. */
  public static final Fact<String> NEW_UNIT = Fact.text("new-unit");

  /** True when the swap is to a larger unit. */
  public static final Fact<Boolean> TO_LARGER_UNIT = Fact.flag("to-larger-unit");

  /** True when the unit asked for is still available. */
  public static final Fact<Boolean> NEW_UNIT_AVAILABLE = Fact.flag("new-unit-available");

  /** The new buyer on a rename. */
  public static final Fact<String> NEW_BUYER = Fact.text("new-buyer");

  /** The days of a deferral asked for. */
  public static final Fact<Long> DEFERRAL_DAYS = Fact.count("deferral-days");

  /** True when the deferral keeps the subscription discount. */
  public static final Fact<Boolean> KEEPS_DISCOUNT = Fact.flag("keeps-discount");

  /** The deferral days granted so far; they extend the formal-contract deadline. */
  public static final Fact<Long> DEFERRAL_DAYS_GRANTED = Fact.count("deferral-days-granted");

  /** False once a deferral lost the subscription discount. */
  public static final Fact<Boolean> SUBSCRIPTION_DISCOUNT = Fact.flag("subscription-discount");

  /** True when the buyer signed the maintenance-fund waiver (after registration). */
  public static final Fact<Boolean> WAIVER_SIGNED = Fact.flag("maintenance-fund-waiver-signed");

  /** The stage a cancellation happened at: subscription, signed, registered. */
  public static final Fact<String> CANCELLATION_STAGE = Fact.text("cancellation-stage");

  /** The reference of the contract the cancellation settled. */
  public static final Fact<String> SETTLEMENT_REFERENCE = Fact.text("settlement-reference");

  /** The stage the settlement settled at, as a {@link ContractStage} name. */
  public static final Fact<String> SETTLED_STAGE = Fact.text("settled-stage");

  /** Who was at fault in the settlement, as a {@link dev.suanpan.core.settlement.Fault} name. */
  public static final Fact<String> CANCELLATION_FAULT = Fact.text("cancellation-fault");

  /** Everything the buyer paid, by the settlement. */
  public static final Fact<Money> PAID = Fact.money("paid");

  /** The refund to the buyer out of the money paid, by the settlement. */
  public static final Fact<Money> REFUND = Fact.money("refund");

  /** What the seller keeps out of the money paid, by the settlement. */
  public static final Fact<Money> RETAINED = Fact.money("retained");

  /** What the seller pays on top of the refund on its own default, by the settlement. */
  public static final Fact<Money> SELLER_COMPENSATION = Fact.money("compensation-from-seller");

  /** Charges the buyer owes beyond the price payments held, by the settlement. */
  public static final Fact<Money> CHARGES_NOT_COVERED = Fact.money("charges-not-covered");

  /** The subject the settlement asks approval on ({@code cancellation/after-formal-contract}). */
  public static final Fact<String> SETTLEMENT_SUBJECT = Fact.text("settlement-approval-subject");

  /** The amount the settlement asks approval for: the refund plus the seller's compensation. */
  public static final Fact<Money> SETTLEMENT_AMOUNT = Fact.money("settlement-approval-amount");

  /** The code of the role the settlement's route names as approver, when it names one. */
  public static final Fact<String> SETTLEMENT_APPROVER = Fact.text("settlement-approver");

  /** The project's subscriptions so far (for the rename quota). */
  public static final Fact<Long> PROJECT_SUBSCRIPTIONS = Fact.count("project-subscriptions");

  /** The project's renames so far. */
  public static final Fact<Long> PROJECT_RENAMES = Fact.count("project-renames");

  /** The project's units on sale (for the deferral quota). */
  public static final Fact<Long> PROJECT_UNITS = Fact.count("project-units");

  /** The project's deferrals so far. */
  public static final Fact<Long> PROJECT_DEFERRALS = Fact.count("project-deferrals");

  /** The rename quota: 30% of subscriptions (004 篇7). */
  public static final Percent RENAME_QUOTA = Percent.of(30);

  /** The deferral quota: 15% of units (004 篇7). */
  public static final Percent DEFERRAL_QUOTA = Percent.of(15);

  /** The days between subscription and formal contract (004 篇7). */
  public static final int CONTRACT_WITHIN_DAYS = 7;

  /**
   * The sales office's authority of 004 篇7: the sales manager issues VIP cards, refunds pledges,
   * approves renames and swaps to a larger unit; the marketing director swaps to a smaller unit;
   * signing deferrals by the matrix 7/15/30 days keeping the discount and 15/30/60 losing it.
   * Cancellations are not in it: they are approved through the settlement policy's sign-off ({@link
   * PropertyOfficeCancellationTerms#policy()}: the marketing director before the formal contract,
   * the general manager after it).
   */
  public static AuthorityPolicy salesOfficeAuthority() {
    AuthorityPolicy.Builder b =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .role(CONSULTANT, SALES_MANAGER)
            .role(CONTRACT_ADMIN, SALES_MANAGER);
    for (Subject s : new Subject[] {VIP_CARD, PLEDGE_REFUND, RENAME, SWAP_TO_LARGER}) {
      b.limit(GENERAL_MANAGER, s, Limit.unlimitedAuthority())
          .limit(MARKETING_DIRECTOR, s, Limit.unlimitedAuthority())
          .limit(SALES_MANAGER, s, Limit.unlimitedAuthority());
    }
    b.limit(GENERAL_MANAGER, SWAP_TO_SMALLER, Limit.unlimitedAuthority())
        .limit(MARKETING_DIRECTOR, SWAP_TO_SMALLER, Limit.unlimitedAuthority());
    b.limit(GENERAL_MANAGER, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(30))
        .limit(MARKETING_DIRECTOR, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(15))
        .limit(SALES_MANAGER, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(7));
    b.limit(GENERAL_MANAGER, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(60))
        .limit(MARKETING_DIRECTOR, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(30))
        .limit(SALES_MANAGER, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(15));
    return b.build();
  }

  /**
   * The flow of 004 篇7: {@link #salesOfficeAuthority()}, the cancellation settlement ({@link
   * PropertyOfficeCancellationTerms#policy()}), quotas and 7-day contract deadline.
   */
  public static WorkflowDefinition definition() {
    return definition(
        salesOfficeAuthority(),
        PropertyOfficeCancellationTerms.policy(),
        RENAME_QUOTA,
        DEFERRAL_QUOTA,
        CONTRACT_WITHIN_DAYS);
  }

  /**
   * The cancellation transition for a settlement at {@code stage}: {@code cancel-subscription},
   * {@code cancel-contract} (signed, not registered) or {@code cancel-registered}.
   */
  public static String cancellationFor(ContractStage stage) {
    Arguments.notNull(stage, "stage");
    return switch (stage) {
      case SUBSCRIPTION -> "cancel-subscription";
      case CONTRACT_SIGNED -> "cancel-contract";
      case CONTRACT_REGISTERED -> "cancel-registered";
    };
  }

  /**
   * The settlement's figures as the facts a cancellation records: its reference, stage and fault,
   * what was paid, refunded and retained, the seller's compensation, the charges not covered, and
   * the approval it asks for (subject, amount, and the approver its route names, unless beyond
   * every authority).
   *
   * @throws IllegalArgumentException if the settlement names no approval route
   */
  public static Facts settlementFacts(SettlementDecision settlement) {
    Arguments.notNull(settlement, "settlement");
    Arguments.check(
        settlement.approval().isPresent(),
        "settlement %s names no approval route",
        settlement.reference());
    AuthorityRoute route = settlement.approval().get();
    Arguments.check(
        route.request().amount().isPresent(),
        "settlement %s asks approval of %s, not of an amount",
        settlement.reference(),
        route.request());
    Facts facts =
        Facts.of(SETTLEMENT_REFERENCE, settlement.reference())
            .with(SETTLED_STAGE, settlement.stage().name())
            .with(CANCELLATION_FAULT, settlement.fault().name())
            .with(PAID, settlement.paid())
            .with(REFUND, settlement.refund())
            .with(RETAINED, settlement.totalRetained())
            .with(SELLER_COMPENSATION, settlement.compensationFromSeller())
            .with(CHARGES_NOT_COVERED, settlement.chargesNotCovered())
            .with(SETTLEMENT_SUBJECT, route.request().subject().code())
            .with(SETTLEMENT_AMOUNT, route.request().amount().get());
    return route.approver().map(r -> facts.with(SETTLEMENT_APPROVER, r.code())).orElse(facts);
  }

  /**
   * The command by which {@code actor} (the settlement policy's requester, the sales manager in 004
   * 篇7) asks at {@code at} to cancel as {@code settlement} says: the cancellation transition of the
   * settlement's stage ({@link #cancellationFor}) with {@link #settlementFacts} as payload. A
   * cancellation after registration also needs {@link #WAIVER_SIGNED}: add {@code
   * .with(WAIVER_SIGNED, true)}.
   */
  public static Command cancel(SettlementDecision settlement, Actor actor, LocalDateTime at) {
    Arguments.notNull(settlement, "settlement");
    return Command.fire(cancellationFor(settlement.stage()), actor, at)
        .with(settlementFacts(settlement));
  }

  /**
   * The cancellation at {@code stage}: filed by the settlement policy's requester with the
   * settlement's figures ({@link #settlementFacts}), for a settlement at that stage, approved by
   * whoever the sign-off authority routes the settlement's subject and amount to, which must be the
   * approver the settlement itself named.
   */
  private static Transition cancellation(
      SettlementPolicy settlement, ContractStage stage, String stageText, Guard... extra) {
    AuthorityPolicy authority = settlement.signOff().authority();
    Role requester = settlement.signOff().requester();
    ApprovalStep approval =
        ApprovalStep.of(
            authority,
            "the settlement's subject by refund plus compensation",
            PropertySubscriptionFlow::settlementRequest,
            Routing.UP_FROM_REQUESTER);
    Guard settled = settled();
    Guard atStage = settledAt(stage);
    Guard sameApprover = settlementsApprover(authority, requester);
    return Transition.builder()
        .name(cancellationFor(stage))
        .addFrom(
            switch (stage) {
              case SUBSCRIPTION -> SUBSCRIBED;
              case CONTRACT_SIGNED -> CONTRACTED;
              case CONTRACT_REGISTERED -> REGISTERED;
            })
        .to(CANCELLED)
        .addFiredBy(requester)
        .addGuards(extra)
        .addGuards(settled, atStage, sameApprover)
        .approval(approval)
        .stamps(Facts.of(CANCELLATION_STAGE, stageText))
        .build();
  }

  /** The cancellation carries the settlement's figures: it was settled first. */
  private static Guard settled() {
    return Guard.when(
        PropertySubscriptionRule.SETTLEMENT,
        "settled",
        f -> f.has(SETTLEMENT_SUBJECT) && f.has(SETTLEMENT_AMOUNT) && f.has(REFUND),
        f ->
            "a cancellation is settled first (Settlement.settle) and carries the settlement's"
                + " figures; "
                + SETTLEMENT_SUBJECT.name()
                + ", "
                + SETTLEMENT_AMOUNT.name()
                + " or "
                + REFUND.name()
                + " is not given");
  }

  /** The settlement was made at the stage the case cancels at. */
  private static Guard settledAt(ContractStage stage) {
    return Guard.when(
        PropertySubscriptionRule.SETTLEMENT_STAGE,
        "settled at " + stage,
        f -> f.get(SETTLED_STAGE).map(stage.name()::equals).orElse(false),
        f ->
            "the case cancels at "
                + stage
                + " but the settlement was made at "
                + f.get(SETTLED_STAGE).orElse("no stage"));
  }

  /**
   * The approver the sign-off routes the settlement's request to, from {@code requester}, is the
   * one the settlement named.
   */
  private static Guard settlementsApprover(AuthorityPolicy authority, Role requester) {
    return Guard.when(
        PropertySubscriptionRule.SETTLEMENT_APPROVER,
        "the settlement's approver",
        f ->
            settlementRequest(f)
                .map(
                    r ->
                        authority
                            .route(requester, r)
                            .approver()
                            .map(Role::code)
                            .equals(f.get(SETTLEMENT_APPROVER)))
                .orElse(false),
        f ->
            String.format(
                "the settlement names %s to approve %s, but this flow's sign-off routes it from"
                    + " %s to %s; settle with the flow's settlement policy",
                f.get(SETTLEMENT_APPROVER).orElse("nobody"),
                settlementRequest(f).map(Object::toString).orElse("its request"),
                requester.title(),
                settlementRequest(f)
                    .flatMap(r -> authority.route(requester, r).approver())
                    .map(Role::code)
                    .orElse("nobody")));
  }

  /** The settlement's approval request, from the facts {@link #settlementFacts} records. */
  private static Optional<AuthorityRequest> settlementRequest(Facts f) {
    return f.get(SETTLEMENT_SUBJECT)
        .flatMap(
            subject ->
                f.get(SETTLEMENT_AMOUNT)
                    .map(amount -> AuthorityRequest.ofAmount(Subject.of(subject), amount)));
  }

  private static ApprovalStep once(AuthorityPolicy policy, Subject subject) {
    return ApprovalStep.of(
        policy,
        subject.code(),
        f -> Optional.of(AuthorityRequest.ofCount(subject, 1)),
        Routing.UP_FROM_REQUESTER);
  }

  /**
   * The flow with {@code policy} (the subjects of this class), cancellations settled by 004 篇7's
   * {@link PropertyOfficeCancellationTerms#policy()}, the rename and deferral quotas, and the
   * calendar days from subscription to formal contract.
   *
   * @throws IllegalArgumentException if a quota is not between 0% and 100% or the days are below 2
   */
  public static WorkflowDefinition definition(
      AuthorityPolicy policy, Percent renameQuota, Percent deferralQuota, int contractWithinDays) {
    return definition(
        policy,
        PropertyOfficeCancellationTerms.policy(),
        renameQuota,
        deferralQuota,
        contractWithinDays);
  }

  /**
   * The flow with {@code policy} (the subjects of this class), cancellations approved as {@code
   * settlement} routes them (filed by its sign-off's requester, approved through its sign-off's
   * authority), the rename and deferral quotas, and the calendar days from subscription to formal
   * contract (extended by approved deferrals, escalated to the marketing director when missed).
   *
   * @throws IllegalArgumentException if a quota is not between 0% and 100% or the days are below 2
   */
  public static WorkflowDefinition definition(
      AuthorityPolicy policy,
      SettlementPolicy settlement,
      Percent renameQuota,
      Percent deferralQuota,
      int contractWithinDays) {
    Arguments.notNull(policy, "policy");
    Arguments.notNull(settlement, "settlement");
    for (Percent q : new Percent[] {renameQuota, deferralQuota}) {
      Arguments.notNull(q, "quota");
      Arguments.check(
          !q.isNegative() && !q.isGreaterThan(Percent.HUNDRED),
          "quota must be between 0%% and 100%%, was %s",
          q);
    }
    Arguments.check(
        contractWithinDays >= 2,
        "contractWithinDays must be at least 2, was %d",
        contractWithinDays);
    WorkflowDefinition.Builder flow = pledge();
    vipCard(flow, policy);
    subscription(flow);
    rename(flow, policy, renameQuota);
    unitSwap(flow, policy);
    signingDeferral(flow, policy, deferralQuota);
    contract(flow);
    cancellations(flow, settlement);
    contractDeadline(flow, contractWithinDays);
    return flow.build();
  }

  /** The states, and the VIP pledge (认筹) naming the buyer and the pledge (004 篇6, 篇7). */
  private static WorkflowDefinition.Builder pledge() {
    return WorkflowDefinition.builder(NAME)
        .states(
            PLEDGED,
            VIP,
            SUBSCRIBED,
            CONTRACTED,
            REGISTERED,
            HANDED_OVER,
            PLEDGE_REFUNDED,
            CANCELLED)
        .initial(PLEDGED)
        .endStates(HANDED_OVER, PLEDGE_REFUNDED, CANCELLED)
        .openedBy(CONSULTANT, SALES_MANAGER)
        .openGuard(Guard.requires(PropertySubscriptionRule.BUYER, BUYER))
        .openGuard(Guard.requires(PropertySubscriptionRule.PLEDGE, PLEDGE));
  }

  /**
   * The VIP card, issued once the sales manager approves; or the pledge refunded (解筹) once the card
   * is back and the sales manager approves (004 篇7).
   */
  private static void vipCard(WorkflowDefinition.Builder flow, AuthorityPolicy policy) {
    flow.transition(
            Transition.builder()
                .name("issue-vip-card")
                .addFrom(PLEDGED)
                .to(VIP)
                .addFiredBy(CONSULTANT)
                .approval(once(policy, VIP_CARD))
                .build())
        .transition(
            Transition.builder()
                .name("refund-pledge")
                .addFrom(PLEDGED, VIP)
                .to(PLEDGE_REFUNDED)
                .addFiredBy(CONSULTANT)
                .addGuards(Guard.isTrue(PropertySubscriptionRule.CARD_RETURNED, CARD_RETURNED))
                .approval(once(policy, PLEDGE_REFUND))
                .build());
  }

  /** The subscription (认购) of a unit at a price, with the subscription discount (004 篇7). */
  private static void subscription(WorkflowDefinition.Builder flow) {
    flow.transition(
        Transition.builder()
            .name("subscribe")
            .addFrom(VIP)
            .to(SUBSCRIBED)
            .addFiredBy(CONSULTANT)
            .addGuards(Guard.requires(PropertySubscriptionRule.UNIT, UNIT))
            .addGuards(Guard.requires(PropertySubscriptionRule.PRICE, PRICE))
            .stamps(Facts.of(SUBSCRIPTION_DISCOUNT, true))
            .build());
  }

  /**
   * A rename (更名) before the formal contract, approved, within the rename quota of subscriptions
   * (004 篇7).
   */
  private static void rename(
      WorkflowDefinition.Builder flow, AuthorityPolicy policy, Percent renameQuota) {
    flow.transition(
        Transition.builder()
            .name("rename")
            .addFrom(SUBSCRIBED)
            .addFiredBy(CONSULTANT)
            .addGuards(Guard.requires(PropertySubscriptionRule.NEW_BUYER, NEW_BUYER))
            .addGuards(
                Guard.quota(
                    PropertySubscriptionRule.RENAME_QUOTA,
                    "renames",
                    PROJECT_RENAMES,
                    PROJECT_SUBSCRIPTIONS,
                    renameQuota))
            .approval(once(policy, RENAME))
            .effect(PropertySubscriptionFlow::renameBuyer)
            .build());
  }

  private static Facts renameBuyer(Facts current, Facts payload) {
    return payload.get(NEW_BUYER).map(b -> payload.with(BUYER, b)).orElse(payload);
  }

  /**
   * A unit swap (换房) to an available unit, approved by its direction: to a larger unit by the sales
   * manager, to a smaller by the marketing director (004 篇7).
   */
  private static void unitSwap(WorkflowDefinition.Builder flow, AuthorityPolicy policy) {
    flow.transition(
        Transition.builder()
            .name("swap-unit")
            .addFrom(SUBSCRIBED)
            .addFiredBy(CONSULTANT)
            .addGuards(Guard.requires(PropertySubscriptionRule.NEW_UNIT, NEW_UNIT))
            .addGuards(
                Guard.isTrue(PropertySubscriptionRule.NEW_UNIT_AVAILABLE, NEW_UNIT_AVAILABLE))
            .approval(swapApproval(policy))
            .effect(PropertySubscriptionFlow::swapUnit)
            .build());
  }

  /** The swap's approval request: one swap, to a larger unit or to a smaller. */
  private static ApprovalStep swapApproval(AuthorityPolicy policy) {
    return ApprovalStep.of(
        policy,
        "unit-swap by direction",
        f ->
            f.get(TO_LARGER_UNIT)
                .map(
                    larger ->
                        AuthorityRequest.ofCount(larger ? SWAP_TO_LARGER : SWAP_TO_SMALLER, 1)),
        Routing.UP_FROM_REQUESTER);
  }

  private static Facts swapUnit(Facts current, Facts payload) {
    return payload.get(NEW_UNIT).map(u -> payload.with(UNIT, u)).orElse(payload);
  }

  /**
   * A signing deferral (延期签约), approved by the days deferred and whether the discount is kept,
   * within the deferral quota of units (004 篇7).
   */
  private static void signingDeferral(
      WorkflowDefinition.Builder flow, AuthorityPolicy policy, Percent deferralQuota) {
    flow.transition(
        Transition.builder()
            .name("defer-signing")
            .addFrom(SUBSCRIBED)
            .addFiredBy(CONSULTANT)
            .addGuards(
                Guard.quota(
                    PropertySubscriptionRule.DEFERRAL_QUOTA,
                    "deferrals",
                    PROJECT_DEFERRALS,
                    PROJECT_UNITS,
                    deferralQuota))
            .approval(deferralApproval(policy))
            .effect(PropertySubscriptionFlow::grantDeferral)
            .build());
  }

  /** The deferral's approval request: its days, keeping the discount or losing it. */
  private static ApprovalStep deferralApproval(AuthorityPolicy policy) {
    return ApprovalStep.of(
        policy,
        "signing-deferral by deferral-days, keeping the discount or not",
        f ->
            f.get(DEFERRAL_DAYS)
                .flatMap(
                    days ->
                        f.get(KEEPS_DISCOUNT)
                            .map(
                                keeps ->
                                    AuthorityRequest.ofCount(
                                        keeps
                                            ? DEFERRAL_KEEPING_DISCOUNT
                                            : DEFERRAL_LOSING_DISCOUNT,
                                        days))),
        Routing.UP_FROM_REQUESTER);
  }

  /**
   * A deferral granted adds its days to the contract deadline; one losing the discount drops it.
   */
  private static Facts grantDeferral(Facts current, Facts payload) {
    long days = payload.get(DEFERRAL_DAYS).orElse(0L);
    long total = current.get(DEFERRAL_DAYS_GRANTED).orElse(0L) + days;
    Facts out = payload.with(DEFERRAL_DAYS_GRANTED, total);
    return payload.get(KEEPS_DISCOUNT).orElse(true) ? out : out.with(SUBSCRIPTION_DISCOUNT, false);
  }

  /** The formal contract, its registration (备案) and the handover (004 篇7). */
  private static void contract(WorkflowDefinition.Builder flow) {
    flow.transition(
            Transition.builder()
                .name("sign-contract")
                .addFrom(SUBSCRIBED)
                .to(CONTRACTED)
                .addFiredBy(CONSULTANT, SALES_MANAGER)
                .build())
        .transition(
            Transition.builder()
                .name("register")
                .addFrom(CONTRACTED)
                .to(REGISTERED)
                .addFiredBy(CONTRACT_ADMIN)
                .build())
        .transition(
            Transition.builder()
                .name("hand-over")
                .addFrom(REGISTERED)
                .to(HANDED_OVER)
                .addFiredBy(SALES_MANAGER)
                .build());
  }

  /**
   * Cancellation (退房) at each stage, as {@code settlement} settles it; after registration only with
   * the maintenance fund waiver signed (004 篇7 §12).
   */
  private static void cancellations(WorkflowDefinition.Builder flow, SettlementPolicy settlement) {
    flow.transition(cancellation(settlement, ContractStage.SUBSCRIPTION, "subscription"))
        .transition(cancellation(settlement, ContractStage.CONTRACT_SIGNED, "signed"))
        .transition(
            cancellation(
                settlement,
                ContractStage.CONTRACT_REGISTERED,
                "registered",
                Guard.isTrue(PropertySubscriptionRule.MAINTENANCE_FUND_WAIVER, WAIVER_SIGNED)));
  }

  /**
   * The formal contract due {@code contractWithinDays} after subscription, extended by approved
   * deferrals and escalated to the marketing director (004 篇7).
   */
  private static void contractDeadline(WorkflowDefinition.Builder flow, int contractWithinDays) {
    flow.deadline(
        Deadline.builder()
            .name("formal-contract-within-" + contractWithinDays + "-days")
            .addStartsOn(SUBSCRIBED)
            .addMetBy(CONTRACTED, CANCELLED)
            .length(contractWithinDays)
            .unit(DayUnit.CALENDAR_DAYS)
            .remindBefore(1)
            .escalateTo(MARKETING_DIRECTOR)
            .extendedBy(DEFERRAL_DAYS_GRANTED)
            .build());
  }
}
