package dev.suanpan.inventory;

import static dev.suanpan.inventory.Ledgers.CNY;
import static dev.suanpan.inventory.Ledgers.ITEM;
import static dev.suanpan.inventory.Ledgers.PCS;
import static dev.suanpan.inventory.Ledgers.cny;
import static dev.suanpan.inventory.Ledgers.day;
import static dev.suanpan.inventory.Ledgers.issue;
import static dev.suanpan.inventory.Ledgers.qty;
import static dev.suanpan.inventory.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 25 item 1: a back-dated re-valuation follows the goods across transfers. */
class StockBookTest {
  static final WarehouseId A = WarehouseId.of("A");
  static final WarehouseId B = WarehouseId.of("B");
  static final WarehouseId C = WarehouseId.of("C");

  static StockBook book(CostingMethod method, WarehouseId... warehouses) {
    StockBook book = StockBook.empty();
    for (WarehouseId w : warehouses) {
      book = book.with(StockLedger.open(ITEM, w, PCS, CNY, CostingPolicy.of(method)));
    }
    return book;
  }

  static StockBook allowed(BookPosting p) {
    assertThat(p.isAllowed()).as("%s", p).isTrue();
    return p.book();
  }

  /** The issue's scenario: FIFO, A receives 5 @ 10, moves 5 to B, B issues 5. */
  static StockBook scenario() {
    StockBook book = book(CostingMethod.FIFO, A, B);
    book = allowed(book.post(ITEM, A, receipt("2024-03-10", "GRN-1", "5", "10")));
    book = allowed(book.transfer(ITEM, A, B, day("2024-03-11"), "TRF-1", qty("5")));
    return allowed(book.post(ITEM, B, issue("2024-03-12", "OUT-1", "5")));
  }

  @Test
  void aBackDatedReceiptReValuesTheTransferAndTheIssueInTheOtherWarehouse() {
    StockBook book = scenario();
    // 5 x 10.00 travelled to B and went out at 50.00
    assertThat(book.ledger(ITEM, B).line(1).amount()).isEqualTo(cny("50.00"));

    BookPosting late = book.post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20"));

    assertThat(late.isAllowed()).isTrue();
    // FIFO: the transfer of 03-11 now takes the older layer, 5 x 20.00 = 100.00; B's transfer in
    // takes that cost, and B's issue of all 5 on 03-12 costs the same 100.00
    StockLedger a = late.book().ledger(ITEM, A);
    StockLedger b = late.book().ledger(ITEM, B);
    assertThat(a.line(2).kind()).isEqualTo(MovementKind.TRANSFER_OUT);
    assertThat(a.line(2).amount()).isEqualTo(cny("100.00"));
    assertThat(b.line(0).amount()).isEqualTo(cny("100.00"));
    assertThat(b.line(1).amount()).isEqualTo(cny("100.00"));
    // A keeps the newer layer: 5 x 10.00
    assertThat(a.valueOnHand()).isEqualTo(cny("50.00"));
    assertThat(late.postings()).extracting(p -> p.ledger().warehouse()).containsExactly(A, B);
    assertThat(late.explanation().fired(TransferRule.FOLLOWS_THE_GOODS)).isTrue();

    JournalSummary j = JournalSummary.of(CNY, late.journal());
    // A: Dr inventory / Cr GRNI 100.00 (the receipt), Dr clearing / Cr inventory 50.00 (the
    // transfer out re-valued); B: Dr inventory / Cr clearing 50.00, Dr COGS / Cr inventory 50.00
    assertThat(j.debitsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("50.00"));
    assertThat(j.creditsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("50.00"));
    assertThat(j.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("50.00"));
    assertThat(j.creditsOf(LedgerAccount.GOODS_RECEIVED_NOT_INVOICED)).isEqualTo(cny("100.00"));
    assertThat(late.posting(ITEM, B).orElseThrow().costOfGoodsSoldChange()).isEqualTo(cny("50.00"));
  }

  @Test
  void theClearingAccountNetsToZeroOverTheWholeHistory() {
    BookPosting late = scenario().post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20"));
    List<JournalEntry> all =
        late.book().ledgers().stream()
            .flatMap(l -> l.journal(day("2024-01-01"), day("2024-12-31")).stream())
            .toList();
    JournalSummary j = JournalSummary.of(CNY, all);
    // out 100.00 debited in A, in 100.00 credited in B
    assertThat(j.debitsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("100.00"));
    assertThat(j.balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("0.00"));
  }

  @Test
  void theReValuationFollowsAChainOfTransfers() {
    StockBook book = book(CostingMethod.FIFO, A, B, C);
    book = allowed(book.post(ITEM, A, receipt("2024-03-10", "GRN-1", "5", "10")));
    book = allowed(book.transfer(ITEM, A, B, day("2024-03-11"), "TRF-1", qty("5")));
    book = allowed(book.transfer(ITEM, B, C, day("2024-03-12"), "TRF-2", qty("2")));
    book = allowed(book.post(ITEM, C, issue("2024-03-13", "OUT-1", "2")));

    BookPosting late = book.post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20"));

    // A's transfer out now costs 5 x 20.00 = 100.00; B passes on 2 of those 5 at 20.00 = 40.00
    // (was 2 x 10.00 = 20.00), and C's issue of the 2 costs 40.00
    assertThat(late.postings()).extracting(p -> p.ledger().warehouse()).containsExactly(A, B, C);
    assertThat(late.book().ledger(ITEM, C).line(1).amount()).isEqualTo(cny("40.00"));
    assertThat(late.book().ledger(ITEM, B).valueOnHand()).isEqualTo(cny("60.00"));
    JournalSummary j = JournalSummary.of(CNY, late.journal());
    // 50.00 more through the clearing account A -> B, 20.00 more B -> C, both cleared
    assertThat(j.debitsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("70.00"));
    assertThat(j.balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES)).isEqualTo(cny("0.00"));
    assertThat(j.debitsOf(LedgerAccount.COST_OF_GOODS_SOLD)).isEqualTo(cny("20.00"));
  }

  @Test
  void aReValuationThatMustReachAClosedMonthIsRefusedAsAWhole() {
    StockBook book = scenario();
    StockLedger closedB = book.ledger(ITEM, B).closeMonth(YearMonth.of(2024, 3)).ledger();
    book = book.replacing(closedB);

    BookPosting late = book.post(ITEM, A, receipt("2024-03-09", "GRN-0", "5", "20"));

    assertThat(late.isRefused()).isTrue();
    assertThat(late.explanation().fired(TransferRule.CANNOT_FOLLOW)).isTrue();
    assertThat(late.explanation().fired(PostingRule.MONTH_CLOSED)).isTrue();
    assertThat(late.book()).isSameAs(book);
    assertThat(late.postings()).isEmpty();
  }

  @Test
  void aTransferNoteIsLinkedOnce() {
    StockBook book = scenario();
    BookPosting again = book.transfer(ITEM, A, B, day("2024-03-15"), "TRF-1", qty("1"));
    assertThat(again.isRefused()).isTrue();
    assertThat(again.explanation().fired(TransferRule.NOTE_IN_USE)).isTrue();
    assertThat(book.transfers())
        .containsExactly(new TransferLink(ITEM, "TRF-1", A, B, day("2024-03-11"), qty("5")));
  }

  @Test
  void aTransferMovementGivenToPostIsRejectedNamingIt() {
    Movement in = Movement.transferIn(day("2024-03-11"), "TRF-9", qty("1"), PCS, cny("1.00"));
    assertThatThrownBy(() -> scenario().post(ITEM, B, in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TRF-9")
        .hasMessageContaining("TRANSFER_IN");
    assertThatThrownBy(() -> scenario().ledger(ITEM, C))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("C");
    assertThatThrownBy(
            () ->
                scenario()
                    .with(
                        StockLedger.open(ITEM, A, PCS, CNY, CostingPolicy.of(CostingMethod.FIFO))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already in the book");
  }
}
