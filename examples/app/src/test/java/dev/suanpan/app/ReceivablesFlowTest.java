package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.core.party.CustomerId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The receivables ledger in the database: an invoice and two collections posted from their
 * documents (samples/), rebuilt the same after a restart, a refusal stored as a decision, a
 * tampered document named.
 *
 * <p>By hand: INV-1 is 11,300.00; COL-1 pays 5,000.00 of it, leaving 6,300.00; COL-2 pays 7,000.00:
 * 6,300.00 settles INV-1 and 700.00 is kept as an advance.
 */
class ReceivablesFlowTest {
  @TempDir Path dir;
  AppFixture app;

  @BeforeEach
  void posted() {
    app = AppFixture.h2(dir);
    app.ok(
        "2024-04-01T08:00",
        "policy",
        "load",
        AppFixture.sample("credit-terms.yaml"),
        "--by",
        "admin-li");
    app.ok("2024-04-01T08:00", "receivables", "open", "--policy", "credit-terms");
    app.ok("2024-04-01T09:00", "receivables", "post", AppFixture.sample("invoice-INV-1.yaml"));
    app.ok("2024-04-10T09:00", "receivables", "post", AppFixture.sample("collection-COL-1.yaml"));
  }

  @Test
  void collectionsSettleTheInvoiceAndTheRestIsAnAdvanceAfterARestart() {
    assertThat(app.ok("2024-04-10T09:05", "receivables", "show", "--customer", "C-001"))
        .contains(
            "C-001: open CNY 6300.00, advance CNY 0.00",
            "INV-1 invoiced 2024-04-01 due 2024-05-01");
    app.ok("2024-04-20T09:00", "receivables", "post", AppFixture.sample("collection-COL-2.yaml"));
    try (SuanpanApp a = app.open()) {
      assertThat(a.startProblems()).isEmpty();
      CustomerId c = CustomerId.of("C-001");
      assertThat(a.receivables().ledger().openBalance(c).getAmount()).isEqualByComparingTo("0.00");
      assertThat(a.receivables().ledger().advance(c).getAmount()).isEqualByComparingTo("700.00");
      // One invoice (documentCount counts invoices and notes, not collections).
      assertThat(a.receivables().ledger().documentCount()).isEqualTo(1);
    }
  }

  @Test
  void aDuplicateInvoiceIsRefusedAndNothingStored() {
    assertThat(
            app.run(
                "2024-04-11T09:00", "receivables", "post", AppFixture.sample("invoice-INV-1.yaml")))
        .isEqualTo(1);
    assertThat(app.err).contains("invoice number INV-1 is already posted");
    try (SuanpanApp a = app.open()) {
      assertThat(a.receivables().ledger().documentCount()).isEqualTo(1);
      assertThat(a.receivables().ledger().openBalance(CustomerId.of("C-001")).getAmount())
          .isEqualByComparingTo("6300.00");
    }
  }

  @Test
  void anEditedCollectionIsNamed() throws SQLException {
    try (Connection c = DriverManager.getConnection(app.url, app.user, app.password);
        Statement s = c.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "UPDATE receivables_entry SET body = REPLACE(body, '5000.00', '500.00') WHERE seq = 2"))
          .isEqualTo(1);
    }
    assertThat(app.run("2024-04-12T09:00", "verify")).isEqualTo(1);
    assertThat(app.out)
        .contains(
            "tampering: receivables ledger: entry 2 (collection COL-1) does not match its hash (edited)");
  }
}
