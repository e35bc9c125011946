package dev.suanpan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.ChangeNote;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.testkit.StockBookArbitraries.Moved;
import dev.suanpan.testkit.StockBookArbitraries.Posted;
import dev.suanpan.testkit.StockBookArbitraries.Replay;
import dev.suanpan.testkit.StockBookArbitraries.Step;
import java.math.BigDecimal;
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
 * of never posting it; a reversal on the day of the change keeps the history before it.
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

  record ReversalCase(
      CostingPolicy policy, List<Movement> history, int cancelled, ChangeNote note) {}

  @Provide
  Arbitrary<ReversalCase> reversalCases() {
    Arbitrary<CostingPolicy> policies =
        Combinators.combine(InventoryArbitraries.costingPolicies(), Arbitraries.of(true, false))
            .as(
                (p, returns) ->
                    returns && p.method() == CostingMethod.MOVING_AVERAGE
                        ? CostingPolicy.builder()
                            .from(p)
                            .addIssuesAtGivenRate(MovementKind.SUPPLIER_RETURN)
                            .build()
                        : p);
    return Combinators.combine(
            policies,
            InventoryArbitraries.movements(),
            Arbitraries.integers().between(0, 1_000),
            InventoryArbitraries.changeNotes())
        .as((p, h, k, n) -> new ReversalCase(p, h, k % h.size(), n));
  }

  /**
   * A cancellation by a reversal on the day of the change (here the first of the month after the
   * last movement) leaves every line before it as it was, and the quantity on hand of never posting
   * the movement; the audit keeps it.
   */
  @Property(tries = 200)
  void aReversalOnTheChangeDateKeepsHistoryAndLeavesTheQuantityOfNeverPostingIt(
      @ForAll("reversalCases") ReversalCase c) {
    StockLedger all = InventoryArbitraries.post(c.policy(), c.history());
    Movement gone = c.history().get(c.cancelled());
    LocalDate last = c.history().get(c.history().size() - 1).date();
    ChangeNote note =
        ChangeNote.builder()
            .from(c.note())
            .changedOn(last.withDayOfMonth(1).plusMonths(1))
            .reversal(ChangeNote.Reversal.ON_CHANGE_DATE)
            .build();
    Posting p;
    try {
      p = all.cancel(gone.kind(), gone.document(), note);
    } catch (IllegalArgumentException e) {
      return; // a customer return's issue named twice: no one movement to cancel
    }
    Statistics.label("reversal")
        .collect(p.isRefused() ? "refused" : gone.kind().isInbound() ? "receipt" : "issue");
    if (p.isRefused()) {
      assertThat(p.ledger()).isSameAs(all);
      assertThat(p.explanation().toString()).contains(gone.document());
      return;
    }
    assertThat(p.ledger().size()).isEqualTo(all.size() + 1);
    for (int i = 0; i < all.size(); i++) {
      assertThat(p.ledger().line(i)).isEqualTo(all.line(i));
    }
    BigDecimal never =
        gone.kind().isInbound()
            ? all.quantityOnHand().subtract(gone.quantity())
            : all.quantityOnHand().add(gone.quantity());
    assertThat(p.ledger().quantityOnHand()).isEqualByComparingTo(never);
    assertThat(p.ledger().corrections()).hasSize(1);
    assertThat(p.ledger().corrections().get(0).note()).contains(note);
    assertThat(p.ledger().corrections().get(0).reversal()).isPresent();
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
