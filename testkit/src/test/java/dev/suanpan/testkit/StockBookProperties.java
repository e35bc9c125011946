package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalLine;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.testkit.StockBookArbitraries.Replay;
import dev.suanpan.testkit.StockBookArbitraries.Step;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Issue 25 item 1, over generated books: the re-valuation follows the goods, so the order of
 * posting does not matter, and the transfers' clearing account always nets to zero. Under the
 * month-end average the histories' transfers go onward only (see {@link
 * StockBookArbitraries#onwardHistories}).
 */
class StockBookProperties {
  static final int WAREHOUSES = 3;

  record Case(CostingPolicy policy, List<Step> history, List<Step> shuffled) {}

  @Provide
  Arbitrary<Case> cases() {
    return InventoryArbitraries.costingPolicies()
        .flatMap(
            policy ->
                (policy.method() == CostingMethod.MONTHLY_AVERAGE
                        ? StockBookArbitraries.onwardHistories(LocalDate.of(2024, 1, 1), 3, 24)
                        : StockBookArbitraries.histories())
                    .flatMap(h -> Arbitraries.shuffle(h).map(s -> new Case(policy, h, s))));
  }

  @Property(tries = 300)
  void postingInAnyOrderGivesTheLedgersOfPostingInDateOrder(@ForAll("cases") Case c) {
    StockBook empty = StockBookArbitraries.open(c.policy(), WAREHOUSES);
    Replay shuffled = StockBookArbitraries.replay(empty, c.shuffled());
    Replay dated =
        StockBookArbitraries.replay(empty, StockBookArbitraries.inDateOrder(shuffled.accepted()));
    assertThat(dated.accepted()).hasSameSizeAs(shuffled.accepted());
    for (int w = 1; w <= WAREHOUSES; w++) {
      StockLedger a =
          shuffled.book().ledger(StockBookArbitraries.ITEM, StockBookArbitraries.warehouse(w));
      StockLedger b =
          dated.book().ledger(StockBookArbitraries.ITEM, StockBookArbitraries.warehouse(w));
      assertThat(a.card().lines()).isEqualTo(b.card().lines());
      assertThat(a.valueOnHand()).isEqualTo(b.valueOnHand());
    }
  }

  @Property(tries = 300)
  void theClearingAccountNetsToZeroForEveryTransfer(@ForAll("cases") Case c) {
    Replay r =
        StockBookArbitraries.replay(
            StockBookArbitraries.open(c.policy(), WAREHOUSES), c.shuffled());
    List<JournalEntry> journal = new ArrayList<>();
    r.postings().forEach(p -> journal.addAll(p.journal()));
    if (c.policy().method() == CostingMethod.MONTHLY_AVERAGE) {
      // the transfers out wait for the month close
      for (StockLedger l : r.book().ledgers()) {
        journal.addAll(closingEntries(l));
      }
    }
    Map<String, Money> clearing = new HashMap<>();
    for (JournalEntry e : journal) {
      for (JournalLine line : e.lines()) {
        if (line.account().equals(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)) {
          clearing.merge(e.reference(), line.signedAmount(), Money::plus);
        }
      }
    }
    assertThat(clearing.values()).allMatch(Money::isZero);
  }

  private static List<JournalEntry> closingEntries(StockLedger ledger) {
    List<JournalEntry> out = new ArrayList<>();
    if (ledger.size() == 0) {
      return out;
    }
    StockLedger l = ledger;
    YearMonth last = YearMonth.from(ledger.line(ledger.size() - 1).date());
    for (YearMonth m = YearMonth.from(ledger.line(0).date());
        !m.isAfter(last);
        m = m.plusMonths(1)) {
      var close = l.closeMonth(m);
      out.addAll(close.journal());
      l = close.ledger();
    }
    return out;
  }

  @Property(tries = 100)
  void everyPostingOfABookIsAllowedOrChangesNothing(@ForAll("cases") Case c) {
    StockBook b = StockBookArbitraries.open(c.policy(), WAREHOUSES);
    for (Step s : c.shuffled()) {
      BookPosting p = s.postTo(b);
      if (p.isRefused()) {
        assertThat(p.book()).isSameAs(b);
        assertThat(p.postings()).isEmpty();
      } else {
        b = p.book();
      }
    }
  }
}
