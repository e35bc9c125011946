package dev.suanpan.core.presets;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.credit.AgeingBucket;
import dev.suanpan.core.credit.CreditGrade;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.credit.GradeCriterion;
import dev.suanpan.core.credit.GradeTerms;
import dev.suanpan.money.Percent;
import dev.suanpan.money.interest.PenaltyPolicy;
import dev.suanpan.money.interest.SimpleInterest;
import org.joda.money.CurrencyUnit;

/**
 * The credit terms of a distributor's sales process (002): an invoice only once 60% of the price is
 * collected (002 第一篇 §11), overdue receivables charged interest and offset against the
 * salesperson's commission (逾期货款采取计息、抵扣提成, 002 第一篇 §5), grades set by a credit function apart from
 * sales (002 §(二)), credit sales checked against the grade (002 §(六)) and bad debts provided for
 * under the accounting standards (002 §(八)).
 *
 * <p>Where 002 gives no figure these terms take documented interpretations, each a setting of the
 * policy: grades A (60 days), B (30 days), C (30 days, only with a guarantee), D (cash only); 5
 * grace days; interest and late-payment penalty of 0.05% a day; ageing buckets 0-30, 31-60, 61-90,
 * 91-180, 181-365 and over 365 days provided at 1%, 3%, 5%, 10%, 30% and 50%; the whole overdue
 * amount offset against commission; grade criteria A (never more than 5 days late, nothing
 * overdue), B (30 days, 10% of the limit), C (90 days, 50%).
 */
public final class DistributorCreditTerms {
  private DistributorCreditTerms() {}

  /** The share of the price collected before an invoice is issued: 60% (002 第一篇 §11). */
  public static final Percent INVOICE_SHARE = Percent.of(60);

  /** Grade A: 60 days' credit. */
  public static final CreditGrade A = CreditGrade.of("A");

  /** Grade B: 30 days' credit. */
  public static final CreditGrade B = CreditGrade.of("B");

  /** Grade C: 30 days' credit, only with a guarantee (担保, 002 §(六)). */
  public static final CreditGrade C = CreditGrade.of("C");

  /** Grade D: cash only. */
  public static final CreditGrade D = CreditGrade.of("D");

  /**
   * The terms in CNY with {@link DistributorCreditAuthority}'s approvals, requested by {@link
   * CompanyRoles#CREDIT_OFFICER}.
   */
  public static CreditPolicy policy() {
    return policy(DistributorCreditAuthority.policy(), CompanyRoles.CREDIT_OFFICER);
  }

  /**
   * The terms in CNY with an authority matrix of one's own.
   *
   * @param authority who may approve an excess over the limit, by amount on {@link
   *     CreditPolicy#CREDIT_EXCESS}, write-offs and provisions
   * @param creditRequester the credit function's role in {@code authority}
   * @throws IllegalArgumentException if {@code creditRequester} is not a role of {@code authority}
   */
  public static CreditPolicy policy(AuthorityPolicy authority, Role creditRequester) {
    Percent dailyRate = Percent.parse("0.05%");
    return CreditPolicy.builder()
        .currency(CurrencyUnit.of("CNY"))
        .graceDays(5)
        .addGrades(
            GradeTerms.credit(A, 60),
            GradeTerms.credit(B, 30),
            GradeTerms.creditWithGuarantee(C, 30),
            GradeTerms.cashOnly(D))
        .addBuckets(
            AgeingBucket.between(0, 30, Percent.of(1)),
            AgeingBucket.between(31, 60, Percent.of(3)),
            AgeingBucket.between(61, 90, Percent.of(5)),
            AgeingBucket.between(91, 180, Percent.of(10)),
            AgeingBucket.between(181, 365, Percent.of(30)),
            AgeingBucket.over(365, Percent.of(50)))
        .invoiceShare(INVOICE_SHARE)
        .overdueCommissionOffset(Percent.HUNDRED)
        .overdueInterest(SimpleInterest.daily(dailyRate))
        .latePaymentTerms(PenaltyPolicy.builder().dailyRate(dailyRate).graceDays(5).build())
        .authority(authority)
        .creditRequester(creditRequester)
        .addGradeCriteria(
            new GradeCriterion(A, 5, Percent.ZERO),
            new GradeCriterion(B, 30, Percent.of(10)),
            new GradeCriterion(C, 90, Percent.of(50)))
        .build();
  }
}
