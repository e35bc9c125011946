package dev.suanpan.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of the stock card (明细账): a valued movement with the running balance after it. Quantities
 * in and out are positive (one of them zero); {@link #amount()} is the value in or the cost out;
 * {@link #trueUp()} is the cost-of-goods-sold correction of units issued beyond the stock that this
 * inbound movement covered. Under the month-end average the values of a month not yet closed are
 * {@link #provisional()}. Under standard cost {@link #purchasePriceVariance()} is what an inbound
 * movement's actual cost differs from the standard it entered at, and {@link
 * #standardRevaluation()} re-values the stock on hand before the movement when the standard has
 * changed since the movement before: the balance before + the revaluation + value in − cost out −
 * true-up = the balance after.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StockCardLine {
  /** The position of the movement in the ledger, from 0. */
  public abstract int index();

  /** The movement's date. */
  public abstract LocalDate date();

  /** The movement's document. */
  public abstract String document();

  /** The movement's kind. */
  public abstract MovementKind kind();

  /** The movement's reference, if any. */
  public abstract Optional<String> reference();

  /** Units in (zero for an outbound movement). */
  public abstract BigDecimal quantityIn();

  /** Units out (zero for an inbound movement). */
  public abstract BigDecimal quantityOut();

  /**
   * The unit cost: under standard cost the standard in effect on the movement's date; otherwise a
   * receipt's own unit cost, and for other movements the amount divided by the quantity, rounded to
   * 6 places by the policy's rounding mode (for display).
   */
  public abstract BigDecimal unitCost();

  /** The value in, or the cost out. */
  public abstract Money amount();

  /** The true-up booked at this inbound movement (zero if none). */
  public abstract Money trueUp();

  /**
   * Standard cost: the purchase price variance of an inbound movement that brings its actual cost
   * (a receipt's quantity × unit cost, rounded; the value of an opening balance or a transfer in)
   * less the standard it entered at; positive is unfavourable. Zero for other movements and
   * methods.
   */
  @Value.Default
  public Money purchasePriceVariance() {
    return Money.zero(amount().getCurrencyUnit());
  }

  /**
   * Standard cost: the re-valuation of the stock on hand before this movement to the standard of
   * its date, booked because the standard changed since the movement before (the sum of the {@link
   * StandardCostRevaluation}s taking effect after the previous movement's date and up to this
   * one's); positive when the standard rose. Zero otherwise.
   */
  @Value.Default
  public Money standardRevaluation() {
    return Money.zero(amount().getCurrencyUnit());
  }

  /** The quantity on hand after the movement. */
  public abstract BigDecimal balanceQuantity();

  /** The value on hand after the movement. */
  public abstract Money balanceValue();

  /** True while the month-end average of this movement's month is not closed. */
  public abstract boolean provisional();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockCardLine}; rejects what {@link StockCardLine} rejects. */
  public static final class Builder extends ImmutableStockCardLine.Builder {
    Builder() {}
  }
}
