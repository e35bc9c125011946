package dev.suanpan.benchmarks;

import dev.suanpan.inventory.BookPosting;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 25's speed goal: a back-dated receipt that re-values a chain of {@value #CHAIN} transfers
 * with {@value #AFTER} movements after each costs no more than re-valuing those movements alone, as
 * a single ledger's back-dated insert does. Average time per posting, in microseconds.
 *
 * <p>The book ({@link #backDatedAcrossTheChain()}): warehouse W0 receives 1,000 units on day 1 and
 * sends 950 to W1 on day 2; W1 sends 900 to W2 the same day, and so on to W10 (500). After its
 * transfers each of the 11 ledgers holds {@value #AFTER} movements (receipts of 10 at 10.00 to
 * 14.00 and issues of 10, alternating). The back-dated receipt of 5 at 20.00 on day 0 changes the
 * cost of W0's transfer out, so the book re-values the 11 ledgers' {@value #AFTER} movements each,
 * and the transfers between them.
 *
 * <p>The same movements in one ledger ({@link #backDatedInOneLedger()}): the receipt of day 1, the
 * transfer out of day 2 and 11 × {@value #AFTER} movements; the same back-dated receipt re-values
 * them all, as today's single-ledger insert does. {@link #revalueTheMovementsAlone()} values that
 * ledger's movements afresh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransferChainBenchmark {
  /** The transfers in the chain. */
  static final int CHAIN = 10;

  /** The movements after each transfer in each ledger. */
  static final int AFTER = 1000;

  static final ItemId ITEM = ItemId.of("BENCH-ITEM");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

  @Param({"FIFO", "MOVING_AVERAGE"})
  public CostingMethod method;

  private StockBook book;
  private StockLedger single;
  private CostingPolicy policy;
  private Movement late;

  /** Builds the book, the single ledger and the back-dated receipt. */
  @Setup
  public void setUp() {
    policy = CostingPolicy.of(method);
    StockBook b = StockBook.empty();
    for (int w = 0; w <= CHAIN; w++) {
      b = b.with(StockLedger.open(ITEM, warehouse(w), PCS, CNY, policy));
    }
    b = allowed(b.post(ITEM, warehouse(0), receipt(1, "GRN-START", 1000, "10.00")));
    for (int w = 0; w < CHAIN; w++) {
      b =
          allowed(
              b.transfer(
                  ITEM,
                  warehouse(w),
                  warehouse(w + 1),
                  DAY0.plusDays(2),
                  "TRF-" + w,
                  BigDecimal.valueOf(950 - 50L * w)));
    }
    for (int w = 0; w <= CHAIN; w++) {
      for (int i = 0; i < AFTER; i++) {
        b = allowed(b.post(ITEM, warehouse(w), after(i, i)));
      }
    }
    book = b;

    StockLedger l = StockLedger.open(ITEM, warehouse(0), PCS, CNY, policy);
    l = l.post(receipt(1, "GRN-START", 1000, "10.00")).ledger();
    l =
        l.post(
                Movement.outbound(
                    MovementKind.TRANSFER_OUT,
                    DAY0.plusDays(2),
                    "TRF-0",
                    BigDecimal.valueOf(950),
                    PCS))
            .ledger();
    for (int i = 0; i < AFTER * (CHAIN + 1); i++) {
      l = l.post(after(i, i)).ledger();
    }
    single = l;
    late = receipt(0, "GRN-LATE", 5, "20.00");
  }

  private static WarehouseId warehouse(int w) {
    return WarehouseId.of("W" + w);
  }

  private static StockBook allowed(BookPosting p) {
    if (!p.isAllowed()) {
      throw new IllegalStateException("refused: " + p.explanation());
    }
    return p.book();
  }

  private static Movement receipt(int day, String doc, long quantity, String unitCost) {
    return Movement.receipt(
        DAY0.plusDays(day), doc, BigDecimal.valueOf(quantity), PCS, new BigDecimal(unitCost), "PO");
  }

  /** The {@code i}th movement after the transfers: a receipt of 10, then an issue of 10. */
  private static Movement after(int i, int n) {
    LocalDate day = DAY0.plusDays(3 + n);
    return i % 2 == 0
        ? Movement.receipt(
            day, "GRN-" + n, BigDecimal.TEN, PCS, BigDecimal.valueOf(1000 + 100 * (n % 5), 2), "PO")
        : Movement.saleIssue(day, "OUT-" + n, BigDecimal.TEN, PCS);
  }

  /** The back-dated receipt in W0, followed through the chain of transfers. */
  @Benchmark
  public BookPosting backDatedAcrossTheChain() {
    BookPosting p = book.post(ITEM, warehouse(0), late);
    if (p.postings().size() != CHAIN + 1) {
      throw new IllegalStateException("the re-valuation did not reach every ledger");
    }
    return p;
  }

  /** The same back-dated receipt into one ledger holding the same number of later movements. */
  @Benchmark
  public Posting backDatedInOneLedger() {
    return single.post(late);
  }

  /** The one ledger's movements valued afresh: re-valuing those movements alone. */
  @Benchmark
  public StockLedger revalueTheMovementsAlone() {
    return single.revalue(policy).ledger();
  }
}
