package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
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
 * may be issued (60% in the sources), whether overdue receivables are offset against the
 * salesperson's commission, the grade-review criteria, and the authority matrix that says who may
 * approve an order beyond the credit limit, a bad-debt write-off and a bad-debt provision.
 *
 * <p>Validated when built; fails at once, naming the values, when the grade scale is empty or
 * repeats a grade, the buckets do not start at 0 days (0 or 1 day past due under the due-date
 * {@link #ageingBasis() ageing basis}), leave a gap or overlap, do not end open-ended, or have
 * provision rates that fall as receivables age (the not-due rate included), when a share is outside
 * 0%–100%, when the credit requester is not a role of the authority policy, or when a grade
 * criterion names a grade outside the scale. {@link #sourcesExample(AuthorityPolicy, Role)} is the
 * shipped example with the sources' numbers and the documented interpretations.
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
    Arguments.notEmpty(grades(), "grades");
    Set<CreditGrade> seen = new HashSet<>();
    for (GradeTerms t : grades()) {
      Arguments.check(seen.add(t.grade()), "grades repeat grade %s: %s", t.grade(), grades());
    }
    Arguments.notNull(ageingBasis(), "ageingBasis");
    Arguments.notEmpty(buckets(), "buckets");
    for (AgeingBucket bucket : buckets()) {
      Arguments.check(
          !bucket.notYetDue(),
          "buckets must not contain the not-due bucket (set notDueProvisionRate), was %s",
          buckets());
    }
    if (ageingBasis() == AgeingBasis.DUE_DATE) {
      Arguments.check(
          buckets().get(0).fromDays() <= 1,
          "buckets of the due-date basis must start at 0 or 1 days past due, first was %s",
          buckets().get(0));
    } else {
      Arguments.check(
          buckets().get(0).fromDays() == 0,
          "buckets must start at 0 days, first was %s",
          buckets().get(0));
    }
    Percent notDue = Arguments.notNull(notDueProvisionRate(), "notDueProvisionRate");
    Arguments.check(
        !notDue.isNegative() && !notDue.isGreaterThan(buckets().get(0).provisionRate()),
        "notDueProvisionRate must be between 0%% and the first bucket's rate %s, was %s",
        buckets().get(0).provisionRate(),
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
    Arguments.check(
        authority().roles().contains(creditRequester()),
        "creditRequester %s is not a role of the authority policy %s",
        creditRequester().code(),
        authority().roles());
    for (GradeCriterion c : gradeCriteria()) {
      Arguments.check(
          seen.contains(c.grade()),
          "grade criterion names grade %s, which is not on the scale",
          c.grade());
    }
  }

  /**
   * The shipped example: the sources' numbers (60% collected before invoicing; buckets 0-30, 31-60,
   * 61-90, 91-180, 181-365, over 365 days; overdue receivables offset against commission) with the
   * documented interpretations where the sources give no figure: grades A (60 days), B (30 days), C
   * (30 days, only with a guarantee), D (cash only); 5 grace days; provision rates 1%, 3%, 5%, 10%,
   * 30%, 50%; the whole overdue amount offset against commission; grade criteria A (never more than
   * 5 days late, nothing overdue), B (30 days, 10% of the limit), C (90 days, 50%).
   *
   * @param authority who may approve an excess over the limit, by amount on {@link #CREDIT_EXCESS}
   * @param creditRequester the credit function's role in {@code authority}
   */
  public static CreditPolicy sourcesExample(AuthorityPolicy authority, Role creditRequester) {
    CreditGrade a = CreditGrade.of("A");
    CreditGrade b = CreditGrade.of("B");
    CreditGrade c = CreditGrade.of("C");
    CreditGrade d = CreditGrade.of("D");
    return builder()
        .currency(CurrencyUnit.of("CNY"))
        .graceDays(5)
        .addGrades(
            GradeTerms.credit(a, 60),
            GradeTerms.credit(b, 30),
            GradeTerms.creditWithGuarantee(c, 30),
            GradeTerms.cashOnly(d))
        .addBuckets(
            AgeingBucket.between(0, 30, Percent.of(1)),
            AgeingBucket.between(31, 60, Percent.of(3)),
            AgeingBucket.between(61, 90, Percent.of(5)),
            AgeingBucket.between(91, 180, Percent.of(10)),
            AgeingBucket.between(181, 365, Percent.of(30)),
            AgeingBucket.over(365, Percent.of(50)))
        .invoiceShare(Percent.of(60))
        .overdueCommissionOffset(Percent.HUNDRED)
        .overdueInterest(SimpleInterest.daily(Percent.parse("0.05%")))
        .latePaymentTerms(
            PenaltyPolicy.builder().dailyRate(Percent.parse("0.05%")).graceDays(5).build())
        .authority(authority)
        .creditRequester(creditRequester)
        .addGradeCriteria(
            new GradeCriterion(a, 5, Percent.ZERO),
            new GradeCriterion(b, 30, Percent.of(10)),
            new GradeCriterion(c, 90, Percent.of(50)))
        .build();
  }

  /**
   * An example authority matrix for credit excess (the sources name no amounts), kept apart from
   * sales as the sources require: the credit officer (信用管理员) may approve no excess, the credit
   * manager up to CNY 20,000.00, the finance deputy general manager (财务副总) up to CNY 100,000.00,
   * the general manager any excess. The credit officer raises the requests. Bad-debt write-offs
   * ({@link #BAD_DEBT_WRITE_OFF}): the credit manager up to CNY 5,000.00, the finance deputy
   * general manager up to CNY 50,000.00, the general manager any amount. Bad-debt provision
   * adjustments ({@link #BAD_DEBT_PROVISION}, the amount provided or released in a period): the
   * credit manager up to CNY 5,000.00, the finance deputy general manager up to CNY 50,000.00, the
   * general manager any amount; the credit officer, who prepares the provision, none.
   */
  public static AuthorityPolicy exampleAuthority() {
    CurrencyUnit cny = CurrencyUnit.of("CNY");
    return AuthorityPolicy.builder()
        .role(GENERAL_MANAGER)
        .role(FINANCE_DEPUTY_GM, GENERAL_MANAGER)
        .role(CREDIT_MANAGER, FINANCE_DEPUTY_GM)
        .role(CREDIT_OFFICER, CREDIT_MANAGER)
        .limit(GENERAL_MANAGER, CREDIT_EXCESS, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, CREDIT_EXCESS, Limit.upToAmount(Money.ofMajor(cny, 100_000L)))
        .limit(CREDIT_MANAGER, CREDIT_EXCESS, Limit.upToAmount(Money.ofMajor(cny, 20_000L)))
        .limit(CREDIT_OFFICER, CREDIT_EXCESS, Limit.upToAmount(Money.zero(cny)))
        .limit(GENERAL_MANAGER, BAD_DEBT_WRITE_OFF, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, BAD_DEBT_WRITE_OFF, Limit.upToAmount(Money.ofMajor(cny, 50_000L)))
        .limit(CREDIT_MANAGER, BAD_DEBT_WRITE_OFF, Limit.upToAmount(Money.ofMajor(cny, 5_000L)))
        .limit(GENERAL_MANAGER, BAD_DEBT_PROVISION, Limit.unlimitedAuthority())
        .limit(FINANCE_DEPUTY_GM, BAD_DEBT_PROVISION, Limit.upToAmount(Money.ofMajor(cny, 50_000L)))
        .limit(CREDIT_MANAGER, BAD_DEBT_PROVISION, Limit.upToAmount(Money.ofMajor(cny, 5_000L)))
        .build();
  }

  /** The example's general manager (总经理). */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

  /** The example's finance deputy general manager (财务副总). */
  public static final Role FINANCE_DEPUTY_GM =
      Role.of("FINANCE_DEPUTY_GM", "Finance deputy general manager");

  /** The example's credit manager. */
  public static final Role CREDIT_MANAGER = Role.of("CREDIT_MANAGER", "Credit manager");

  /** The example's credit officer (信用管理员), who raises credit-excess requests. */
  public static final Role CREDIT_OFFICER = Role.of("CREDIT_OFFICER", "Credit officer");
}
