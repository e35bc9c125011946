package dev.suanpan.testkit;

import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockLedger;

/**
 * Entry point of the testkit's assertions on inventory values: {@code
 * InventoryAssertions.assertThat(ledger).conservesValue()}. Requires {@code suanpan-inventory} on
 * the test classpath.
 *
 * <p>These overloads are kept out of {@link SuanpanAssertions} on purpose: javac resolves an
 * overloaded call by looking at every overload's parameter types, so an {@code
 * assertThat(StockLedger)} there would make every {@code SuanpanAssertions.assertThat(...)} call
 * fail to compile for users without the optional inventory module.
 */
public final class InventoryAssertions {
  private InventoryAssertions() {}

  /** Assertions on a stock ledger. */
  public static StockLedgerAssert assertThat(StockLedger actual) {
    return new StockLedgerAssert(actual);
  }

  /** Assertions on a stock card, the library's or one your own code produced. */
  public static StockCardAssert assertThat(StockCard actual) {
    return new StockCardAssert(actual);
  }
}
