package dev.suanpan.core.journal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.suanpan.money.internal.Arguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The totals by account of some journal entries (科目汇总): for each account posted to, its debits, its
 * credits and the balance between them, accounts in code order. Built with {@link #of} from the
 * entries of any source (credit, inventory, the caller's own), so a month's journal is added up in
 * one place and a test can assert on an account's total. {@link #forDimension} and {@link
 * #byDimension} total by an analysis dimension of the entries (辅助核算: an item, a warehouse, a
 * customer), such as the cost of goods sold of one item.
 *
 * <p>Rejects entries in another currency than the summary's, and two different accounts with the
 * same code (a chart of accounts that contradicts itself).
 */
@Value.Immutable
@dev.suanpan.money.internal.ValueStyle
public abstract class JournalSummary {
  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** The number of entries added up. */
  public abstract int entryCount();

  /** The debits of each account posted to (zero for an account only credited). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LedgerAccount, Money> debits();

  /** The credits of each account posted to (zero for an account only debited). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LedgerAccount, Money> credits();

  /**
   * The totals by account of {@code entries}; an empty list gives an empty summary.
   *
   * @throws IllegalArgumentException if an entry is not in {@code currency}, or two different
   *     accounts share a code
   */
  public static JournalSummary of(CurrencyUnit currency, Iterable<JournalEntry> entries) {
    Map<LedgerAccount, Money> debits = new TreeMap<>();
    Map<LedgerAccount, Money> credits = new TreeMap<>();
    int count = 0;
    for (JournalEntry e : inCurrency(currency, entries)) {
      count++;
      for (JournalLine l : e.lines()) {
        Money zero = Money.zero(currency);
        debits.merge(l.account(), l.isDebit() ? l.amount() : zero, Money::plus);
        credits.merge(l.account(), l.isCredit() ? l.amount() : zero, Money::plus);
      }
    }
    return ImmutableJournalSummary.builder()
        .currency(currency)
        .entryCount(count)
        .debits(debits)
        .credits(credits)
        .build();
  }

  /**
   * The totals by account of those of {@code entries} whose dimension {@code name} has {@code
   * value}, such as {@code forDimension(currency, entries, Dimensions.ITEM, "OIL-FILTER-A")}; an
   * empty summary when none has it.
   *
   * @throws IllegalArgumentException if the name or value is blank, any entry (one without the
   *     value included) is not in {@code currency}, or two different accounts share a code
   */
  public static JournalSummary forDimension(
      CurrencyUnit currency, Iterable<JournalEntry> entries, String name, String value) {
    Arguments.notBlank(name, "dimension name");
    Arguments.notBlank(value, "dimension value");
    List<JournalEntry> with = new ArrayList<>();
    for (JournalEntry e : inCurrency(currency, entries)) {
      if (value.equals(e.dimensions().get(name))) {
        with.add(e);
      }
    }
    return of(currency, with);
  }

  /**
   * The totals by account of {@code entries} for each value of their dimension {@code name}, values
   * in order, such as {@code byDimension(currency, entries, Dimensions.WAREHOUSE)}; the entries
   * without the dimension are in none of the summaries.
   *
   * @throws IllegalArgumentException if the name is blank, any entry (one without the dimension
   *     included) is not in {@code currency}, or two different accounts share a code
   */
  public static ImmutableSortedMap<String, JournalSummary> byDimension(
      CurrencyUnit currency, Iterable<JournalEntry> entries, String name) {
    Arguments.notBlank(name, "dimension name");
    Map<String, List<JournalEntry>> byValue = new TreeMap<>();
    for (JournalEntry e : inCurrency(currency, entries)) {
      String value = e.dimensions().get(name);
      if (value != null) {
        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(e);
      }
    }
    ImmutableSortedMap.Builder<String, JournalSummary> out = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, List<JournalEntry>> v : byValue.entrySet()) {
      out.put(v.getKey(), of(currency, v.getValue()));
    }
    return out.build();
  }

  /**
   * The totals by account of {@code summaries} added together: the summary {@link #of} would give
   * of all their entries (their entry counts added), so that summaries made in parts (one per
   * ledger, one per batch of a parallel run) add up to the whole; an empty list gives an empty
   * summary.
   *
   * @throws IllegalArgumentException if a summary is null, or two different accounts share a code
   * @throws org.joda.money.CurrencyMismatchException if a summary is not in {@code currency}
   */
  public static JournalSummary total(CurrencyUnit currency, Iterable<JournalSummary> summaries) {
    Arguments.notNull(currency, "currency");
    Arguments.notNull(summaries, "summaries");
    Map<LedgerAccount, Money> debits = new TreeMap<>();
    Map<LedgerAccount, Money> credits = new TreeMap<>();
    int count = 0;
    for (JournalSummary s : summaries) {
      Arguments.notNull(s, "summary");
      Arguments.inCurrency(Money.zero(s.currency()), currency, "summary");
      count = Math.addExact(count, s.entryCount());
      s.debits().forEach((a, m) -> debits.merge(a, m, Money::plus));
      s.credits().forEach((a, m) -> credits.merge(a, m, Money::plus));
    }
    return ImmutableJournalSummary.builder()
        .currency(currency)
        .entryCount(count)
        .debits(debits)
        .credits(credits)
        .build();
  }

  /** {@code entries} as a list, each checked to be in {@code currency}. */
  private static ImmutableList<JournalEntry> inCurrency(
      CurrencyUnit currency, Iterable<JournalEntry> entries) {
    Arguments.notNull(currency, "currency");
    Arguments.notNull(entries, "entries");
    ImmutableList.Builder<JournalEntry> out = ImmutableList.builder();
    for (JournalEntry e : entries) {
      Arguments.notNull(e, "entry");
      Arguments.check(
          e.currency().equals(currency),
          "entry %s is in %s, the summary in %s",
          e.reference(),
          e.currency(),
          currency);
      out.add(e);
    }
    return out.build();
  }

  /** The accounts posted to, in code order. */
  public ImmutableSortedSet<LedgerAccount> accounts() {
    return debits().keySet();
  }

  /** The debits of {@code account}; zero if it was not posted to. */
  public Money debitsOf(LedgerAccount account) {
    Arguments.notNull(account, "account");
    return debits().getOrDefault(account, Money.zero(currency()));
  }

  /** The credits of {@code account}; zero if it was not posted to. */
  public Money creditsOf(LedgerAccount account) {
    Arguments.notNull(account, "account");
    return credits().getOrDefault(account, Money.zero(currency()));
  }

  /**
   * The debits minus the credits of {@code account}: positive for a debit balance, negative for a
   * credit balance, zero for an account cleared or not posted to.
   */
  public Money balanceOf(LedgerAccount account) {
    return debitsOf(account).minus(creditsOf(account));
  }

  /** The balance (debits minus credits) of each account posted to, in code order. */
  public ImmutableSortedMap<LedgerAccount, Money> balances() {
    ImmutableSortedMap.Builder<LedgerAccount, Money> b = ImmutableSortedMap.naturalOrder();
    for (LedgerAccount a : accounts()) {
      b.put(a, balanceOf(a));
    }
    return b.build();
  }

  /** The total of every debit. */
  public Money totalDebits() {
    return Money.total(currency(), debits().values());
  }

  /** The total of every credit. */
  public Money totalCredits() {
    return Money.total(currency(), credits().values());
  }

  /**
   * True when the debits equal the credits; always so for a summary of entries, each being
   * balanced.
   */
  public boolean isBalanced() {
    return totalDebits().equals(totalCredits());
  }

  @Value.Check
  protected void check() {
    Arguments.check(
        debits().keySet().equals(credits().keySet()),
        "debits and credits must name the same accounts, were %s and %s",
        debits().keySet(),
        credits().keySet());
    Arguments.nonNegative(entryCount(), "entryCount");
    LedgerAccount previous = null;
    for (LedgerAccount a : accounts()) {
      Arguments.check(
          previous == null || !previous.code().equals(a.code()),
          "accounts %s (%s) and %s (%s) share the code %s",
          previous,
          previous == null ? "" : previous.chineseName(),
          a,
          a.chineseName(),
          a.code());
      Arguments.inCurrency(debits().get(a), currency(), "debits of " + a);
      Arguments.nonNegative(debits().get(a), "debits of " + a);
      Arguments.inCurrency(credits().get(a), currency(), "credits of " + a);
      Arguments.nonNegative(credits().get(a), "credits of " + a);
      previous = a;
    }
  }

  /** One line per account (code, name, debits, credits), then the totals. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (LedgerAccount a : accounts()) {
      s.append(
          String.format(
              "%-48s Dr %14s  Cr %14s\n",
              a,
              debitsOf(a).getAmount().toPlainString(),
              creditsOf(a).getAmount().toPlainString()));
    }
    s.append(
        String.format(
            "%-48s Dr %14s  Cr %14s",
            "Total (" + entryCount() + " entries, " + currency() + ")",
            totalDebits().getAmount().toPlainString(),
            totalCredits().getAmount().toPlainString()));
    return s.toString();
  }
}
