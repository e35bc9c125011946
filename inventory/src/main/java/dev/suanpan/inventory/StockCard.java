package dev.suanpan.inventory;

import com.google.common.collect.ImmutableList;
import dev.suanpan.inventory.costing.CostingMethod;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The stock card (明细账) of one item in one warehouse over a period: the opening balance, one line
 * per movement with the running quantity, unit cost and value, the totals in and out, and the
 * closing balance. Opening value + value in + standard cost revaluations − cost out − true-ups =
 * closing value, to the fen.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StockCard {
  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The costing method the card is valued by. */
  public abstract CostingMethod method();

  /** The unit of the quantities. */
  public abstract UnitOfMeasure unit();

  /** The quantity on hand before the first line. */
  public abstract BigDecimal openingQuantity();

  /** The value on hand before the first line. */
  public abstract Money openingValue();

  /** The lines, in date order. */
  public abstract ImmutableList<StockCardLine> lines();

  /** The quantity on hand after the last line. */
  @Value.Derived
  public BigDecimal closingQuantity() {
    return lines().isEmpty()
        ? openingQuantity()
        : lines().get(lines().size() - 1).balanceQuantity();
  }

  /** The value on hand after the last line. */
  @Value.Derived
  public Money closingValue() {
    return lines().isEmpty() ? openingValue() : lines().get(lines().size() - 1).balanceValue();
  }

  /** Total units in. */
  public BigDecimal quantityIn() {
    return lines().stream().map(StockCardLine::quantityIn).reduce(zeroQuantity(), BigDecimal::add);
  }

  /** Total units out. */
  public BigDecimal quantityOut() {
    return lines().stream().map(StockCardLine::quantityOut).reduce(zeroQuantity(), BigDecimal::add);
  }

  /** Total value in. */
  public Money valueIn() {
    Money total = openingValue().multipliedBy(0);
    for (StockCardLine l : lines()) {
      if (l.kind().isInbound()) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  /** Total cost out. */
  public Money costOut() {
    Money total = openingValue().multipliedBy(0);
    for (StockCardLine l : lines()) {
      if (!l.kind().isInbound()) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  /** Total true-ups booked to cost of goods sold at inbound movements. */
  public Money trueUps() {
    Money total = openingValue().multipliedBy(0);
    for (StockCardLine l : lines()) {
      total = total.plus(l.trueUp());
    }
    return total;
  }

  /** Total purchase price variance of the lines (standard cost; zero otherwise). */
  public Money purchasePriceVariance() {
    Money total = openingValue().multipliedBy(0);
    for (StockCardLine l : lines()) {
      total = total.plus(l.purchasePriceVariance());
    }
    return total;
  }

  /** Total standard cost revaluations carried by the lines (standard cost; zero otherwise). */
  public Money standardRevaluations() {
    Money total = openingValue().multipliedBy(0);
    for (StockCardLine l : lines()) {
      total = total.plus(l.standardRevaluation());
    }
    return total;
  }

  private static BigDecimal zeroQuantity() {
    return BigDecimal.ZERO.setScale(Movement.QUANTITY_SCALE);
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StockCard}; rejects what {@link StockCard} rejects. */
  public static final class Builder extends ImmutableStockCard.Builder {
    Builder() {}
  }

  static StockCard of(
      StockLedger ledger,
      ImmutableList<StockCardLine> lines,
      BigDecimal openingQuantity,
      Money openingValue) {
    return builder()
        .item(ledger.item())
        .warehouse(ledger.warehouse())
        .method(ledger.policy().method())
        .unit(ledger.unit())
        .openingQuantity(openingQuantity)
        .openingValue(openingValue)
        .lines(lines)
        .build();
  }
}
