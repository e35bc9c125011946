package dev.suanpan.inventory.costing;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.inventory.StockLedger;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The month-end close of one item's ledger (月末处理): the month's opening, inbound, outbound and
 * closing quantities and values; under the month-end average the unit cost (known only now), the
 * rounding difference it leaves in ending inventory (closing value − closing quantity × unit cost)
 * and in the outbound movements, and {@link #differenceTreatment() which of them took it}; the
 * journal entries generated at the close, dated the month's last day (Dr cost of goods sold / Cr
 * inventory for each of the month's issues, referenced by its document); under standard cost the
 * month's purchase price variance and standard cost revaluations (opening and closing values then
 * at the standard in effect on the last day of the month before and of the month); and the ledger
 * with the month closed. Opening + in − out − true-ups + revaluations = closing, to the fen.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class MonthEndClose {
  /** The month closed. */
  public abstract YearMonth month();

  /** The costing method. */
  public abstract CostingMethod method();

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

  /**
   * Standard cost: the purchase price variance of the month's inbound movements (actual cost less
   * standard; positive is unfavourable); zero for the other methods.
   */
  @Value.Default
  public Money purchasePriceVariance() {
    return Money.zero(openingValue().getCurrencyUnit());
  }

  /**
   * Standard cost: the revaluations of the stock on hand at the changes of standard taking effect
   * in the month (positive when the standard rose); zero for the other methods.
   */
  @Value.Default
  public Money standardRevaluations() {
    return Money.zero(openingValue().getCurrencyUnit());
  }

  /** Quantity at the end of the month. */
  public abstract BigDecimal closingQuantity();

  /** Value at the end of the month. */
  public abstract Money closingValue();

  /** The month-end average unit cost (month-end average only). */
  public abstract Optional<BigDecimal> unitCost();

  /**
   * Closing value minus closing quantity × unit cost (rounded to the fen): the rounding difference
   * of the unit cost left in ending inventory (month-end average only). Zero when the issues took
   * it ({@link MonthEndDifference#ISSUES}), unless the ending stock at unit cost was more than the
   * month's opening + inbound value (then the ending stock holds that value and the issues none).
   */
  public abstract Optional<Money> roundingDifference();

  /**
   * Outbound cost minus the sum of each outbound movement's quantity × unit cost (each rounded to
   * the fen): the rounding difference the month's outbound movements took (month-end average only):
   * zero when it stayed in ending inventory, the whole of it when the stock ended empty or under
   * {@link MonthEndDifference#ISSUES}.
   */
  public abstract Optional<Money> issuesDifference();

  /**
   * Where the rounding difference went this month (month-end average only): {@link
   * MonthEndDifference#ENDING_INVENTORY} when the outbound movements are at quantity × unit cost
   * and the ending stock took the rest (or, the stock ending empty, the last outbound movement);
   * {@link MonthEndDifference#ISSUES} when the ending stock is at quantity × unit cost and the
   * outbound movements took the rest. A policy of {@code ENDING_INVENTORY} gives {@code ISSUES} in
   * a month where the ending stock would otherwise be positive with a negative value (or the last
   * outbound movement of an emptied stock negative): the fallback. A month without outbound
   * movements always gives {@code ENDING_INVENTORY}.
   */
  public abstract Optional<MonthEndDifference> differenceTreatment();

  /**
   * The journal entries generated at the close, one per movement valued by the close, each with the
   * item and warehouse as its dimensions.
   */
  public abstract ImmutableList<JournalEntry> journal();

  /** The ledger with this month closed. */
  @Value.Auxiliary
  public abstract StockLedger ledger();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonthEndClose}; rejects what {@link MonthEndClose} rejects. */
  public static final class Builder extends ImmutableMonthEndClose.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Money expected =
        openingValue()
            .plus(inboundValue())
            .minus(outboundCost())
            .minus(trueUps())
            .plus(standardRevaluations());
    if (!expected.equals(closingValue())) {
      throw new IllegalStateException(
          "month "
              + month()
              + " does not balance: opening + in - out - true-ups + revaluations = "
              + expected
              + ", closing "
              + closingValue());
    }
  }
}
