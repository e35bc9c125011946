package dev.suanpan.core.settlement.returns;

import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a sale as invoiced: the quantity, the tax-inclusive line amount before any document
 * discount, and the VAT rate.
 *
 * <p>Rejects a blank line id or description, a quantity that is not positive, and a negative
 * amount.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SoldLine {
  /** The line's identifier on the sale, unique within it. */
  public abstract String lineId();

  /** What was sold. */
  public abstract String description();

  /** The quantity sold (pieces, kilograms), exact. */
  public abstract BigDecimal quantity();

  /** The tax-inclusive line amount before the document discount. */
  public abstract Money amount();

  /** The line's VAT rate. */
  public abstract VatRate vatRate();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SoldLine}; rejects what {@link SoldLine} rejects. */
  public static final class Builder extends ImmutableSoldLine.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(lineId(), "lineId");
    Arguments.notBlank(description(), "description");
    Arguments.positive(quantity(), "quantity");
    Arguments.nonNegative(amount(), "amount");
  }
}
