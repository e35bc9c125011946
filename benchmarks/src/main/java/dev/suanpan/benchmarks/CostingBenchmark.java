package dev.suanpan.benchmarks;

import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Costing throughput over an item ledger of 1,000,000 movements: re-valuing the whole ledger by
 * each method (new value columns over the stored movements, which the new version shares, and each
 * movement valued). The score is movements per second (one operation = one movement). With {@code
 * -prof gc}, {@code gc.alloc.rate.norm} is what the re-valued version adds per movement; {@link
 * LedgerFootprint} measures what a ledger keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CostingBenchmark {
  static final int MOVEMENTS = 1_000_000;

  @Param({"FIFO", "MOVING_AVERAGE", "MONTHLY_AVERAGE", "STANDARD"})
  public CostingMethod method;

  private StockLedger ledger;
  private CostingPolicy policy;

  /** Builds the ledger by posting the movements one by one. */
  @Setup
  public void setUp() {
    policy = InventoryLedgers.policy(method);
    ledger = InventoryLedgers.build(method, MOVEMENTS);
  }

  /** Values all the movements of the ledger by the method. */
  @Benchmark
  @OperationsPerInvocation(MOVEMENTS)
  public StockLedger valueLedger() {
    return ledger.revalue(policy).ledger();
  }
}
