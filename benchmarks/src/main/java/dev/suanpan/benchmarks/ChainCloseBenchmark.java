package dev.suanpan.benchmarks;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.close.ChainClose;
import dev.suanpan.inventory.close.ChainCloseReport;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 23 item 2: the month-end close of a chain, {@value #LEDGERS} ledgers ({@value #ITEMS} items
 * in 10 warehouses each) of {@value #PER_LEDGER} movements each, 10,000,000 movements in all, every
 * one of them in the month closed (March 2024), closed one ledger after another on the benchmark's
 * thread ({@link #sequential()}) and on a pool of two threads ({@link #twoThreads()}): each
 * ledger's {@code closeMonth}, its month's journal made and totalled by account, and the totals per
 * item, per warehouse and for the chain. Seconds per close (one operation = the whole chain);
 * movements per second = 10,000,000 / that.
 *
 * <p>Each ledger has cycles of a receipt of 20.000 to 29.999 units at 5.0000 to 14.9999 a unit and
 * two issues of 0.001 to 8.000 units (quantities to 3 decimals, unit costs to 4, drawn from a
 * seeded generator, so every run has the same chain); the stock never goes below zero. The ledgers
 * are built by posting (some 10 to 60 s, outside the measurement) and take about a gigabyte, hence
 * {@code -Xmx8g}; under the month-end average the closes keep their issues' journal entries, some
 * 6.7 million, while the report is alive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ChainCloseBenchmark {
  /** The ledgers of the chain. */
  static final int LEDGERS = 100_000;

  /** The movements of each ledger. */
  static final int PER_LEDGER = 100;

  /** The items; each is kept in {@code LEDGERS / ITEMS} warehouses. */
  static final int ITEMS = 10_000;

  static final YearMonth MONTH = YearMonth.of(2024, 3);
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Param({"FIFO", "MOVING_AVERAGE", "MONTHLY_AVERAGE", "STANDARD"})
  public CostingMethod method;

  private List<StockLedger> ledgers;
  private ExecutorService pool;

  /** Builds the chain by posting every movement, and starts the pool of two threads. */
  @Setup
  public void setUp() {
    ledgers = chain(method, LEDGERS, PER_LEDGER);
    pool = Executors.newFixedThreadPool(2);
  }

  /** Stops the pool. */
  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  /** The chain closed on the benchmark's thread, one ledger after another. */
  @Benchmark
  public ChainCloseReport sequential() {
    return ChainClose.sequential().close(ledgers, MONTH);
  }

  /** The chain closed on a pool of two threads. */
  @Benchmark
  public ChainCloseReport twoThreads() {
    return ChainClose.on(pool).close(ledgers, MONTH);
  }

  /**
   * A chain of {@code count} ledgers of {@code perLedger} movements each in March 2024, valued by
   * {@code method} (standard cost: 9.5000 a unit from 1 March); the same chain for the same
   * arguments.
   */
  static List<StockLedger> chain(CostingMethod method, int count, int perLedger) {
    CostingPolicy policy =
        method == CostingMethod.STANDARD
            ? CostingPolicy.standard(MONTH.atDay(1), new BigDecimal("9.5000"))
            : CostingPolicy.of(method);
    SplittableRandom random = new SplittableRandom(23);
    List<StockLedger> out = new ArrayList<>(count);
    int warehouses = Math.max(1, count / ITEMS);
    for (int n = 0; n < count; n++) {
      StockLedger l =
          StockLedger.open(
              ItemId.of(String.format("ITEM-%05d", n / warehouses)),
              WarehouseId.of(String.format("WH-%03d", n % warehouses)),
              UnitOfMeasure.PIECES,
              CNY,
              policy);
      for (int k = 0; k < perLedger; k++) {
        Posting p = l.post(movement(random, k, perLedger));
        if (!p.isAllowed()) {
          throw new IllegalStateException(p.explanation().toString());
        }
        l = p.ledger();
      }
      out.add(l);
    }
    return out;
  }

  private static Movement movement(SplittableRandom random, int k, int perLedger) {
    LocalDate date = MONTH.atDay(1 + k * 30 / perLedger);
    String doc = "D-" + k;
    if (k % 3 == 0) {
      return Movement.receipt(
          date,
          doc,
          BigDecimal.valueOf(20_000 + random.nextInt(10_000), 3),
          UnitOfMeasure.PIECES,
          BigDecimal.valueOf(50_000 + random.nextInt(100_000), 4),
          "PO-" + k);
    }
    return Movement.saleIssue(
        date, doc, BigDecimal.valueOf(1 + random.nextInt(8_000), 3), UnitOfMeasure.PIECES);
  }
}
