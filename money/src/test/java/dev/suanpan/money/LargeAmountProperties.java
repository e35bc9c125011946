package dev.suanpan.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Allocation has no bound: totals far beyond what a {@code long} of minor units holds are split
 * exactly, checked against a {@link BigInteger} division written here.
 */
class LargeAmountProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  /** Minor units: small, around a long's limit, and far beyond it (up to 10^30), either sign. */
  @Provide
  Arbitrary<BigInteger> minor() {
    BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
    return Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1_000_000)),
            Arbitraries.bigIntegers()
                .between(longMax.subtract(BigInteger.valueOf(1000)), longMax.add(BigInteger.TEN)),
            Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30)))
        .flatMap(m -> Arbitraries.of(m, m.negate()));
  }

  static Money fen(BigInteger minor) {
    return Money.of(CNY, new BigDecimal(minor, 2));
  }

  @Property
  void evenlyIsExactAtAnySize(
      @ForAll("minor") BigInteger total, @ForAll @IntRange(min = 1, max = 9) int n) {
    List<Money> parts = Allocation.evenly(fen(total), n);
    // |total| = q × n + r: the first r parts get q + 1, the rest q; a negative total is negated.
    BigInteger[] qr = total.abs().divideAndRemainder(BigInteger.valueOf(n));
    for (int i = 0; i < n; i++) {
      BigInteger expected = i < qr[1].intValueExact() ? qr[0].add(BigInteger.ONE) : qr[0];
      assertThat(parts.get(i)).isEqualTo(fen(total.signum() < 0 ? expected.negate() : expected));
    }
  }

  @Property
  void byRatiosAddsUpAndStaysWithinOneFenOfTheExactShare(
      @ForAll("minor") BigInteger total, @ForAll("ratios") List<Long> ratios) {
    long[] r = ratios.stream().mapToLong(Long::longValue).toArray();
    List<Money> parts = Allocation.byRatios(fen(total), r);
    BigInteger sum = BigInteger.ZERO;
    BigInteger weights = BigInteger.ZERO;
    for (long w : r) {
      weights = weights.add(BigInteger.valueOf(w));
    }
    for (int i = 0; i < r.length; i++) {
      BigInteger part = parts.get(i).getAmountMinor().toBigIntegerExact();
      sum = sum.add(part);
      // |part × weights − total × w| < weights: within one fen of the exact share.
      BigInteger gap = part.multiply(weights).subtract(total.multiply(BigInteger.valueOf(r[i])));
      assertThat(gap.abs()).isLessThan(weights);
    }
    assertThat(sum).isEqualTo(total);
  }

  @Provide
  Arbitrary<List<Long>> ratios() {
    return Arbitraries.longs()
        .between(0, Long.MAX_VALUE / 16)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .filter(l -> l.stream().anyMatch(w -> w > 0));
  }

  @Test
  void cny1e20InThreeIsExact() {
    // 10^22 fen / 3 = 3333333333333333333333 r 1: the first part takes the extra fen.
    List<Money> parts = Allocation.evenly(Money.of(CNY, new BigDecimal("1e20")), 3);
    assertThat(parts)
        .containsExactly(
            Money.of(CNY, new BigDecimal("33333333333333333333.34")),
            Money.of(CNY, new BigDecimal("33333333333333333333.33")),
            Money.of(CNY, new BigDecimal("33333333333333333333.33")));
  }

  @Test
  void basisPointsOfAFinerPercentNameIt() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Percent.parse("2.555%").basisPoints())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent 2.555%");
  }
}
