package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.PENTHOUSE;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuotePricingTest {
  static Quote.Builder quote() {
    return Quote.builder().context(context(SALES_MANAGER));
  }

  @Test
  void theDocumentDiscountIsAllocatedOverTheLinesByNetAmountSoAReturnRefundsTheRightNet() {
    Quote q =
        quote()
            .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
            .addLine(QuoteLine.of(FLAT_1802, BigDecimal.ONE))
            .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
            .documentDiscount(cny("5000.00"))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    // nets 1,000,000 : 1,200,000 : 150,000 of 2,350,000
    assertThat(d.lines())
        .extracting(PricingDecision::documentDiscountShare)
        .containsExactly(cny("2127.66"), cny("2553.19"), cny("319.15"));
    assertThat(d.lines())
        .extracting(PricingDecision::netAmount)
        .containsExactly(cny("997872.34"), cny("1197446.81"), cny("149680.85"));
    assertThat(d.netTotal()).isEqualTo(cny("2345000.00"));
    assertThat(d.documentDiscount()).isEqualTo(cny("5000.00"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.explanation().toString())
        .contains("document discount CNY 5000.00 allocated over 3 lines")
        .contains("line 3 (P-017): share of the document discount: CNY 319.15");
  }

  @Test
  void aDocumentDiscountGivenAsAPercentIsTakenOfTheLinesNet() {
    Quote q =
        quote()
            .addLine(QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("0.5%")))
            .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
            .documentDiscountPercent(Percent.parse("0.5%"))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    // nets 995,000 + 150,000 = 1,145,000; 0.5% = 5,725.00
    assertThat(d.documentDiscount()).isEqualTo(cny("5725.00"));
    assertThat(d.lines().get(0).extraDiscount()).isEqualTo(cny("5000.00").plus(cny("4975.00")));
    assertThat(d.discountTotal()).isEqualTo(cny("10725.00"));
  }

  @Test
  void theQuoteNeedsTheMostSeniorApproverAnyLineNeeds() {
    Quote q =
        Quote.builder()
            .context(context(SALES_CONSULTANT))
            .addLine(QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("0.8%")))
            .addLine(QuoteLine.withExtraDiscount(FLAT_1802, BigDecimal.ONE, Percent.parse("2.5%")))
            .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.lines())
        .extracting(PricingDecision::outcome)
        .containsExactly(Outcome.NEEDS_APPROVAL, Outcome.NEEDS_APPROVAL, Outcome.ALLOWED);
    assertThat(d.explanation().toString())
        .contains(
            "2 of 3 lines need approval; the most senior approver needed is Marketing director");
  }

  @Test
  void oneRefusedLineRefusesTheQuote() {
    Quote q =
        quote()
            .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
            .addLine(QuoteLine.of(PENTHOUSE, BigDecimal.ONE))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    assertThat(d.isRefused()).isTrue();
    assertThat(d.approval()).isEmpty();
    assertThat(d.explanation().toString()).contains("refused: 1 of 2 lines refused");
  }

  @Test
  void aDocumentDiscountLargerThanTheLinesNetIsRefused() {
    Quote q =
        quote()
            .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
            .documentDiscount(cny("150000.01"))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().toString())
        .contains("document discount CNY 150000.01 is more than the lines' net CNY 150000.00");
  }

  @Test
  void aDocumentDiscountThatPushesALineUnderItsFloorRefusesIt() {
    Quote q =
        quote()
            .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
            .documentDiscount(cny("50000.01"))
            .build();

    QuoteDecision d = Pricer.of(PricingFixtures.publishedPolicy()).price(q);

    assertThat(d.isRefused()).isTrue();
    assertThat(d.lines().get(0).explanation().fired(PricingRule.FLOOR)).isTrue();
  }

  @Test
  void aQuoteNeedsLinesAndOneKindOfDocumentDiscount() {
    assertThatThrownBy(() -> quote().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one line");
    assertThatThrownBy(
            () ->
                quote()
                    .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
                    .documentDiscount(cny("1.00"))
                    .documentDiscountPercent(Percent.of(1))
                    .build())
        .hasMessageContaining("both as an amount CNY 1.00 and as a percent 1%");
  }
}
