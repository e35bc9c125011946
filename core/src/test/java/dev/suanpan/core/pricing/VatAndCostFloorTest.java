package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.GENERAL_MANAGER;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_CONSULTANT;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.PROJECT_LIST;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.catalog.PriceListEntry;
import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.money.Percent;
import dev.suanpan.money.tax.VatRate;
import dev.suanpan.money.tax.VatSplit;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * VAT per line on tax-inclusive or exclusive list prices (issue 21 item 5), and the floor relative
 * to the current cost (item 6). Figures worked by hand in the comments.
 */
class VatAndCostFloorTest {
  static final Product BOLTS = Product.of("M8-BOX", "Bolts M8, box of 100", "hardware");
  static final PriceList HARDWARE =
      PriceList.builder()
          .code("HW-2024")
          .validFrom(LocalDate.of(2024, 7, 1))
          .addEntry(PriceListEntry.of(BOLTS.id(), cny("9.50")))
          .build();

  static PricingPolicy.Builder policy(PriceList list) {
    return PropertyOfficeDiscountAuthority.asPublished().pricingPolicyBuilder().addPriceLists(list);
  }

  static PricingDecision bolts(PricingPolicy policy, QuoteLine.Builder line, Role requester) {
    return Pricer.of(policy)
        .price(line.product(BOLTS).quantity(new BigDecimal("100")).build(), context(requester));
  }

  @Test
  void aTaxInclusiveListPriceIsSplitIntoNetAndVat() {
    PricingPolicy policy =
        policy(PROJECT_LIST)
            .vat(
                PricingVat.builder()
                    .putRatesByGroup("flats", VatRate.REDUCED_9)
                    .listPricesInclude(true)
                    .build())
            .build();
    PricingDecision d =
        Pricer.of(policy).price(QuoteLine.of(FLAT_1801, BigDecimal.ONE), context(SALES_MANAGER));
    // 1,000,000.00 / 1.09 = 917,431.1926... -> 917,431.19 net; VAT 1,000,000.00 - 917,431.19
    // = 82,568.81
    assertThat(d.vat())
        .contains(
            new VatSplit(cny("917431.19"), cny("82568.81"), cny("1000000.00"), VatRate.REDUCED_9));
    assertThat(d.netAmount()).isEqualTo(cny("1000000.00"));
    assertThat(d.explanation().fired(PricingRule.VAT)).isTrue();
  }

  @Test
  void vatIsAddedToATaxExclusiveListPrice() {
    PricingPolicy policy = policy(HARDWARE).vat(PricingVat.addedAt(VatRate.STANDARD_13)).build();
    PricingDecision d = bolts(policy, QuoteLine.builder(), SALES_CONSULTANT);
    // 100 x 9.50 = 950.00 net; 13% of 950.00 = 123.50 VAT; 1,073.50 gross
    assertThat(d.vat())
        .contains(new VatSplit(cny("950.00"), cny("123.50"), cny("1073.50"), VatRate.STANDARD_13));
  }

  @Test
  void withoutARateALineShowsNoVat() {
    PricingDecision d = bolts(policy(HARDWARE).build(), QuoteLine.builder(), SALES_CONSULTANT);
    assertThat(d.vat()).isEmpty();
    assertThat(d.explanation().fired(PricingRule.VAT)).isFalse();
  }

  @Test
  void aSaleUnderCostPlusTheMinimumMarginNeedsTheRoleThePolicyNames() {
    PricingPolicy policy =
        policy(HARDWARE).costFloor(CostFloor.of(Percent.of(5), MARKETING_DIRECTOR)).build();
    // cost 9.00 + 5% of it (0.45) = 9.45 a box, 100 boxes: least 945.00
    // at list, 950.00 keeps it
    PricingDecision atList =
        bolts(policy, QuoteLine.builder().currentUnitCost(cny("9.00")), SALES_CONSULTANT);
    assertThat(atList.outcome()).isEqualTo(Outcome.ALLOWED);
    assertThat(atList.explanation().fired(PricingRule.COST_FLOOR)).isTrue();
    // 1% asked: 1% of 9.50 = 0.095 -> 0.10 a box, 10.00 off; net 940.00 < 945.00. The 1% alone
    // needs the sales manager; under cost needs the marketing director, the more senior
    PricingDecision under =
        bolts(
            policy,
            QuoteLine.builder().currentUnitCost(cny("9.00")).requestedExtraDiscount(Percent.of(1)),
            SALES_CONSULTANT);
    assertThat(under.netAmount()).isEqualTo(cny("940.00"));
    assertThat(under.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(under.requiredApprover()).contains(MARKETING_DIRECTOR);
    assertThat(under.approval().orElseThrow().chain())
        .containsExactly(SALES_MANAGER, MARKETING_DIRECTOR);
    // the general manager holds the director's authority: allowed
    PricingDecision byGm =
        bolts(
            policy,
            QuoteLine.builder().currentUnitCost(cny("9.00")).requestedExtraDiscount(Percent.of(1)),
            GENERAL_MANAGER);
    assertThat(byGm.outcome()).isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void aSaleAtListUnderCostNeedsApprovalWithoutAnyExtraDiscount() {
    PricingPolicy policy =
        policy(HARDWARE).costFloor(CostFloor.of(Percent.ZERO, SALES_MANAGER)).build();
    // cost 9.60 + 0% = 9.60 a box, least 960.00; the list gives 950.00: the manager must sign
    PricingDecision d =
        bolts(policy, QuoteLine.builder().currentUnitCost(cny("9.60")), SALES_CONSULTANT);
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
    assertThat(d.requiredApprover()).contains(SALES_MANAGER);
    // a line without a cost is not checked
    assertThat(bolts(policy, QuoteLine.builder(), SALES_CONSULTANT).outcome())
        .isEqualTo(Outcome.ALLOWED);
  }

  @Test
  void onTaxInclusiveListsTheCostIsComparedWithTheNetOfVat() {
    PricingPolicy policy =
        policy(HARDWARE)
            .vat(PricingVat.includedAt(VatRate.STANDARD_13))
            .costFloor(CostFloor.of(Percent.ZERO, SALES_MANAGER))
            .build();
    // 950.00 gross / 1.13 = 840.7079... -> 840.71 net of VAT; cost 8.50 x 100 = 850.00 is more
    PricingDecision d =
        bolts(policy, QuoteLine.builder().currentUnitCost(cny("8.50")), SALES_CONSULTANT);
    assertThat(d.vat().orElseThrow().net()).isEqualTo(cny("840.71"));
    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_APPROVAL);
  }

  @Test
  void aPolicyRejectsTaxInclusivePricesWithoutARateAndACostApproverWhoIsNoRole() {
    assertThatThrownBy(() -> PricingVat.builder().listPricesInclude(true).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VAT needs a rate");
    Role stranger = Role.of("AUDITOR", "Auditor");
    assertThatThrownBy(
            () -> policy(HARDWARE).costFloor(CostFloor.of(Percent.ZERO, stranger)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approver Auditor");
    assertThatThrownBy(() -> CostFloor.of(Percent.of(-1), SALES_MANAGER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumMargin");
  }
}
