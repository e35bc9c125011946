package dev.suanpan.money.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import dev.suanpan.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The rules of VAT lines, splits and document totals, and how each reads as text. */
class VatRulesTest {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  static Money cny(String a) {
    return Money.of(CNY, new BigDecimal(a));
  }

  @Test
  void aNetOfExactlyHalfAStepGoesWhereTheRoundingModeSays() {
    // 10.07 incl. 6%: net = 10.07 / 1.06 = 9.50 exactly (9.50 x 1.06 = 10.07), half a yuan
    VatRate six = VatRate.REDUCED_6;
    VatSplit up = six.splitGross(cny("10.07"), Rounding.YUAN);
    assertThat(up.net()).isEqualTo(cny("10.00"));
    assertThat(up.tax()).isEqualTo(cny("0.07"));
    VatSplit down =
        six.splitGross(cny("10.07"), Rounding.toStep(BigDecimal.ONE, RoundingMode.HALF_DOWN));
    assertThat(down.net()).isEqualTo(cny("9.00"));
    assertThat(down.tax()).isEqualTo(cny("1.07"));
  }

  @Test
  void linesAndSplitsReadAsOnAnInvoice() {
    assertThat(VatLine.inclusive(cny("1130.00"), VatRate.STANDARD_13))
        .hasToString("CNY 1130.00 incl. VAT 13%");
    assertThat(VatLine.exclusive(cny("1000.00"), VatRate.STANDARD_13))
        .hasToString("CNY 1000.00 excl. VAT 13%");
    // 1000.00 x 13% = 130.00
    assertThat(VatRate.STANDARD_13.grossUp(cny("1000.00"), Rounding.FEN))
        .hasToString("CNY 1000.00 + VAT 13% CNY 130.00 = CNY 1130.00");
  }

  @Test
  void aDocumentSummaryShowsBothLevelsAndTheirDifference() {
    // three net lines of 0.05 at 13%: each 0.0065 -> 0.01, line level 0.03;
    // document level 0.15 x 13% = 0.0195 -> 0.02; difference 0.01
    VatLine line = VatLine.exclusive(cny("0.05"), VatRate.STANDARD_13);
    assertThat(VatComputation.of(List.of(line, line, line), Rounding.FEN))
        .hasToString(
            "VAT line level CNY 0.03, document level CNY 0.02, rounding difference CNY 0.01 over 3"
                + " lines");
  }

  static ImmutableDocumentVat.Builder oneLineDocument() {
    // 1.00 net at 13%: 0.13 tax at both levels
    VatLine line = VatLine.exclusive(cny("1.00"), VatRate.STANDARD_13);
    VatSplit split = line.split(Rounding.FEN);
    return ImmutableDocumentVat.builder()
        .currency(CNY)
        .rounding(Rounding.FEN)
        .addLine(line)
        .lineLevel(ImmutableMap.of(VatRate.STANDARD_13, split))
        .documentLevel(ImmutableMap.of(VatRate.STANDARD_13, split));
  }

  @Test
  void aDocumentHasOneSplitPerLineAtEachLevel() {
    VatSplit split = VatRate.STANDARD_13.grossUp(cny("1.00"), Rounding.FEN);
    assertThat(oneLineDocument().addLineSplit(split).addDocumentLevelLine(split).build().lines())
        .hasSize(1);
    assertThatThrownBy(() -> oneLineDocument().addDocumentLevelLine(split).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "one split per line is required, was 1 lines, 0 splits, 1 document-level splits");
    assertThatThrownBy(() -> oneLineDocument().addLineSplit(split).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "one split per line is required, was 1 lines, 1 splits, 0 document-level splits");
  }

  @Test
  void aDocumentHasTheSameRatesAtBothLevels() {
    VatSplit split = VatRate.STANDARD_13.grossUp(cny("1.00"), Rounding.FEN);
    VatSplit nine = VatRate.REDUCED_9.grossUp(cny("1.00"), Rounding.FEN);
    assertThatThrownBy(
            () ->
                oneLineDocument()
                    .addLineSplit(split)
                    .addDocumentLevelLine(split)
                    .documentLevel(ImmutableMap.of(VatRate.REDUCED_9, nine))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "line level and document level must have the same rates, were [VAT 13%] and [VAT 9%]");
  }
}
