package dev.suanpan.core.credit.grade;

import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.CreditProfile;
import dev.suanpan.core.credit.Exposure;
import dev.suanpan.core.credit.GradeCriterion;
import dev.suanpan.core.credit.PaymentRecord;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * Proposes a credit grade from a customer's payment history by the policy's {@link GradeCriterion
 * criteria}: the best grade whose criterion the history meets (no payment in the review window more
 * late than allowed, no more overdue now than the allowed share of the limit), else the worst grade
 * of the scale. The proposal changes nothing until a person approves it. Immutable and thread-safe.
 */
public final class GradeReview {
  private final CreditPolicy policy;

  private GradeReview(CreditPolicy policy) {
    this.policy = policy;
  }

  /** The review under {@code policy}'s criteria and window. */
  public static GradeReview of(CreditPolicy policy) {
    return new GradeReview(Arguments.notNull(policy, "policy"));
  }

  /**
   * Proposes a grade for the customer of {@code profile} on {@code asOf}, from the settled invoices
   * in {@code payments} (those paid within the review window count) and the current {@code
   * exposure} (its receivables due before {@code asOf} are overdue).
   *
   * @throws IllegalArgumentException if the exposure is another customer's, a payment is dated
   *     after {@code asOf}, or an amount is in another currency than the policy's
   */
  public GradeProposal propose(
      CreditProfile profile, Exposure exposure, List<PaymentRecord> payments, LocalDate asOf) {
    checkArguments(profile, exposure, payments, asOf);
    LocalDate windowStart = asOf.minusDays(policy.reviewWindowDays());
    long maxLate = 0;
    int counted = 0;
    for (PaymentRecord p : payments) {
      if (p.paidOn().isAfter(windowStart)) {
        maxLate = Math.max(maxLate, p.daysLate());
        counted++;
      }
    }
    Money overdue = exposure.receivablesDueBefore(asOf);
    Explanation.Builder why = Explanation.builder();
    history(why, counted, windowStart, maxLate, overdue, profile.limit());
    CreditGrade proposed = criteria(why, maxLate, overdue, profile.limit());
    proposal(why, proposed, profile, overdue);
    return ImmutableGradeProposal.builder()
        .current(profile)
        .proposed(proposed)
        .proposedTermDays(policy.termsOf(proposed).termDays())
        .maxDaysLate(maxLate)
        .overdue(overdue)
        .asOf(asOf)
        .explanation(why.build())
        .build();
  }

  private void checkArguments(
      CreditProfile profile, Exposure exposure, List<PaymentRecord> payments, LocalDate asOf) {
    Arguments.notNull(profile, "profile");
    Arguments.notNull(exposure, "exposure");
    Arguments.notNull(payments, "payments");
    Arguments.notNull(asOf, "asOf");
    Arguments.check(
        exposure.customer().equals(profile.customer()),
        "exposure is for %s, profile for %s",
        exposure.customer(),
        profile.customer());
    Arguments.inCurrency(profile.limit(), policy.currency(), "profile limit");
    Arguments.check(
        exposure.currency().equals(policy.currency()),
        "exposure currency %s differs from the policy's %s",
        exposure.currency(),
        policy.currency());
    policy.termsOf(profile.grade());
    for (int i = 0; i < payments.size(); i++) {
      PaymentRecord p = Arguments.notNull(payments.get(i), "payments[" + i + "]");
      Arguments.inCurrency(p.amount(), policy.currency(), "payments[" + i + "] amount");
      Arguments.check(
          !p.paidOn().isAfter(asOf),
          "payments[%s] %s was paid on %s, after asOf %s",
          i,
          p.document(),
          p.paidOn(),
          asOf);
    }
  }

  /** {@link GradeReviewRule#HISTORY}. */
  private static void history(
      Explanation.Builder why,
      int counted,
      LocalDate windowStart,
      long maxLate,
      Money overdue,
      Money limit) {
    why.add(
        GradeReviewRule.HISTORY,
        counted
            + " payments since "
            + windowStart
            + ", at most "
            + maxLate
            + " days late; overdue now "
            + overdue
            + " against limit "
            + limit);
  }

  /**
   * {@link GradeReviewRule#CRITERION}: the best grade whose criterion is met, else the worst grade
   * of the scale.
   */
  private CreditGrade criteria(Explanation.Builder why, long maxLate, Money overdue, Money limit) {
    for (GradeCriterion c : policy.gradeCriteria()) {
      BigMoney allowed = c.maxOverdueShare().ofExact(limit.toBigMoney());
      boolean lateOk = maxLate <= c.maxDaysLate();
      boolean overdueOk = overdue.toBigMoney().compareTo(allowed) <= 0;
      why.add(
          GradeReviewRule.CRITERION,
          "grade "
              + c.grade()
              + ": at most "
              + c.maxDaysLate()
              + " days late ("
              + (lateOk ? "met" : "not met")
              + "), overdue at most "
              + c.maxOverdueShare()
              + " of the limit ("
              + (overdueOk ? "met" : "not met")
              + ")");
      if (lateOk && overdueOk) {
        return c.grade();
      }
    }
    return policy.worstGrade();
  }

  /** {@link GradeReviewRule#PROPOSAL}. */
  private static void proposal(
      Explanation.Builder why, CreditGrade proposed, CreditProfile profile, Money overdue) {
    why.add(
        GradeReviewRule.PROPOSAL,
        "propose grade "
            + proposed
            + " (now "
            + profile.grade()
            + "); needs approval"
            + proposedShare(overdue, profile.limit()));
  }

  private static String proposedShare(Money overdue, Money limit) {
    if (!overdue.isPositive() || limit.isZero()) {
      return "";
    }
    return "; overdue is " + Percent.ratio(overdue, limit, 2) + " of the limit";
  }
}
