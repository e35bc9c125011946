package dev.suanpan.benchmarks;

/** How the stock of a benchmark ledger moves (see {@link InventoryLedgers}). */
public enum StockShape {
  /**
   * Every receipt is of 30 units: the stock grows by one unit a cycle, to about 333,000 units in
   * 11,000 open FIFO layers after a million movements, and an issue takes from a layer received
   * long before.
   */
  GROWING,
  /**
   * Receipts of 30 and 28 units by turns: the stock turns over, ending every other cycle at zero,
   * and an issue takes from the layer received just before it.
   */
  TURNING_OVER
}
