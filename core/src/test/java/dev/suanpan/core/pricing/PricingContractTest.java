package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.BUYER;
import static dev.suanpan.core.pricing.PricingFixtures.DAY;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.decision.Outcome;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * What the pricing API refuses before the engine runs: a context missing a field fails when it is
 * built, naming the field, so the pricer never meets a half-built context; a decision that does not
 * hold together cannot be built.
 */
class PricingContractTest {
  @Test
  void aContextMissingItsRequiredFieldsFailsAtBuildNamingThem() {
    assertThatThrownBy(() -> PricingContext.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date")
        .hasMessageContaining("customer")
        .hasMessageContaining("requester");
    assertThatThrownBy(
            () -> PricingContext.builder().customer(BUYER).requester(SALES_MANAGER).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("date");
  }

  @Test
  void aNullContextOrLineIsRefusedByName() {
    Pricer pricer = publishedPricer();
    QuoteLine line = QuoteLine.of(FLAT_1801, BigDecimal.ONE);
    assertThatThrownBy(() -> pricer.price(line, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context must not be null");
    assertThatThrownBy(() -> pricer.price(null, context(SALES_MANAGER)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("line must not be null");
  }

  @Test
  void aContextWithOnlyTheRequiredFieldsPricesWithoutFailing() {
    // A 0.5% extra discount is within the sales manager's 1%, but that limit has a 15% quota: the
    // pricer asks for the period's counts, naming them, rather than failing on a missing value.
    PricingContext bare = PricingContext.of(DAY, BUYER, SALES_MANAGER);
    QuoteLine extra = QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("0.5%"));
    assertThatThrownBy(() -> publishedPricer().price(extra, bare))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.quotaCounts");
    // Without an extra discount no authority is consulted: the list price 1,000,000.00 of the
    // fixture's list, no offers, so the net is the list price.
    PricingDecision d = publishedPricer().price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), bare);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.netAmount()).isEqualTo(cny("1000000.00"));
  }

  @Test
  void aDecisionThatNeedsApprovalWithoutAnApproverCannotBeBuilt() {
    PricingDecision d =
        publishedPricer()
            .price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(MARKETING_DIRECTOR));
    assertThatThrownBy(
            () -> PricingDecision.builder().from(d).outcome(Outcome.NEEDS_APPROVAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs approval");
    assertThatThrownBy(
            () -> PricingDecision.builder().from(d).priceSource(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unpriced");
  }
}
