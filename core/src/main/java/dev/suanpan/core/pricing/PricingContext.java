package dev.suanpan.core.pricing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.sale.ContractStage;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The circumstances a line is priced in: the date (which price lists and offers are valid), the
 * customer and their group (which lists and offers are meant for them), the role asking for the
 * discount, the quota counts of the period when the policy's authority has quotas, how far the sale
 * has gone ({@link #stage()}) when the policy's stage rule should apply, and the coupon codes
 * presented and the uses so far of promotions.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PricingContext {
  /** The day of the quote. */
  public abstract LocalDate date();

  /** The customer quoted. */
  public abstract CustomerId customer();

  /** The customer's group, if they are in one. */
  public abstract Optional<CustomerGroup> customerGroup();

  /** The role asking for the price or discount. */
  public abstract Role requester();

  /**
   * The period's counts for quotas on special grants; required when the limit of a role that would
   * approve has a quota.
   */
  public abstract Optional<QuotaCounts> quotaCounts();

  /**
   * How far the sale has gone: a subscription (认购) or a formal contract signed or registered. When
   * given, an extra discount is possible only at the stages the policy allows ({@link
   * PricingPolicy#extraDiscountStages()}: the subscription stage, never after the formal contract,
   * in 004 篇7 §7); when empty, no stage rule applies.
   */
  public abstract Optional<ContractStage> stage();

  /** The coupon codes the quote presents, for promotions that need one. */
  public abstract ImmutableSet<String> couponCodes();

  /**
   * The uses so far of promotions, by promotion code (the library keeps no state); required for a
   * promotion with a usage limit that a line would take.
   */
  public abstract ImmutableMap<String, PromotionUses> promotionUses();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PricingContext}; rejects what {@link PricingContext} rejects. */
  public static final class Builder extends ImmutablePricingContext.Builder {
    Builder() {}
  }

  /** A context without customer group or quota counts. */
  public static PricingContext of(LocalDate date, CustomerId customer, Role requester) {
    return builder().date(date).customer(customer).requester(requester).build();
  }
}
