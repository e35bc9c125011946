package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.pricing.PricingFixtures.DAY;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1802;
import static dev.suanpan.core.pricing.PricingFixtures.PENTHOUSE;
import static dev.suanpan.core.pricing.PricingFixtures.REBAR;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A fractional quantity is priced exactly then rounded, a product's purchase price must be in the
 * policy's currency, and a product on no list is priced only when enough named people agree. The
 * sources' office needs two named approvers for a price off the list.
 */
class PricerRulesTest {
  @Test
  void aFractionalQuantityIsPricedAtTheExactProductRoundedHalfUpToTheFen() {
    // rebar at 4,300.00 a tonne x 1.00001 t = 4,300.043 -> 4,300.04
    PricingDecision d =
        publishedPricer()
            .price(QuoteLine.of(REBAR, new BigDecimal("1.00001")), context(GENERAL_MANAGER));
    assertThat(d.listAmount()).isEqualTo(cny("4300.04"));
  }

  @Test
  void rejectsABoughtInProductWhosePurchasePriceIsInAnotherCurrency() {
    Product imported =
        Product.boughtIn("HRB400-20", "Rebar, imported", "spot-steel", Money.parse("USD 550.00"));
    assertThatThrownBy(
            () ->
                publishedPricer()
                    .price(QuoteLine.of(imported, BigDecimal.ONE), context(GENERAL_MANAGER)))
        .hasMessageContaining("purchasePrice of HRB400-20");
  }

  @Test
  void aProductOnNoListSaysForWhichCustomersItIsOnNone() {
    QuoteLine penthouse = QuoteLine.of(PENTHOUSE, BigDecimal.ONE);
    assertThat(
            publishedPricer().price(penthouse, context(GENERAL_MANAGER)).explanation().toString())
        .contains("is on no price list valid on 2024-09-14 for any customer");
    assertThat(
            publishedPricer()
                .price(penthouse, context(GENERAL_MANAGER, CustomerGroup.of("STAFF")))
                .explanation()
                .toString())
        .contains("for customer group STAFF");
  }

  @Test
  void aPriceOffTheListAgreedByFewerPeopleThanNeededIsRefused() {
    OffListApproval oneName =
        OffListApproval.builder()
            .unitPrice(cny("3000000.00"))
            .addApprovedBy(PersonId.of("vice-gm-wang"))
            .date(DAY)
            .build();
    PricingDecision d =
        publishedPricer()
            .price(
                QuoteLine.builder()
                    .product(PENTHOUSE)
                    .quantity(BigDecimal.ONE)
                    .offListApproval(oneName)
                    .build(),
                context(GENERAL_MANAGER));
    assertThat(d.isRefused()).isTrue();
    assertThat(d.isPriced()).isFalse();
    assertThat(d.explanation().toString()).contains("but 2 named approvers are needed; refused");
  }

  @Test
  void aQuoteWaitsForTheMostSeniorApproverAnyOfItsLinesNeeds() {
    // 0.8% extra on flat 1801 needs the sales manager, 2% on flat 1802 the marketing director
    Quote quote =
        Quote.builder()
            .context(context(SALES_CONSULTANT))
            .addLines(
                QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse("0.8%")),
                QuoteLine.withExtraDiscount(FLAT_1802, BigDecimal.ONE, Percent.parse("2%")))
            .build();
    QuoteDecision d = publishedPricer().price(quote);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.explanation().toString())
        .contains(
            "2 of 2 lines need approval; the most senior approver needed is Marketing director");
  }

  @Test
  void rejectsAQuoteRequestedByARoleOutsideTheAuthorityPolicy() {
    Quote quote =
        Quote.builder()
            .context(context(Role.of("INTERN", "Intern")))
            .addLines(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
            .build();
    assertThatThrownBy(() -> publishedPricer().price(quote))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requester INTERN (Intern) is not a role of the authority policy");
  }
}
