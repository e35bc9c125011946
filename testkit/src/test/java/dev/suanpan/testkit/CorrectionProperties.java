package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.testkit.StockBookArbitraries.Moved;
import dev.suanpan.testkit.StockBookArbitraries.Posted;
import dev.suanpan.testkit.StockBookArbitraries.Replay;
import dev.suanpan.testkit.StockBookArbitraries.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 25 item 2: cancelling a posted movement gives the ledger (and, through transfers, the book)
 * of never posting it.
 */
class CorrectionProperties {
  static final int WAREHOUSES = 3;

  record LedgerCase(CostingPolicy policy, List<Movement> history, int cancelled) {}

  @Provide
  Arbitrary<LedgerCase> ledgerCases() {
    return Combinators.combine(
            InventoryArbitraries.costingPolicies(),
            InventoryArbitraries.movements(),
            Arbitraries.integers().between(0, 1_000))
        .as((p, h, k) -> new LedgerCase(p, h, k % h.size()));
  }

  @Property(tries = 300)
  void cancellingAMovementGivesTheLedgerOfNeverPostingIt(@ForAll("ledgerCases") LedgerCase c) {
    StockLedger all = InventoryArbitraries.post(c.policy(), c.history());
    Movement gone = c.history().get(c.cancelled());
    Posting p;
    try {
      p = all.cancel(gone.kind(), gone.document());
    } catch (IllegalArgumentException e) {
      return; // a customer return's issue named twice: no one movement to cancel
    }
    Statistics.label("ledger cancellation").collect(p.isRefused() ? "refused" : "allowed");
    if (p.isRefused()) {
      assertThat(p.ledger()).isSameAs(all);
      assertThat(p.explanation().toString()).contains(gone.document());
      return;
    }
    List<Movement> rest = new ArrayList<>(c.history());
    rest.remove(c.cancelled());
    StockLedger never = InventoryArbitraries.post(c.policy(), rest);
    assertThat(p.ledger().card().lines()).isEqualTo(never.card().lines());
    assertThat(p.ledger().valueOnHand()).isEqualTo(never.valueOnHand());
  }

  record BookCase(CostingPolicy policy, List<Step> history, int cancelled) {}

  @Provide
  Arbitrary<BookCase> bookCases() {
    return InventoryArbitraries.costingPolicies()
        .flatMap(
            policy ->
                Combinators.combine(
                        policy.method() == CostingMethod.MONTHLY_AVERAGE
                            ? StockBookArbitraries.onwardHistories(
                                LocalDate.of(2024, 1, 1), WAREHOUSES, 24)
                            : StockBookArbitraries.histories(),
                        Arbitraries.integers().between(0, 1_000))
                    .as((h, k) -> new BookCase(policy, h, k % h.size())));
  }

  @Property(tries = 300)
  void cancellingAStepGivesTheBookOfNeverPostingIt(@ForAll("bookCases") BookCase c) {
    StockBook empty = StockBookArbitraries.open(c.policy(), WAREHOUSES);
    Replay all = StockBookArbitraries.replay(empty, c.history());
    if (all.accepted().isEmpty()) {
      return;
    }
    Step gone = all.accepted().get(c.cancelled() % all.accepted().size());
    BookPosting p = cancel(all.book(), gone);
    Statistics.label("book cancellation")
        .collect(p.isRefused() ? "refused" : gone instanceof Moved ? "transfer" : "movement");
    if (p.isRefused()) {
      assertThat(p.book()).isSameAs(all.book());
      return;
    }
    List<Step> rest = new ArrayList<>(all.accepted());
    rest.remove(gone);
    Replay never = StockBookArbitraries.replay(empty, StockBookArbitraries.inDateOrder(rest));
    assertThat(never.accepted()).hasSameSizeAs(rest);
    for (StockLedger l : never.book().ledgers()) {
      assertThat(p.book().ledger(l.item(), l.warehouse()).card().lines())
          .isEqualTo(l.card().lines());
    }
    assertThat(p.book().transfers()).hasSameSizeAs(never.book().transfers());
  }

  private static BookPosting cancel(StockBook book, Step step) {
    if (step instanceof Moved m) {
      return book.cancelTransfer(m.transfer().item(), m.transfer().from(), m.transfer().document());
    }
    Posted s = (Posted) step;
    return book.cancel(
        StockBookArbitraries.ITEM, s.warehouse(), s.movement().kind(), s.movement().document());
  }
}
