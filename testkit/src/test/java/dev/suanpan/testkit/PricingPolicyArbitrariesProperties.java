package dev.suanpan.testkit;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.pricing.CostFloor;
import dev.suanpan.core.pricing.Pricer;
import dev.suanpan.core.pricing.PricingContext;
import dev.suanpan.core.pricing.PricingDecision;
import dev.suanpan.core.pricing.PricingVat;
import dev.suanpan.core.pricing.Promotion;
import dev.suanpan.core.pricing.PromotionUses;
import dev.suanpan.core.pricing.QuotaCounts;
import dev.suanpan.core.pricing.QuoteLine;
import dev.suanpan.core.pricing.derivation.DerivationPolicy;
import dev.suanpan.core.pricing.derivation.DerivationReport;
import dev.suanpan.core.pricing.derivation.PriceListDeriver;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The generated promotions, VAT rates, cost floors and derivation policies price and derive. */
class PricingPolicyArbitrariesProperties {
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final Product ITEM = Product.of("I-1", "Item", "hardware");
  static final LocalDate DAY = LocalDate.of(2024, 9, 14);
  static final PropertyOfficeDiscountAuthority OFFICE =
      PropertyOfficeDiscountAuthority.asPublished();

  @Provide
  Arbitrary<PriceList> lists() {
    return PricingArbitraries.priceLists(CNY, List.of(ITEM), DAY);
  }

  @Provide
  Arbitrary<CostFloor> costFloors() {
    return PricingArbitraries.costFloors(OFFICE.authority());
  }

  @Provide
  Arbitrary<VatRate> rates() {
    return PricingArbitraries.vatRates();
  }

  @Provide
  Arbitrary<DerivationPolicy> derivations() {
    return PricingArbitraries.derivationPolicies(CNY);
  }

  @Property(tries = 200)
  void aLineShowsVatThatAddsUpAndACostFloorRoutesOrAllows(
      @ForAll("lists") PriceList list,
      @ForAll("costFloors") CostFloor floor,
      @ForAll("rates") VatRate rate,
      @ForAll boolean included) {
    Pricer pricer =
        Pricer.of(
            OFFICE
                .pricingPolicyBuilder()
                .addPriceLists(list)
                .vat(included ? PricingVat.includedAt(rate) : PricingVat.addedAt(rate))
                .costFloor(floor)
                .build());
    PricingDecision d =
        pricer.price(
            QuoteLine.builder()
                .product(ITEM)
                .quantity(BigDecimal.TEN)
                .currentUnitCost(list.entries().get(0).basePrice())
                .build(),
            PricingContext.builder()
                .date(DAY)
                .customer(CustomerId.of("C-1"))
                .requester(SALES_CONSULTANT)
                .quotaCounts(QuotaCounts.of(100))
                .build());
    Money shown = included ? d.vat().orElseThrow().gross() : d.vat().orElseThrow().net();
    assertThat(shown).isEqualTo(d.netAmount());
    assertThat(d.isRefused()).isFalse();
  }

  @Provide
  Arbitrary<Promotion> promotions() {
    return PricingArbitraries.promotions(DAY);
  }

  @Provide
  Arbitrary<PromotionUses> uses() {
    return PricingArbitraries.promotionUses();
  }

  @Property(tries = 200)
  void aPromotionNeverRaisesTheNetAndNeedsNoApproval(
      @ForAll("lists") PriceList list,
      @ForAll("promotions") Promotion promotion,
      @ForAll("uses") PromotionUses uses) {
    PricingContext context =
        PricingContext.builder()
            .date(DAY)
            .customer(CustomerId.of("C-1"))
            .requester(SALES_CONSULTANT)
            .quotaCounts(QuotaCounts.of(100))
            .addCouponCodes("COUPON")
            .putPromotionUse(promotion.code(), uses)
            .build();
    QuoteLine line = QuoteLine.of(ITEM, BigDecimal.TEN);
    PricingDecision without =
        Pricer.of(OFFICE.pricingPolicy(List.of(list), List.of())).price(line, context);
    PricingDecision with =
        Pricer.of(
                OFFICE.pricingPolicyBuilder().addPriceLists(list).addPromotions(promotion).build())
            .price(line, context);
    assertThat(with.netAmount()).isLessThanOrEqualTo(without.netAmount());
    assertThat(with.needsApproval()).isFalse();
  }

  @Property(tries = 200)
  void aDerivedListKeepsEveryPriceAtOrAboveItsFloor(
      @ForAll("lists") PriceList list, @ForAll("derivations") DerivationPolicy policy) {
    Map<dev.suanpan.core.catalog.ProductId, Money> costs =
        Map.of(ITEM.id(), list.entries().get(0).basePrice());
    DerivationReport r = PriceListDeriver.of(policy).derive(list, costs);
    for (PriceListEntry e : r.priceList().entries()) {
      e.floor().ifPresent(f -> assertThat(e.basePrice()).isGreaterThanOrEqualTo(f));
    }
  }
}
