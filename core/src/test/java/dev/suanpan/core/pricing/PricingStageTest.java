package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.OPENING_OFFER;
import static dev.suanpan.core.pricing.PricingFixtures.PARKING;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPricer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 1.4: a special discount only at the subscription stage, never after the formal contract. */
class PricingStageTest {
  static PricingContext at(Role requester, ContractStage stage) {
    return PricingContext.builder().from(context(requester)).stage(stage).build();
  }

  static QuoteLine flatWithExtra(String percent) {
    return QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.parse(percent));
  }

  static Pricer pricerWithOpeningOffer() {
    return Pricer.of(
        PropertyOfficeDiscountAuthority.asPublished()
            .pricingPolicy(List.of(PROJECT_LIST), List.of(OPENING_OFFER)));
  }

  @Test
  void twoPercentSpecialDiscountAtTheSubscriptionStageGoesToTheMarketingDirector() {
    PricingDecision d =
        publishedPricer()
            .price(flatWithExtra("2%"), at(SALES_CONSULTANT, ContractStage.SUBSCRIPTION));

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(d.effectiveUnitPrice()).isEqualTo(cny("980000.00"));
    assertThat(d.explanation().rules())
        .containsSubsequence(
            PricingRule.FLOOR.id(), PricingRule.STAGE.id(), PricingRule.AUTHORITY.id());
    assertThat(d.explanation().toString())
        .contains(
            "extra discount CNY 20000.00 asked at the subscription stage, where the policy allows"
                + " one");
  }

  @Test
  void noSpecialDiscountOnceTheFormalContractIsSigned() {
    // 0.8% is within the sales manager's own 1%, but the contract is signed.
    PricingDecision d =
        publishedPricer()
            .price(flatWithExtra("0.8%"), at(SALES_MANAGER, ContractStage.CONTRACT_SIGNED));

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.approval()).isEmpty();
    assertThat(d.route()).isEmpty();
    assertThat(d.extraDiscount()).isEqualTo(cny("8000.00"));
    assertThat(d.explanation().rules()).doesNotContain(PricingRule.AUTHORITY.id());
    assertThat(d.explanation().toString())
        .contains(
            "[pricing.stage] extra discount CNY 8000.00 asked at the contract signed stage: an"
                + " extra discount is possible only at the subscription stage, never later;"
                + " refused whoever asks");
  }

  @Test
  void evenTheGeneralManagerGrantsNoSpecialDiscountAfterTheContractIsRegistered() {
    PricingDecision d =
        publishedPricer()
            .price(flatWithExtra("0.5%"), at(GENERAL_MANAGER, ContractStage.CONTRACT_REGISTERED));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().toString()).contains("the contract registered stage");
  }

  @Test
  void publishedStandardOffersStillApplyAfterTheContract() {
    PricingDecision d =
        pricerWithOpeningOffer()
            .price(
                QuoteLine.of(FLAT_1801, BigDecimal.ONE),
                at(SALES_CONSULTANT, ContractStage.CONTRACT_SIGNED));

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.standardOfferDiscount()).isEqualTo(cny("20000.00"));
    assertThat(d.effectiveUnitPrice()).isEqualTo(cny("980000.00"));
    assertThat(d.explanation().rules()).doesNotContain(PricingRule.STAGE.id());
  }

  @Test
  void aNetPriceAtTheOfferPriceStandsAfterTheContractButOneUnderItIsRefused() {
    Pricer pricer = pricerWithOpeningOffer();
    PricingContext signed = at(SALES_CONSULTANT, ContractStage.CONTRACT_SIGNED);

    PricingDecision atOffer =
        pricer.price(QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("980000.00")), signed);
    PricingDecision under =
        pricer.price(QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("979000.00")), signed);

    assertThat(atOffer.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(under.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(under.explanation().toString())
        .contains(
            "extra discount CNY 1000.00 asked at the contract signed stage",
            "published standard offers still apply: CNY 20000.00 off the line");
  }

  @Test
  void aDocumentDiscountAfterTheContractRefusesTheQuote() {
    Quote q =
        Quote.builder()
            .context(at(SALES_MANAGER, ContractStage.CONTRACT_SIGNED))
            .addLine(QuoteLine.of(FLAT_1801, BigDecimal.ONE))
            .addLine(QuoteLine.of(PARKING, BigDecimal.ONE))
            .documentDiscount(cny("1000.00"))
            .build();

    QuoteDecision d = publishedPricer().price(q);

    assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(d.lines()).allMatch(PricingDecision::isRefused);
    assertThat(d.quoteApprover()).isEmpty();
  }

  @Test
  void withoutAStageTheStageRuleDoesNotApply() {
    PricingDecision d = publishedPricer().price(flatWithExtra("0.8%"), context(SALES_MANAGER));

    assertThat(d.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(d.explanation().rules()).doesNotContain(PricingRule.STAGE.id());
  }

  @Test
  void aPolicyMayAllowSpecialDiscountsUntilTheContractIsRegistered() {
    PricingPolicy policy =
        PropertyOfficeDiscountAuthority.builder()
            .addExtraDiscountStages(ContractStage.SUBSCRIPTION, ContractStage.CONTRACT_SIGNED)
            .build()
            .pricingPolicy(List.of(PROJECT_LIST), List.of());
    Pricer pricer = Pricer.of(policy);

    assertThat(
            pricer
                .price(flatWithExtra("0.8%"), at(SALES_MANAGER, ContractStage.CONTRACT_SIGNED))
                .outcome())
        .isEqualTo(Outcome.ALLOWED);
    PricingDecision registered =
        pricer.price(flatWithExtra("0.8%"), at(SALES_MANAGER, ContractStage.CONTRACT_REGISTERED));
    assertThat(registered.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(registered.explanation().toString())
        .contains("possible only at the subscription or contract signed stage");
  }

  @Test
  void aPolicyWithNoStageForSpecialDiscountsRefusesThemAtEveryStage() {
    Pricer pricer =
        Pricer.of(
            PricingPolicy.builder()
                .from(PricingFixtures.publishedPolicy())
                .extraDiscountStages(List.of())
                .build());

    PricingDecision d =
        pricer.price(flatWithExtra("0.8%"), at(SALES_MANAGER, ContractStage.SUBSCRIPTION));

    assertThat(d.isRefused()).isTrue();
    assertThat(d.explanation().toString()).contains("possible only at no stage");
  }

  @Test
  void aPolicyAllowingALaterStageButNotAnEarlierOneIsRejected() {
    assertThatThrownBy(
            () ->
                PricingPolicy.builder()
                    .from(PricingFixtures.publishedPolicy())
                    .extraDiscountStages(List.of(ContractStage.CONTRACT_SIGNED))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "extraDiscountStages [CONTRACT_SIGNED] allow an extra discount at CONTRACT_SIGNED but"
                + " not at the earlier stage SUBSCRIPTION");
  }

  @Test
  void theSourcesAllowSpecialDiscountsOnlyAtSubscription() {
    assertThat(PricingFixtures.publishedPolicy().extraDiscountStages())
        .containsExactly(ContractStage.SUBSCRIPTION);
    assertThat(PropertyOfficeDiscountAuthority.asPublished().extraDiscountStages())
        .containsExactly(ContractStage.SUBSCRIPTION);
  }
}
