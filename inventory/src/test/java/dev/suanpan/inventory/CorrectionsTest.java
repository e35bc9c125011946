package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.ITEM;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.post;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static dev.suanpan.inventory.StockBookTest.A;
import static dev.suanpan.inventory.StockBookTest.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 item 2: cancelling and amending a posted movement, in a ledger and through transfers.
 */
class CorrectionsTest {
  /** FIFO: 10 @ 10.00 on 03-01, 10 @ 12.00 on 03-05, an issue of 5 on 03-10 (5 x 10.00 = 50.00). */
  static StockLedger march() {
    return post(
        Ledgers.open(CostingMethod.FIFO),
        receipt("2024-03-01", "GRN-1", "10", "10.00"),
        receipt("2024-03-05", "GRN-2", "10", "12.00"),
        issue("2024-03-10", "OUT-1", "5"));
  }

  @Test
  void cancellingAReceiptReValuesTheIssueAfterIt() {
    Posting p = march().cancel(MovementKind.RECEIPT, "GRN-1");

    assertThat(p.isAllowed()).isTrue();
    assertThat(p.explanation().fired(PostingRule.CANCELLED)).isTrue();
    // without GRN-1 the issue takes 5 x 12.00 = 60.00, 10.00 more
    assertThat(p.ledger().size()).isEqualTo(2);
    assertThat(p.ledger().line(1).amount()).isEqualTo(cny("60.00"));
    assertThat(p.cogsChanges()).hasSize(1);
    assertThat(p.costOfGoodsSoldChange()).isEqualTo(cny("10.00"));
    JournalSummary j = JournalSummary.of(CNY, p.journal());
    // GRN-1's 100.00 reversed (Dr GRNI / Cr inventory), OUT-1 re-valued Dr COGS / Cr inventory
    // 10.00
    assertThat(j.debitsOf(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("100.00"));
    assertThat(j.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("10.00"));
    assertThat(j.creditsOf(LedgerAccount.INVENTORY)).isEqualTo(cny("110.00"));
    // the same as never posting it
    StockLedger never =
        post(
            Ledgers.open(CostingMethod.FIFO),
            receipt("2024-03-05", "GRN-2", "10", "12.00"),
            issue("2024-03-10", "OUT-1", "5"));
    assertThat(p.ledger().card().lines()).isEqualTo(never.card().lines());
  }

  @Test
  void amendingAReceiptsCostReValuesItAndWhatFollows() {
    Posting p = march().amend(receipt("2024-03-01", "GRN-1", "10", "11.00"));

    assertThat(p.explanation().fired(PostingRule.AMENDED)).isTrue();
    // GRN-1 now 10 x 11.00 = 110.00; OUT-1 takes 5 x 11.00 = 55.00
    assertThat(p.line().orElseThrow().amount()).isEqualTo(cny("110.00"));
    assertThat(p.cogsChanges())
        .extracting(c -> c.after().document() + " " + c.costChange())
        .containsExactly("GRN-1 CNY 10.00", "OUT-1 CNY 5.00");
    JournalSummary j = JournalSummary.of(CNY, p.journal());
    assertThat(j.creditsOf(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("10.00"));
    assertThat(j.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("5.00"));
  }

  @Test
  void amendingAReceiptsQuantityMovesTheLayersTheIssueTakes() {
    Posting p = march().amend(receipt("2024-03-01", "GRN-1", "4", "10.00"));
    // 4 x 10.00 + 1 x 12.00 = 52.00
    assertThat(p.ledger().line(2).amount()).isEqualTo(cny("52.00"));
    assertThat(p.ledger().quantityOnHand()).isEqualByComparingTo("9");
  }

  @Test
  void aCorrectionThatTakesTheStockNegativeIsRefusedNamingTheMovement() {
    StockLedger l = post(march(), issue("2024-03-11", "OUT-2", "10"));
    // without GRN-2 only 10 were ever received against 15 issued
    Posting p = l.cancel(MovementKind.RECEIPT, "GRN-2");
    assertThat(p.isRefused()).isTrue();
    assertThat(p.ledger()).isSameAs(l);
    assertThat(p.explanation().fired(PostingRule.NEGATIVE_STOCK)).isTrue();
    assertThat(p.explanation().toString())
        .contains("cancelling RECEIPT GRN-2 dated 2024-03-05 is refused")
        .contains("OUT-2");
    Posting less = l.amend(receipt("2024-03-05", "GRN-2", "4", "12.00"));
    assertThat(less.isRefused()).isTrue();
    assertThat(less.explanation().toString())
        .contains("amending RECEIPT GRN-2 dated 2024-03-05 is refused");
  }

  @Test
  void aCorrectionIntoAClosedMonthIsRefused() {
    StockLedger closed = march().closeMonth(YearMonth.of(2024, 3)).ledger();
    Posting p = closed.cancel(MovementKind.SALE_ISSUE, "OUT-1");
    assertThat(p.isRefused()).isTrue();
    assertThat(p.explanation().fired(PostingRule.MONTH_CLOSED)).isTrue();
    assertThat(p.explanation().toString()).contains("SALE_ISSUE OUT-1");
  }

  @Test
  void anIssueAReturnReversesCannotBeCancelledFromUnderIt() {
    StockLedger l =
        post(
            march(),
            Movement.customerReturn(day("2024-03-12"), "RET-1", qty("2"), Ledgers.PCS, "OUT-1"));
    Posting p = l.cancel(MovementKind.SALE_ISSUE, "OUT-1");
    assertThat(p.isRefused()).isTrue();
    assertThat(p.explanation().toString()).contains("RET-1");
  }

  @Test
  void aMovementTheLedgerDoesNotHoldIsRejectedNamingIt() {
    assertThatThrownBy(() -> march().cancel(MovementKind.RECEIPT, "GRN-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRN-9");
    assertThatThrownBy(() -> march().amend(receipt("2024-03-02", "GRN-1", "10", "11.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GRN-1 dated 2024-03-02");
  }

  @Test
  void cancellingTheLateReceiptInTheBookPutsBackTheBranchsCost() {
    StockBook before = StockBookTest.scenario();
    StockBook late = before.post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20")).book();

    BookPosting undo = late.cancel(ITEM, A, MovementKind.RECEIPT, "GRN-0");

    assertThat(undo.isAllowed()).isTrue();
    // B's issue back at 5 x 10.00 = 50.00, and every ledger as before the late receipt
    assertThat(undo.book().ledger(ITEM, B).line(1).amount()).isEqualTo(cny("50.00"));
    for (StockLedger l : before.ledgers()) {
      assertThat(undo.book().ledger(l.item(), l.warehouse()).card().lines())
          .isEqualTo(l.card().lines());
    }
    JournalSummary j = JournalSummary.of(CNY, undo.journal());
    assertThat(j.balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("0.00"));
    assertThat(j.creditsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("50.00"));
  }

  @Test
  void aTransferIsCancelledOrAmendedOnBothSides() {
    StockBook book = StockBookTest.scenario();
    // B issued all 5: without the transfer, or with 3 of them, B would go below zero
    BookPosting cancel = book.cancelTransfer(ITEM, A, "TRF-1");
    assertThat(cancel.isRefused()).isTrue();
    assertThat(cancel.explanation().toString())
        .contains("cancelling transfer TRF-1")
        .contains("refused at B");
    assertThat(book.amendTransfer(ITEM, A, "TRF-1", qty("3")).isRefused()).isTrue();

    StockBook more = book.post(ITEM, A, receipt("2024-03-10", "GRN-2", "5", "12")).book();
    BookPosting seven = more.amendTransfer(ITEM, A, "TRF-1", qty("7"));
    assertThat(seven.isAllowed()).isTrue();
    // FIFO: 5 x 10.00 + 2 x 12.00 = 74.00 travel, one layer of 7 in B; B's issue of 5 takes
    // 74.00 x 5 / 7 = 52.857... = 52.86
    assertThat(seven.book().ledger(ITEM, B).line(0).amount()).isEqualTo(cny("74.00"));
    assertThat(seven.book().ledger(ITEM, B).line(1).amount()).isEqualTo(cny("52.86"));
    assertThat(seven.book().transfers().get(0).quantity()).isEqualByComparingTo("7");
    assertThat(
            JournalSummary.of(CNY, seven.journal())
                .balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES))
        .isEqualTo(cny("0.00"));

    StockBook noIssue = StockBookTest.book(CostingMethod.FIFO, A, B);
    noIssue = noIssue.post(ITEM, A, receipt("2024-03-10", "GRN-1", "5", "10")).book();
    noIssue = noIssue.transfer(ITEM, A, B, day("2024-03-11"), "TRF-1", qty("5")).book();
    BookPosting gone = noIssue.cancelTransfer(ITEM, A, "TRF-1");
    assertThat(gone.isAllowed()).isTrue();
    assertThat(gone.book().transfers()).isEmpty();
    assertThat(gone.book().ledger(ITEM, B).size()).isZero();
    assertThat(gone.book().ledger(ITEM, A).valueOnHand()).isEqualTo(cny("50.00"));
  }
}
