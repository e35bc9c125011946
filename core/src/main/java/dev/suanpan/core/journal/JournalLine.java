package dev.suanpan.core.journal;

import dev.suanpan.money.internal.Arguments;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line of a {@link JournalEntry}: an account, the side (debit or credit) and a positive amount.
 *
 * <p>Rejects nulls and an amount that is not positive.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class JournalLine {
  /** The account posted to. */
  @Value.Parameter
  public abstract LedgerAccount account();

  /** Debit or credit. */
  @Value.Parameter
  public abstract Side side();

  /** The amount posted, always positive. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * A line of {@code amount} on {@code side} of {@code account}.
   *
   * @throws IllegalArgumentException if the amount is not positive
   */
  public static JournalLine of(LedgerAccount account, Side side, Money amount) {
    return ImmutableJournalLine.of(account, side, amount);
  }

  /** A debit of {@code amount} to {@code account}; rejects an amount that is not positive. */
  public static JournalLine debit(LedgerAccount account, Money amount) {
    return of(account, Side.DEBIT, amount);
  }

  /** A credit of {@code amount} to {@code account}; rejects an amount that is not positive. */
  public static JournalLine credit(LedgerAccount account, Money amount) {
    return of(account, Side.CREDIT, amount);
  }

  /** True for a debit line. */
  public boolean isDebit() {
    return side() == Side.DEBIT;
  }

  /** True for a credit line. */
  public boolean isCredit() {
    return side() == Side.CREDIT;
  }

  /** The amount as a debit balance: positive for a debit, negative for a credit. */
  public Money signedAmount() {
    return isDebit() ? amount() : amount().negated();
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(account(), "account");
    Arguments.notNull(side(), "side");
    Arguments.positive(amount(), "amount");
  }

  /** Such as {@code Dr 1122 Accounts receivable CNY 11300.00}. */
  @Override
  public String toString() {
    return side().abbreviation() + " " + account() + " " + amount();
  }
}
