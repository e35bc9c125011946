package dev.suanpan.examples.branches;

import dev.suanpan.core.journal.JournalEntry;
import dev.suanpan.core.journal.JournalSummary;
import dev.suanpan.core.journal.LedgerAccount;
import dev.suanpan.examples.tour.Flow;
import dev.suanpan.examples.tour.FlowReport;
import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.CogsChange;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;

/**
 * A receipt found late in the central warehouse re-values a branch's issue (004 篇3): the central
 * warehouse receives 5 oil filters at 10.00 on 10 March and sends all 5 to the east branch on the
 * 11th (transfer note DB-0311); the branch sells them on the 12th at a cost of 50.00. On the 15th a
 * delivery note of 9 March turns up: 5 filters at 20.00. Under FIFO the transfer of the 11th took
 * those older, dearer filters, so the cost that travelled was 100.00, and the branch's sale cost
 * 100.00. One posting to the {@link StockBook} re-values the transfer out, the branch's transfer in
 * and its sale, with the journal entries of both warehouses; the transfers clearing account nets to
 * zero.
 */
public final class LateReceiptFlow implements Flow {
  /** Oil filters, in pieces. */
  public static final ItemId FILTER = ItemId.of("OIL-FILTER-A");

  /** The central warehouse. */
  public static final WarehouseId CENTRAL = WarehouseId.of("CENTRAL");

  /** The east branch. */
  public static final WarehouseId EAST = WarehouseId.of("BRANCH-EAST");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;

  @Override
  public FlowReport run() {
    FlowReport.Builder account =
        FlowReport.titled("Central warehouse and branch: a receipt found late");
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    StockBook book =
        StockBook.empty()
            .with(StockLedger.open(FILTER, CENTRAL, PCS, CNY, fifo))
            .with(StockLedger.open(FILTER, EAST, PCS, CNY, fifo));

    account.step("10-12 March: received centrally, sent to the branch, sold there");
    book =
        book.post(
                FILTER,
                CENTRAL,
                Movement.receipt(day(10), "GRN-0310", qty("5"), PCS, qty("10.00"), "PO-0301"))
            .book();
    BookPosting transfer = book.transfer(FILTER, CENTRAL, EAST, day(11), "DB-0311", qty("5"));
    book = transfer.book();
    account.line(
        "Transfer note DB-0311: 5 pcs, cost travelling %s",
        transfer.posting(FILTER, EAST).orElseThrow().line().orElseThrow().amount());
    BookPosting sale =
        book.post(FILTER, EAST, Movement.saleIssue(day(12), "XS-0312", qty("5"), PCS));
    book = sale.book();
    account.line(
        "Branch sale XS-0312: 5 pcs, cost %s",
        sale.postings().get(0).line().orElseThrow().amount());

    account.step("15 March: the delivery note of 9 March turns up");
    BookPosting late =
        book.post(
            FILTER,
            CENTRAL,
            Movement.receipt(day(9), "GRN-0309", qty("5"), PCS, qty("20.00"), "PO-0228"));
    account.line("GRN-0309 dated 2024-03-09: 5 pcs at 20.00; FIFO takes these first");
    for (Posting p : late.postings()) {
      for (CogsChange c : p.cogsChanges()) {
        account.line(
            "%s %s %s: %s -> %s",
            p.ledger().warehouse(),
            c.after().kind(),
            c.after().document(),
            c.before().amount(),
            c.after().amount());
      }
    }
    account.step("The entries of both warehouses");
    for (JournalEntry e : late.journal()) {
      account.block(e);
    }
    JournalSummary j = JournalSummary.of(CNY, late.journal());
    account
        .line(
            "Transfers clearing (140599): Dr %s, Cr %s, balance %s",
            j.debitsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES),
            j.creditsOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES),
            j.balanceOf(LedgerAccount.TRANSFERS_BETWEEN_WAREHOUSES))
        .line(
            "Branch cost of goods sold up by %s",
            late.posting(FILTER, EAST).orElseThrow().costOfGoodsSoldChange());
    account.step("Why");
    account.block(late.explanation());
    return account.build();
  }

  private static LocalDate day(int march) {
    return LocalDate.of(2024, 3, march);
  }

  private static BigDecimal qty(String q) {
    return new BigDecimal(q);
  }
}
