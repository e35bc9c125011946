package dev.suanpan.inventory;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A standard cost revaluation (标准成本调整): under {@link
 * dev.suanpan.inventory.costing.CostingMethod#STANDARD standard cost}, when a new standard takes
 * effect, the stock on hand at the end of the day before is re-valued from the old standard to the
 * new one. {@link #amount()} is the value after less the value before (each the quantity × the
 * standard, rounded once by the policy's rounding); its {@link #journal() entry} is Dr inventory /
 * Cr purchase price variance for a rise, the reverse for a fall, so that inventory plus the
 * variance account still hold the actual cost.
 *
 * <p>Rejects a negative unit cost and values in two currencies.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class StandardCostRevaluation {
  /** The item. */
  public abstract ItemId item();

  /** The warehouse. */
  public abstract WarehouseId warehouse();

  /** The day the new standard takes effect; the entry is dated on it. */
  public abstract LocalDate effectiveFrom();

  /** The unit of the quantity. */
  public abstract UnitOfMeasure unit();

  /** The quantity on hand re-valued (may be negative when negative stock is allowed). */
  public abstract BigDecimal quantity();

  /** The standard unit cost before the change. */
  public abstract BigDecimal previousUnitCost();

  /** The standard unit cost from {@link #effectiveFrom()}. */
  public abstract BigDecimal unitCost();

  /** The quantity at the old standard. */
  public abstract Money valueBefore();

  /** The quantity at the new standard. */
  public abstract Money valueAfter();

  /** The value after less the value before: positive when the standard rose. */
  public Money amount() {
    return valueAfter().minus(valueBefore());
  }

  /** The reference of the entry: {@code STD-} and the effective date, such as STD-2024-04-01. */
  public String reference() {
    return "STD-" + effectiveFrom();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StandardCostRevaluation}; rejects what {@link StandardCostRevaluation} rejects.
   */
  public static final class Builder extends ImmutableStandardCostRevaluation.Builder {
    Builder() {}
  }

  /**
   * The entry, dated {@link #effectiveFrom()} and referenced by {@link #reference()}: Dr inventory
   * / Cr purchase price variance by the amount (the reverse for a fall), with the item and
   * warehouse as its dimensions; empty when it is zero.
   */
  public Optional<JournalEntry> journal() {
    return entry(amount(), "");
  }

  /** The entry of {@code change} to this revaluation, its description ending in {@code suffix}. */
  Optional<JournalEntry> entry(Money change, String suffix) {
    if (change.isZero()) {
      return Optional.empty();
    }
    Money abs = change.abs();
    boolean rise = change.isPositive();
    return Optional.of(
        Journal.builder(item(), warehouse())
            .date(effectiveFrom())
            .reference(reference())
            .description(describe() + suffix)
            .debit(rise ? LedgerAccount.INVENTORY : LedgerAccount.PURCHASE_PRICE_VARIANCE, abs)
            .credit(rise ? LedgerAccount.PURCHASE_PRICE_VARIANCE : LedgerAccount.INVENTORY, abs)
            .build());
  }

  /** Such as "Standard cost revaluation of OIL-FILTER-A at PARTS-1: 70 pcs from 10.00 to 11.00". */
  private String describe() {
    return "Standard cost revaluation of "
        + item()
        + " at "
        + warehouse()
        + ": "
        + quantity().stripTrailingZeros().toPlainString()
        + " "
        + unit()
        + " from "
        + cost(previousUnitCost())
        + " to "
        + cost(unitCost());
  }

  private static String cost(BigDecimal c) {
    BigDecimal s = c.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }

  @Value.Check
  protected void check() {
    Arguments.nonNegative(previousUnitCost(), "previousUnitCost");
    Arguments.nonNegative(unitCost(), "unitCost");
    Arguments.inCurrency(valueAfter(), valueBefore().getCurrencyUnit(), "valueAfter");
  }
}
