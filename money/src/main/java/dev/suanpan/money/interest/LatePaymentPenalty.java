package dev.suanpan.money.interest;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Assesses the late-payment penalty (滞纳金) on an overdue amount under a {@link PenaltyPolicy}:
 *
 * <ol>
 *   <li>days late = days from the day after the due date to the payment date, inclusive (due 31
 *       March, paid 10 April: 10 days); 0 when paid on or before the due date;
 *   <li>days charged: under {@link GraceRule#FORGIVEN_WITHIN_GRACE}, 0 when days late is within the
 *       grace days, else every day late; under {@link GraceRule#DAYS_BEYOND_GRACE}, only the days
 *       beyond the grace days;
 *   <li>uncapped penalty = round(overdue × daily rate × days charged), exact before the one
 *       rounding;
 *   <li>with a cap, cap amount = round(overdue × cap) and the penalty is the smaller of the two.
 * </ol>
 *
 * The penalty never decreases as payment comes later and never exceeds the cap amount. Immutable
 * and thread-safe. Rejects a null policy, a null or negative overdue amount and null dates.
 */
public final class LatePaymentPenalty {
  private final PenaltyPolicy policy;

  private LatePaymentPenalty(PenaltyPolicy policy) {
    this.policy = policy;
  }

  /** The penalty engine for {@code policy}. */
  public static LatePaymentPenalty of(PenaltyPolicy policy) {
    return new LatePaymentPenalty(Arguments.notNull(policy, "policy"));
  }

  /** The policy applied. */
  public PenaltyPolicy policy() {
    return policy;
  }

  /**
   * The penalty on {@code overdue}, due on {@code dueDate} and paid on {@code paidOn}.
   *
   * @throws IllegalArgumentException naming {@code overdue} when it is negative
   * @throws NullPointerException naming the null argument
   */
  public PenaltyAssessment assess(Money overdue, LocalDate dueDate, LocalDate paidOn) {
    Arguments.nonNegative(overdue, "overdue");
    Arguments.notNull(dueDate, "dueDate");
    Arguments.notNull(paidOn, "paidOn");
    long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOn));
    long grace = policy.graceDays();
    long daysCharged =
        switch (policy.graceRule()) {
          case FORGIVEN_WITHIN_GRACE -> daysLate <= grace ? 0 : daysLate;
          case DAYS_BEYOND_GRACE -> Math.max(0, daysLate - grace);
        };
    Money uncapped =
        policy
            .rounding()
            .round(
                overdue
                    .toBigMoney()
                    .multipliedBy(
                        policy.dailyRate().fraction().multiply(BigDecimal.valueOf(daysCharged))));
    Optional<Money> capAmount = policy.cap().map(c -> c.of(overdue, policy.rounding()));
    Money penalty = capAmount.filter(c -> c.isLessThan(uncapped)).orElse(uncapped);
    return ImmutablePenaltyAssessment.builder()
        .policy(policy)
        .overdue(overdue)
        .dueDate(dueDate)
        .paidOn(paidOn)
        .daysLate(daysLate)
        .daysCharged(daysCharged)
        .uncappedPenalty(uncapped)
        .capAmount(capAmount)
        .penalty(penalty)
        .build();
  }

  /** As text: the policy. */
  @Override
  public String toString() {
    return "late-payment penalty " + policy;
  }
}
