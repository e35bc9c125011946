package dev.suanpan.benchmarks;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.lots.LotId;
import dev.suanpan.inventory.lots.LotLedger;
import dev.suanpan.inventory.lots.LotPick;
import dev.suanpan.inventory.lots.Tracking;
import dev.suanpan.inventory.units.ItemUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
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
 * Costing with units and lots (issue 22), per movement, beside posting the same movements in the
 * base unit to one ledger: {@link #postInPieces} (the baseline, as {@code
 * InventoryPostingBenchmark.appendAlongALine}), {@link #postInBoxes} (each movement given in boxes
 * of 24 and converted by {@link ItemUnits} first) and {@link #postToLots} (receipts into 50 lots in
 * turn, issues taking the lots oldest first, through a {@link LotLedger}). Each posts along a line:
 * each call to the ledger the previous call returned, from the start again every {@value #LINE}
 * movements. The movements alternate a receipt of 48 pieces (2 boxes) and an issue of 24 (1 box),
 * one day apart every 10.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StockFeatureBenchmark {
  static final int LINE = 100_000;
  static final int LOTS = 50;
  static final UnitOfMeasure BOX = UnitOfMeasure.of("box");
  static final UnitOfMeasure PCS = UnitOfMeasure.PIECES;
  static final ItemId ITEM = ItemId.of("OIL-FILTER-A");
  static final WarehouseId WAREHOUSE = WarehouseId.of("PARTS-1");
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Param({"FIFO", "MOVING_AVERAGE"})
  public CostingMethod method;

  private ItemUnits units;
  private StockLedger empty;
  private LotLedger emptyLots;
  private Movement[] inPieces;
  private Movement[] inBoxes;
  private LotId[] lots;
  private StockLedger pieces;
  private StockLedger boxes;
  private LotLedger lotLedger;
  private int n;

  /** Makes the movements, in pieces and in boxes. */
  @Setup
  public void setUp() {
    CostingPolicy policy = CostingPolicy.of(method);
    units = ItemUnits.of(ITEM, PCS).with(BOX, new BigDecimal("24"));
    empty = StockLedger.open(ITEM, WAREHOUSE, PCS, CNY, policy);
    emptyLots = LotLedger.open(ITEM, WAREHOUSE, PCS, CNY, policy, Tracking.LOT);
    inPieces = new Movement[LINE];
    inBoxes = new Movement[LINE];
    lots = new LotId[LOTS];
    for (int k = 0; k < LOTS; k++) {
      lots[k] = LotId.of("LOT-" + k);
    }
    LocalDate first = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < LINE; i++) {
      LocalDate day = first.plusDays(i / 10);
      String doc = "M-" + i;
      if (i % 2 == 0) {
        BigDecimal boxCost = BigDecimal.valueOf(12_000 + i % 97, 2);
        inBoxes[i] = Movement.receipt(day, doc, new BigDecimal("2"), BOX, boxCost, "PO");
        inPieces[i] = units.convert(inBoxes[i], empty).converted();
      } else {
        inBoxes[i] = Movement.saleIssue(day, doc, BigDecimal.ONE, BOX);
        inPieces[i] = Movement.saleIssue(day, doc, new BigDecimal("24"), PCS);
      }
    }
    start();
  }

  /** Starts each line again from an empty ledger. */
  @Setup(Level.Iteration)
  public void start() {
    pieces = empty;
    boxes = empty;
    lotLedger = emptyLots;
    n = 0;
  }

  private int next() {
    if (n == LINE) {
      start();
    }
    return n++;
  }

  /** The baseline: the next movement, in pieces, posted to the ledger. */
  @Benchmark
  public StockLedger postInPieces() {
    pieces = pieces.post(inPieces[next()]).ledger();
    return pieces;
  }

  /** The next movement given in boxes, converted to pieces and posted. */
  @Benchmark
  public StockLedger postInBoxes() {
    boxes = units.post(boxes, inBoxes[next()]).ledger();
    return boxes;
  }

  /** The next movement, in pieces, into the next of 50 lots or out of the oldest lots first. */
  @Benchmark
  public LotLedger postToLots() {
    int i = next();
    Movement m = inPieces[i];
    lotLedger =
        m.kind().isInbound()
            ? lotLedger.receive(lots[(i / 2) % LOTS], Optional.empty(), m).ledger()
            : lotLedger.issue(m, LotPick.fifo()).ledger();
    return lotLedger;
  }
}
