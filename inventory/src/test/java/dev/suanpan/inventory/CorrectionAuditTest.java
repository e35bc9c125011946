package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.ITEM;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.receipt;
import static dev.suanpan.inventory.StockBookTest.A;
import static dev.suanpan.inventory.StockBookTest.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.ChangeNote.Reversal;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 2, the remainder: a cancellation dated on the day of the change (a reversal at the
 * movement's own cost), and the audit of who changed what, when and why.
 */
class CorrectionAuditTest {
  static final ChangeNote NOTE =
      ChangeNote.of(day("2024-04-02"), "wang.li", "posted against the wrong item");

  @Test
  void aCancellationKeepsWhoChangedWhatWhenAndWhy() {
    StockLedger march = CorrectionsTest.march();
    assertThat(march.corrections()).isEmpty();

    Posting cancelled = march.cancel(MovementKind.RECEIPT, "GRN-1", NOTE);
    Posting amended =
        cancelled
            .ledger()
            .amend(
                receipt("2024-03-05", "GRN-2", "10", "12.50"),
                ChangeNote.of(day("2024-04-03"), "zhao.min", "supplier invoice at 12.50"));

    assertThat(cancelled.explanation().toString())
        .contains("cancelled on 2024-04-02 by wang.li (posted against the wrong item)");
    StockLedger l = amended.ledger();
    assertThat(l.corrections()).hasSize(2);
    Correction first = l.corrections().get(0);
    assertThat(first.isCancellation()).isTrue();
    assertThat(first.original()).isEqualTo(receipt("2024-03-01", "GRN-1", "10", "10.00"));
    assertThat(first.reversal()).isEmpty();
    assertThat(first.note()).contains(NOTE);
    Correction second = l.corrections().get(1);
    assertThat(second.isCancellation()).isFalse();
    assertThat(second.original().unitCost()).contains(new java.math.BigDecimal("12.000000"));
    assertThat(second.replacement().orElseThrow().unitCost())
        .contains(new java.math.BigDecimal("12.500000"));
    assertThat(second.note().orElseThrow().changedBy()).isEqualTo("zhao.min");
    // without GRN-1 the issue takes 5 x 12.50 = 62.50
    assertThat(l.line(1).amount()).isEqualTo(cny("62.50"));
    // the audit survives later postings; a refused correction adds nothing
    StockLedger later = post(l, issue("2024-04-05", "OUT-2", "1"));
    assertThat(later.corrections()).isEqualTo(l.corrections());
    assertThat(later.cancel(MovementKind.RECEIPT, "GRN-2", NOTE).ledger().corrections()).hasSize(2);
    // the old signatures keep the correction too, without a note
    Correction bare = march.cancel(MovementKind.RECEIPT, "GRN-1").ledger().corrections().get(0);
    assertThat(bare.note()).isEmpty();
  }

  @Test
  void theAuditSurvivesTheMonthEndAveragesValuationAndClose() {
    StockLedger l =
        post(
            Ledgers.open(CostingMethod.MONTHLY_AVERAGE),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            receipt("2024-03-05", "GRN-2", "10", "12.00"),
            issue("2024-03-10", "OUT-1", "5"));
    l.valueOnHand(); // values the open month
    StockLedger cancelled = l.cancel(MovementKind.RECEIPT, "GRN-1", NOTE).ledger();
    // without GRN-1 the month's unit cost is 12.00: OUT-1 costs 60.00
    assertThat(cancelled.line(1).amount()).isEqualTo(cny("60.00"));
    StockLedger closed = cancelled.closeMonth(java.time.YearMonth.of(2024, 3)).ledger();
    assertThat(closed.corrections()).hasSize(1);
    assertThat(closed.corrections().get(0).note()).contains(NOTE);
  }

  @Test
  void anIssueCancelledOnTheDayOfTheChangeComesBackAtItsCostThen() {
    StockLedger march = CorrectionsTest.march();

    Posting p = march.cancel(MovementKind.SALE_ISSUE, "OUT-1", NOTE.dated(Reversal.ON_CHANGE_DATE));

    assertThat(p.isAllowed()).isTrue();
    assertThat(p.explanation().fired(PostingRule.CANCELLED)).isTrue();
    // OUT-1 stays at 5 x 10.00 = 50.00; OUT-1-REV brings the 5 back at 50.00 on 04-02
    StockLedger l = p.ledger();
    assertThat(l.size()).isEqualTo(4);
    assertThat(l.line(2).amount()).isEqualTo(cny("50.00"));
    StockCardLine back = p.line().orElseThrow();
    assertThat(back.document()).isEqualTo("OUT-1-REV");
    assertThat(back.kind()).isEqualTo(MovementKind.CUSTOMER_RETURN);
    assertThat(back.date()).isEqualTo(day("2024-04-02"));
    assertThat(back.amount()).isEqualTo(cny("50.00"));
    // 100.00 + 120.00: all 20 received are on hand again
    assertThat(l.valueOnHand()).isEqualTo(cny("220.00"));
    assertThat(p.cogsChanges()).isEmpty();
    JournalEntry e = p.journal().get(0);
    assertThat(e.date()).isEqualTo(day("2024-04-02"));
    JournalSummary j = JournalSummary.of(CNY, p.journal());
    assertThat(j.debitsOf(LedgerAccount.INVENTORY)).isEqualTo(cny("50.00"));
    assertThat(j.creditsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("50.00"));
    Correction c = l.corrections().get(0);
    assertThat(c.original().document()).isEqualTo("OUT-1");
    assertThat(c.reversal().orElseThrow().document()).isEqualTo("OUT-1-REV");
  }

  @Test
  void aReceiptCancelledOnTheDayOfTheChangeGoesBackAtItsUnitCostWhereThePolicyAllows() {
    CostingPolicy average =
        CostingPolicy.builder()
            .method(CostingMethod.MOVING_AVERAGE)
            .addIssuesAtGivenRate(MovementKind.SUPPLIER_RETURN)
            .build();
    StockLedger l =
        post(
            Ledgers.open(average),
            receipt("2024-03-01", "GRN-1", "10", "10.00"),
            receipt("2024-03-05", "GRN-2", "10", "12.00"),
            issue("2024-03-10", "OUT-1", "5"));
    // 220.00 / 20 = 11.00 a unit: OUT-1 took 55.00, leaving 15 worth 165.00

    Posting p = l.cancel(MovementKind.RECEIPT, "GRN-1", NOTE.dated(Reversal.ON_CHANGE_DATE));

    // GRN-1-REV takes 10 x 10.00 = 100.00 back to the supplier: 5 left worth 65.00
    assertThat(p.line().orElseThrow().kind()).isEqualTo(MovementKind.SUPPLIER_RETURN);
    assertThat(p.line().orElseThrow().amount()).isEqualTo(cny("100.00"));
    assertThat(p.ledger().valueOnHand()).isEqualTo(cny("65.00"));
    JournalSummary j = JournalSummary.of(CNY, p.journal());
    assertThat(j.debitsOf(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("100.00"));
    assertThat(j.creditsOf(LedgerAccount.INVENTORY)).isEqualTo(cny("100.00"));

    // FIFO takes no given rate: refused, naming the movement and the reason
    Posting fifo =
        CorrectionsTest.march()
            .cancel(MovementKind.RECEIPT, "GRN-1", NOTE.dated(Reversal.ON_CHANGE_DATE));
    assertThat(fifo.isRefused()).isTrue();
    assertThat(fifo.explanation().fired(PostingRule.GIVEN_RATE)).isTrue();
    assertThat(fifo.explanation().toString())
        .contains("cancelling RECEIPT GRN-1 dated 2024-03-01 is refused");
    assertThat(fifo.ledger().corrections()).isEmpty();
  }

  @Test
  void aReversalOnTheDayOfTheChangeIsRefusedWhereItCannotBeExact() {
    StockLedger l =
        post(
            CorrectionsTest.march(),
            Movement.customerReturn(
                day("2024-03-12"), "RET-1", Ledgers.qty("2"), Ledgers.PCS, "OUT-1"),
            Movement.stocktakeSurplus(day("2024-03-13"), "SUR-1", Ledgers.qty("1"), Ledgers.PCS));
    ChangeNote today = NOTE.dated(Reversal.ON_CHANGE_DATE);
    Posting returned = l.cancel(MovementKind.SALE_ISSUE, "OUT-1", today);
    assertThat(returned.isRefused()).isTrue();
    assertThat(returned.explanation().toString())
        .contains("cancelling SALE_ISSUE OUT-1 dated 2024-03-10 is refused")
        .contains("customer return RET-1 already reverses it");
    Posting surplus = l.cancel(MovementKind.STOCKTAKE_SURPLUS, "SUR-1", today);
    assertThat(surplus.isRefused()).isTrue();
    assertThat(surplus.explanation().toString()).contains("offered for issues and receipts");
    assertThatThrownBy(
            () ->
                l.cancel(
                    MovementKind.SALE_ISSUE,
                    "OUT-1",
                    ChangeNote.of(day("2024-03-09"), "wang.li", "early")
                        .dated(Reversal.ON_CHANGE_DATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note.changedOn 2024-03-09 must not be before the date 2024-03-10");
    assertThatThrownBy(() -> ChangeNote.of(day("2024-04-02"), " ", "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("changedBy");
  }

  @Test
  void theBookKeepsTheAuditInTheLedgersItCorrects() {
    StockBook book = StockBookTest.scenario();
    StockBook late = book.post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20")).book();

    BookPosting undo = late.cancel(ITEM, A, MovementKind.RECEIPT, "GRN-0", NOTE);

    assertThat(undo.isAllowed()).isTrue();
    assertThat(undo.book().ledger(ITEM, A).corrections()).hasSize(1);
    assertThat(undo.book().ledger(ITEM, A).corrections().get(0).note()).contains(NOTE);
    // B was only re-valued through the transfer: no correction of its own
    assertThat(undo.book().ledger(ITEM, B).corrections()).isEmpty();

    StockBook more = book.post(ITEM, A, receipt("2024-03-10", "GRN-2", "5", "12")).book();
    BookPosting seven = more.amendTransfer(ITEM, A, "TRF-1", Ledgers.qty("7"), NOTE);
    assertThat(seven.isAllowed()).isTrue();
    assertThat(
            seven
                .book()
                .ledger(ITEM, A)
                .corrections()
                .get(0)
                .replacement()
                .orElseThrow()
                .quantity())
        .isEqualByComparingTo("7");
    assertThat(seven.book().ledger(ITEM, B).corrections().get(0).note()).contains(NOTE);
    assertThatThrownBy(
            () -> more.cancelTransfer(ITEM, A, "TRF-1", NOTE.dated(Reversal.ON_CHANGE_DATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note.reversal must be AS_ORIGINAL");
  }
}
