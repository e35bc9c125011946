package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.workflow.WorkflowCase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's main flows through its command line on an H2 file database: policies loaded,
 * movements posted and re-valued by a back-dated receipt, the month closed, a contract case
 * approved; then a restart rebuilds the same ledgers and replays the same case.
 */
class AppFlowTest {
  @TempDir Path dir;

  /**
   * FIFO by hand (samples/movements.csv, STEEL-Q235 in CENTRAL): receipts 100 @ 10.00 and 200 @
   * 12.00; the issue of 150 on 03-10 takes 100 @ 10 + 50 @ 12 = 1,600.00; the receipt of 100 @
   * 11.00; the issue of 200 on 03-20 takes 150 @ 12 + 50 @ 11 = 2,350.00; 50 @ 11 = 550.00 left.
   * Then the back-dated receipt of 50 @ 9.00 on 03-03: the first issue takes 100 @ 10 + 50 @ 9 =
   * 1,450.00, the second 200 @ 12 = 2,400.00, leaving 100 @ 11 = 1,100.00.
   */
  @Test
  void aBackDatedReceiptReValuesWhatFollowsAndSurvivesARestart() {
    AppFixture app = AppFixture.h2(dir);
    app.setUp();
    assertThat(app.ok("2024-03-31T18:00", "post", AppFixture.sample("movements.csv")))
        .contains("posted 5 documents (7 movements)");
    StockCard before;
    try (SuanpanApp a = app.open()) {
      before = a.ledgers().ledger("STEEL-Q235", "CENTRAL").card();
    }
    assertThat(before.lines())
        .extracting(l -> l.amount().getAmount().toPlainString())
        .containsExactly("1000.00", "2400.00", "1600.00", "1100.00", "2350.00");
    assertThat(before.closingValue().getAmount()).isEqualByComparingTo("550.00");

    app.ok("2024-04-01T09:00", "post", AppFixture.sample("back-dated.csv"));
    try (SuanpanApp a = app.open()) {
      assertThat(a.startProblems()).isEmpty();
      StockCard after = a.ledgers().ledger("STEEL-Q235", "CENTRAL").card();
      assertThat(after.lines())
          .filteredOn(l -> l.document().startsWith("OUT"))
          .extracting(StockCardLine::amount)
          .extracting(m -> m.getAmount().toPlainString())
          .containsExactly("1450.00", "2400.00");
      assertThat(after.closingValue().getAmount()).isEqualByComparingTo("1100.00");
      assertThat(app.ok("2024-04-01T09:10", "stock-card", "STEEL-Q235"))
          .contains("OUT-0310", "1450.00", "closing 100.0000 t, CNY 1100.00");
      // A restart rebuilds the ledger from the stored entries: the same card.
      try (SuanpanApp again = app.open()) {
        assertThat(again.ledgers().ledger("STEEL-Q235", "CENTRAL").card()).isEqualTo(after);
      }
    }
  }

  /**
   * Closing March: PAINT-5L took 40 @ 52.50 = 2,100.00 in and 15 @ 52.50 = 787.50 out, closing 25 @
   * 52.50 = 1,312.50; after the close, a back-dated receipt into March is refused.
   */
  @Test
  void aClosedMonthRefusesBackDatedMovements() {
    AppFixture app = AppFixture.h2(dir);
    app.setUp();
    app.ok("2024-03-31T18:00", "post", AppFixture.sample("movements.csv"));
    assertThat(app.ok("2024-04-01T08:00", "close", "--month", "2024-03"))
        .contains(
            "PAINT-5L in CENTRAL 2024-03: opening 0.0000 CNY 0.00, in 40.0000 CNY 2100.00,"
                + " out 15.0000 CNY 787.50, closing 25.0000 CNY 1312.50")
        .contains("closed 2024-03 in 2 ledgers");
    assertThat(app.run("2024-04-01T09:00", "post", AppFixture.sample("back-dated.csv")))
        .isEqualTo(2);
    assertThat(app.out).contains("refused GRN-0303: line 2: [inventory.month-closed]");
    assertThat(app.ok("2024-04-01T09:05", "verify")).contains("verified 2 ledgers and 0 cases");
    // Closing again changes nothing.
    assertThat(app.ok("2024-04-01T09:10", "close", "--month", "2024-03"))
        .contains("closed 2024-03 in 0 ledgers");
  }

  /**
   * The contract of CNY 350,000.00 is above the sales head's 200,000 (samples/contract-authority):
   * the sales head's approval is refused, the general manager's accepted; the case replays the same
   * after a restart.
   */
  @Test
  void aContractCaseIsApprovedByTheAuthorityItNeedsAndReplays() {
    AppFixture app = AppFixture.h2(dir);
    app.setUp();
    app.openContract("2024-04-01", "SO-1", "350000.00");
    assertThat(
            app.ok(
                "2024-04-01T10:00",
                "case",
                "fire",
                "SO-1",
                "check",
                "--as",
                "SALES_MANAGER",
                "--by",
                "manager-zhou"))
        .contains("waiting for GENERAL_MANAGER");
    assertThat(
            app.run(
                "2024-04-01T11:00", "approve", "SO-1", "--as", "SALES_HEAD", "--by", "head-qian"))
        .isEqualTo(2);
    assertThat(app.out)
        .contains("refused on case SO-1", "workflow.approval.authority", "CNY 350000.00");
    assertThat(
            app.ok(
                "2024-04-01T12:00", "approve", "SO-1", "--as", "GENERAL_MANAGER", "--by", "gm-sun"))
        .contains("case SO-1: APPROVED");
    WorkflowCase approved;
    try (SuanpanApp a = app.open()) {
      approved = a.cases().get("SO-1");
      assertThat(approved.history()).hasSize(3);
    }
    try (SuanpanApp a = app.open()) {
      assertThat(a.startProblems()).isEmpty();
      assertThat(a.cases().get("SO-1").auditTrail().seal()).isEqualTo(approved.auditTrail().seal());
    }
  }
}
