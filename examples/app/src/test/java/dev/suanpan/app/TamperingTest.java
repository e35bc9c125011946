package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row edited or deleted by hand in the database is reported as tampering, on start and by {@code
 * verify}, naming the ledger or case and the entry; the tampered ledger refuses new postings.
 */
class TamperingTest {
  @TempDir Path dir;
  AppFixture app;

  @BeforeEach
  void posted() {
    app = AppFixture.h2(dir);
    app.setUp();
    app.ok("2024-03-31T18:00", "post", AppFixture.sample("movements.csv"));
    app.openContract("2024-04-01", "SO-1", "150000.00");
    app.ok(
        "2024-04-01T10:00",
        "case",
        "fire",
        "SO-1",
        "check",
        "--as",
        "SALES_MANAGER",
        "--by",
        "manager-zhou");
    app.ok("2024-04-01T11:00", "approve", "SO-1", "--as", "SALES_HEAD", "--by", "head-qian");
    assertThat(app.ok("2024-04-01T12:00", "verify")).contains("verified 2 ledgers and 1 cases");
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(app.url, app.user, app.password);
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(statement)).as(statement).isEqualTo(1);
    }
  }

  @Test
  void anEditedMovementIsNamedOnStartAndByVerify() throws SQLException {
    // The second receipt's quantity changed from 200 to 300 in its stored document.
    sql(
        "UPDATE ledger_entry SET body = REPLACE(body, '\"200.0000\"', '\"300.0000\"')"
            + " WHERE item_id = 'STEEL-Q235' AND seq = 2");
    String expected =
        "ledger of STEEL-Q235 in CENTRAL: entry 2 (movement GRN-0305) does not match its hash"
            + " (edited)";
    try (SuanpanApp a = app.open()) {
      assertThat(a.startProblems()).containsExactly(expected);
      assertThatThrownBy(() -> a.ledgers().ledger("STEEL-Q235", "CENTRAL"))
          .isInstanceOf(TamperingException.class)
          .hasMessageContaining(expected);
    }
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out).contains("tampering: " + expected, "1 problems in 2 ledgers and 1 cases");
    // The start reported it too, on standard error.
    assertThat(app.err).contains("suanpan-app: tampering: " + expected);
  }

  @Test
  void aDeletedMovementIsNamed() throws SQLException {
    sql("DELETE FROM ledger_entry WHERE item_id = 'STEEL-Q235' AND seq = 3");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out)
        .contains("tampering: ledger of STEEL-Q235 in CENTRAL: entry 3 is missing (deleted)");
  }

  @Test
  void theLastMovementDeletedIsFoundByTheLedgerRow() throws SQLException {
    sql("DELETE FROM ledger_entry WHERE item_id = 'STEEL-Q235' AND seq = 5");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out)
        .contains(
            "tampering: ledger of STEEL-Q235 in CENTRAL: 4 entries stored, the ledger row counts 5");
  }

  @Test
  void aRecomputedHashStillBreaksTheNextEntry() throws SQLException {
    // Someone who edits an entry and its hash breaks the chain at the entry after it.
    sql(
        "UPDATE ledger_entry SET hash = '"
            + "1".repeat(64)
            + "'"
            + " WHERE item_id = 'PAINT-5L' AND seq = 1");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out)
        .contains(
            "tampering: ledger of PAINT-5L in CENTRAL: entry 1 (movement GRN-0301) does not match its hash");
  }

  @Test
  void anEditedCaseEventIsNamed() throws SQLException {
    // The approver's name changed in the stored approval event.
    sql(
        "UPDATE case_event SET body = REPLACE(body, 'head-qian', 'gm-sun')"
            + " WHERE case_id = 'SO-1' AND seq = 3");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out).contains("tampering: case SO-1: event 3 (");
    assertThat(app.out).contains("does not match its stored hash (edited)");
  }

  @Test
  void aDeletedCaseEventIsNamed() throws SQLException {
    sql("DELETE FROM case_event WHERE case_id = 'SO-1' AND seq = 3");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out).contains("tampering: case SO-1: 2 events stored, the case row seals 3");
  }

  @Test
  void aForgedApprovalDoesNotReplay() throws SQLException {
    // The approval re-attributed to the sales manager, who holds no authority on contracts.
    sql(
        "UPDATE case_event SET body = REPLACE(REPLACE(body, 'head-qian', 'manager-zhou'),"
            + " 'SALES_HEAD', 'SALES_MANAGER') WHERE case_id = 'SO-1' AND seq = 3");
    assertThat(app.run("2024-04-02T09:00", "verify")).isEqualTo(1);
    assertThat(app.out).contains("tampering: case SO-1 does not replay");
  }
}
