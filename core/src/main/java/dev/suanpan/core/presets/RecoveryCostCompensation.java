package dev.suanpan.core.presets;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.RecoveryCostBand;
import org.joda.money.Money;

/**
 * The fixed sums charged on each overdue commercial debt as compensation for recovery costs, in
 * addition to late-payment interest, as the law sets them, ready for {@link
 * dev.suanpan.core.credit.CreditPolicy.Builder#recoveryCostBands(Iterable)}.
 */
public final class RecoveryCostCompensation {
  private RecoveryCostCompensation() {}

  /**
   * The minimum of Directive 2011/7/EU on combating late payment in commercial transactions, art.
   * 6(1): EUR 40 on every debt, whatever its size.
   */
  public static final ImmutableList<RecoveryCostBand> EU_DIRECTIVE_MINIMUM =
      ImmutableList.of(RecoveryCostBand.of(Money.parse("EUR 0.00"), Money.parse("EUR 40.00")));

  /**
   * The United Kingdom's, Late Payment of Commercial Debts (Interest) Act 1998, s. 5A (as the Late
   * Payment of Commercial Debts Regulations 2002 inserted it, implementing the directive): £40 for
   * a debt under £1,000, £70 from £1,000 to under £10,000, £100 from £10,000.
   */
  public static final ImmutableList<RecoveryCostBand> UNITED_KINGDOM =
      ImmutableList.of(
          RecoveryCostBand.of(Money.parse("GBP 0.00"), Money.parse("GBP 40.00")),
          RecoveryCostBand.of(Money.parse("GBP 1000.00"), Money.parse("GBP 70.00")),
          RecoveryCostBand.of(Money.parse("GBP 10000.00"), Money.parse("GBP 100.00")));
}
