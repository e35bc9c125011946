package dev.suanpan.core.pricing;

import static dev.suanpan.core.pricing.PricingFixtures.DAY;
import static dev.suanpan.core.pricing.PricingFixtures.FLAT_1801;
import static dev.suanpan.core.pricing.PricingFixtures.cny;
import static dev.suanpan.core.pricing.PricingFixtures.context;
import static dev.suanpan.core.pricing.PricingFixtures.publishedPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.EnumSet;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** What a pricing policy, a quote, its lines and approvals, and a price change must keep. */
class PricingInputRulesTest {
  static final Role CONSULTANT = Role.of("SALES_CONSULTANT", "Sales consultant");
  static final PersonId WANG = PersonId.of("wang");
  static final PersonId LI = PersonId.of("li");

  static PricingPolicy.Builder policy() {
    return PricingPolicy.builder().from(publishedPolicy());
  }

  @Test
  void rejectsAnOfferCapOrADefaultFloorOutsideNoneToAll() {
    assertThatThrownBy(() -> policy().offerCap(Percent.of(101)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offerCap must be between 0% and 100%, was 101%");
    assertThatThrownBy(() -> policy().defaultFloor(Percent.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("defaultFloor must be between 0% and 100%, was -1%");
    assertThat(policy().offerCap(Percent.HUNDRED).defaultFloor(Percent.ZERO).build().offerCap())
        .contains(Percent.HUNDRED);
  }

  @Test
  void aProductOffTheListNeedsAtLeastOneNamedApprover() {
    assertThat(policy().offListApproversRequired(1).build().offListApproversRequired())
        .isEqualTo(1);
    assertThatThrownBy(() -> policy().offListApproversRequired(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offListApproversRequired must be at least 1, was 0");
  }

  @Test
  void aLaterStageOfTheSaleMayNeverBeEasierThanAnEarlierOne() {
    assertThatThrownBy(
            () -> policy().extraDiscountStages(EnumSet.of(ContractStage.CONTRACT_SIGNED)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but not at the earlier stage SUBSCRIPTION");
    PricingPolicy upToSigning =
        policy()
            .extraDiscountStages(
                EnumSet.of(ContractStage.SUBSCRIPTION, ContractStage.CONTRACT_SIGNED))
            .build();
    assertThat(upToSigning.allowsExtraDiscountAt(ContractStage.CONTRACT_SIGNED)).isTrue();
    assertThat(upToSigning.allowsExtraDiscountAt(ContractStage.CONTRACT_REGISTERED)).isFalse();
  }

  @Test
  void rejectsAPolicyWhoseAuthorityGrantsNobodyAnyDiscount() {
    assertThatThrownBy(() -> policy().discountSubject(Subject.of("nobody-holds-this")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody-holds-this");
  }

  @Test
  void rejectsADocumentDiscountBelowNothingOrAboveEverything() {
    QuoteLine line = QuoteLine.of(FLAT_1801, BigDecimal.ONE);
    assertThatThrownBy(
            () ->
                Quote.builder()
                    .context(context(CONSULTANT))
                    .addLines(line)
                    .documentDiscount(cny("-0.01"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documentDiscount must not be negative");
    assertThatThrownBy(
            () ->
                Quote.builder()
                    .context(context(CONSULTANT))
                    .addLines(line)
                    .documentDiscountPercent(Percent.of(101))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("documentDiscountPercent must be between 0% and 100%, was 101%");
  }

  @Test
  void rejectsALineAskingForANegativePriceOrADiscountAboveEverything() {
    assertThatThrownBy(() -> QuoteLine.atPrice(FLAT_1801, BigDecimal.ONE, cny("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedUnitPrice must not be negative");
    assertThatThrownBy(
            () -> QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.of(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedExtraDiscount must be between 0% and 100%, was 101%");
    assertThatThrownBy(() -> QuoteLine.withExtraDiscount(FLAT_1801, BigDecimal.ONE, Percent.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestedExtraDiscount");
  }

  @Test
  void anOffListPriceIsAgreedByAtLeastOnePersonEachNamedOnce() {
    assertThatThrownBy(() -> OffListApproval.builder().unitPrice(cny("100.00")).date(DAY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approvedBy must name at least one person");
    assertThatThrownBy(
            () ->
                OffListApproval.builder()
                    .unitPrice(cny("100.00"))
                    .date(DAY)
                    .addApprovedBy(WANG, LI, WANG)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approvedBy names a person twice");
  }

  @Test
  void rejectsAPriceChangeWithABlankReason() {
    assertThatThrownBy(
            () ->
                PriceChange.builder()
                    .product(FLAT_1801.id())
                    .oldBasePrice(cny("1000000.00"))
                    .newBasePrice(cny("980000.00"))
                    .effectiveFrom(DAY)
                    .requester(CONSULTANT)
                    .reason(" ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void aRegisterPeriodEndsNoEarlierThanItStarts() {
    GrantRegister register = GrantRegister.empty(CurrencyUnit.of("CNY"));
    assertThat(register.between(DAY, DAY).grants()).isEmpty();
    assertThatThrownBy(() -> register.between(DAY, DAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to 2024-09-13 must not be before from 2024-09-14");
  }

  @Test
  void aQuotaOfFifteenPercentOfAHundredCasesAllowsTheFifteenthGrantButNotTheSixteenth() {
    // 15% x 100 = 15 grants
    QuotaCounts fourteenGranted = QuotaCounts.of(100).withGrants(CONSULTANT, 14);
    QuotaCounts fifteenGranted = QuotaCounts.of(100).withGrants(CONSULTANT, 15);
    assertThat(fourteenGranted.oneMoreExceeds(CONSULTANT, Percent.of(15))).isFalse();
    assertThat(fifteenGranted.oneMoreExceeds(CONSULTANT, Percent.of(15))).isTrue();
    assertThatThrownBy(() -> QuotaCounts.of(100).withGrants(CONSULTANT, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grants by SALES_CONSULTANT");
  }
}
