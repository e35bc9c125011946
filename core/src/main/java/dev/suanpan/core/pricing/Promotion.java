package dev.suanpan.core.pricing;

import dev.suanpan.core.catalog.Product;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.Percent;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A promotion: a percent or an amount per unit off, for one product or product group or any, valid
 * from a date up to an optional last date (inclusive), open to everyone or only to a quote
 * presenting its {@link #couponCode()}, within its usage limits per customer and overall (the uses
 * so far come with the {@link PricingContext}). It stacks with the standard offers as {@link
 * #stacking()} says and, unless {@link #withExtraDiscount()}, does not apply to a line asking for
 * an extra discount. Like an offer it needs no approval: authority is checked on the extra discount
 * only.
 *
 * <p>Rejects a blank code or coupon code, both or neither of a percent and an amount, a percent
 * outside 0% to 100%, a negative amount, a usage limit under one and a last date before the first.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Promotion {
  /** The promotion's code, quoted in explanations. */
  public abstract String code();

  /** The coupon code a quote must present; empty for a promotion open to everyone. */
  public abstract Optional<String> couponCode();

  /** The percent off, for a percent promotion. */
  public abstract Optional<Percent> percentOff();

  /** The amount off per unit, for an amount promotion. */
  public abstract Optional<Money> amountOff();

  /** The one product the promotion is for; empty for any. */
  public abstract Optional<ProductId> product();

  /** The product group the promotion is for; empty for any. */
  public abstract Optional<String> productGroup();

  /** The first day it applies. */
  public abstract LocalDate validFrom();

  /** The last day it applies; empty for open-ended. */
  public abstract Optional<LocalDate> validUntil();

  /** The most quotes one customer may use it on; empty for no limit. */
  public abstract Optional<Long> maxUsesPerCustomer();

  /** The most quotes it may be used on overall; empty for no limit. */
  public abstract Optional<Long> maxUsesOverall();

  /** How it stacks with the standard offers. */
  @Value.Default
  public PromotionStacking stacking() {
    return PromotionStacking.WITH_OFFERS;
  }

  /** True (the default) if it applies to a line asking for an extra discount too. */
  @Value.Default
  public boolean withExtraDiscount() {
    return true;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Promotion}; rejects what {@link Promotion} rejects. */
  public static final class Builder extends ImmutablePromotion.Builder {
    Builder() {}
  }

  /** True if it applies to {@code product} on {@code date} (coupon and uses aside). */
  public boolean covers(Product product, LocalDate date) {
    Arguments.notNull(product, "product");
    Arguments.notNull(date, "date");
    return !date.isBefore(validFrom())
        && validUntil().map(u -> !date.isAfter(u)).orElse(true)
        && product().map(p -> p.equals(product.id())).orElse(true)
        && productGroup().map(g -> g.equals(product.group())).orElse(true);
  }

  /** True if it has a usage limit, so a quote needs its uses so far. */
  public boolean hasUsageLimit() {
    return maxUsesPerCustomer().isPresent() || maxUsesOverall().isPresent();
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(code(), "code");
    couponCode().ifPresent(c -> Arguments.notBlank(c, "couponCode"));
    Arguments.check(
        percentOff().isPresent() != amountOff().isPresent(),
        "promotion %s must give exactly one of percentOff and amountOff, gave %s",
        code(),
        percentOff().isPresent() ? "both" : "neither");
    percentOff()
        .ifPresent(
            p ->
                Arguments.check(
                    !p.isNegative() && !p.isGreaterThan(Percent.HUNDRED),
                    "percentOff of promotion %s must be between 0%% and 100%%, was %s",
                    code(),
                    p));
    amountOff().ifPresent(a -> Arguments.nonNegative(a, "amountOff of promotion " + code()));
    maxUsesPerCustomer()
        .ifPresent(
            m -> Arguments.check(m >= 1, "maxUsesPerCustomer must be at least 1, was %s", m));
    maxUsesOverall()
        .ifPresent(m -> Arguments.check(m >= 1, "maxUsesOverall must be at least 1, was %s", m));
    validUntil()
        .ifPresent(
            u ->
                Arguments.check(
                    !u.isBefore(validFrom()),
                    "promotion %s: validUntil %s is before validFrom %s",
                    code(),
                    u,
                    validFrom()));
  }

  @Override
  public String toString() {
    return code()
        + " ("
        + percentOff().map(Percent::toString).orElseGet(() -> amountOff().get() + " per unit")
        + " off"
        + couponCode().map(c -> ", coupon " + c).orElse("")
        + ")";
  }
}
