package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A quote line excluded from the document discount takes no share of it and is not in the base of a
 * document discount percent. Nets as in {@link QuotePricingTest}: flat 1801 1,000,000.00, flat 1802
 * 1,200,000.00, parking 150,000.00; figures worked by hand in the comments.
 */
class QuoteDiscountExclusionTest {
  static QuoteLine parkingExcluded() {
    return QuoteLine.builder()
        .product(PARKING)
        .quantity(BigDecimal.ONE)
        .excludedFromDocumentDiscount(true)
        .build();
  }

  @Test
  void anExcludedLineTakesNoShareOfTheDocumentDiscount() {
    // 5,000.00 over 1,000,000 : 1,200,000 of 2,200,000: 2,272.727... and 2,727.272...;
    // truncated 2,272.72 + 2,727.27 = 4,999.99, the fen to the larger remainder (.727): 2,272.73.
    QuoteDecision d =
        publishedPricer()
            .price(
                Quote.builder()
                    .context(context(SALES_MANAGER))
                    .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
                    .addLine(QuoteLine.of(FLAT_1802, BigDecimal.ONE))
                    .addLine(parkingExcluded())
                    .documentDiscount(cny("5000.00"))
                    .build());

    assertThat(d.lines())
        .extracting(PricingDecision::documentDiscountShare)
        .containsExactly(cny("2272.73"), cny("2727.27"), cny("0.00"));
    assertThat(d.lines().get(2).netAmount()).isEqualTo(cny("150000.00"));
    assertThat(d.netTotal()).isEqualTo(cny("2345000.00"));
    assertThat(d.explanation().toString()).contains("excluded from it: line [3]");
  }

  @Test
  void aDocumentPercentIsTakenOfTheLinesItAppliesTo() {
    // 0.5% of 1,000,000.00 + 1,200,000.00 = 11,000.00 (the parking's 150,000.00 is left out).
    QuoteDecision d =
        publishedPricer()
            .price(
                Quote.builder()
                    .context(context(SALES_MANAGER))
                    .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
                    .addLine(QuoteLine.of(FLAT_1802, BigDecimal.ONE))
                    .addLine(parkingExcluded())
                    .documentDiscountPercent(Percent.parse("0.5%"))
                    .build());

    assertThat(d.documentDiscount()).isEqualTo(cny("11000.00"));
    assertThat(d.lines().get(2).documentDiscountShare()).isEqualTo(cny("0.00"));
  }

  @Test
  void aDocumentDiscountOnOnlyExcludedLinesIsRefused() {
    QuoteDecision d =
        publishedPricer()
            .price(
                Quote.builder()
                    .context(context(SALES_MANAGER))
                    .addLine(parkingExcluded())
                    .documentDiscount(cny("100.00"))
                    .build());

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().toString())
        .contains("document discount CNY 100.00 is more than the lines' net CNY 0.00: refused");
  }
}
