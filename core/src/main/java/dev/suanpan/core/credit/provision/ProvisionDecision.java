package dev.suanpan.core.credit.provision;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.authority.AuthorityRoute;
import dev.suanpan.core.credit.CreditPolicy;
import dev.suanpan.core.decision.Decision;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.decision.Outcome;
import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The bad-debt provision (坏账准备) required by an ageing schedule, the allowance already on the books
 * from last period, the adjusting amount, the entry that books it (empty when nothing changes): Dr
 * credit impairment loss / Cr bad-debt allowance for an increase, the reverse for a release,
 * referenced {@code BDP-<as-of date>}; and, as a {@link Decision}, who must approve the adjustment
 * within authority (计提坏账准备须经授权审批).
 *
 * <p>The outcome is {@link Outcome#ALLOWED} when the adjustment is zero or within the preparer's
 * own authority on the policy's {@link CreditPolicy#provisionSubject() provision subject}; {@link
 * Outcome#NEEDS_APPROVAL} by the lowest superior whose authority covers the amount provided or
 * released ({@link #approval()}); {@link Outcome#REFUSED} when it is beyond every role's authority.
 * The entry is the one to post once the outcome allows it: straight away when allowed, after the
 * {@link #requiredApprover()} signs when approval is needed, never when refused.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class ProvisionDecision implements Decision {
  /** The date of the ageing and of the entry. */
  public abstract LocalDate asOf();

  /** The provision per bucket; the lines add up to {@link #required()}. */
  public abstract ImmutableList<ProvisionLine> lines();

  /** The allowance the receivables require now. */
  public abstract Money required();

  /**
   * The allowance on the books before adjustment, as a credit balance: negative when it had a debit
   * balance (write-offs beyond the allowance, see {@link BadDebtProvision#provide(
   * dev.suanpan.core.credit.ageing.AgeingReport, Money, dev.suanpan.core.journal.Side)}).
   */
  public abstract Money previous();

  /**
   * {@code required - previous}: positive to book more, negative to release; a debit balance before
   * adjustment is made good on top of the required allowance.
   */
  public abstract Money adjustment();

  /** The entry booking the adjustment; empty when it is zero. */
  public abstract Optional<JournalEntry> entry();

  /** Each bucket's figures, the adjustment, and who may approve it, with the amounts. */
  @Override
  public abstract Explanation explanation();

  /**
   * Whether the adjustment may be booked as it stands, needs a superior's signature, or neither.
   */
  @Override
  public abstract Outcome outcome();

  /** The route to the approver, when the adjustment is beyond the preparer's own authority. */
  @Override
  public abstract Optional<AuthorityRoute> approval();

  @Value.Check
  protected void check() {
    Arguments.check(
        outcome() != Outcome.HELD, "a provision is never held, outcome was %s", outcome());
    Arguments.check(
        (outcome() == Outcome.ALLOWED) != approval().isPresent(),
        "a provision outcome %s must come with a route exactly when not allowed, route was %s",
        outcome(),
        approval());
    Arguments.check(
        adjustment().isZero() != entry().isPresent(),
        "a provision has an entry exactly when the adjustment %s is not zero",
        adjustment());
  }
}
