package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link RetailDailyReport}: an item sold over the counter that day, the quantity,
 * and the cash taken for it including VAT at its rate. Rejects a quantity that is not positive and
 * a negative amount.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RetailLine {
  /** The item sold. */
  public abstract ItemId item();

  /** How many were sold. */
  public abstract BigDecimal quantity();

  /** The quantity's unit. */
  public abstract UnitOfMeasure unit();

  /** The cash taken, including VAT. */
  public abstract Money gross();

  /** The VAT rate. */
  public abstract VatRate rate();

  /**
   * {@code quantity} {@code unit} of {@code item} sold for {@code gross} including VAT at {@code
   * rate}.
   */
  public static RetailLine of(
      ItemId item, BigDecimal quantity, UnitOfMeasure unit, Money gross, VatRate rate) {
    return builder().item(item).quantity(quantity).unit(unit).gross(gross).rate(rate).build();
  }

  /** A builder; {@code build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetailLine}; rejects what it rejects. */
  public static final class Builder extends ImmutableRetailLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Arguments.positive(quantity(), "quantity of " + item());
    Arguments.nonNegative(gross(), "gross of " + item());
  }
}
