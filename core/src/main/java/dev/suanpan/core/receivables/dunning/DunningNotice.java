package dev.suanpan.core.receivables.dunning;

import com.google.common.collect.ImmutableList;
import dev.suanpan.core.credit.Receivable;
import dev.suanpan.core.decision.Explanation;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.core.party.CustomerId;
import dev.suanpan.core.receivables.DebitNote;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One customer's dunning notice on a date: the level reached, the overdue instalments, the fee and
 * the interest charged, and why. {@link #feeNote} and {@link #interestNote} give the {@link
 * DebitNote}s that put the charges on the customer's receivables.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class DunningNotice {
  /** The customer dunned. */
  public abstract CustomerId customer();

  /** The date of the notice. */
  public abstract LocalDate asOf();

  /** The level reached. */
  public abstract DunningLevel level();

  /** The days the most overdue instalment is past its due date. */
  public abstract long daysOverdue();

  /** The overdue instalments, as given. */
  public abstract ImmutableList<Receivable> overdueItems();

  /** Their open total. */
  public abstract Money overdue();

  /** The level's fee. */
  public abstract Money fee();

  /** Interest on the overdue instalments, zero at a level that charges none. */
  public abstract Money interest();

  /** Why: the rules applied with their figures. */
  public abstract Explanation explanation();

  /**
   * The debit note charging the fee, Dr accounts receivable / Cr non-operating income (营业外收入);
   * empty when the fee is zero.
   */
  public Optional<DebitNote> feeNote(String number, LocalDate dueDate) {
    return note(number, dueDate, fee(), "dunning fee", LedgerAccount.NON_OPERATING_INCOME);
  }

  /**
   * The debit note charging the interest, Dr accounts receivable / Cr interest income; empty when
   * the interest is zero.
   */
  public Optional<DebitNote> interestNote(String number, LocalDate dueDate) {
    return note(number, dueDate, interest(), "overdue interest", LedgerAccount.INTEREST_INCOME);
  }

  private Optional<DebitNote> note(
      String number, LocalDate dueDate, Money amount, String what, LedgerAccount account) {
    if (!amount.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(
        DebitNote.builder()
            .number(number)
            .customer(customer())
            .date(asOf())
            .dueDate(dueDate)
            .description(what + " (" + level().textKey() + ", " + daysOverdue() + " days)")
            .amount(amount)
            .account(account)
            .build());
  }
}
