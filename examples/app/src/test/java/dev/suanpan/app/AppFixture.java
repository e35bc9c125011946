package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line against one database, as a user would, and keeps what it printed. */
final class AppFixture {
  static final Path SAMPLES = Path.of("samples").toAbsolutePath();

  final String url;
  final String user;
  final String password;
  String out = "";
  String err = "";

  AppFixture(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** An H2 database in files under {@code dir}. */
  static AppFixture h2(Path dir) {
    // As the default database: each commit on disk before it returns.
    return new AppFixture(
        "jdbc:h2:file:" + dir.resolve("suanpan").toAbsolutePath() + ";WRITE_DELAY=0", "", "");
  }

  /** Runs {@code args} at {@code now}; returns the exit status, keeping the output. */
  int run(String now, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--db", url, "--user", user, "--password", password, "--now", now));
    all.addAll(List.of(args));
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int status =
        Main.run(
            all,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return status;
  }

  /** Runs {@code args}, which must succeed. */
  String ok(String now, String... args) {
    int status = run(now, args);
    assertThat(status).as("exit status of %s; stderr: %s", List.of(args), err).isZero();
    return out;
  }

  /** Loads the sample policies and registers the two sample items. */
  void setUp() {
    ok("2024-02-28T09:00", "policy", "load", sample("fifo.yaml"), "--by", "admin-li");
    ok("2024-02-28T09:00", "policy", "load", sample("contract-authority.yaml"), "--by", "admin-li");
    ok("2024-02-28T09:05", "item", "add", "STEEL-Q235", "--unit", "t", "--costing", "fifo");
    ok("2024-02-28T09:05", "item", "add", "PAINT-5L", "--unit", "pcs", "--costing", "fifo");
  }

  /**
   * Opens the sales-order case {@code id} at 09:00 on {@code day}: the sales clerk applies for a
   * contract of CNY {@code price} with ACME under the sample contract authority.
   */
  void openContract(String day, String id, String price) {
    ok(
        day + "T09:00",
        "case",
        "open",
        id,
        "--policy",
        "contract-authority",
        "--as",
        "SALES_CLERK",
        "--by",
        "clerk-liu",
        "--fact",
        "customer=ACME",
        "--fact",
        "price=CNY " + price);
  }

  static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  /** The application opened directly on this database. */
  SuanpanApp open() {
    return SuanpanApp.open(
        AppDatabase.open(url, user, password),
        java.time.Clock.fixed(
            java.time.Instant.parse("2024-04-30T18:00:00Z"), java.time.ZoneOffset.UTC));
  }
}
