package dev.suanpan.money.interest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Simple interest has no bound: principals far beyond what a {@code long} of minor units holds
 * accrue exactly, checked against a {@link BigInteger} computation written here.
 */
class LargeInterestProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate FROM = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<BigInteger> minor() {
    BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1_000_000)),
        Arbitraries.bigIntegers()
            .between(longMax.subtract(BigInteger.valueOf(1000)), longMax.add(BigInteger.TEN)),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30)));
  }

  static Money fen(BigInteger minor) {
    return Money.of(CNY, new BigDecimal(minor, 2));
  }

  @Property
  void dailyInterestIsExact(
      @ForAll("minor") BigInteger principal, @ForAll @IntRange(min = 0, max = 20000) int days) {
    // 0.05% a day: interest = principal × 5 × days / 10000 fen, rounded half up.
    InterestAccrual a =
        SimpleInterest.daily(Percent.parse("0.05%"))
            .accrue(fen(principal), FROM, FROM.plusDays(days), Rounding.FEN);
    BigInteger n = principal.multiply(BigInteger.valueOf(5L * days));
    BigInteger d = BigInteger.valueOf(10_000);
    BigInteger[] qr = n.divideAndRemainder(d);
    BigInteger expected = qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    assertThat(a.days()).isEqualTo(days);
    assertThat(a.interest()).isEqualTo(fen(expected));
  }
}
