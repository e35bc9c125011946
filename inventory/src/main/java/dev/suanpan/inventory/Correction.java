package dev.suanpan.inventory;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One correction of a posted movement, as the ledger's audit keeps it ({@link
 * StockLedger#corrections()}): the {@link #original()} movement, and its {@link #replacement()}
 * when it was amended, or, when it was cancelled by a reversal dated on the day of the change, the
 * {@link #reversal()} posted; with the {@link #note()} of who changed it, when and why (empty when
 * the correction was made without one).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class Correction {
  /** The movement as it was posted before the correction. */
  public abstract Movement original();

  /** The movement it was amended to; empty for a cancellation. */
  public abstract Optional<Movement> replacement();

  /**
   * The movement posted on the day of the change to reverse the original (a cancellation under
   * {@link ChangeNote.Reversal#ON_CHANGE_DATE}); empty otherwise.
   */
  public abstract Optional<Movement> reversal();

  /** Who changed it, when and why; empty when the correction came without a note. */
  public abstract Optional<ChangeNote> note();

  /** True for a cancellation, false for an amendment. */
  public boolean isCancellation() {
    return replacement().isEmpty();
  }

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Correction}; rejects a replacement together with a reversal. */
  public static final class Builder extends ImmutableCorrection.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    dev.suanpan.money.internal.Arguments.check(
        replacement().isEmpty() || reversal().isEmpty(),
        "a correction is an amendment or a cancellation, had replacement %s and reversal %s",
        replacement().orElse(null),
        reversal().orElse(null));
  }

  @Override
  public String toString() {
    String what =
        replacement()
            .map(r -> "amended " + original() + " to " + r)
            .orElseGet(
                () ->
                    "cancelled "
                        + original()
                        + reversal().map(r -> " by reversal " + r).orElse(""));
    return what + note().map(n -> " (" + n + ")").orElse("");
  }
}
