package dev.suanpan.benchmarks;

import dev.suanpan.app.AppDatabase;
import dev.suanpan.app.SuanpanApp;
import dev.suanpan.inventory.Movement;
import dev.suanpan.json.SuanpanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The start of the application example (suanpan-app) on a database holding 1,000,000 stored
 * movements: {@code SuanpanApp.open} reads every ledger's entries, checks each entry's hash against
 * the one before, reads each movement's JSON and posts it again into the library's ledger, and
 * checks the head row (and replays the workflow cases, none here). The movements are {@link
 * InventoryLedgers}'s, spread over {@code ledgers} ledgers (items in one warehouse), stored before
 * the measurement. The score is the seconds one start takes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AppRebuild -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AppRebuildBenchmark {
  static final int MOVEMENTS = 1_000_000;

  @Param({"h2"})
  public String database;

  @Param({"100"})
  public int ledgers;

  private AppDatabases db;

  /**
   * Stores the movements as the application stores them (each movement's suanpan-json document,
   * hash-chained to the one before, and the ledger row with the count and the last hash), written
   * directly in batches: posting a million movements through the application would take longer than
   * the measurement. A start that finds anything wrong fails the setup.
   */
  @Setup
  public void setUp() throws SQLException {
    db = AppDatabases.start(database);
    db.setUp(ledgers);
    SuanpanJson json = SuanpanJson.create();
    int perLedger = MOVEMENTS / ledgers;
    try (AppDatabase d = AppDatabase.open(db.url, db.user, "");
        Connection c = d.connect();
        PreparedStatement entry =
            c.prepareStatement(
                "INSERT INTO ledger_entry (item_id, warehouse, seq, kind, entry_date, document,"
                    + " body, hash) VALUES (?, 'WH-1', ?, 'MOVEMENT', ?, ?, ?, ?)");
        PreparedStatement ledger =
            c.prepareStatement(
                "INSERT INTO ledger (item_id, warehouse, version, entries, head_hash)"
                    + " VALUES (?, 'WH-1', 1, ?, ?)")) {
      for (int k = 0; k < ledgers; k++) {
        String item = AppDatabases.item(k);
        String hash = "0".repeat(64);
        ledger.setString(1, item);
        ledger.setInt(2, 0);
        ledger.setString(3, hash);
        ledger.executeUpdate();
        for (int i = 0; i < perLedger; i++) {
          Movement m = InventoryLedgers.movement(i, StockShape.GROWING);
          String body = json.write(m);
          hash = chain(hash, body);
          entry.setString(1, item);
          entry.setInt(2, i + 1);
          entry.setDate(3, Date.valueOf(m.date()));
          entry.setString(4, m.document());
          entry.setString(5, body);
          entry.setString(6, hash);
          entry.addBatch();
          if ((i + 1) % 1000 == 0 || i + 1 == perLedger) {
            entry.executeBatch();
          }
        }
        try (PreparedStatement head =
            c.prepareStatement(
                "UPDATE ledger SET entries = ?, head_hash = ? WHERE item_id = ? AND warehouse = 'WH-1'")) {
          head.setInt(1, perLedger);
          head.setString(2, hash);
          head.setString(3, item);
          head.executeUpdate();
        }
        c.commit();
      }
    }
    open();
  }

  /** The application's hash of a movement entry after one hashed {@code previous}. */
  private static String chain(String previous, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((previous + "\nMOVEMENT\n").getBytes(StandardCharsets.UTF_8));
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    db.close();
  }

  /** One start: every ledger rebuilt from its stored entries and checked. */
  @Benchmark
  public int open() {
    try (SuanpanApp app = db.open()) {
      if (!app.startProblems().isEmpty()) {
        throw new IllegalStateException(app.startProblems().toString());
      }
      return app.ledgers().ledger(AppDatabases.item(0), "WH-1").size();
    }
  }
}
