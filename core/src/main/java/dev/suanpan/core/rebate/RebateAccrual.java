package dev.suanpan.core.rebate;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A month's accrual of a volume rebate, from {@link VolumeRebate#accrue}: the volume, the tier it
 * reached, each band with its volume, rate and amount, the total rebate on the volume, what was
 * accrued before (for a year-to-date true-up), the accrual of this month, why, and the entry.
 *
 * <p>Rejects bands that do not add up to the total, and an accrual other than the total less the
 * amount accrued before, naming the amounts.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class RebateAccrual {
  /** The month accrued. */
  public abstract YearMonth month();

  /** The purchase value the rebate is on: the month's, or the year's to date for a true-up. */
  public abstract Money volume();

  /**
   * True when {@link #volume()} is the year's to date and {@link #accruedBefore()} was deducted.
   */
  public abstract boolean yearToDate();

  /** The highest tier the volume reached; empty when it is below the first threshold. */
  public abstract Optional<RebateTier> tierReached();

  /** The bands of the volume, one per tier reached (one in all under whole-volume tiers). */
  public abstract ImmutableList<RebateBand> bands();

  /** The rebate on {@link #volume()}, rounded by the policy. */
  public abstract Money total();

  /** What was accrued before in the year (zero for a monthly accrual). */
  public abstract Money accruedBefore();

  /** This month's accrual: {@code total − accruedBefore}; negative when it reverses some. */
  public abstract Money accrual();

  /** The rules applied, each band with its figures. */
  public abstract Explanation explanation();

  /** The entry of {@link #accrual()}; empty when it is zero. */
  public abstract Optional<JournalEntry> entry();

  /** A builder; {@link Builder#build()} refuses a missing required field, naming it. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RebateAccrual}; rejects what {@link RebateAccrual} rejects. */
  public static final class Builder extends ImmutableRebateAccrual.Builder {
    Builder() {}
  }

  @Value.Check
  protected void check() {
    Money bands = Money.zero(total().getCurrencyUnit());
    for (RebateBand b : bands()) {
      bands = bands.plus(b.amount());
    }
    Arguments.check(
        bands.equals(total()),
        "bands must add up to the total %s, added up to %s: %s",
        total(),
        bands,
        bands());
    Arguments.check(
        accrual().equals(total().minus(accruedBefore())),
        "accrual must be total %s less accruedBefore %s, was %s",
        total(),
        accruedBefore(),
        accrual());
  }
}
