package dev.suanpan.core.floorplan;

import dev.suanpan.core.journal.JournalEntry;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What {@link FloorPlan#repay} did: the dealer repaid the bank the car's loan and the bank released
 * its certificate of conformity; with the new floor plan and the entry.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Repayment {
  /** The floor plan after the repayment. */
  public abstract FloorPlan floorPlan();

  /** The car, with its certificate released. */
  public abstract FinancedCar car();

  /** What the dealer repaid: the car's loan. */
  public abstract Money amount();

  /** The entry of the repayment: Dr short-term borrowings, Cr bank, the loan. */
  public abstract JournalEntry entry();
}
