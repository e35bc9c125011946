package dev.suanpan.benchmarks;

import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.json.SuanpanJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes a 1,000,000-movement stock ledger (one item, a thousand movements a day, receipts and
 * issues under the costing method; see {@link InventoryLedgers}) as a JSON document to memory, and
 * reads it back, as an application storing and reloading a ledger would: reading posts every
 * movement again, so the ledger read is valued and checked as the one written. Scores are movements
 * per second each way, on one thread. Goal: at least 2,000,000 each way.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonLedger -f 1 -wi 2 -w 5s -i 3 -r
 * 5s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class JsonLedgerBenchmark {
  static final int MOVEMENTS = 1_000_000;

  @Param({"FIFO"})
  public CostingMethod method;

  private SuanpanJson json;
  private StockLedger ledger;
  private byte[] document;
  private ByteArrayOutputStream out;

  @Setup
  public void setUp() {
    json = SuanpanJson.create();
    ledger = InventoryLedgers.build(method, MOVEMENTS);
    out = new ByteArrayOutputStream(256 << 20);
    json.write(ledger, out);
    document = out.toByteArray();
    StockLedger back = json.read(new ByteArrayInputStream(document), StockLedger.class);
    if (back.size() != ledger.size()
        || !back.valueOnHand().equals(ledger.valueOnHand())
        || back.quantityOnHand().compareTo(ledger.quantityOnHand()) != 0) {
      throw new IllegalStateException("the ledger does not read back as written");
    }
  }

  /** The ledger written as a JSON document into memory (the buffer reused). */
  @Benchmark
  @OperationsPerInvocation(MOVEMENTS)
  public int write() {
    out.reset();
    json.write(ledger, out);
    return out.size();
  }

  /** The ledger read back from its JSON document in memory. */
  @Benchmark
  @OperationsPerInvocation(MOVEMENTS)
  public StockLedger read() {
    return json.read(new ByteArrayInputStream(document), StockLedger.class);
  }
}
