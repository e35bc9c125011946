package dev.suanpan.core.pricing.derivation;

import dev.suanpan.core.catalog.CustomerGroup;
import dev.suanpan.money.Percent;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a price list derives from a base list: the new list's {@link #code()} and customer group; the
 * formula, {@link #base()} (the base list's price or the current cost) changed by {@link #change()}
 * (−10% for a list ten percent under the base; +25% for cost plus a quarter), moved to a {@link
 * #pricePoint()} if given, the margin over the cost then kept between {@link #minMargin()} and
 * {@link #maxMargin()} per unit when the cost is known; and whether the derived floor may follow
 * the price under the base floor ({@link #floorFollowsPrice()}, false by default: a derived entry
 * keeps its base entry's floor and is never priced under it).
 *
 * <p>Rejects a blank code, a change of −100% or less, margins in different currencies, a negative
 * least margin and a most margin under the least.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DerivationPolicy {
  /** The derived list's code ({@code DEALERS-2024}). */
  public abstract String code();

  /** The customer group the derived list is for; empty for every customer. */
  public abstract Optional<CustomerGroup> customerGroup();

  /** What the formula starts from. */
  @Value.Default
  public FormulaBase base() {
    return FormulaBase.LIST_PRICE;
  }

  /** The percent change on the base: negative for under it. */
  public abstract Percent change();

  /** The price point derived prices are moved to; empty for none (rounded to the minor unit). */
  public abstract Optional<PricePoint> pricePoint();

  /** The least margin per unit over the cost, when the cost is known. */
  public abstract Optional<Money> minMargin();

  /** The most margin per unit over the cost, when the cost is known. */
  public abstract Optional<Money> maxMargin();

  /**
   * True if a derived entry's floor follows its price (the base floor scaled by derived price over
   * base price, so it may be under the base floor); false (the default) to keep the base floor.
   */
  @Value.Default
  public boolean floorFollowsPrice() {
    return false;
  }

  /**
   * How a changed price is rounded before any price point (the minor unit, half up, by default).
   */
  @Value.Default
  public Rounding rounding() {
    return Rounding.FEN;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DerivationPolicy}; rejects what {@link DerivationPolicy} rejects. */
  public static final class Builder extends ImmutableDerivationPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(code(), "code");
    Arguments.check(
        change().isGreaterThan(Percent.of(-100)),
        "change must be more than -100%%, was %s",
        change());
    minMargin().ifPresent(m -> Arguments.nonNegative(m, "minMargin"));
    if (minMargin().isPresent() && maxMargin().isPresent()) {
      Arguments.sameCurrency(minMargin().get(), maxMargin().get(), "maxMargin");
      Arguments.check(
          !maxMargin().get().isLessThan(minMargin().get()),
          "maxMargin %s must not be under minMargin %s",
          maxMargin().get(),
          minMargin().get());
    }
    maxMargin().ifPresent(m -> Arguments.nonNegative(m, "maxMargin"));
  }
}
