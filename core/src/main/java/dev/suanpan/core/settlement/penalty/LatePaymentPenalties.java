package dev.suanpan.core.settlement.penalty;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.interest.LatePaymentPenalty;
import dev.suanpan.money.interest.PenaltyAssessment;
import dev.suanpan.money.interest.PenaltyPolicy;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Assesses penalty interest on overdue instalments with the money module's {@link
 * LatePaymentPenalty} (a daily rate, grace days, an optional cap): the one verb is {@link
 * #assess(List, LocalDate)}.
 *
 * <p>An instalment paid late is charged from its due date to the day it was paid; one still unpaid
 * after its due date is charged to the assessment day; one paid on time, or not yet due, is not
 * listed. Each is explained as {@link LatePaymentRule#INSTALMENT} with its days and figures, and
 * the sum as {@link LatePaymentRule#TOTAL}. Immutable and thread-safe.
 */
public final class LatePaymentPenalties {
  private final LatePaymentPenalty penalty;

  private LatePaymentPenalties(LatePaymentPenalty penalty) {
    this.penalty = penalty;
  }

  /** An engine charging penalties under {@code policy}. */
  public static LatePaymentPenalties of(PenaltyPolicy policy) {
    return new LatePaymentPenalties(LatePaymentPenalty.of(Arguments.notNull(policy, "policy")));
  }

  /** The penalty policy applied. */
  public PenaltyPolicy policy() {
    return penalty.policy();
  }

  /**
   * The penalties on {@code schedule} as of {@code asOf}.
   *
   * @throws IllegalArgumentException if the schedule is empty, mixes currencies, repeats a label,
   *     or records a payment after {@code asOf}
   */
  public LatePaymentDecision assess(List<Instalment> schedule, LocalDate asOf) {
    Arguments.notEmpty(schedule, "schedule");
    Arguments.notNull(asOf, "asOf");
    CurrencyUnit currency =
        Arguments.notNull(schedule.get(0), "schedule[0]").amount().getCurrencyUnit();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < schedule.size(); i++) {
      Instalment inst = Arguments.notNull(schedule.get(i), "schedule[" + i + "]");
      Arguments.inCurrency(inst.amount(), currency, "schedule[" + i + "].amount");
      Arguments.check(labels.add(inst.label()), "instalment %s appears twice", inst.label());
      inst.paidOn()
          .ifPresent(
              p ->
                  Arguments.check(
                      !p.isAfter(asOf),
                      "instalment %s is recorded as paid on %s, after the assessment day %s",
                      inst.label(),
                      p,
                      asOf));
    }
    Explanation.Builder why = Explanation.builder();
    ImmutableMap.Builder<String, PenaltyAssessment> assessments = ImmutableMap.builder();
    Money total = Money.zero(currency);
    for (Instalment inst : schedule) {
      LocalDate until = inst.paidOn().orElse(asOf);
      if (!until.isAfter(inst.dueDate())) {
        continue;
      }
      PenaltyAssessment a = penalty.assess(inst.amount(), inst.dueDate(), until);
      assessments.put(inst.label(), a);
      total = total.plus(a.penalty());
      why.add(
          LatePaymentRule.INSTALMENT,
          "%s %s: %s",
          inst.label(),
          inst.paidOn().isPresent() ? "paid late" : "unpaid on " + asOf,
          a);
    }
    why.add(LatePaymentRule.TOTAL, "penalty %s as of %s under %s", total, asOf, penalty.policy());
    return ImmutableLatePaymentDecision.builder()
        .asOf(asOf)
        .currency(currency)
        .assessments(assessments.build())
        .outcome(Outcome.ALLOWED)
        .explanation(why.build())
        .build();
  }
}
