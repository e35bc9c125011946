package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.PENTHOUSE;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Rule 1.7: quotes are approved by the salesperson's supervisor before the contract. */
class QuoteApproverTest {
  static Quote.Builder quoteBy(Role requester) {
    return Quote.builder().context(context(requester));
  }

  @Test
  void aConsultantsQuoteAtListPricesIsSignedByTheSalesManager() {
    QuoteDecision d =
        publishedPricer()
            .price(
                quoteBy(SALES_CONSULTANT)
                    .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
                    .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
                    .build());

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.requiredApprover()).isEmpty();
    assertThat(d.quoteApprover()).contains(SALES_MANAGER);
    assertThat(d.quoteApprovalChain()).containsExactly(SALES_MANAGER);
  }

  @Test
  void aQuoteWhoseLineNeedsTheMarketingDirectorIsSignedByTheMarketingDirector() {
    QuoteDecision d =
        publishedPricer()
            .price(
                quoteBy(SALES_CONSULTANT)
                    .addLine(
                        QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("2%")))
                    .addLine(
                        QuoteLine.withExtraDiscount(
                            FLAT_1802, BigDecimal.ONE, Percent.parse("0.5%")))
                    .build());

    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.quoteApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.quoteApprovalChain()).containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
  }

  @Test
  void aSalesManagersQuoteWithinOwnAuthorityStillGoesToTheMarketingDirector() {
    QuoteDecision d =
        publishedPricer()
            .price(
                quoteBy(SALES_MANAGER)
                    .addLine(
                        QuoteLine.withExtraDiscount(
                            FLAT_1801, BigDecimal.ONE, Percent.parse("0.8%")))
                    .build());

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.quoteApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.quoteApprovalChain()).containsExactly(MARKETING_DIRECTOR);
  }

  @Test
  void theGeneralManagerSignsTheirOwnQuote() {
    QuoteDecision d =
        publishedPricer()
            .price(
                quoteBy(GENERAL_MANAGER)
                    .addLine(
                        QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("4%")))
                    .build());

    assertThat(d.quoteApprover()).contains(GENERAL_MANAGER);
    assertThat(d.quoteApprovalChain()).isEmpty();
  }

  @Test
  void aRefusedQuoteHasNobodyToSignIt() {
    QuoteDecision d =
        publishedPricer()
            .price(
                quoteBy(SALES_CONSULTANT).addLine(QuoteLine.of(PENTHOUSE, BigDecimal.ONE)).build());

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.quoteApprover()).isEmpty();
    assertThat(d.quoteApprovalChain()).isEmpty();
  }
}
