package dev.suanpan.core.catalog;

import com.google.common.collect.ImmutableList;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link PriceList}: the base (benchmark) price of a product per unit (基准定价) and,
 * optionally, the floor no net price may go under, whoever approves. An entry is in force from the
 * list's first day, or from its own {@link #effectiveFrom()} when the price was changed during the
 * list's validity, until the product's next entry on the same list takes over. An entry may carry
 * quantity {@link #breaks()}: lower unit prices from a quantity on, on the whole quantity or band
 * by band ({@link #breakBasis()}).
 *
 * <p>Rejects a base price that is not positive, a negative floor, a floor above the base price, a
 * floor in another currency, and breaks that are not in rising order of quantity, that raise the
 * price (a break above the base price or above an earlier break), that go under the floor, or that
 * are in another currency.
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

  /**
   * The quantity breaks, in rising order of quantity, each at most the price before it; empty (the
   * default) for one price whatever the quantity.
   */
  public abstract ImmutableList<PriceBreak> breaks();

  /**
   * How the {@link #breaks()} apply: {@link BreakBasis#BAND_BY_BAND}, or on the whole quantity when
   * empty or {@link BreakBasis#WHOLE_QUANTITY} (empty by default, so that the stored form of an
   * entry without breaks stays as it was).
   */
  public abstract Optional<BreakBasis> breakBasis();

  /** True if the breaks apply band by band ({@link BreakBasis#BAND_BY_BAND}). */
  public boolean byBand() {
    return breakBasis().orElse(BreakBasis.WHOLE_QUANTITY) == BreakBasis.BAND_BY_BAND;
  }

  /**
   * The unit price of the highest break {@code quantity} reaches, else the base price: the price of
   * every unit of a line under {@link BreakBasis#WHOLE_QUANTITY}, the price of the band {@code
   * quantity} falls in under {@link BreakBasis#BAND_BY_BAND}.
   */
  public Money unitPriceAt(BigDecimal quantity) {
    Arguments.notNull(quantity, "quantity");
    Money price = basePrice();
    for (PriceBreak b : breaks()) {
      if (b.minQuantity().compareTo(quantity) > 0) {
        break;
      }
      price = b.unitPrice();
    }
    return price;
  }

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
    Money before = basePrice();
    BigDecimal from = BigDecimal.ZERO;
    for (PriceBreak b : breaks()) {
      Arguments.sameCurrency(basePrice(), b.unitPrice(), "break " + b);
      Arguments.check(
          b.minQuantity().compareTo(from) > 0,
          "breaks of %s must be in rising order of quantity, %s comes after a break from %s",
          product(),
          b,
          from.toPlainString());
      Arguments.check(
          !b.unitPrice().isGreaterThan(before),
          "a break of %s must not raise the price, %s is above %s",
          product(),
          b,
          before);
      floor()
          .ifPresent(
              f ->
                  Arguments.check(
                      !b.unitPrice().isLessThan(f),
                      "break %s of %s is under the entry's floor %s",
                      b,
                      product(),
                      f));
      before = b.unitPrice();
      from = b.minQuantity();
    }
  }

  @Override
  public String toString() {
    return product()
        + " "
        + basePrice()
        + floor().map(f -> " (floor " + f + ")").orElse("")
        + effectiveFrom().map(d -> " from " + d).orElse("")
        + (breaks().isEmpty() ? "" : " breaks " + breaks() + (byBand() ? " by band" : ""));
  }
}
