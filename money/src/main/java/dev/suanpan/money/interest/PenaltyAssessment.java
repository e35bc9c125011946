package dev.suanpan.money.interest;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The late-payment penalty on one overdue amount, from {@link LatePaymentPenalty#assess}, with the
 * days, the uncapped figure, the cap and whether it applied, so an auditor can redo the sum.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PenaltyAssessment {
  /** The policy applied. */
  public abstract PenaltyPolicy policy();

  /** The amount paid late. */
  public abstract Money overdue();

  /** The date it was due. */
  public abstract LocalDate dueDate();

  /** The date it was paid. */
  public abstract LocalDate paidOn();

  /** Days from the day after the due date to the payment date inclusive; 0 if paid on time. */
  public abstract long daysLate();

  /** The days charged after the grace rule. */
  public abstract long daysCharged();

  /** {@code overdue × dailyRate × daysCharged}, rounded, before the cap. */
  public abstract Money uncappedPenalty();

  /** {@code overdue × cap}, rounded; empty when the policy has no cap. */
  public abstract Optional<Money> capAmount();

  /** The penalty due: the uncapped penalty, or the cap amount when that is lower. */
  public abstract Money penalty();

  /** True when the cap lowered the penalty. */
  public boolean capped() {
    return penalty().isLessThan(uncappedPenalty());
  }

  @Value.Check
  protected void check() {
    Arguments.sameCurrency(overdue(), penalty(), "penalty");
    Arguments.sameCurrency(overdue(), uncappedPenalty(), "uncappedPenalty");
    Arguments.check(
        daysCharged() >= 0 && daysCharged() <= daysLate(),
        "daysCharged must be between 0 and daysLate %s, was %s",
        daysLate(),
        daysCharged());
    Arguments.check(
        !penalty().isGreaterThan(uncappedPenalty()),
        "penalty must not exceed uncappedPenalty %s, was %s",
        uncappedPenalty(),
        penalty());
  }

  /**
   * As text, for example {@code "penalty CNY 55.00 on CNY 10000.00 due 2024-03-31 paid 2024-04-11:
   * 11 days late, 11 charged at 0.05% a day = CNY 55.00, cap 20% = CNY 2000.00, not capped"}.
   */
  @Override
  public String toString() {
    return "penalty "
        + penalty()
        + " on "
        + overdue()
        + " due "
        + dueDate()
        + " paid "
        + paidOn()
        + ": "
        + daysLate()
        + " days late, "
        + daysCharged()
        + " charged at "
        + policy().dailyRate()
        + " a day = "
        + uncappedPenalty()
        + capAmount()
            .map(
                c ->
                    ", cap "
                        + policy().cap().get()
                        + " = "
                        + c
                        + (capped() ? ", capped" : ", not capped"))
            .orElse(", no cap");
  }
}
