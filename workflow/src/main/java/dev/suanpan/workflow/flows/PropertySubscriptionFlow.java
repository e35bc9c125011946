package dev.suanpan.workflow.flows;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.AuthorityRequest;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.money.Arguments;
import dev.suanpan.money.Percent;
import dev.suanpan.workflow.ApprovalStep;
import dev.suanpan.workflow.Deadline;
import dev.suanpan.workflow.Effect;
import dev.suanpan.workflow.Fact;
import dev.suanpan.workflow.Facts;
import dev.suanpan.workflow.Guard;
import dev.suanpan.workflow.Routing;
import dev.suanpan.workflow.State;
import dev.suanpan.workflow.Transition;
import dev.suanpan.workflow.WorkflowDefinition;
import dev.suanpan.workflow.calendar.DayUnit;
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
 * back and the sales manager approves. Cancellation (退房) is approved by the marketing director
 * before the formal contract and by the general manager after it; the case records the stage
 * (subscription, signed, registered) and the approver, and leaves the money to the caller's
 * settlement.
 *
 * <p>Quotas count the project's cases, which the caller passes with the command: {@link
 * #PROJECT_SUBSCRIPTIONS}, {@link #PROJECT_RENAMES}, {@link #PROJECT_UNITS}, {@link
 * #PROJECT_DEFERRALS}.
 */
public final class PropertySubscriptionFlow {
  private PropertySubscriptionFlow() {}

  /** The flow's name. */
  public static final String NAME = "property-subscription";

  /** Sales consultant (置业顾问). */
  public static final Role CONSULTANT = Role.of("CONSULTANT", "Sales consultant");

  /** Project sales manager (项目销售经理). */
  public static final Role SALES_MANAGER = Role.of("SALES_MANAGER", "Project sales manager");

  /** Project marketing director (项目营销总监). */
  public static final Role MARKETING_DIRECTOR =
      Role.of("MARKETING_DIRECTOR", "Project marketing director");

  /** General manager (公司总经理). */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

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

  /** Cancelling before the formal contract. */
  public static final Subject CANCEL_BEFORE_CONTRACT = Subject.of("cancellation/before-contract");

  /** Cancelling after the formal contract. */
  public static final Subject CANCEL_AFTER_CONTRACT = Subject.of("cancellation/after-contract");

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

  /** The project's subscriptions so far (for the rename quota). */
  public static final Fact<Long> PROJECT_SUBSCRIPTIONS = Fact.count("project-subscriptions");

  /** The project's renames so far. */
  public static final Fact<Long> PROJECT_RENAMES = Fact.count("project-renames");

  /** The project's units on sale (for the deferral quota). */
  public static final Fact<Long> PROJECT_UNITS = Fact.count("project-units");

  /** The project's deferrals so far. */
  public static final Fact<Long> PROJECT_DEFERRALS = Fact.count("project-deferrals");

  /** The sources' rename quota: 30% of subscriptions. */
  public static final Percent RENAME_QUOTA = Percent.of(30);

  /** The sources' deferral quota: 15% of units. */
  public static final Percent DEFERRAL_QUOTA = Percent.of(15);

  /** The sources' days between subscription and formal contract. */
  public static final int CONTRACT_WITHIN_DAYS = 7;

  /**
   * The sources' authority [004 篇7]: the sales manager issues VIP cards, refunds pledges, approves
   * renames and swaps to a larger unit; the marketing director swaps to a smaller unit and
   * cancellations before the formal contract; the general manager cancellations after it; signing
   * deferrals by the matrix 7/15/30 days keeping the discount and 15/30/60 losing it.
   */
  public static AuthorityPolicy sourcesPolicy() {
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
    for (Subject s : new Subject[] {SWAP_TO_SMALLER, CANCEL_BEFORE_CONTRACT}) {
      b.limit(GENERAL_MANAGER, s, Limit.unlimitedAuthority())
          .limit(MARKETING_DIRECTOR, s, Limit.unlimitedAuthority());
    }
    b.limit(GENERAL_MANAGER, CANCEL_AFTER_CONTRACT, Limit.unlimitedAuthority());
    b.limit(GENERAL_MANAGER, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(30))
        .limit(MARKETING_DIRECTOR, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(15))
        .limit(SALES_MANAGER, DEFERRAL_KEEPING_DISCOUNT, Limit.upToCount(7));
    b.limit(GENERAL_MANAGER, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(60))
        .limit(MARKETING_DIRECTOR, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(30))
        .limit(SALES_MANAGER, DEFERRAL_LOSING_DISCOUNT, Limit.upToCount(15));
    return b.build();
  }

  /** The flow with the sources' policy, quotas and 7-day contract deadline. */
  public static WorkflowDefinition sourcesDefinition() {
    return definition(sourcesPolicy(), RENAME_QUOTA, DEFERRAL_QUOTA, CONTRACT_WITHIN_DAYS);
  }

  private static ApprovalStep once(AuthorityPolicy policy, Subject subject) {
    return ApprovalStep.of(
        policy,
        subject.code(),
        f -> Optional.of(AuthorityRequest.ofCount(subject, 1)),
        Routing.UP_FROM_REQUESTER);
  }

  /**
   * The flow with {@code policy} (the subjects of this class), the rename and deferral quotas, and
   * the calendar days from subscription to formal contract (extended by approved deferrals,
   * escalated to the marketing director when missed).
   *
   * @throws IllegalArgumentException if a quota is not between 0% and 100% or the days are below 2
   */
  public static WorkflowDefinition definition(
      AuthorityPolicy policy, Percent renameQuota, Percent deferralQuota, int contractWithinDays) {
    Arguments.notNull(policy, "policy");
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
    ApprovalStep deferral =
        ApprovalStep.of(
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
    ApprovalStep swap =
        ApprovalStep.of(
            policy,
            "unit-swap by direction",
            f ->
                f.get(TO_LARGER_UNIT)
                    .map(
                        larger ->
                            AuthorityRequest.ofCount(larger ? SWAP_TO_LARGER : SWAP_TO_SMALLER, 1)),
            Routing.UP_FROM_REQUESTER);
    Effect grantDeferral =
        (current, payload) -> {
          long days = payload.get(DEFERRAL_DAYS).orElse(0L);
          long total = current.get(DEFERRAL_DAYS_GRANTED).orElse(0L) + days;
          Facts out = payload.with(DEFERRAL_DAYS_GRANTED, total);
          return payload.get(KEEPS_DISCOUNT).orElse(true)
              ? out
              : out.with(SUBSCRIPTION_DISCOUNT, false);
        };
    Effect swapUnit =
        (current, payload) -> payload.get(NEW_UNIT).map(u -> payload.with(UNIT, u)).orElse(payload);
    Effect renameBuyer =
        (current, payload) ->
            payload.get(NEW_BUYER).map(b -> payload.with(BUYER, b)).orElse(payload);
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
        .openGuard(Guard.requires("property.buyer", BUYER))
        .openGuard(Guard.requires("property.pledge", PLEDGE))
        .transition(
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
                .addGuards(Guard.isTrue("property.card-returned", CARD_RETURNED))
                .approval(once(policy, PLEDGE_REFUND))
                .build())
        .transition(
            Transition.builder()
                .name("subscribe")
                .addFrom(VIP)
                .to(SUBSCRIBED)
                .addFiredBy(CONSULTANT)
                .addGuards(Guard.requires("property.unit", UNIT))
                .addGuards(Guard.requires("property.price", PRICE))
                .stamps(Facts.of(SUBSCRIPTION_DISCOUNT, true))
                .build())
        .transition(
            Transition.builder()
                .name("rename")
                .addFrom(SUBSCRIBED)
                .addFiredBy(CONSULTANT)
                .addGuards(Guard.requires("property.new-buyer", NEW_BUYER))
                .addGuards(
                    Guard.quota(
                        "property.rename-quota",
                        "renames",
                        PROJECT_RENAMES,
                        PROJECT_SUBSCRIPTIONS,
                        renameQuota))
                .approval(once(policy, RENAME))
                .effect(renameBuyer)
                .build())
        .transition(
            Transition.builder()
                .name("swap-unit")
                .addFrom(SUBSCRIBED)
                .addFiredBy(CONSULTANT)
                .addGuards(Guard.requires("property.new-unit", NEW_UNIT))
                .addGuards(Guard.isTrue("property.new-unit-available", NEW_UNIT_AVAILABLE))
                .approval(swap)
                .effect(swapUnit)
                .build())
        .transition(
            Transition.builder()
                .name("defer-signing")
                .addFrom(SUBSCRIBED)
                .addFiredBy(CONSULTANT)
                .addGuards(
                    Guard.quota(
                        "property.deferral-quota",
                        "deferrals",
                        PROJECT_DEFERRALS,
                        PROJECT_UNITS,
                        deferralQuota))
                .approval(deferral)
                .effect(grantDeferral)
                .build())
        .transition(
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
                .build())
        .transition(
            Transition.builder()
                .name("cancel-subscription")
                .addFrom(SUBSCRIBED)
                .to(CANCELLED)
                .addFiredBy(SALES_MANAGER)
                .approval(once(policy, CANCEL_BEFORE_CONTRACT))
                .stamps(Facts.of(CANCELLATION_STAGE, "subscription"))
                .build())
        .transition(
            Transition.builder()
                .name("cancel-contract")
                .addFrom(CONTRACTED)
                .to(CANCELLED)
                .addFiredBy(SALES_MANAGER)
                .approval(once(policy, CANCEL_AFTER_CONTRACT))
                .stamps(Facts.of(CANCELLATION_STAGE, "signed"))
                .build())
        .transition(
            Transition.builder()
                .name("cancel-registered")
                .addFrom(REGISTERED)
                .to(CANCELLED)
                .addFiredBy(SALES_MANAGER)
                .addGuards(Guard.isTrue("property.maintenance-fund-waiver", WAIVER_SIGNED))
                .approval(once(policy, CANCEL_AFTER_CONTRACT))
                .stamps(Facts.of(CANCELLATION_STAGE, "registered"))
                .build())
        .deadline(
            Deadline.builder()
                .name("formal-contract-within-" + contractWithinDays + "-days")
                .addStartsOn(SUBSCRIBED)
                .addMetBy(CONTRACTED, CANCELLED)
                .length(contractWithinDays)
                .unit(DayUnit.CALENDAR_DAYS)
                .remindBefore(1)
                .escalateTo(MARKETING_DIRECTOR)
                .extendedBy(DEFERRAL_DAYS_GRANTED)
                .build())
        .build();
  }
}
