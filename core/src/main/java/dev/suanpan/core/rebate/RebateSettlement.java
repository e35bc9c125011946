package dev.suanpan.core.rebate;

import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The settlement of an accrued rebate when the manufacturer confirms the actual one, from {@link
 * VolumeRebate#settle}: the difference {@code confirmed − accrued} and its entry (more confirmed:
 * the receivable grows and the cost falls; less: the reverse).
 *
 * <p>Rejects a difference other than {@code confirmed − accrued}, naming the amounts.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RebateSettlement {
  /** The period whose rebate is settled. */
  public abstract YearMonth period();

  /** What the dealer accrued for the period. */
  public abstract Money accrued();

  /** What the manufacturer confirms. */
  public abstract Money confirmed();

  /** {@code confirmed − accrued}: positive when the manufacturer pays more than accrued. */
  public abstract Money difference();

  /** The rules applied, with the amounts. */
  public abstract Explanation explanation();

  /** The entry of the difference; empty when there is none. */
  public abstract Optional<JournalEntry> entry();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RebateSettlement}; rejects what {@link RebateSettlement} rejects. */
  public static final class Builder extends ImmutableRebateSettlement.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        difference().equals(confirmed().minus(accrued())),
        "difference must be confirmed %s less accrued %s, was %s",
        confirmed(),
        accrued(),
        difference());
  }
}
