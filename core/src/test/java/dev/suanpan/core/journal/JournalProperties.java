package dev.suanpan.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

class JournalProperties {
  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final List<LedgerAccount> ACCOUNTS =
      List.of(
          LedgerAccount.CASH,
          LedgerAccount.BANK,
          LedgerAccount.ACCOUNTS_RECEIVABLE,
          LedgerAccount.INVENTORY,
          LedgerAccount.STOCKTAKE_PENDING,
          LedgerAccount.OUTPUT_VAT,
          LedgerAccount.REVENUE,
          LedgerAccount.COST_OF_GOODS_SOLD);

  /** A posting of {@code fen} on one side of one account. */
  record Posting(LedgerAccount account, boolean debit, long fen) {}

  @Provide
  Arbitrary<Posting> postings() {
    return Combinators.combine(
            Arbitraries.of(ACCOUNTS),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(1, 1_000_000_000L))
        .as(Posting::new);
  }

  /** Balanced entries: the generated lines plus one line on the short side for the difference. */
  @Provide
  Arbitrary<JournalEntry> entries() {
    return Combinators.combine(
            postings().list().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of(ACCOUNTS),
            Arbitraries.integers().between(1, 28))
        .as(
            (lines, balancing, day) -> {
              JournalEntry.Builder b =
                  JournalEntry.builder()
                      .date(LocalDate.of(2024, 3, day))
                      .reference("JV-" + day)
                      .description("generated");
              long net = 0;
              for (Posting p : lines) {
                Money m = Money.ofMinor(CNY, p.fen());
                if (p.debit()) {
                  b.debit(p.account(), m);
                  net += p.fen();
                } else {
                  b.credit(p.account(), m);
                  net -= p.fen();
                }
              }
              if (net > 0) {
                b.credit(balancing, Money.ofMinor(CNY, net));
              } else if (net < 0) {
                b.debit(balancing, Money.ofMinor(CNY, -net));
              }
              JournalEntry entry = b.build();
              return entry;
            })
        .filter(e -> e.lines().size() >= 2);
  }

  @Property
  void everySummaryOfEntriesBalances(
      @ForAll @Size(max = 8) List<@From("entries") JournalEntry> month) {
    JournalSummary summary = JournalSummary.of(CNY, month);

    assertThat(summary.isBalanced()).isTrue();
    assertThat(Money.total(CNY, summary.balances().values())).isEqualTo(Money.zero(CNY));
    Money debits = Money.zero(CNY);
    for (JournalEntry e : month) {
      debits = debits.plus(e.debits());
    }
    assertThat(summary.totalDebits()).isEqualTo(debits);
    assertThat(summary.entryCount()).isEqualTo(month.size());
  }

  @Property
  void theOrderOfTheEntriesDoesNotChangeTheTotals(
      @ForAll @Size(max = 8) List<@From("entries") JournalEntry> month, @ForAll long seed) {
    List<JournalEntry> shuffled = new ArrayList<>(month);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(JournalSummary.of(CNY, shuffled)).isEqualTo(JournalSummary.of(CNY, month));
  }

  @Property
  void anAccountsBalanceIsTheSumOfItsBalanceInEachEntry(
      @ForAll @Size(max = 8) List<@From("entries") JournalEntry> month) {
    JournalSummary summary = JournalSummary.of(CNY, month);

    for (LedgerAccount a : ACCOUNTS) {
      Money sum = Money.zero(CNY);
      for (JournalEntry e : month) {
        sum = sum.plus(e.summary().balanceOf(a));
      }
      assertThat(summary.balanceOf(a)).as("balance of %s", a).isEqualTo(sum);
    }
  }

  @Property
  void anEntryOffByAnyAmountIsRejected(
      @ForAll("entries") JournalEntry balanced,
      @ForAll @LongRange(min = 1, max = 1_000_000) long fen) {
    List<JournalLine> lines = new ArrayList<>(balanced.lines());
    JournalLine first = lines.get(0);
    lines.set(0, JournalLine.of(first.account(), first.side(), first.amount().plusMinor(fen)));

    assertThatThrownBy(
            () -> JournalEntry.builder().from(balanced).lines(ImmutableList.copyOf(lines)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unbalanced")
        .hasMessageContaining(balanced.reference());
  }

  /** The entries, each with one of three items or none. */
  @Provide
  Arbitrary<JournalEntry> itemEntries() {
    return Combinators.combine(entries(), Arbitraries.of("", "OIL-FILTER-A", "WIPER-B", "PAD-C"))
        .as(
            (e, item) ->
                item.isEmpty()
                    ? e
                    : JournalEntry.builder().from(e).putDimension(Dimensions.ITEM, item).build());
  }

  @Property
  void theTotalsOfEveryItemPlusTheEntriesWithoutOneAreTheMonthsTotals(
      @ForAll @Size(max = 8) List<@From("itemEntries") JournalEntry> month) {
    ImmutableSortedMap<String, JournalSummary> byItem =
        JournalSummary.byDimension(CNY, month, Dimensions.ITEM);
    List<JournalEntry> without = new ArrayList<>();
    for (JournalEntry e : month) {
      if (e.dimension(Dimensions.ITEM).isEmpty()) {
        without.add(e);
      }
    }
    List<JournalSummary> parts = new ArrayList<>(byItem.values());
    parts.add(JournalSummary.of(CNY, without));
    JournalSummary all = JournalSummary.of(CNY, month);

    int entries = 0;
    for (JournalSummary p : parts) {
      entries += p.entryCount();
    }
    assertThat(entries).isEqualTo(all.entryCount());
    for (LedgerAccount a : ACCOUNTS) {
      Money debits = Money.zero(CNY);
      Money credits = Money.zero(CNY);
      for (JournalSummary p : parts) {
        debits = debits.plus(p.debitsOf(a));
        credits = credits.plus(p.creditsOf(a));
      }
      assertThat(debits).as("debits of %s", a).isEqualTo(all.debitsOf(a));
      assertThat(credits).as("credits of %s", a).isEqualTo(all.creditsOf(a));
    }
    for (String item : byItem.keySet()) {
      assertThat(JournalSummary.forDimension(CNY, month, Dimensions.ITEM, item))
          .isEqualTo(byItem.get(item));
    }
  }
}
