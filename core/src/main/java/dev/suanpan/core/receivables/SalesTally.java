package dev.suanpan.core.receivables;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The sales of a {@link SalesReport} under one key (a model, a colour, a customer, a secondary
 * outlet): how many lines, units, and their net, VAT and gross. The key {@link #NOT_GIVEN} holds
 * the lines that lack the dimension counted by.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class SalesTally {
  /** The key of the lines that do not carry the dimension counted by. */
  public static final String NOT_GIVEN = "(not given)";

  /** The dimension's value, the customer's code, or {@link #NOT_GIVEN}. */
  public abstract String key();

  /** The number of lines. */
  public abstract int lines();

  /** Units sold, net of returns. */
  public abstract BigDecimal quantity();

  /** Net of VAT. */
  public abstract Money net();

  /** The output VAT. */
  public abstract Money tax();

  /** Including VAT. */
  public abstract Money gross();

  @Override
  public String toString() {
    return key() + ": " + quantity().toPlainString() + " units, " + gross();
  }
}
