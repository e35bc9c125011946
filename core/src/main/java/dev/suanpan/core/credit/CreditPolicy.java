package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.credit.interest.OverdueInterest;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.interest.PenaltyPolicy;
import dev.suanpan.money.interest.SimpleInterest;
import dev.suanpan.money.internal.Arguments;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The credit policy of a business, as data: which parts of the exposure count, the grace days
 * before an overdue invoice puts the customer on hold, the grade scale and what each grade allows,
 * the ageing buckets with their provision rates, the share of the price collected before an invoice
 * may be issued (60% in 002 第一篇 §11), whether overdue receivables are offset against the
 * salesperson's commission, the grade-review criteria, and the authority matrix that says who may
 * approve an order beyond the credit limit, a bad-debt write-off and a bad-debt provision.
 *
 * <p>Validated when built; fails at once, naming the values, when the grade scale is empty or
 * repeats a grade, the buckets do not start at 0 days (0 or 1 day past due under the due-date
 * {@link #ageingBasis() ageing basis}), leave a gap or overlap, do not end open-ended, or have
 * provision rates that fall as receivables age (the not-due rate included), when a share is outside
 * 0%–100%, when the credit requester is not a role of the authority policy, or when a grade
 * criterion names a grade outside the scale. The preset {@link
 * dev.suanpan.core.presets.DistributorCreditTerms} has the numbers of 002 with the documented
 * interpretations.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CreditPolicy {
  /** The subject of credit-excess approvals in the authority policy: {@code credit-excess}. */
  public static final Subject CREDIT_EXCESS = Subject.of("credit-excess");

  /** The subject of bad-debt write-off approvals in the authority policy. */
  public static final Subject BAD_DEBT_WRITE_OFF = Subject.of("bad-debt-write-off");

  /**
   * The subject of bad-debt provision approvals in the authority policy: limits on it are amounts
   * of the period's adjustment (provided or released).
   */
  public static final Subject BAD_DEBT_PROVISION = Subject.of("bad-debt-provision");

  /** The currency of limits, exposures and amounts under this policy. */
  public abstract CurrencyUnit currency();

  /** Which parts of the exposure count against the limit; all of them by default. */
  @Value.Default
  public ImmutableSet<ExposurePart> countedParts() {
    return ImmutableSet.copyOf(EnumSet.allOf(ExposurePart.class));
  }

  /** Days after the due date before an overdue invoice puts new credit on hold. */
  @Value.Default
  public int graceDays() {
    return 0;
  }

  /** The grade scale, best grade first, with what each grade allows. */
  public abstract ImmutableList<GradeTerms> grades();

  /**
   * The ageing buckets, youngest first, with their provision rates. Under the {@link
   * AgeingBasis#DUE_DATE due-date basis} they count days past due and may start at 1 day (a
   * receivable 0 days past due is not yet due).
   */
  public abstract ImmutableList<AgeingBucket> buckets();

  /** What an ageing counts days from: the invoice date (the default) or the due date. */
  @Value.Default
  public AgeingBasis ageingBasis() {
    return AgeingBasis.INVOICE_DATE;
  }

  /**
   * The provision rate of the not-due line of a {@link AgeingBasis#DUE_DATE due-date} schedule; 0%
   * by default. It may not exceed the first bucket's rate, so the provision never falls as
   * receivables age. Unused under the invoice-date basis.
   */
  @Value.Default
  public Percent notDueProvisionRate() {
    return Percent.ZERO;
  }

  /**
   * The lines of this policy's ageing schedule, in order: under the due-date basis the {@link
   * AgeingBucket#notDue not-due} bucket then {@link #buckets()}, under the invoice-date basis
   * {@link #buckets()}.
   */
  @Value.Derived
  public ImmutableList<AgeingBucket> scheduleBuckets() {
    if (ageingBasis() != AgeingBasis.DUE_DATE) {
      return buckets();
    }
    return ImmutableList.<AgeingBucket>builder()
        .add(AgeingBucket.notDue(notDueProvisionRate()))
        .addAll(buckets())
        .build();
  }

  /** The share of the price that must be collected before an invoice is issued. */
  @Value.Default
  public Percent invoiceShare() {
    return Percent.of(60);
  }

  /**
   * The share of a salesperson's overdue receivables offset against their payable commission
   * (抵扣提成); empty if the business does not offset.
   */
  public abstract Optional<Percent> overdueCommissionOffset();

  /** Who may approve what; its limits on {@link #excessSubject()} are amounts of excess. */
  public abstract AuthorityPolicy authority();

  /**
   * The interest charged on open receivables from their due date (计息), for {@link OverdueInterest};
   * empty if the business charges none.
   */
  public abstract Optional<SimpleInterest> overdueInterest();

  /**
   * The late-payment terms charged on receivables paid after their due date, for {@link
   * OverdueInterest#assessLate}; empty if the business charges none.
   */
  public abstract Optional<PenaltyPolicy> latePaymentTerms();

  /**
   * The fixed sum charged on each overdue debt as compensation for recovery costs, by the debt's
   * size, in addition to interest (Directive 2011/7/EU art. 6), for {@link OverdueInterest}: bands
   * by increasing {@link RecoveryCostBand#atLeast()}, a debt earning the sum of the last band it
   * reaches and nothing below the first. Empty (the default): no fixed sum.
   */
  public abstract ImmutableList<RecoveryCostBand> recoveryCostBands();

  /**
   * The fixed sum for recovery costs on an overdue debt of {@code debt}: the sum of the last of
   * {@link #recoveryCostBands()} the debt reaches; zero when it reaches none.
   *
   * @throws IllegalArgumentException if {@code debt} is negative or in another currency
   */
  public Money recoveryCostFor(Money debt) {
    Arguments.inCurrency(Arguments.nonNegative(debt, "debt"), currency(), "debt");
    Money sum = Money.zero(currency());
    for (RecoveryCostBand band : recoveryCostBands()) {
      if (debt.isLessThan(band.atLeast())) {
        break;
      }
      sum = band.sum();
    }
    return sum;
  }

  /** The role that raises credit-excess requests: the credit function (信用管理部门). */
  public abstract Role creditRequester();

  /** The authority subject for approving an excess over the credit limit. */
  @Value.Default
  public Subject excessSubject() {
    return CREDIT_EXCESS;
  }

  /** The authority subject for approving a bad-debt write-off, by amount. */
  @Value.Default
  public Subject writeOffSubject() {
    return BAD_DEBT_WRITE_OFF;
  }

  /**
   * The authority subject for approving a period's bad-debt provision adjustment, by the amount
   * provided or released; {@link #BAD_DEBT_PROVISION} by default.
   */
  @Value.Default
  public Subject provisionSubject() {
    return BAD_DEBT_PROVISION;
  }

  /** How provisions, commissions and interest are rounded. */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** How far back a grade review looks at payments, in days. */
  @Value.Default
  public int reviewWindowDays() {
    return 365;
  }

  /**
   * The grade-review criteria, best grade first; a customer meeting none is proposed the worst
   * grade of the scale.
   */
  public abstract ImmutableList<GradeCriterion> gradeCriteria();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreditPolicy}; rejects what {@link CreditPolicy} rejects. */
  public static final class Builder extends ImmutableCreditPolicy.Builder {
    Builder() {}
  }

  @Value.Derived
  ImmutableMap<CreditGrade, GradeTerms> termsByGrade() {
    ImmutableMap.Builder<CreditGrade, GradeTerms> b = ImmutableMap.builder();
    for (GradeTerms t : grades()) {
      b.put(t.grade(), t);
    }
    return b.buildKeepingLast();
  }

  @Value.Derived
  boolean countsReceivables() {
    return countedParts().contains(ExposurePart.RECEIVABLES);
  }

  @Value.Derived
  boolean countsShipped() {
    return countedParts().contains(ExposurePart.SHIPPED_NOT_INVOICED);
  }

  @Value.Derived
  boolean countsOpenOrders() {
    return countedParts().contains(ExposurePart.OPEN_ORDERS);
  }

  @Value.Derived
  boolean countsPrepayments() {
    return countedParts().contains(ExposurePart.PREPAYMENTS);
  }

  /** The terms of {@code grade}; rejects a grade outside the scale. */
  public GradeTerms termsOf(CreditGrade grade) {
    Arguments.notNull(grade, "grade");
    GradeTerms t = termsByGrade().get(grade);
    Arguments.check(
        t != null, "grade %s is not on the policy's scale %s", grade, termsByGrade().keySet());
    return t;
  }

  /** The worst grade of the scale. */
  public CreditGrade worstGrade() {
    return grades().get(grades().size() - 1).grade();
  }

  /** The position of {@code grade} on the scale, 0 for the best. */
  public int rankOf(CreditGrade grade) {
    return grades().indexOf(termsOf(grade));
  }

  /** True if the policy counts {@code part} in the exposure. */
  public boolean counts(ExposurePart part) {
    return countedParts().contains(Arguments.notNull(part, "part"));
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(currency(), "currency");
    Arguments.notNull(authority(), "authority");
    Arguments.notNull(creditRequester(), "creditRequester");
    Arguments.nonNegative(graceDays(), "graceDays");
    Arguments.nonNegative(reviewWindowDays(), "reviewWindowDays");
    checkGrades();
    checkBuckets();
    checkShares();
    checkRecoveryCostBands();
    Arguments.check(
        authority().roles().contains(creditRequester()),
        "creditRequester %s is not a role of the authority policy %s",
        creditRequester().code(),
        authority().roles());
  }

  private void checkGrades() {
    Arguments.notEmpty(grades(), "grades");
    Set<CreditGrade> seen = new HashSet<>();
    for (GradeTerms t : grades()) {
      Arguments.check(seen.add(t.grade()), "grades repeat grade %s: %s", t.grade(), grades());
    }
    for (GradeCriterion c : gradeCriteria()) {
      Arguments.check(
          seen.contains(c.grade()),
          "grade criterion names grade %s, which is not on the scale",
          c.grade());
    }
  }

  private void checkBuckets() {
    Arguments.notNull(ageingBasis(), "ageingBasis");
    Arguments.notEmpty(buckets(), "buckets");
    for (AgeingBucket bucket : buckets()) {
      Arguments.check(
          !bucket.notYetDue(),
          "buckets must not contain the not-due bucket (set notDueProvisionRate), was %s",
          buckets());
    }
    AgeingBucket first = buckets().get(0);
    if (ageingBasis() == AgeingBasis.DUE_DATE) {
      Arguments.check(
          first.fromDays() <= 1,
          "buckets of the due-date basis must start at 0 or 1 days past due, first was %s",
          first);
    } else {
      Arguments.check(first.fromDays() == 0, "buckets must start at 0 days, first was %s", first);
    }
    Percent notDue = Arguments.notNull(notDueProvisionRate(), "notDueProvisionRate");
    Arguments.check(
        !notDue.isNegative() && !notDue.isGreaterThan(first.provisionRate()),
        "notDueProvisionRate must be between 0%% and the first bucket's rate %s, was %s",
        first.provisionRate(),
        notDue);
    for (int i = 1; i < buckets().size(); i++) {
      AgeingBucket prev = buckets().get(i - 1);
      AgeingBucket cur = buckets().get(i);
      Arguments.check(
          !prev.openEnded() && cur.fromDays() == prev.toDays() + 1,
          "bucket %s must start the day after bucket %s ends",
          cur.label(),
          prev.label());
      Arguments.check(
          !cur.provisionRate().isLessThan(prev.provisionRate()),
          "provision rates must not fall as receivables age: %s after %s",
          cur,
          prev);
    }
    Arguments.check(
        buckets().get(buckets().size() - 1).openEnded(),
        "the last bucket must be open-ended, was %s",
        buckets().get(buckets().size() - 1).label());
  }

  private void checkRecoveryCostBands() {
    for (int i = 0; i < recoveryCostBands().size(); i++) {
      RecoveryCostBand band = recoveryCostBands().get(i);
      Arguments.inCurrency(band.atLeast(), currency(), "recoveryCostBands[" + i + "]");
      Arguments.check(
          i == 0 || band.atLeast().isGreaterThan(recoveryCostBands().get(i - 1).atLeast()),
          "recoveryCostBands must start at increasing debts, %s after %s",
          band,
          i == 0 ? null : recoveryCostBands().get(i - 1));
    }
  }

  private void checkShares() {
    Arguments.check(
        invoiceShare().isGreaterThan(Percent.ZERO)
            && !invoiceShare().isGreaterThan(Percent.HUNDRED),
        "invoiceShare must be above 0%% and at most 100%%, was %s",
        invoiceShare());
    overdueCommissionOffset()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "overdueCommissionOffset must be between 0%% and 100%%, was %s",
                    p));
  }
}
