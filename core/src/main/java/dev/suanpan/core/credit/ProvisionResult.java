package dev.suanpan.core.credit;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.JournalEntry;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The bad-debt provision (坏账准备) required by an ageing schedule, the allowance already on the books
 * from last period, the adjusting amount, and the entry that books it (empty when nothing changes):
 * Dr credit impairment loss / Cr bad-debt allowance for an increase, the reverse for a release,
 * referenced {@code BDP-<as-of date>}.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class ProvisionResult {
  /** The date of the ageing and of the entry. */
  public abstract LocalDate asOf();

  /** The provision per bucket; the lines add up to {@link #required()}. */
  public abstract ImmutableList<ProvisionLine> lines();

  /** The allowance the receivables require now. */
  public abstract Money required();

  /** The allowance on the books from last period. */
  public abstract Money previous();

  /** {@code required - previous}: positive to book more, negative to release. */
  public abstract Money adjustment();

  /** The entry booking the adjustment; empty when it is zero. */
  public abstract Optional<JournalEntry> entry();

  /** Each bucket's figures and the adjustment. */
  public abstract Explanation explanation();
}
