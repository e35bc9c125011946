package dev.suanpan.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.StockBook;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.landed.AllocationBasis;
import dev.suanpan.inventory.landed.LandedCharge;
import dev.suanpan.inventory.landed.LandedCostAllocation;
import dev.suanpan.inventory.landed.LandedCostKind;
import dev.suanpan.inventory.landed.LandedCosts;
import dev.suanpan.inventory.landed.ReceiptFigures;
import dev.suanpan.inventory.landed.ReceiptRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A landed cost allocated over 10,000 receipts (issue 22, goal ≤ 5 ms): {@link #allocate} splits
 * the charge over the receipts' figures (largest remainder, the shares adding up to the fen);
 * {@link #readAndAllocate} reads the figures from a book first (100 items, 100 receipts each, every
 * receipt of every ledger named). The receipts vary in quantity (1 to 500) and unit cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandedCostBenchmark {
  static final int ITEMS = 100;
  static final int PER_ITEM = 100;
  static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  static final WarehouseId WAREHOUSE = WarehouseId.of("PARTS-1");

  @Param({"VALUE", "QUANTITY"})
  public AllocationBasis basis;

  private StockBook book;
  private LandedCharge charge;
  private ImmutableList<ReceiptFigures> figures;

  /** Posts the receipts and names them all in one charge. */
  @Setup
  public void setUp() {
    CostingPolicy fifo = CostingPolicy.of(CostingMethod.FIFO);
    StockBook b = StockBook.empty();
    LandedCharge.Builder c =
        LandedCharge.builder()
            .document("FRT-1")
            .kind(LandedCostKind.FREIGHT)
            .amount(Money.parse("CNY 123456.78"))
            .basis(basis);
    for (int i = 0; i < ITEMS; i++) {
      ItemId item = ItemId.of("ITEM-" + i);
      StockLedger l = StockLedger.open(item, WAREHOUSE, UnitOfMeasure.PIECES, CNY, fifo);
      for (int k = 0; k < PER_ITEM; k++) {
        int n = i * PER_ITEM + k;
        String doc = "GRN-" + n;
        l =
            l.post(
                    Movement.receipt(
                        LocalDate.of(2024, 1, 1).plusDays(k),
                        doc,
                        BigDecimal.valueOf(1 + n % 500),
                        UnitOfMeasure.PIECES,
                        BigDecimal.valueOf(100 + (n * 7919L) % 100_000, 2),
                        "PO"))
                .ledger();
        c.addReceipt(ReceiptRef.of(item, WAREHOUSE, doc));
      }
      b = b.with(l);
    }
    book = b;
    charge = c.build();
    figures = LandedCosts.figures(book, charge);
  }

  /** Splits the charge over the 10,000 receipts' figures. */
  @Benchmark
  public LandedCostAllocation allocate() {
    return LandedCosts.allocate(charge, figures);
  }

  /** Reads the 10,000 receipts from the book, then splits the charge over them. */
  @Benchmark
  public LandedCostAllocation readAndAllocate() {
    return LandedCosts.allocate(book, charge);
  }
}
