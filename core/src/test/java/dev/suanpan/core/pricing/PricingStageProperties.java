package dev.suanpan.core.pricing;

import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.MARKETING_DIRECTOR;
import static dev.suanpan.core.presets.PropertyOfficeDiscountAuthority.SALES_MANAGER;
import static dev.suanpan.core.pricing.PricingProperties.CNY;
import static dev.suanpan.core.pricing.PricingProperties.ROLES;
import static dev.suanpan.core.pricing.PricingProperties.UNIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.presets.PropertyOfficeDiscountAuthority;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;

/** Rule 1.4 as a law: moving a sale to a later stage never makes a pricing decision easier. */
class PricingStageProperties {
  static final List<ContractStage> STAGES = Arrays.asList(ContractStage.values());

  /** How far down the hierarchy the signer sits: 0 is the top; -1 when refused for any reason. */
  static int signerDepth(AuthorityPolicy authority, PricingDecision d) {
    if (d.isAllowed()) {
      return authority.superiorsOf(d.context().requester()).size();
    }
    if (d.needsApproval()) {
      return authority.superiorsOf(d.requiredApprover().orElseThrow()).size();
    }
    return -1;
  }

  static QuoteLine line(int kind, int basisPoints, long cutFen, Money listPrice) {
    return switch (kind) {
      case 0 -> QuoteLine.of(UNIT, BigDecimal.ONE);
      case 1 ->
          QuoteLine.withExtraDiscount(UNIT, BigDecimal.ONE, Percent.ofBasisPoints(basisPoints));
      default ->
          QuoteLine.atPrice(
              UNIT,
              BigDecimal.ONE,
              Money.ofMinor(CNY, Math.max(1, listPrice.getAmountMinorLong() - cutFen)));
    };
  }

  @Property
  void movingToALaterStageNeverMakesTheDecisionEasier(
      @ForAll @IntRange(min = 0, max = 3) int stagesAllowing,
      @ForAll @IntRange(min = 0, max = 300) int managerBps,
      @ForAll @IntRange(min = 0, max = 700) int directorExtraBps,
      @ForAll @LongRange(min = 10_000L, max = 500_000_000L) long listFen,
      @ForAll @IntRange(min = 0, max = 2) int kind,
      @ForAll @IntRange(min = 0, max = 1500) int basisPoints,
      @ForAll @LongRange(min = 0, max = 2_000_000) long cutFen,
      @ForAll @IntRange(min = 0, max = 3) int requester,
      @ForAll @IntRange(min = 0, max = 2) int earlierIndex,
      @ForAll @IntRange(min = 0, max = 2) int laterIndex,
      @ForAll @LongRange(min = 0, max = 300) long cases) {
    PropertyOfficeDiscountAuthority example =
        PropertyOfficeDiscountAuthority.builder()
            .salesManagerLimit(Percent.ofBasisPoints(managerBps))
            .marketingDirectorLimit(Percent.ofBasisPoints(managerBps + directorExtraBps))
            .extraDiscountStages(STAGES.subList(0, stagesAllowing))
            .build();
    Money listPrice = Money.ofMinor(CNY, listFen);
    Pricer pricer = PricingProperties.pricer(example, listPrice);
    QuoteLine line = line(kind, basisPoints, cutFen, listPrice);
    QuotaCounts counts =
        QuotaCounts.of(cases)
            .withGrants(SALES_MANAGER, cases / 10)
            .withGrants(MARKETING_DIRECTOR, 3);
    PricingContext noStage = PricingProperties.context(ROLES.get(requester), counts);
    ContractStage earlier = STAGES.get(Math.min(earlierIndex, laterIndex));
    ContractStage later = STAGES.get(Math.max(earlierIndex, laterIndex));

    PricingDecision none = pricer.price(line, noStage);
    PricingDecision atEarlier =
        pricer.price(line, PricingContext.builder().from(noStage).stage(earlier).build());
    PricingDecision atLater =
        pricer.price(line, PricingContext.builder().from(noStage).stage(later).build());

    AuthorityPolicy authority = example.authority();
    assertThat(signerDepth(authority, atLater))
        .isLessThanOrEqualTo(signerDepth(authority, atEarlier));
    assertThat(signerDepth(authority, atEarlier)).isLessThanOrEqualTo(signerDepth(authority, none));
    // The stage rule only ever refuses; where it does not, the decision is the one without it.
    for (PricingDecision d : List.of(atEarlier, atLater)) {
      if (!d.isRefused()) {
        assertThat(d.outcome()).isEqualTo(none.outcome());
        assertThat(d.requiredApprover()).isEqualTo(none.requiredApprover());
        assertThat(d.netAmount()).isEqualTo(none.netAmount());
      }
    }
  }
}
