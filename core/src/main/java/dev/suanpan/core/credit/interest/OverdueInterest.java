package dev.suanpan.core.credit.interest;

import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.PaymentRecord;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.interest.InterestAccrual;
import dev.suanpan.money.interest.LatePaymentPenalty;
import dev.suanpan.money.interest.PenaltyAssessment;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * Interest on overdue receivables (逾期货款采取计息), with the money module's {@link SimpleInterest} (open
 * receivables, from the due date to a review date) and {@link LatePaymentPenalty} (receivables paid
 * late, from the due date to the payment), under the policy's {@link
 * CreditPolicy#overdueInterest()} and {@link CreditPolicy#latePaymentTerms()}; and, when the policy
 * has {@link CreditPolicy#recoveryCostBands() recovery-cost bands}, a fixed sum on each overdue
 * debt by its band in addition to the interest ({@link OverdueInterestRule#RECOVERY_COST},
 * Directive 2011/7/EU art. 6). Immutable and thread-safe.
 */
public final class OverdueInterest {
  private final CreditPolicy policy;

  private OverdueInterest(CreditPolicy policy) {
    this.policy = policy;
  }

  /** Overdue interest under {@code policy}. */
  public static OverdueInterest of(CreditPolicy policy) {
    return new OverdueInterest(Arguments.notNull(policy, "policy"));
  }

  /**
   * The interest accrued by {@code asOf} on each receivable in {@code open} that is past its due
   * date: simple interest on the open amount from the due date (exclusive) to {@code asOf}
   * (inclusive). Receivables not yet overdue get no line.
   *
   * @throws IllegalArgumentException if the policy charges no overdue interest, or an amount is in
   *     another currency than the policy's
   */
  public OverdueInterestReport assess(List<Receivable> open, LocalDate asOf) {
    Arguments.notNull(open, "open");
    Arguments.notNull(asOf, "asOf");
    Arguments.check(
        policy.overdueInterest().isPresent(),
        "the policy charges no overdue interest (overdueInterest is empty)");
    SimpleInterest interest = policy.overdueInterest().get();
    ImmutableOverdueInterestReport.Builder report = ImmutableOverdueInterestReport.builder();
    Explanation.Builder why = Explanation.builder();
    Money total = Money.zero(policy.currency());
    Money fixedSums = total;
    for (int i = 0; i < open.size(); i++) {
      Receivable r = Arguments.notNull(open.get(i), "open[" + i + "]");
      Arguments.inCurrency(r.openAmount(), policy.currency(), "open[" + i + "] open amount");
      if (!asOf.isAfter(r.dueDate())) {
        continue;
      }
      InterestAccrual a = interest.accrue(r.openAmount(), r.dueDate(), asOf, policy.rounding());
      why.add(OverdueInterestRule.OVERDUE_INTEREST, r.document() + ": " + a);
      Money fixed = recoveryCost(r.document(), r.openAmount(), why);
      report.addLines(
          new OverdueInterestLine(
              r.document(), r.openAmount(), r.dueDate(), asOf, a.days(), a.interest(), fixed));
      total = total.plus(a.interest());
      fixedSums = fixedSums.plus(fixed);
    }
    return report.total(total).fixedSums(fixedSums).explanation(why.build()).build();
  }

  /**
   * The late-payment charge on each payment in {@code payments} made after its due date, under the
   * policy's late-payment terms (grace days, daily rate, cap). Payments on time get no line.
   *
   * @throws IllegalArgumentException if the policy has no late-payment terms, or an amount is in
   *     another currency than the policy's
   */
  public OverdueInterestReport assessLate(List<PaymentRecord> payments) {
    Arguments.notNull(payments, "payments");
    Arguments.check(
        policy.latePaymentTerms().isPresent(),
        "the policy charges nothing on late payments (latePaymentTerms is empty)");
    LatePaymentPenalty penalty = LatePaymentPenalty.of(policy.latePaymentTerms().get());
    ImmutableOverdueInterestReport.Builder report = ImmutableOverdueInterestReport.builder();
    Explanation.Builder why = Explanation.builder();
    Money total = Money.zero(policy.currency());
    Money fixedSums = total;
    for (int i = 0; i < payments.size(); i++) {
      PaymentRecord p = Arguments.notNull(payments.get(i), "payments[" + i + "]");
      Arguments.inCurrency(p.amount(), policy.currency(), "payments[" + i + "] amount");
      if (p.daysLate() == 0) {
        continue;
      }
      PenaltyAssessment a = penalty.assess(p.amount(), p.dueDate(), p.paidOn());
      why.add(OverdueInterestRule.LATE_PAYMENT, p.document() + ": " + a);
      Money fixed = recoveryCost(p.document(), p.amount(), why);
      report.addLines(
          new OverdueInterestLine(
              p.document(),
              p.amount(),
              p.dueDate(),
              p.paidOn(),
              a.daysCharged(),
              a.penalty(),
              fixed));
      total = total.plus(a.penalty());
      fixedSums = fixedSums.plus(fixed);
    }
    return report.total(total).fixedSums(fixedSums).explanation(why.build()).build();
  }

  /**
   * {@link OverdueInterestRule#RECOVERY_COST}: the fixed sum on an overdue debt of {@code debt}, by
   * the policy's bands; zero, unexplained, without bands.
   */
  private Money recoveryCost(String document, Money debt, Explanation.Builder why) {
    if (policy.recoveryCostBands().isEmpty()) {
      return Money.zero(policy.currency());
    }
    Money fixed = policy.recoveryCostFor(debt);
    why.add(
        OverdueInterestRule.RECOVERY_COST,
        "%s: fixed sum for recovery costs on a debt of %s: %s",
        document,
        debt,
        fixed);
    return fixed;
  }
}
