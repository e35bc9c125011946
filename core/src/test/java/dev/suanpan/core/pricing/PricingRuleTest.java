package dev.suanpan.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.decision.Rule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rule ids are stable: stored explanations and users' tests match on them. */
class PricingRuleTest {
  @Test
  void pricingRulesKeepTheirIdsInTheOrderThePricerAppliesThem() {
    assertThat(Arrays.stream(PricingRule.values()).map(Rule::id))
        .containsExactly(
            "pricing.list-price",
            "pricing.off-list",
            "pricing.quantity-break",
            "pricing.standard-offer",
            "pricing.offer-cap",
            "pricing.promotion",
            "pricing.extra-discount",
            "pricing.document-discount",
            "pricing.floor",
            "pricing.bought-in-margin",
            "pricing.cost-floor",
            "pricing.stage",
            "pricing.quota",
            "pricing.authority",
            "pricing.vat",
            "pricing.quote");
  }

  @Test
  void derivationRulesKeepTheirIds() {
    assertThat(
            Arrays.stream(dev.suanpan.core.pricing.derivation.DerivationRule.values())
                .map(Rule::id))
        .containsExactly(
            "price-derivation.base",
            "price-derivation.change",
            "price-derivation.price-point",
            "price-derivation.margin",
            "price-derivation.floor");
  }

  @Test
  void priceChangeRulesKeepTheirIds() {
    assertThat(Arrays.stream(PriceChangeRule.values()).map(Rule::id))
        .containsExactly(
            "price-change.list",
            "price-change.size",
            "price-change.floor",
            "price-change.authority");
  }
}
