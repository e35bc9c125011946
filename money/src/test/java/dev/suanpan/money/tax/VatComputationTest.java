package dev.suanpan.money.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class VatComputationTest {
  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void threeOneYuanInclusiveLinesShowAOneFenRoundingDifference() {
    // each line: 1.00 / 1.13 = 0.88 net, 0.12 tax; the document: 3.00 / 1.13 = 2.65, 0.35 tax
    VatLine line = VatLine.inclusive(cny("1.00"), VatRate.STANDARD_13);
    DocumentVat vat = VatComputation.of(List.of(line, line, line), Rounding.FEN);
    assertThat(vat.lineLevelTax()).isEqualTo(cny("0.36"));
    assertThat(vat.documentLevelTax()).isEqualTo(cny("0.35"));
    assertThat(vat.roundingDifference()).isEqualTo(cny("0.01"));
    assertThat(vat.roundingDifference(VatRate.STANDARD_13)).isEqualTo(cny("0.01"));
    assertThat(vat.lineLevelGross()).isEqualTo(vat.documentLevelGross()).isEqualTo(cny("3.00"));
    assertThat(vat.documentLevelNet()).isEqualTo(cny("2.65"));
    assertThat(vat.lineSplits()).allSatisfy(s -> assertThat(s.tax()).isEqualTo(cny("0.12")));
  }

  @Test
  void documentLevelLinesCarryTheDifferenceSoTheyAddUpToTheDocument() {
    VatLine line = VatLine.inclusive(cny("1.00"), VatRate.STANDARD_13);
    DocumentVat vat = VatComputation.of(List.of(line, line, line), Rounding.FEN);
    assertThat(vat.documentLevelLines())
        .extracting(VatSplit::tax)
        .containsExactly(cny("0.11"), cny("0.12"), cny("0.12"));
    assertThat(vat.documentLevelLines())
        .extracting(VatSplit::net)
        .containsExactly(cny("0.89"), cny("0.88"), cny("0.88"));
  }

  @Test
  void netLinesRoundUpwardsAtDocumentLevel() {
    // each line: 0.10 x 13% = 0.013 -> 0.01; the document: 0.30 x 13% = 0.039 -> 0.04
    VatLine line = VatLine.exclusive(cny("0.10"), VatRate.STANDARD_13);
    DocumentVat vat = VatComputation.of(List.of(line, line, line), Rounding.FEN);
    assertThat(vat.lineLevelTax()).isEqualTo(cny("0.03"));
    assertThat(vat.documentLevelTax()).isEqualTo(cny("0.04"));
    assertThat(vat.roundingDifference()).isEqualTo(cny("-0.01"));
    assertThat(vat.lineLevelNet()).isEqualTo(vat.documentLevelNet()).isEqualTo(cny("0.30"));
    assertThat(vat.documentLevelGross()).isEqualTo(cny("0.34"));
  }

  @Test
  void totalsAreKeptPerRateInTheOrderRatesAppear() {
    DocumentVat vat =
        VatComputation.of(
            List.of(
                VatLine.inclusive(cny("1130.00"), VatRate.STANDARD_13),
                VatLine.exclusive(cny("1000.00"), VatRate.REDUCED_9),
                VatLine.inclusive(cny("106.00"), VatRate.REDUCED_6),
                VatLine.exclusive(cny("100.00"), VatRate.STANDARD_13)),
            Rounding.FEN);
    assertThat(vat.lineLevel().keySet())
        .containsExactly(VatRate.STANDARD_13, VatRate.REDUCED_9, VatRate.REDUCED_6);
    assertThat(vat.lineLevel().get(VatRate.STANDARD_13).tax()).isEqualTo(cny("143.00"));
    assertThat(vat.lineLevel().get(VatRate.STANDARD_13).gross()).isEqualTo(cny("1243.00"));
    assertThat(vat.documentLevel().get(VatRate.REDUCED_9).tax()).isEqualTo(cny("90.00"));
    assertThat(vat.documentLevelTax()).isEqualTo(cny("239.00"));
    assertThat(vat.roundingDifference()).isEqualTo(cny("0.00"));
  }

  @Test
  void rejectsMixedCurrenciesEmptyDocumentsAndUnknownRates() {
    assertThatThrownBy(
            () ->
                VatComputation.of(
                    List.of(
                        VatLine.inclusive(cny("1.00"), VatRate.STANDARD_13),
                        VatLine.inclusive(Money.of(CurrencyUnit.USD, 1), VatRate.STANDARD_13)),
                    Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines[1].amount must be in CNY, was USD 1.00");
    assertThatThrownBy(() -> VatComputation.of(List.of(), Rounding.FEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines must not be empty");
    DocumentVat vat =
        VatComputation.of(
            List.of(VatLine.inclusive(cny("1.00"), VatRate.STANDARD_13)), Rounding.FEN);
    assertThatThrownBy(() -> vat.roundingDifference(VatRate.REDUCED_6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate must be one of")
        .hasMessageContaining("VAT 6%");
    assertThatThrownBy(() -> VatLine.exclusive(null, VatRate.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("amount");
  }
}
