package dev.suanpan.money.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class VatRateTest {
  static Money cny(String a) {
    return Money.of(CurrencyUnit.of("CNY"), new BigDecimal(a));
  }

  @Test
  void taxInclusiveAmountAtThirteenPercentSplitsIntoNetAndTax() {
    VatSplit split = VatRate.STANDARD_13.splitGross(cny("1130.00"), Rounding.FEN);
    assertThat(split.net()).isEqualTo(cny("1000.00"));
    assertThat(split.tax()).isEqualTo(cny("130.00"));
    assertThat(split.gross()).isEqualTo(cny("1130.00"));
    assertThat(split.rate()).isEqualTo(VatRate.STANDARD_13);
  }

  @Test
  void netAmountGrossesUpAtThirteenPercent() {
    VatSplit split = VatRate.STANDARD_13.grossUp(cny("1000.00"), Rounding.FEN);
    assertThat(split.tax()).isEqualTo(cny("130.00"));
    assertThat(split.gross()).isEqualTo(cny("1130.00"));
  }

  @Test
  void reducedRatesSplitTheirOwnGross() {
    assertThat(VatRate.REDUCED_9.splitGross(cny("1090.00"), Rounding.FEN).net())
        .isEqualTo(cny("1000.00"));
    assertThat(VatRate.REDUCED_6.splitGross(cny("106.00"), Rounding.FEN).tax())
        .isEqualTo(cny("6.00"));
    assertThat(VatRate.ZERO.splitGross(cny("500.00"), Rounding.FEN).tax()).isEqualTo(cny("0.00"));
  }

  @Test
  void netIsRoundedAndTaxIsTheRemainderOfTheGross() {
    // 100.00 / 1.13 = 88.4955..., net 88.50 rounded, tax 11.50 = 100.00 - 88.50
    VatSplit split = VatRate.STANDARD_13.splitGross(cny("100.00"), Rounding.FEN);
    assertThat(split.net()).isEqualTo(cny("88.50"));
    assertThat(split.tax()).isEqualTo(cny("11.50"));
  }

  @Test
  void creditNoteSplitsLikeTheInvoiceWithTheSignReversed() {
    VatSplit invoice = VatRate.STANDARD_13.splitGross(cny("100.00"), Rounding.FEN);
    VatSplit credit = VatRate.STANDARD_13.splitGross(cny("-100.00"), Rounding.FEN);
    assertThat(credit.net()).isEqualTo(invoice.net().negated());
    assertThat(credit.tax()).isEqualTo(invoice.tax().negated());
  }

  @Test
  void halfFenTiesFollowTheRoundingMode() {
    // 0.05 x 13% = 0.0065: HALF_UP and HALF_EVEN both give 0.01; 0.50 x 9% = 0.045 differs
    assertThat(VatRate.REDUCED_9.grossUp(cny("0.50"), Rounding.FEN).tax()).isEqualTo(cny("0.05"));
    assertThat(VatRate.REDUCED_9.grossUp(cny("0.50"), Rounding.FEN_HALF_EVEN).tax())
        .isEqualTo(cny("0.04"));
  }

  @Test
  void rateIsDataAndOfBuildsAnyValidRate() {
    assertThat(VatRate.of(Percent.parse("13%"))).isEqualTo(VatRate.STANDARD_13);
    assertThat(VatRate.of(Percent.parse("3%")).percent()).isEqualTo(Percent.of(3));
    assertThat(VatRate.STANDARD_13).hasToString("VAT 13%");
  }

  @Test
  void rejectsNegativeHundredPercentAndNullRates() {
    assertThatThrownBy(() -> VatRate.of(Percent.parse("-1%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent")
        .hasMessageContaining("-1%");
    assertThatThrownBy(() -> VatRate.of(Percent.parse("100%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percent must be below 100%, was 100%");
    assertThatThrownBy(() -> VatRate.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("percent");
  }

  @Test
  void rejectsNullAmountsAndSplitsThatDoNotAddUp() {
    assertThatThrownBy(() -> VatRate.STANDARD_13.splitGross(null, Rounding.FEN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("gross");
    assertThatThrownBy(() -> VatRate.STANDARD_13.grossUp(cny("1.00"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rounding");
    assertThatThrownBy(
            () -> new VatSplit(cny("1000.00"), cny("130.00"), cny("1130.01"), VatRate.STANDARD_13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("net + tax must equal gross")
        .hasMessageContaining("1130.01");
    assertThatThrownBy(
            () ->
                new VatSplit(
                    cny("1000.00"),
                    Money.of(CurrencyUnit.USD, 130),
                    cny("1130.00"),
                    VatRate.STANDARD_13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tax must be in CNY");
  }
}
