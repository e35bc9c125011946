package dev.suanpan.testkit;

import dev.suanpan.money.Allocation;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.terms.CashDiscountTerms;
import dev.suanpan.money.terms.Dating;
import dev.suanpan.money.terms.DiscountTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * jqwik generators for the money primitives: amounts in a currency, percents, weights. Use them in
 * your own properties ({@code @Provide Arbitrary<Money> amounts() { return
 * MoneyArbitraries.amounts(CNY, "0.00", "100000.00"); }}).
 *
 * <p>Rejects null currencies and bounds that are malformed or reversed.
 */
public final class MoneyArbitraries {
  private MoneyArbitraries() {}

  /** The currency used by the sources' examples. */
  public static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /**
   * Amounts in {@code currency} between {@code min} and {@code max} inclusive (decimal text), at
   * the currency's scale, with the edges (zero, one minor unit, the bounds) generated often.
   */
  public static Arbitrary<Money> amounts(CurrencyUnit currency, String min, String max) {
    Arguments.notNull(currency, "currency");
    long lo =
        Money.of(currency, new BigDecimal(Arguments.notNull(min, "min"))).getAmountMinorLong();
    long hi =
        Money.of(currency, new BigDecimal(Arguments.notNull(max, "max"))).getAmountMinorLong();
    Arguments.check(lo <= hi, "min %s must not be above max %s", min, max);
    return Arbitraries.longs()
        .between(lo, hi)
        .withDistribution(net.jqwik.api.RandomDistribution.biased())
        .map(units -> Money.ofMinor(currency, units));
  }

  /** CNY amounts from 0.00 to 10,000,000.00. */
  public static Arbitrary<Money> cnyAmounts() {
    return amounts(CNY, "0.00", "10000000.00");
  }

  /** Strictly positive CNY amounts from 0.01 to 10,000,000.00. */
  public static Arbitrary<Money> positiveCnyAmounts() {
    return amounts(CNY, "0.01", "10000000.00");
  }

  /** Percents from {@code min} to {@code max} (numbers of percent, inclusive) in basis points. */
  public static Arbitrary<Percent> percents(String min, String max) {
    long lo = Percent.of(min).basisPoints();
    long hi = Percent.of(max).basisPoints();
    Arguments.check(lo <= hi, "min %s must not be above max %s", min, max);
    return Arbitraries.longs().between(lo, hi).map(Percent::ofBasisPoints);
  }

  /** Percents from 0% to 100% in basis points. */
  public static Arbitrary<Percent> percents() {
    return percents("0", "100");
  }

  /** The rules for where an allocation's leftover minor units go, each equally often. */
  public static Arbitrary<Allocation.Remainder> remainders() {
    return Arbitraries.of(Allocation.Remainder.class);
  }

  /**
   * Valid cash-discount terms: up to three tiers of 0.25% to 5% with increasing days and decreasing
   * percents, net days from the last tier's up to 60 more, dated from the invoice date, end of
   * month or proximo, each equally often.
   */
  public static Arbitrary<CashDiscountTerms> cashDiscountTerms() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 30).list().ofMaxSize(3),
            Arbitraries.integers().between(0, 60),
            Arbitraries.of(Dating.class))
        .as(
            (steps, extra, dating) -> {
              List<DiscountTier> tiers = new ArrayList<>();
              int days = 0;
              long basisPoints = 500;
              for (int step : steps) {
                days += step;
                tiers.add(new DiscountTier(Percent.ofBasisPoints(basisPoints), days));
                basisPoints -= 100 + step;
              }
              return CashDiscountTerms.of(tiers, days + extra, dating);
            });
  }
}
