package dev.suanpan.core.catalog;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link PriceList}: the base (benchmark) price of a product per unit (基准定价) and,
 * optionally, the floor no net price may go under, whoever approves. An entry is in force from the
 * list's first day, or from its own {@link #effectiveFrom()} when the price was changed during the
 * list's validity, until the product's next entry on the same list takes over.
 *
 * <p>Rejects a base price that is not positive, a negative floor, a floor above the base price and
 * a floor in another currency.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PriceListEntry {
  /** The product priced. */
  public abstract ProductId product();

  /** The base price per unit. */
  public abstract Money basePrice();

  /** The lowest net price per unit allowed, if this list sets one. */
  public abstract Optional<Money> floor();

  /**
   * The first day this entry is in force, when it is not the list's first day: set when an approved
   * price change (调价) replaced an earlier entry for the product from that day on.
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceListEntry}; rejects what {@link PriceListEntry} rejects. */
  public static final class Builder extends ImmutablePriceListEntry.Builder {
    Builder() {}
  }

  /** An entry with a base price and no floor of its own. */
  public static PriceListEntry of(ProductId product, Money basePrice) {
    return PriceListEntry.builder().product(product).basePrice(basePrice).build();
  }

  /** An entry with a base price and a floor. */
  public static PriceListEntry of(ProductId product, Money basePrice, Money floor) {
    return PriceListEntry.builder().product(product).basePrice(basePrice).floor(floor).build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(basePrice(), "basePrice");
    floor()
        .ifPresent(
            f -> {
              Arguments.sameCurrency(basePrice(), f, "floor");
              Arguments.nonNegative(f, "floor");
              Arguments.check(
                  !f.isGreaterThan(basePrice()),
                  "floor of %s must not be above its base price %s, was %s",
                  product(),
                  basePrice(),
                  f);
            });
  }

  @Override
  public String toString() {
    return product()
        + " "
        + basePrice()
        + floor().map(f -> " (floor " + f + ")").orElse("")
        + effectiveFrom().map(d -> " from " + d).orElse("");
  }
}
