package dev.suanpan.core.receivables.dunning;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * Dunning (催收): on a date, each customer with overdue instalments is given the highest {@link
 * DunningLevel} its most overdue instalment has reached, with the level's fee and, from a level
 * that charges it, interest on the overdue instalments by the credit policy's {@link
 * OverdueInterest}. Read the open items from the {@link
 * dev.suanpan.core.receivables.ReceivablesLedger}; post the notices' {@link DunningNotice#feeNote
 * fee} and {@link DunningNotice#interestNote interest} notes back to it. Immutable and thread-safe.
 *
 * <p>The rules, in order ({@link DunningRule}): the overdue instalments and the days of the most
 * overdue; the level; the fee; the interest.
 */
public final class Dunning {
  private final DunningPolicy policy;

  private Dunning(DunningPolicy policy) {
    this.policy = policy;
  }

  /** Dunning under {@code policy}'s levels. */
  public static Dunning of(DunningPolicy policy) {
    return new Dunning(Arguments.notNull(policy, "policy"));
  }

  /**
   * The notices on {@code asOf} for the customers of {@code open} whose most overdue instalment has
   * reached a level. An instalment is overdue from the day after its due date.
   *
   * @throws IllegalArgumentException if an amount is in another currency than the policy's
   */
  public DunningReport assess(List<Receivable> open, LocalDate asOf) {
    Arguments.notNull(open, "open");
    Arguments.notNull(asOf, "asOf");
    Map<String, List<Receivable>> overdue = new TreeMap<>();
    for (int i = 0; i < open.size(); i++) {
      Receivable r = Arguments.notNull(open.get(i), "open[" + i + "]");
      Arguments.inCurrency(
          r.openAmount(), policy.credit().currency(), "open[" + i + "] open amount");
      if (asOf.isAfter(r.dueDate())) {
        overdue.computeIfAbsent(r.customer().code(), c -> new ArrayList<>()).add(r);
      }
    }
    ImmutableList.Builder<DunningNotice> notices = ImmutableList.builder();
    for (List<Receivable> items : overdue.values()) {
      notice(items.get(0).customer(), items, asOf).ifPresent(notices::add);
    }
    return ImmutableDunningReport.builder().asOf(asOf).notices(notices.build()).build();
  }

  private Optional<DunningNotice> notice(
      CustomerId customer, List<Receivable> items, LocalDate asOf) {
    Explanation.Builder why = Explanation.builder();
    long days = 0;
    Money total = Money.zero(policy.credit().currency());
    for (Receivable r : items) {
      days = Math.max(days, r.daysOverdueOn(asOf));
      total = total.plus(r.openAmount());
    }
    why.add(
        DunningRule.OVERDUE,
        "%s: %s instalments overdue, %s open, the oldest %s days",
        customer,
        items.size(),
        total,
        days);
    DunningLevel level = level(days, why);
    if (level == null) {
      return Optional.empty();
    }
    fee(level, why);
    Money interest = interest(level, items, asOf, why);
    return Optional.of(
        ImmutableDunningNotice.builder()
            .customer(customer)
            .asOf(asOf)
            .level(level)
            .daysOverdue(days)
            .overdueItems(items)
            .overdue(total)
            .fee(level.fee())
            .interest(interest)
            .explanation(why.build())
            .build());
  }

  /** {@link DunningRule#LEVEL}: the highest level reached; null if none. */
  private DunningLevel level(long days, Explanation.Builder why) {
    DunningLevel reached = null;
    for (DunningLevel l : policy.levels()) {
      if (l.fromDaysOverdue() <= days) {
        reached = l;
      }
    }
    if (reached == null) {
      why.add(
          DunningRule.LEVEL,
          "%s days is before the first level (%s)",
          days,
          policy.levels().get(0));
    } else {
      why.add(DunningRule.LEVEL, "%s days reaches %s", days, reached);
    }
    return reached;
  }

  /** {@link DunningRule#FEE}. */
  private static void fee(DunningLevel level, Explanation.Builder why) {
    if (level.fee().isPositive()) {
      why.add(DunningRule.FEE, "fee %s at %s", level.fee(), level.textKey());
    }
  }

  /**
   * {@link DunningRule#INTEREST}: by the credit policy's overdue interest, if the level charges.
   */
  private Money interest(
      DunningLevel level, List<Receivable> items, LocalDate asOf, Explanation.Builder why) {
    if (!level.chargesInterest()) {
      return Money.zero(policy.credit().currency());
    }
    Money interest = OverdueInterest.of(policy.credit()).assess(items, asOf).total();
    why.add(
        DunningRule.INTEREST,
        "interest %s on the overdue instalments (%s)",
        interest,
        policy.credit().overdueInterest().get());
    return interest;
  }
}
