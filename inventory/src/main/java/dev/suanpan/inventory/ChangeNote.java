package dev.suanpan.inventory;

import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Who changes a posted movement, on what day and why, as the ledger's audit keeps it ({@link
 * StockLedger#corrections()}); and, for a cancellation, how it is dated ({@link #reversal()}). The
 * day is the caller's: the library reads no clock. Rejects nulls and a blank name or reason.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ChangeNote {
  /** How a cancellation is dated. */
  public enum Reversal {
    /**
     * Dated as the original: the ledger as if the movement had never been posted, what followed it
     * re-valued. The default.
     */
    AS_ORIGINAL,
    /**
     * Dated on the day of the change ({@link #changedOn()}): the movement stays where it was and a
     * movement reversing it at its own cost is posted on that day (an issue comes back as a
     * customer return of it, a receipt goes back as a supplier return at its unit cost, which takes
     * a policy allowing supplier returns at a given rate); nothing dated before that day changes
     * (under the month-end average, but for the issues of that day's month, which take the month's
     * new unit cost).
     */
    ON_CHANGE_DATE
  }

  /** The day of the change (today, as the caller knows it). */
  public abstract LocalDate changedOn();

  /** Who made the change (a user name or id). */
  public abstract String changedBy();

  /** Why: the reason given for it. */
  public abstract String reason();

  /**
   * How a cancellation is dated; {@link Reversal#AS_ORIGINAL} by default. Ignored by amendments.
   */
  @Value.Default
  public Reversal reversal() {
    return Reversal.AS_ORIGINAL;
  }

  /** A note of a change on {@code changedOn} by {@code changedBy} for {@code reason}. */
  public static ChangeNote of(LocalDate changedOn, String changedBy, String reason) {
    return builder().changedOn(changedOn).changedBy(changedBy).reason(reason).build();
  }

  /** This note with the cancellation dated by {@code reversal}. */
  public ChangeNote dated(Reversal reversal) {
    return builder().from(this).reversal(reversal).build();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeNote}; rejects what {@link ChangeNote} rejects. */
  public static final class Builder extends ImmutableChangeNote.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.notBlank(changedBy(), "changedBy");
    Arguments.notBlank(reason(), "reason");
  }

  @Override
  public String toString() {
    return changedOn() + " by " + changedBy() + ": " + reason();
  }
}
