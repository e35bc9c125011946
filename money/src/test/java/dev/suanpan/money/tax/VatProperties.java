package dev.suanpan.money.tax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class VatProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Provide
  Arbitrary<VatRate> rates() {
    return Arbitraries.oneOf(
        Arbitraries.of(VatRate.STANDARD_13, VatRate.REDUCED_9, VatRate.REDUCED_6, VatRate.ZERO),
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, new BigDecimal("99.99"))
            .ofScale(2)
            .map(p -> VatRate.of(Percent.of(p))));
  }

  @Provide
  Arbitrary<Rounding> roundings() {
    return Arbitraries.of(Rounding.FEN, Rounding.FEN_HALF_EVEN, Rounding.JIAO, Rounding.YUAN);
  }

  @Property
  void netPlusTaxIsGrossForEverySplitOfAGross(
      @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long fen,
      @ForAll("rates") VatRate rate,
      @ForAll("roundings") Rounding rounding) {
    Money gross = Money.ofMinor(CNY, fen);
    VatSplit split = rate.splitGross(gross, rounding);
    assertThat(split.net().plus(split.tax())).isEqualTo(gross);
    assertThat(split.gross()).isEqualTo(gross);
    // the net is the rounding of the exact gross / (1 + rate)
    BigDecimal exact =
        gross
            .getAmount()
            .divide(BigDecimal.ONE.add(rate.percent().fraction()), 30, RoundingMode.HALF_EVEN);
    assertThat(split.net().getAmount().subtract(exact).abs()).isLessThanOrEqualTo(BigDecimal.ONE);
  }

  @Property
  void netPlusTaxIsGrossForEveryGrossUp(
      @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long fen,
      @ForAll("rates") VatRate rate) {
    Money net = Money.ofMinor(CNY, fen);
    VatSplit split = rate.grossUp(net, Rounding.FEN);
    assertThat(split.net()).isEqualTo(net);
    assertThat(split.net().plus(split.tax())).isEqualTo(split.gross());
    BigDecimal exactTax = net.getAmount().multiply(rate.percent().fraction());
    assertThat(split.tax().getAmount().subtract(exactTax).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.005"));
  }

  @Provide
  Arbitrary<List<VatLine>> documents() {
    Arbitrary<VatLine> line =
        Combinators.combine(
                Arbitraries.longs().between(-500_000L, 5_000_000L),
                rates(),
                Arbitraries.of(true, false))
            .as((fen, rate, inclusive) -> new VatLine(Money.ofMinor(CNY, fen), rate, inclusive));
    return line.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property
  void lineLevelMinusDocumentLevelIsTheReportedDifference(
      @ForAll("documents") List<VatLine> lines, @ForAll("roundings") Rounding rounding) {
    DocumentVat vat = VatComputation.of(lines, rounding);
    Money lineTax = Money.zero(CNY);
    for (VatSplit s : vat.lineSplits()) {
      lineTax = lineTax.plus(s.tax());
    }
    assertThat(lineTax).isEqualTo(vat.lineLevelTax());
    assertThat(vat.lineLevelTax().minus(vat.documentLevelTax()))
        .isEqualTo(vat.roundingDifference());
    Money perRate = Money.zero(CNY);
    for (VatRate rate : vat.lineLevel().keySet()) {
      perRate = perRate.plus(vat.roundingDifference(rate));
    }
    assertThat(perRate).isEqualTo(vat.roundingDifference());
  }

  @Property
  void documentLevelLinesAddUpToTheDocumentLevelPerRate(
      @ForAll("documents") List<VatLine> lines, @ForAll("roundings") Rounding rounding) {
    DocumentVat vat = VatComputation.of(lines, rounding);
    for (Map.Entry<VatRate, VatSplit> e : vat.documentLevel().entrySet()) {
      List<VatSplit> ofRate = new ArrayList<>();
      for (VatSplit s : vat.documentLevelLines()) {
        if (s.rate().equals(e.getKey())) {
          ofRate.add(s);
        }
      }
      Money net = Money.zero(CNY);
      Money tax = Money.zero(CNY);
      Money gross = Money.zero(CNY);
      for (VatSplit s : ofRate) {
        net = net.plus(s.net());
        tax = tax.plus(s.tax());
        gross = gross.plus(s.gross());
      }
      assertThat(net).isEqualTo(e.getValue().net());
      assertThat(tax).isEqualTo(e.getValue().tax());
      assertThat(gross).isEqualTo(e.getValue().gross());
    }
  }
}
