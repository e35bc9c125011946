package dev.suanpan.core.pricing;

import dev.suanpan.core.authority.Role;
import dev.suanpan.core.catalog.ProductId;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A request to change a product's base (list) price on a price list (调价): the product, the base
 * price per unit in force before the change as the requester knows it, the new base price, the day
 * the new price takes effect, and the role asking. Setting or changing a base price needs the
 * approval of someone with the authority (定价或调价需经具有相应权限人员的审核批准); {@link PriceChangeReview} decides
 * who.
 *
 * <p>Rejects a base price that is not positive, prices in two currencies, a new price equal to the
 * old one (nothing to change) and a blank reason.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PriceChange {
  /** The product whose base price changes. */
  public abstract ProductId product();

  /** The base price per unit in force before the change, as the requester knows it. */
  public abstract Money oldBasePrice();

  /** The new base price per unit. */
  public abstract Money newBasePrice();

  /** The first day the new price is in force. */
  public abstract LocalDate effectiveFrom();

  /** The role asking for the change. */
  public abstract Role requester();

  /** Why the price changes (cost, market, competitors), for the record. */
  public abstract Optional<String> reason();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceChange}; rejects what {@link PriceChange} rejects. */
  public static final class Builder extends ImmutablePriceChange.Builder {
    Builder() {}
  }

  /** The new price less the old, per unit: negative for a cut, positive for a rise. */
  public Money difference() {
    return newBasePrice().minus(oldBasePrice());
  }

  /** True if the new price is lower than the old one. */
  public boolean isCut() {
    return newBasePrice().isLessThan(oldBasePrice());
  }

  @Value.Check
  protected void check() {
    Arguments.positive(oldBasePrice(), "oldBasePrice");
    Arguments.positive(newBasePrice(), "newBasePrice");
    Arguments.sameCurrency(oldBasePrice(), newBasePrice(), "newBasePrice");
    Arguments.check(
        !newBasePrice().isEqual(oldBasePrice()),
        "newBasePrice %s equals oldBasePrice of %s: nothing to change",
        newBasePrice(),
        product());
    reason().ifPresent(r -> Arguments.notBlank(r, "reason"));
  }

  @Override
  public String toString() {
    return "price change of "
        + product()
        + " from "
        + oldBasePrice()
        + " to "
        + newBasePrice()
        + " from "
        + effectiveFrom()
        + ", asked by "
        + requester();
  }
}
