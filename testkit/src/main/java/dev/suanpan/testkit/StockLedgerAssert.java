package dev.suanpan.testkit;

import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.money.internal.Arguments;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;
import org.joda.money.Money;

/**
 * AssertJ assertions on a {@link StockLedger}: {@code
 * InventoryAssertions.assertThat(ledger).conservesValue().hasValueOnHand(money)}. The rules on the
 * movements are checked on the ledger's whole {@link StockLedger#card() stock card}; failure
 * messages print the lines that break them.
 *
 * <p>Rejects null expected values.
 */
public class StockLedgerAssert extends AbstractAssert<StockLedgerAssert, StockLedger> {
  /** Assertions on {@code actual}. */
  public StockLedgerAssert(StockLedger actual) {
    super(actual, StockLedgerAssert.class);
  }

  private StockCardAssert card() {
    isNotNull();
    return new StockCardAssert(actual.card());
  }

  /**
   * Value is conserved, exactly: opening + receipts (everything in) = issues (everything out) +
   * true-ups + closing, line by line and in total, and the closing balance of the card is the
   * ledger's quantity and value on hand. See {@link StockCardAssert#conservesValue()}.
   */
  public StockLedgerAssert conservesValue() {
    card().conservesValue();
    StockCard card = actual.card();
    if (card.closingQuantity().compareTo(actual.quantityOnHand()) != 0
        || !card.closingValue().equals(actual.valueOnHand())) {
      failWithMessage(
          "Expected the card of %s to close at the ledger's %s worth %s but it closes at %s worth"
              + " %s",
          actual.item(),
          actual.quantityOnHand().toPlainString(),
          actual.valueOnHand(),
          card.closingQuantity().toPlainString(),
          card.closingValue());
    }
    return myself;
  }

  /** No movement leaves a negative quantity on hand. */
  public StockLedgerAssert neverGoesNegative() {
    card().neverGoesNegative();
    return myself;
  }

  /** Every movement that empties the stock leaves no value behind (see {@link StockCardAssert}). */
  public StockLedgerAssert holdsNoValueWhenEmpty() {
    card().holdsNoValueWhenEmpty();
    return myself;
  }

  /** The quantity on hand equals {@code expected} (compared as a number, whatever its scale). */
  public StockLedgerAssert hasQuantityOnHand(BigDecimal expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (actual.quantityOnHand().compareTo(expected) != 0) {
      failWithMessage(
          "Expected %s %s of %s on hand but there are %s",
          expected.toPlainString(),
          actual.unit(),
          actual.item(),
          actual.quantityOnHand().toPlainString());
    }
    return myself;
  }

  /** The value on hand equals {@code expected}. */
  public StockLedgerAssert hasValueOnHand(Money expected) {
    isNotNull();
    Arguments.notNull(expected, "expected");
    if (!actual.valueOnHand().equals(expected)) {
      failWithMessage(
          "Expected %s of %s on hand but it is worth %s",
          expected, actual.item(), actual.valueOnHand());
    }
    return myself;
  }
}
