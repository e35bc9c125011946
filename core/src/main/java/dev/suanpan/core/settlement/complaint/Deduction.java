package dev.suanpan.core.settlement.complaint;

import dev.suanpan.money.internal.Arguments;
import org.joda.money.Money;

/**
 * An amount charged to a responsible member of staff or department (罚扣) for a complaint's loss.
 *
 * <p>Rejects a null party and a null or negative amount.
 */
public record Deduction(ResponsibleParty party, Money amount) {
  /** Validates both parts. */
  public Deduction {
    Arguments.notNull(party, "party");
    Arguments.nonNegative(amount, "amount");
  }

  @Override
  public String toString() {
    return party + " " + amount;
  }
}
