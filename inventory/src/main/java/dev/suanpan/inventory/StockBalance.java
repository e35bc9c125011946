package dev.suanpan.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/** The quantity and value of one item in one warehouse at the end of a date. */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StockBalance {
  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The date the balance is taken at (end of day). */
  public abstract LocalDate date();

  /** The unit of the quantity. */
  public abstract UnitOfMeasure unit();

  /** The quantity on hand. */
  public abstract BigDecimal quantity();

  /** The value on hand. */
  public abstract Money value();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockBalance}; rejects what {@link StockBalance} rejects. */
  public static final class Builder extends ImmutableStockBalance.Builder {
    Builder() {}
  }
}
