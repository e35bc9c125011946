package dev.suanpan.core.catalog;

import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A quantity break on a {@link PriceListEntry}: from {@link #minQuantity()} units on, the unit
 * price is {@link #unitPrice()} (on the whole quantity or band by band, as the entry's {@link
 * PriceListEntry#breakBasis()} says). Below the entry's first break the base price applies.
 *
 * <p>Rejects a quantity or a unit price that is not positive.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class PriceBreak {
  /** The least quantity the break applies from (inclusive). */
  public abstract BigDecimal minQuantity();

  /** The unit price from that quantity on. */
  public abstract Money unitPrice();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriceBreak}; rejects what {@link PriceBreak} rejects. */
  public static final class Builder extends ImmutablePriceBreak.Builder {
    Builder() {}
  }

  /** From {@code minQuantity} units on, {@code unitPrice} per unit. */
  public static PriceBreak of(BigDecimal minQuantity, Money unitPrice) {
    return builder().minQuantity(minQuantity).unitPrice(unitPrice).build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(minQuantity(), "minQuantity");
    Arguments.positive(unitPrice(), "unitPrice");
  }

  @Override
  public String toString() {
    return "from " + minQuantity().toPlainString() + ": " + unitPrice();
  }
}
