package dev.suanpan.core.credit.writeoff;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * One amount recovered on a written-off debt, on the {@link MemoRecord}.
 *
 * <p>Rejects nulls and an amount that is not positive.
 *
 * @param on the day the money arrived
 * @param amount the amount recovered
 */
public record RecoveryRecord(LocalDate on, Money amount) {
  /** Validates the record. */
  public RecoveryRecord {
    Arguments.notNull(on, "on");
    Arguments.positive(amount, "amount");
  }
}
