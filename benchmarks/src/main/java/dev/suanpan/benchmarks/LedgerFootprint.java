package dev.suanpan.benchmarks;

import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The heap an item ledger of 1,000,000 movements keeps, per movement: the heap in use after a full
 * collection, with the ledger built by posting the movements one by one, less the heap in use
 * before; then what re-valuing it adds while both versions are kept (the re-valued version shares
 * the stored movements and has value columns of its own). Run with {@code java -cp
 * benchmarks/target/benchmarks.jar dev.suanpan.benchmarks.LedgerFootprint}; prints one line per
 * costing method.
 */
public final class LedgerFootprint {
  private LedgerFootprint() {}

  /** Measures each method's ledger. */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    int n = CostingBenchmark.MOVEMENTS;
    for (CostingMethod method : CostingMethod.values()) {
      long before = usedAfterCollection(memory);
      StockLedger ledger = InventoryLedgers.build(method, n);
      long built = usedAfterCollection(memory);
      StockLedger revalued = ledger.revalue(InventoryLedgers.policy(method)).ledger();
      long both = usedAfterCollection(memory);
      System.out.printf(
          "%-16s %,d movements: %s bytes per movement kept; a re-valued version adds %s%n",
          method, ledger.size(), perMovement(built - before, n), perMovement(both - built, n));
      Reference.reachabilityFence(ledger);
      Reference.reachabilityFence(revalued);
    }
  }

  /** {@code bytes / n} to one decimal, rounded half up. */
  private static String perMovement(long bytes, int n) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static long usedAfterCollection(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
