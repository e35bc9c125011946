package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same command line on real PostgreSQL: binaries from Maven Central (io.zonky.test), started by
 * the test in a temporary directory. The figures are those of {@link AppFlowTest}, worked by hand
 * there.
 */
class PostgresFlowTest {
  static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  static AppFixture fixture() {
    return new AppFixture(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  @Test
  void postsReValuesClosesAndApprovesOnPostgres() {
    AppFixture app = fixture();
    app.setUp();
    app.ok("2024-03-31T18:00", "post", AppFixture.sample("movements.csv"));
    app.ok("2024-04-01T09:00", "post", AppFixture.sample("back-dated.csv"));
    assertThat(app.ok("2024-04-01T09:10", "stock-card", "STEEL-Q235", "--warehouse", "CENTRAL"))
        .contains("OUT-0310", "1450.00", "closing 100.0000 t, CNY 1100.00");
    assertThat(app.ok("2024-04-01T10:00", "close", "--month", "2024-03"))
        .contains("closed 2024-03 in 2 ledgers");
    app.openContract("2024-04-02", "SO-9", "150000.00");
    assertThat(
            app.ok(
                "2024-04-02T10:00",
                "case",
                "fire",
                "SO-9",
                "check",
                "--as",
                "SALES_MANAGER",
                "--by",
                "manager-zhou"))
        .contains("waiting for SALES_HEAD");
    assertThat(
            app.ok(
                "2024-04-02T11:00", "approve", "SO-9", "--as", "SALES_HEAD", "--by", "head-qian"))
        .contains("APPROVED");
    try (SuanpanApp a = app.open()) {
      assertThat(a.startProblems()).isEmpty();
    }
    assertThat(app.ok("2024-04-02T12:00", "verify")).contains("verified 2 ledgers and 1 cases");
  }
}
