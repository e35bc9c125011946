package dev.suanpan.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A prospective change of costing method ({@link StockLedger#changeMethod}): from {@link
 * #effectiveFrom()} on the item is valued by the new policy, without re-valuing history. {@link
 * #history()} is the ledger of the movements before that day, valued by the old method as they
 * were; {@link #ledger()} is the ledger under the new policy, opening on that day with the stock on
 * hand at the end of the day before ({@link #carriedQuantity()} worth {@link #carriedValue()}) as
 * an opening balance (document {@code METHOD-CHANGE-} and the date), followed by the movements
 * dated from that day on, valued by the new method. Immutable.
 */
public final class MethodChange {
  private final LocalDate effectiveFrom;
  private final StockLedger history;
  private final StockLedger ledger;
  private final BigDecimal carriedQuantity;
  private final Money carriedValue;

  MethodChange(
      LocalDate effectiveFrom,
      StockLedger history,
      StockLedger ledger,
      BigDecimal carriedQuantity,
      Money carriedValue) {
    this.effectiveFrom = effectiveFrom;
    this.history = history;
    this.ledger = ledger;
    this.carriedQuantity = carriedQuantity;
    this.carriedValue = carriedValue;
  }

  /** The first day valued by the new method. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The movements before {@link #effectiveFrom()}, valued by the old method, as they were. */
  public StockLedger history() {
    return history;
  }

  /**
   * The ledger under the new policy: the carried stock, then the movements from {@link
   * #effectiveFrom()} on; it takes no movement dated before that day.
   */
  public StockLedger ledger() {
    return ledger;
  }

  /** The quantity on hand carried into the new method. */
  public BigDecimal carriedQuantity() {
    return carriedQuantity;
  }

  /** The value the carried stock keeps in the new method: its value under the old one. */
  public Money carriedValue() {
    return carriedValue;
  }

  @Override
  public String toString() {
    return "method change of "
        + ledger.item()
        + " at "
        + ledger.warehouse()
        + " from "
        + effectiveFrom
        + " to "
        + ledger.policy().method()
        + ": "
        + carriedQuantity.toPlainString()
        + " carried at "
        + carriedValue;
  }
}
