package dev.suanpan.inventory;

import dev.suanpan.inventory.costing.MonthEndDifference;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A month closed by a {@link StockCardStream} under the month-end average: the figures {@link
 * dev.suanpan.inventory.costing.MonthEndClose} gives for the same month of a {@link StockLedger}
 * (opening, inbound, outbound and closing quantities and values, the unit cost, the rounding
 * differences and where they went), without the ledger and the journal. Opening + in − out −
 * true-ups = closing; built only by the stream.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StreamedMonthEnd {
  /** The month closed. */
  public abstract YearMonth month();

  /** Quantity at the start of the month. */
  public abstract BigDecimal openingQuantity();

  /** Value at the start of the month. */
  public abstract Money openingValue();

  /** Units in during the month. */
  public abstract BigDecimal inboundQuantity();

  /** Value in during the month. */
  public abstract Money inboundValue();

  /** Units out during the month. */
  public abstract BigDecimal outboundQuantity();

  /** Cost out during the month. */
  public abstract Money outboundCost();

  /** True-ups booked during the month. */
  public abstract Money trueUps();

  /** Quantity at the end of the month. */
  public abstract BigDecimal closingQuantity();

  /** Value at the end of the month. */
  public abstract Money closingValue();

  /** The month-end average unit cost, at the policy's average unit-cost scale. */
  public abstract BigDecimal unitCost();

  /** Closing value − closing quantity × unit cost (rounded): as {@code MonthEndClose}'s. */
  public abstract Money roundingDifference();

  /** Outbound cost − Σ outbound quantity × unit cost (each rounded): as {@code MonthEndClose}'s. */
  public abstract Money issuesDifference();

  /** Where the rounding difference went: as {@code MonthEndClose}'s. */
  public abstract MonthEndDifference differenceTreatment();

  /** A builder, for the stream (and its tests) only. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StreamedMonthEnd}; refuses a missing field and a month that does not add up.
   */
  static final class Builder extends ImmutableStreamedMonthEnd.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Money expected = openingValue().plus(inboundValue()).minus(outboundCost()).minus(trueUps());
    if (!expected.equals(closingValue())) {
      throw new IllegalStateException(
          "month "
              + month()
              + " does not balance: opening + in - out - true-ups = "
              + expected
              + ", closing "
              + closingValue());
    }
  }
}
