package dev.suanpan.core.journal;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.suanpan.money.internal.Arguments;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A balanced accounting entry as data, for the caller's ledger to post: the date, the document or
 * voucher it comes from, what it records, its lines and its {@linkplain #dimensions() dimensions}
 * (辅助核算: the item, warehouse or customer it concerns, as data). Build one with {@link #builder()}
 * (which has {@code debit}, {@code credit} and {@code putDimension} shortcuts) or, for one debit
 * against one credit, {@link #of}.
 *
 * <p>Rejects a blank reference or description, an entry without lines, lines in more than one
 * currency, debits that differ from the credits, and a blank dimension name or value; the message
 * names the entry and the amounts or the dimension.
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class JournalEntry {
  /** The accounting date. */
  public abstract LocalDate date();

  /** The source document or voucher, such as an invoice, a goods received note or a count sheet. */
  public abstract String reference();

  /** What the entry records. */
  public abstract String description();

  /** The lines, in the order given. */
  public abstract ImmutableList<JournalLine> lines();

  /**
   * The analysis dimensions of the entry (辅助核算), name to value in name order, such as {@link
   * Dimensions#ITEM} to {@code "OIL-FILTER-A"}: what the entry concerns, as data rather than words
   * of its description, so that {@link JournalSummary#byDimension} can total by it. Empty by
   * default; the dimensions apply to every line of the entry.
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> dimensions();

  /** The value of dimension {@code name}, empty when the entry does not carry it. */
  public Optional<String> dimension(String name) {
    Arguments.notNull(name, "name");
    return Optional.ofNullable(dimensions().get(name));
  }

  /** A builder, with {@code debit} and {@code credit} shortcuts for adding lines. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An entry of one debit and one credit of the same amount.
   *
   * @throws IllegalArgumentException if the amount is not positive, or the reference or description
   *     is blank
   */
  public static JournalEntry of(
      LocalDate date,
      String reference,
      String description,
      LedgerAccount debit,
      LedgerAccount credit,
      Money amount) {
    return builder()
        .date(date)
        .reference(reference)
        .description(description)
        .debit(debit, amount)
        .credit(credit, amount)
        .build();
  }

  /** The currency of every line. */
  public CurrencyUnit currency() {
    return lines().get(0).amount().getCurrencyUnit();
  }

  /** The total of the debit lines. */
  public Money debits() {
    return total(Side.DEBIT);
  }

  /** The total of the credit lines. */
  public Money credits() {
    return total(Side.CREDIT);
  }

  /** The totals of this entry by account. */
  public JournalSummary summary() {
    return JournalSummary.of(currency(), ImmutableList.of(this));
  }

  private Money total(Side side) {
    Money total = Money.zero(currency());
    for (JournalLine l : lines()) {
      if (l.side() == side) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  @Value.Check
  protected void check() {
    Arguments.notNull(date(), "date");
    Arguments.notBlank(reference(), "reference");
    Arguments.notBlank(description(), "description");
    Arguments.check(
        !lines().isEmpty(), "entry %s (%s) must have lines, had none", reference(), description());
    CurrencyUnit currency = currency();
    for (JournalLine l : lines()) {
      Arguments.check(
          l.amount().getCurrencyUnit().equals(currency),
          "entry %s mixes currencies: line %s is not in %s, the currency of its first line",
          reference(),
          l,
          currency);
    }
    Money debits = debits();
    Money credits = credits();
    Arguments.check(
        debits.equals(credits),
        "entry %s is unbalanced: debits %s, credits %s, difference %s, in %s",
        reference(),
        debits,
        credits,
        debits.minus(credits),
        lines());
    for (Map.Entry<String, String> d : dimensions().entrySet()) {
      Arguments.check(
          !d.getKey().isBlank(),
          "entry %s has a blank dimension name \"%s\" (value %s)",
          reference(),
          d.getKey(),
          d.getValue());
      Arguments.check(
          !d.getValue().isBlank(),
          "entry %s has a blank value \"%s\" for dimension %s",
          reference(),
          d.getValue(),
          d.getKey());
    }
  }

  /**
   * The date, reference and description, then one line per journal line, then, when the entry has
   * dimensions, one line listing them, such as {@code [item=OIL-FILTER-A, warehouse=PARTS-1]}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(date() + " " + reference() + " " + description());
    for (JournalLine l : lines()) {
      s.append("\n  ").append(l);
    }
    if (!dimensions().isEmpty()) {
      s.append("\n  [")
          .append(Joiner.on(", ").withKeyValueSeparator("=").join(dimensions()))
          .append(']');
    }
    return s.toString();
  }

  /**
   * Builds a {@link JournalEntry}; {@link #build()} rejects what the entry rejects. Dimensions are
   * set with {@code putDimension(name, value)}, such as {@code putDimension(Dimensions.ITEM,
   * "OIL-FILTER-A")}; a null name or value is rejected at once (NullPointerException), a name set
   * twice by {@code build()} (IllegalArgumentException naming the name and both values).
   */
  public static final class Builder extends ImmutableJournalEntry.Builder {
    Builder() {}

    /** Adds a debit of {@code amount} to {@code account}. */
    public Builder debit(LedgerAccount account, Money amount) {
      addLine(JournalLine.debit(account, amount));
      return this;
    }

    /** Adds a credit of {@code amount} to {@code account}. */
    public Builder credit(LedgerAccount account, Money amount) {
      addLine(JournalLine.credit(account, amount));
      return this;
    }
  }
}
