package dev.suanpan.money.tax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * VAT has no bound: amounts far beyond what a {@code long} of minor units holds are split exactly,
 * checked against a {@link BigInteger} computation written here (13%, rounded half up to the fen).
 */
class LargeVatProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final BigInteger HUNDRED = BigInteger.valueOf(100);
  static final BigInteger RATE_PLUS_HUNDRED = BigInteger.valueOf(113);

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

  /** {@code n / d} rounded half up, for non-negative {@code n} and positive {@code d}. */
  static BigInteger halfUp(BigInteger n, BigInteger d) {
    BigInteger[] qr = n.divideAndRemainder(d);
    return qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  @Property
  void grossingUpIsExact(@ForAll("minor") BigInteger net) {
    VatSplit s = VatRate.STANDARD_13.grossUp(fen(net), Rounding.FEN);
    BigInteger tax = halfUp(net.multiply(BigInteger.valueOf(13)), HUNDRED);
    assertThat(s.tax()).isEqualTo(fen(tax));
    assertThat(s.gross()).isEqualTo(fen(net.add(tax)));
  }

  @Property
  void splittingAGrossAmountIsExact(@ForAll("minor") BigInteger gross) {
    VatSplit s = VatRate.STANDARD_13.splitGross(fen(gross), Rounding.FEN);
    BigInteger net = halfUp(gross.multiply(HUNDRED), RATE_PLUS_HUNDRED);
    assertThat(s.net()).isEqualTo(fen(net));
    assertThat(s.tax()).isEqualTo(fen(gross.subtract(net)));
  }

  @Property
  void aDocumentOfLargeLinesAddsUp(@ForAll("lines") List<BigInteger> nets) {
    List<VatLine> lines =
        nets.stream().map(n -> VatLine.exclusive(fen(n), VatRate.STANDARD_13)).toList();
    DocumentVat vat = VatComputation.of(lines, Rounding.FEN);
    BigInteger sum = nets.stream().reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger tax = halfUp(sum.multiply(BigInteger.valueOf(13)), HUNDRED);
    assertThat(vat.documentLevelTax()).isEqualTo(fen(tax));
    assertThat(vat.documentLevelGross()).isEqualTo(fen(sum.add(tax)));
  }

  @Provide
  Arbitrary<List<BigInteger>> lines() {
    return minor().list().ofMinSize(1).ofMaxSize(5);
  }
}
