package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import dev.suanpan.money.tax.VatRate;
import java.math.BigDecimal;
import org.joda.money.Money;

/**
 * One line of a {@link RetailDailyReport}: an item sold over the counter that day, the quantity,
 * and the cash taken for it including VAT at its rate.
 *
 * @param item the item sold; rejects null
 * @param quantity how many were sold; rejects zero or less
 * @param unit the quantity's unit; rejects null
 * @param gross the cash taken, including VAT; rejects a negative amount
 * @param rate the VAT rate; rejects null
 */
public record RetailLine(
    ItemId item, BigDecimal quantity, UnitOfMeasure unit, Money gross, VatRate rate) {
  /** Rejects nulls, a quantity that is not positive and a negative amount. */
  public RetailLine {
    Arguments.notNull(item, "item");
    Arguments.positive(quantity, "quantity of " + item);
    Arguments.notNull(unit, "unit");
    Arguments.nonNegative(gross, "gross of " + item);
    Arguments.notNull(rate, "rate");
  }
}
