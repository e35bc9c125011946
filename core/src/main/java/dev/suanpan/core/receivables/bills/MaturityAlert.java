package dev.suanpan.core.receivables.bills;

import dev.suanpan.money.internal.Arguments;

/**
 * A held bill due soon, from {@link BillRegister#maturingWithin}: the bill and the days left to its
 * maturity (0 on the day, negative when it is past maturity and still held, to be presented at
 * once).
 *
 * <p>Rejects a null bill.
 */
public record MaturityAlert(BillReceivable bill, long daysToMaturity) {
  /** Validates the bill. */
  public MaturityAlert {
    Arguments.notNull(bill, "bill");
  }

  @Override
  public String toString() {
    return bill.number()
        + " "
        + bill.face()
        + " matures "
        + bill.maturityDate()
        + " ("
        + daysToMaturity
        + " days)";
  }
}
