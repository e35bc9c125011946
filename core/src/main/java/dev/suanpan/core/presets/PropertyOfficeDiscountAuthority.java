package dev.suanpan.core.presets;

import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.AuthorityPolicy;
import dev.suanpan.core.authority.Limit;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.authority.Subject;
import dev.suanpan.core.catalog.PriceList;
import dev.suanpan.core.pricing.PricingPolicy;
import dev.suanpan.core.pricing.StandardOffer;
import dev.suanpan.core.sale.ContractStage;
import dev.suanpan.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The special-discount authority of a property sales office (004 篇7 §7), as a ready-made pricing
 * setup, every number a setting with the document's value as its default: a general manager (公司总经理)
 * above a marketing director (项目营销总监: extra discount up to 3%, for at most 30% of the period's
 * subscriptions) above a sales manager (项目销售经理: up to 1%, at most 15%) above a sales consultant
 * (置业顾问: no extra discount of their own unless {@link #salesConsultantLimit()} is set); the general
 * manager may grant any special discount beyond that; a special discount is possible only at the
 * subscription stage, never after the formal contract is signed (004 篇7 §7). With it come two rules
 * of 004 篇8: bought-in goods keep at least 100 yuan per unit over their purchase price, and a
 * product on no price list needs a price agreed by two named people (the sales supervisor and a
 * company leader).
 *
 * <p>{@code PropertyOfficeDiscountAuthority.asPublished()} gives the documents' numbers; {@code
 * PropertyOfficeDiscountAuthority.builder().marketingDirectorLimit(Percent.of(2)).build()} changes
 * one. Building fails at once, naming both roles and both limits, when a setting gives a role more
 * than the role above it.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PropertyOfficeDiscountAuthority {
  /** The general manager (公司总经理): any special discount. */
  public static final Role GENERAL_MANAGER = Role.of("GENERAL_MANAGER", "General manager");

  /** The marketing director (项目营销总监). */
  public static final Role MARKETING_DIRECTOR = Role.of("MARKETING_DIRECTOR", "Marketing director");

  /** The sales manager (项目销售经理). */
  public static final Role SALES_MANAGER = Role.of("SALES_MANAGER", "Sales manager");

  /** The sales consultant (置业顾问), who starts the request. */
  public static final Role SALES_CONSULTANT = Role.of("SALES_CONSULTANT", "Sales consultant");

  /** The subject the special discount is checked on. */
  public static final Subject SPECIAL_DISCOUNT = Subject.of("special-discount");

  /** The currency of the policy. */
  @Value.Default
  public CurrencyUnit currency() {
    return CurrencyUnit.of("CNY");
  }

  /** The sales manager's extra discount limit: 1% of the price. */
  @Value.Default
  public Percent salesManagerLimit() {
    return Percent.of(1);
  }

  /** The share of the period's subscriptions the sales manager may grant to: 15%. */
  @Value.Default
  public Percent salesManagerQuota() {
    return Percent.of(15);
  }

  /** The marketing director's extra discount limit: 3% (004 篇7 §7 says 2%-3%). */
  @Value.Default
  public Percent marketingDirectorLimit() {
    return Percent.of(3);
  }

  /** The share of the period's subscriptions the marketing director may grant to: 30%. */
  @Value.Default
  public Percent marketingDirectorQuota() {
    return Percent.of(30);
  }

  /** The sales consultant's own extra discount limit; none in 004 篇7 §7. */
  public abstract Optional<Percent> salesConsultantLimit();

  /**
   * The share of the period's subscriptions the sales consultant may grant to, when {@link
   * #salesConsultantLimit()} is set: by default the sales manager's, as a delegate may not hold a
   * looser quota than its delegator.
   */
  @Value.Default
  public Percent salesConsultantQuota() {
    return salesManagerQuota();
  }

  /** The least margin per unit on bought-in goods: 100 yuan (004 篇8). */
  @Value.Default
  public Money boughtInMinimumMargin() {
    return Money.of(currency(), BigDecimal.valueOf(100));
  }

  /** How many named people must agree an off-list price: 2 (004 篇8). */
  @Value.Default
  public int offListApproversRequired() {
    return 2;
  }

  /**
   * The stages at which a special discount may be asked for: the subscription stage only (只在认购阶段,
   * 正式合同签订后不再办理), when the quote's context names its stage.
   */
  @Value.Default
  public ImmutableSet<ContractStage> extraDiscountStages() {
    return ImmutableSet.of(ContractStage.SUBSCRIPTION);
  }

  /** The authority with the numbers 004 篇7 §7 and 004 篇8 publish, every setting at its default. */
  public static PropertyOfficeDiscountAuthority asPublished() {
    return PropertyOfficeDiscountAuthority.builder().build();
  }

  /**
   * The authority policy: general manager unlimited, marketing director and sales manager limited
   * by percent with quotas, sales consultant limited only if {@link #salesConsultantLimit()} is
   * set.
   *
   * @throws IllegalArgumentException if a role would hold more than the role above it
   */
  public AuthorityPolicy authority() {
    AuthorityPolicy.Builder b =
        AuthorityPolicy.builder()
            .role(GENERAL_MANAGER)
            .role(MARKETING_DIRECTOR, GENERAL_MANAGER)
            .role(SALES_MANAGER, MARKETING_DIRECTOR)
            .role(SALES_CONSULTANT, SALES_MANAGER)
            .limit(GENERAL_MANAGER, SPECIAL_DISCOUNT, Limit.unlimitedAuthority())
            .limit(
                MARKETING_DIRECTOR,
                SPECIAL_DISCOUNT,
                Limit.builder()
                    .maxPercent(marketingDirectorLimit())
                    .quota(marketingDirectorQuota())
                    .build())
            .limit(
                SALES_MANAGER,
                SPECIAL_DISCOUNT,
                Limit.builder().maxPercent(salesManagerLimit()).quota(salesManagerQuota()).build());
    salesConsultantLimit()
        .ifPresent(
            l ->
                b.limit(
                    SALES_CONSULTANT,
                    SPECIAL_DISCOUNT,
                    Limit.builder().maxPercent(l).quota(salesConsultantQuota()).build()));
    return b.build();
  }

  /**
   * A pricing policy builder with this authority, margin, off-list rule, extra-discount stages and
   * currency filled in; add price lists, offers, caps and floors, then build.
   */
  public PricingPolicy.Builder pricingPolicyBuilder() {
    return PricingPolicy.builder()
        .currency(currency())
        .authority(authority())
        .discountSubject(SPECIAL_DISCOUNT)
        .boughtInMinimumMargin(boughtInMinimumMargin())
        .extraDiscountStages(extraDiscountStages())
        .offListApproversRequired(offListApproversRequired());
  }

  /** The pricing policy over {@code priceLists} and {@code standardOffers}. */
  public PricingPolicy pricingPolicy(
      List<PriceList> priceLists, List<StandardOffer> standardOffers) {
    return pricingPolicyBuilder()
        .addAllPriceLists(priceLists)
        .addAllStandardOffers(standardOffers)
        .build();
  }

  @Value.Check
  protected void check() {
    authority();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PropertyOfficeDiscountAuthority}; rejects what {@link
   * PropertyOfficeDiscountAuthority} rejects.
   */
  public static final class Builder extends ImmutablePropertyOfficeDiscountAuthority.Builder {
    Builder() {}
  }
}
