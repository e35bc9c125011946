package dev.suanpan.core.credit;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * One band of the fixed sum charged on each overdue debt as compensation for recovery costs, in
 * addition to interest (Directive 2011/7/EU on combating late payment in commercial transactions,
 * art. 6: at least EUR 40; the UK's Late Payment of Commercial Debts (Interest) Act 1998, s. 5A:
 * £40 under £1,000, £70 under £10,000, £100 from £10,000): debts of at least {@code atLeast}, up to
 * the next band's, earn {@code sum}. A policy lists its bands in {@link
 * CreditPolicy#recoveryCostBands()}.
 *
 * <p>Rejects nulls, a negative {@code atLeast} or {@code sum}, and the two in different currencies.
 *
 * @param atLeast the smallest debt in the band
 * @param sum the fixed sum charged on each overdue debt in the band
 */
public record RecoveryCostBand(Money atLeast, Money sum) {
  /** Validates the band. */
  public RecoveryCostBand {
    Arguments.nonNegative(atLeast, "atLeast");
    Arguments.nonNegative(sum, "sum");
    Arguments.sameCurrency(atLeast, sum, "sum");
  }

  /** Debts of at least {@code atLeast} earn {@code sum}. */
  public static RecoveryCostBand of(Money atLeast, Money sum) {
    return new RecoveryCostBand(atLeast, sum);
  }
}
