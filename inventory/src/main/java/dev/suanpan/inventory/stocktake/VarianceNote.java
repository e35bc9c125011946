package dev.suanpan.inventory.stocktake;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.party.PersonId;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.Rounding;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.BigMoney;
import org.joda.money.Money;

/**
 * A stocktake surplus (盘盈) or shortage (盘亏) note of one item: the difference between the count that
 * stands and the book, valued at the item's current cost (the ledger's value on hand divided by its
 * quantity; zero when nothing is on the book). It posts to the ledger only once approved ({@link
 * VarianceApproval}).
 *
 * <p>Rejects a quantity or value that is negative, and a zero quantity.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class VarianceNote {
  /** The note's number, used as the document of the ledger movement. */
  public abstract String number();

  /** The stocktake date. */
  public abstract LocalDate date();

  /** The area counted. */
  public abstract String area();

  /** The item. */
  public abstract ItemId item();

  /** Surplus or shortage. */
  public abstract MovementKind kind();

  /** The units found over or under the book. */
  public abstract BigDecimal quantity();

  /** The current unit cost used. */
  public abstract BigDecimal unitCost();

  /** The value: quantity × unit cost, rounded. */
  public abstract Money value();

  /** The custodian responsible for the area. */
  public abstract PersonId custodian();

  /** True for a shortage. */
  public boolean isShortage() {
    return kind() == MovementKind.STOCKTAKE_SHORTAGE;
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VarianceNote}; rejects what {@link VarianceNote} rejects. */
  public static final class Builder extends ImmutableVarianceNote.Builder {
    Builder() {}
  }

  /**
   * The notes of an area: for each item on the standing count sheet whose count differs from its
   * ledger's quantity on hand, a surplus or shortage note numbered {@code prefix-1}, {@code
   * prefix-2}, ... in sheet order, valued at current cost with {@code rounding}.
   *
   * @throws IllegalArgumentException if the sheet is not complete or an item has no ledger
   */
  public static ImmutableList<VarianceNote> of(
      CountSheet standing,
      Map<ItemId, StockLedger> ledgers,
      LocalDate date,
      String prefix,
      PersonId custodian,
      Rounding rounding) {
    Arguments.notNull(standing, "standing");
    Arguments.notNull(ledgers, "ledgers");
    Arguments.notNull(date, "date");
    Arguments.notBlank(prefix, "prefix");
    Arguments.notNull(custodian, "custodian");
    Arguments.notNull(rounding, "rounding");
    Arguments.check(standing.complete(), "count sheet of area %s is not complete", standing.area());
    ImmutableList.Builder<VarianceNote> out = ImmutableList.builder();
    int n = 0;
    for (ItemId item : standing.items()) {
      StockLedger ledger = ledgers.get(item);
      Arguments.check(ledger != null, "ledgers must hold the ledger of %s", item);
      BigDecimal diff = standing.counts().get(item).subtract(ledger.quantityOnHand());
      if (diff.signum() == 0) {
        continue;
      }
      BigDecimal unitCost = ledger.currentUnitCost().orElse(BigDecimal.ZERO);
      BigDecimal qty = diff.abs();
      Money value = rounding.round(BigMoney.of(ledger.currency(), qty.multiply(unitCost)));
      out.add(
          builder()
              .number(prefix + "-" + (++n))
              .date(date)
              .area(standing.area())
              .item(item)
              .kind(
                  diff.signum() > 0
                      ? MovementKind.STOCKTAKE_SURPLUS
                      : MovementKind.STOCKTAKE_SHORTAGE)
              .quantity(qty)
              .unitCost(unitCost)
              .value(value)
              .custodian(custodian)
              .build());
    }
    return out.build();
  }

  /** The ledger movement that posts this note once approved. */
  public Movement movement(dev.suanpan.inventory.UnitOfMeasure unit) {
    return isShortage()
        ? Movement.outbound(MovementKind.STOCKTAKE_SHORTAGE, date(), number(), quantity(), unit)
        : Movement.stocktakeSurplus(date(), number(), quantity(), unit);
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        kind() == MovementKind.STOCKTAKE_SURPLUS || kind() == MovementKind.STOCKTAKE_SHORTAGE,
        "kind must be a stocktake surplus or shortage, was %s",
        kind());
    Arguments.positive(quantity(), "quantity");
    Arguments.nonNegative(unitCost(), "unitCost");
    Arguments.nonNegative(value(), "value");
  }

  @Override
  public String toString() {
    return number()
        + " "
        + (isShortage() ? "shortage" : "surplus")
        + " of "
        + quantity().toPlainString()
        + " "
        + item()
        + " at "
        + unitCost().toPlainString()
        + " = "
        + value();
  }
}
