package dev.suanpan.core.credit;

import dev.suanpan.money.Arguments;
import org.joda.money.Money;

/**
 * One line of a {@link JournalEntry}: an account, debit or credit, and a positive amount.
 *
 * <p>Rejects nulls and an amount that is not positive.
 *
 * @param account the account posted to
 * @param debit true for a debit (借), false for a credit (贷)
 * @param amount the amount posted
 */
public record JournalLine(LedgerAccount account, boolean debit, Money amount) {
  /** Validates the line. */
  public JournalLine {
    Arguments.notNull(account, "account");
    Arguments.positive(amount, "amount");
  }

  /** A debit of {@code amount} to {@code account}. */
  public static JournalLine debit(LedgerAccount account, Money amount) {
    return new JournalLine(account, true, amount);
  }

  /** A credit of {@code amount} to {@code account}. */
  public static JournalLine credit(LedgerAccount account, Money amount) {
    return new JournalLine(account, false, amount);
  }

  @Override
  public String toString() {
    return (debit ? "Dr " : "Cr ") + account + " " + amount;
  }
}
