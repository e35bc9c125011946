package dev.suanpan.inventory;

import dev.suanpan.money.Arguments;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One journal entry line as data: debit one account, credit another, with a positive amount, the
 * document and date it comes from, and the item and warehouse it concerns. The library posts
 * nothing; the caller books these in its own ledger.
 *
 * <p>Rejects an amount that is not positive and the same account on both sides.
 */
@Value.Immutable
@dev.suanpan.money.ValueStyle
public abstract class JournalLine {
  /** The accounting date. */
  public abstract LocalDate date();

  /** The source document. */
  public abstract String document();

  /** The account debited. */
  public abstract Account debit();

  /** The account credited. */
  public abstract Account credit();

  /** The amount, always positive. */
  public abstract Money amount();

  /** The item concerned. */
  public abstract ItemId item();

  /** The warehouse concerned. */
  public abstract WarehouseId warehouse();

  /** A builder. */
  public static ImmutableJournalLine.Builder builder() {
    return ImmutableJournalLine.builder();
  }

  /**
   * A line debiting {@code debit} and crediting {@code credit} with {@code amount}; a negative
   * amount swaps the sides. Returns null for a zero amount (there is nothing to book).
   */
  static JournalLine of(
      LocalDate date,
      String document,
      Account debit,
      Account credit,
      Money amount,
      ItemId item,
      WarehouseId warehouse) {
    if (amount.isZero()) {
      return null;
    }
    boolean negative = amount.isNegative();
    return builder()
        .date(date)
        .document(document)
        .debit(negative ? credit : debit)
        .credit(negative ? debit : credit)
        .amount(amount.abs())
        .item(item)
        .warehouse(warehouse)
        .build();
  }

  @Value.Check
  protected void check() {
    Arguments.positive(amount(), "amount");
    Arguments.check(debit() != credit(), "debit and credit must differ, were both %s", debit());
  }

  @Override
  public String toString() {
    return date() + " " + document() + " Dr " + debit() + " / Cr " + credit() + " " + amount();
  }
}
