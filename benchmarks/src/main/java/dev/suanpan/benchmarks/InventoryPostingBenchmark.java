package dev.suanpan.benchmarks;

import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Posting into an item ledger of 1,000,000 movements: appending one movement at the end, and
 * inserting a back-dated receipt with {@code tail} movements after it, which re-values those {@code
 * tail} movements (under the month-end average, from the start of its month; a receipt in the open
 * month only shifts them, the month being valued when read), side by side with re-valuing those
 * same movements alone ({@link #revalueTailAlone()}). Average time per posting, in microseconds.
 *
 * <p>{@link #appendAtEnd()} and {@link #insertBackDated()} post, on every call, to the same base
 * ledger: each posts from a version already posted from, as when a caller keeps an older version
 * and posts to it again (the document index is persistent, so this costs no more than posting to
 * the newest version). {@link #appendAlongALine()} posts along a line of postings instead, each
 * call to the ledger the previous call returned, starting again from the base ledger every
 * iteration and every {@value #LINE} postings.
 *
 * <p>The tail alone holds the movements the insert values: an opening balance with the stock before
 * them, the back-dated receipt and the {@code tail} movements after it, so that both value the same
 * issues against the same receipts (the 5 units received late shift which layer each later FIFO
 * issue takes from). Under FIFO, with a {@link StockShape#GROWING growing} stock the tail alone's
 * issues still take from its one opening layer while in the full ledger they walk thousands of open
 * layers; with a stock {@link StockShape#TURNING_OVER turning over}, both walk the layers received
 * just before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InventoryPostingBenchmark {
  @Param({"FIFO", "MOVING_AVERAGE", "MONTHLY_AVERAGE", "STANDARD"})
  public CostingMethod method;

  @Param({"1000", "100000"})
  public int tail;

  @Param({"GROWING", "TURNING_OVER"})
  public StockShape stock;

  /** The longest line of postings {@link #appendAlongALine()} makes before starting again. */
  static final int LINE = 100_000;

  private StockLedger ledger;
  private Movement[] lineMovements;
  private StockLedger line;
  private int linePosted;
  private Movement append;
  private Movement backDated;
  private StockLedger tailAlone;
  private CostingPolicy policy;

  /** Builds the ledger and the two movements to post. */
  @Setup
  public void setUp() {
    ledger = InventoryLedgers.build(method, CostingBenchmark.MOVEMENTS, stock);
    append = InventoryLedgers.movement(CostingBenchmark.MOVEMENTS, stock);
    int at = CostingBenchmark.MOVEMENTS - tail;
    // Dated the day before the movement at 'at' when that starts a day; here days hold 1000
    // movements, so the receipt goes after the day's movements up to the previous day.
    Movement target = ledger.movement(at);
    backDated =
        Movement.receipt(
            target.date().minusDays(1),
            "GRN-LATE",
            BigDecimal.valueOf(5),
            UnitOfMeasure.PIECES,
            new BigDecimal("9.99"),
            "PO-LATE");
    // The back-dated receipt and the movements it re-values, alone in a ledger of their own that
    // opens with the balance before them: from the receipt's position, or under the month-end
    // average from the start of its month (its month's unit cost changes).
    int from =
        method == CostingMethod.MONTHLY_AVERAGE
            ? InventoryLedgers.firstPositionOn(backDated.date().withDayOfMonth(1))
            : at;
    tailAlone = InventoryLedgers.tail(ledger, from, backDated);
    policy = InventoryLedgers.policy(method);
    lineMovements = new Movement[LINE];
    for (int i = 0; i < LINE; i++) {
      lineMovements[i] = InventoryLedgers.movement(CostingBenchmark.MOVEMENTS + i, stock);
    }
  }

  /** Starts the line of postings again from the base ledger. */
  @Setup(Level.Iteration)
  public void startLine() {
    line = ledger;
    linePosted = 0;
  }

  /** Appends one movement at the end. */
  @Benchmark
  public StockLedger appendAtEnd() {
    return ledger.post(append).ledger();
  }

  /**
   * Appends the next movement to the ledger the previous call returned (the base ledger again after
   * {@value #LINE} postings, each with a document of its own).
   */
  @Benchmark
  public StockLedger appendAlongALine() {
    if (linePosted == LINE) {
      startLine();
    }
    line = line.post(lineMovements[linePosted++]).ledger();
    return line;
  }

  /** Inserts a back-dated receipt with about {@code tail} movements after it. */
  @Benchmark
  public Posting insertBackDated() {
    return ledger.post(backDated);
  }

  /**
   * Re-values, alone, the movements {@link #insertBackDated()} values (the receipt and the {@code
   * tail} movements after it; under the month-end average, from the start of its month): what a
   * back-dated insert should cost at most.
   */
  @Benchmark
  public StockLedger revalueTailAlone() {
    return tailAlone.revalue(policy).ledger();
  }
}
