package dev.suanpan.inventory;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a back-dated posting changed the valuation of one later movement: its line before and after.
 * {@link #costChange()} is the change of its cost (or value) and {@link #trueUpChange()} the change
 * of its true-up, {@link #purchasePriceVarianceChange()} that of its purchase price variance (under
 * standard cost, when a receipt's standard value moves by a rounding fen); {@link #journal(ItemId,
 * WarehouseId)} books the differences in one entry.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class CogsChange {
  /** The movement as it was valued before. */
  public abstract StockCardLine before();

  /** The movement as it is valued now. */
  public abstract StockCardLine after();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CogsChange}; rejects what {@link CogsChange} rejects. */
  public static final class Builder extends ImmutableCogsChange.Builder {
    Builder() {}
  }

  /** After minus before, of the amount (value in or cost out). */
  public Money costChange() {
    return after().amount().minus(before().amount());
  }

  /** After minus before, of the true-up. */
  public Money trueUpChange() {
    return after().trueUp().minus(before().trueUp());
  }

  /** After minus before, of the purchase price variance (standard cost; zero otherwise). */
  public Money purchasePriceVarianceChange() {
    return after().purchasePriceVariance().minus(before().purchasePriceVariance());
  }

  /** The change in cost of goods sold this brings: issues' cost, less returns, plus true-ups. */
  public Money costOfGoodsSoldChange() {
    Money c = costChange();
    MovementKind k = after().kind();
    Money base =
        k.isIssue() ? c : k == MovementKind.CUSTOMER_RETURN ? c.negated() : c.multipliedBy(0);
    return base.plus(trueUpChange());
  }

  /**
   * The entry that books the differences, referenced by the movement's document, on the accounts of
   * its kind (a decrease on the opposite sides); empty when nothing changed. Rejects nulls.
   */
  public Optional<JournalEntry> journal(ItemId item, WarehouseId warehouse) {
    Arguments.notNull(item, "item");
    Arguments.notNull(warehouse, "warehouse");
    return Journal.entry(
        after(),
        after().date(),
        costChange(),
        trueUpChange(),
        purchasePriceVarianceChange(),
        item,
        warehouse,
        Journal.describe(after().kind(), item, warehouse) + " re-valued");
  }
}
