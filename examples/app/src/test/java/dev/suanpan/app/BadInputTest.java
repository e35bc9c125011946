package dev.suanpan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused with one line naming the line and the value, and nothing of it is stored: a
 * CSV line that is not a movement, an unknown item, an approval by someone without the authority, a
 * policy file that does not validate.
 */
class BadInputTest {
  @TempDir Path dir;
  AppFixture app;

  @BeforeEach
  void setUp() {
    app = AppFixture.h2(dir.resolve("db"));
    app.setUp();
  }

  private String file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f.toString();
  }

  private void nothingPosted() {
    try (SuanpanApp a = app.open()) {
      assertThat(a.ledgers().keys()).isEmpty();
    }
  }

  @Test
  void aLineThatIsNotAMovementRefusesTheFile() throws IOException {
    String f =
        file(
            "bad.csv",
            MovementCsv.HEADER
                + "\n"
                + "2024-03-01,GRN-1,STEEL-Q235,CENTRAL,100,10.00\n"
                + "2024-03-02,GRN-2,STEEL-Q235,CENTRAL,ten,10.00\n");
    assertThat(app.run("2024-03-31T18:00", "post", f)).isEqualTo(1);
    assertThat(app.err.strip())
        .isEqualTo("suanpan-app: " + f + " line 3: quantity is not a decimal number: \"ten\"");
    nothingPosted();
  }

  @Test
  void aBadDateAndAMissingCostAreNamed() throws IOException {
    String dates =
        file("d.csv", MovementCsv.HEADER + "\n2024-02-30,GRN-1,STEEL-Q235,CENTRAL,1,1\n");
    assertThat(app.run("2024-03-31T18:00", "post", dates)).isEqualTo(1);
    assertThat(app.err).contains("line 2: date is not an ISO date (yyyy-mm-dd): \"2024-02-30\"");
    String cost = file("c.csv", MovementCsv.HEADER + "\n2024-03-01,GRN-1,STEEL-Q235,CENTRAL,5,\n");
    assertThat(app.run("2024-03-31T18:00", "post", cost)).isEqualTo(1);
    assertThat(app.err).contains("line 2: unit_cost is required for a receipt (quantity 5)");
    nothingPosted();
  }

  @Test
  void anUnknownItemRefusesTheFile() throws IOException {
    String f =
        file(
            "unknown.csv",
            MovementCsv.HEADER
                + "\n"
                + "2024-03-01,GRN-1,STEEL-Q235,CENTRAL,100,10.00\n"
                + "2024-03-01,GRN-1,STEEL-Q345,CENTRAL,100,10.00\n");
    assertThat(app.run("2024-03-31T18:00", "post", f)).isEqualTo(1);
    assertThat(app.err).contains(f + " line 3: unknown item \"STEEL-Q345\"");
    nothingPosted();
  }

  @Test
  void aDocumentTheLedgerRefusesPostsNoneOfItsLines() throws IOException {
    // OUT-1 issues 10 of PAINT-5L (40 on hand) and 500 of STEEL-Q235 (100 on hand): refused whole.
    String f =
        file(
            "short.csv",
            MovementCsv.HEADER
                + "\n"
                + "2024-03-01,GRN-1,STEEL-Q235,CENTRAL,100,10.00\n"
                + "2024-03-01,GRN-1,PAINT-5L,CENTRAL,40,52.50\n"
                + "2024-03-02,OUT-1,PAINT-5L,CENTRAL,-10,\n"
                + "2024-03-02,OUT-1,STEEL-Q235,CENTRAL,-500,\n");
    assertThat(app.run("2024-03-31T18:00", "post", f)).isEqualTo(2);
    assertThat(app.out)
        .contains("refused OUT-1: line 5: [inventory.negative-stock]")
        .contains("posted 1 documents (2 movements), refused 1");
    try (SuanpanApp a = app.open()) {
      assertThat(a.ledgers().ledger("PAINT-5L", "CENTRAL").size()).isEqualTo(1);
      assertThat(a.ledgers().ledger("STEEL-Q235", "CENTRAL").size()).isEqualTo(1);
    }
  }

  @Test
  void anApprovalWithoutTheAuthorityIsRefusedAndNothingStored() {
    app.openContract("2024-04-01", "SO-2", "350000.00");
    app.ok(
        "2024-04-01T10:00",
        "case",
        "fire",
        "SO-2",
        "check",
        "--as",
        "SALES_MANAGER",
        "--by",
        "manager-zhou");
    assertThat(
            app.run(
                "2024-04-01T11:00", "approve", "SO-2", "--as", "SALES_HEAD", "--by", "head-qian"))
        .isEqualTo(2);
    assertThat(app.out)
        .contains(
            "refused on case SO-2: [workflow.approval.authority] head-qian holds [Sales head"
                + " (up to CNY 200000.00)]")
        .contains("CNY 350000.00");
    // A role the policy does not know is bad input, not a refusal.
    assertThat(app.run("2024-04-01T11:05", "approve", "SO-2", "--as", "CEO")).isEqualTo(1);
    assertThat(app.err).contains("the policy \"contract-authority\" has no role CEO");
    try (SuanpanApp a = app.open()) {
      assertThat(a.cases().get("SO-2").history()).hasSize(2);
    }
  }

  @Test
  void aPolicyThatDoesNotValidateIsRefusedNamingThePathAndLine() throws IOException {
    String f =
        file(
            "bad-fifo.yaml",
            "$format: 1\n$type: CostingPolicy\nmethod: FIFO\nnegativeStok: REJECT\n");
    assertThat(app.run("2024-03-01T09:00", "policy", "load", f, "--by", "admin-li")).isEqualTo(1);
    assertThat(app.err)
        .startsWith("suanpan-app: " + f + ": the policy does not validate: ")
        .contains("negativeStok")
        .contains("line 4");
    assertThatPolicyHasOneVersion("fifo");
  }

  @Test
  void aPolicyOfAKindTheApplicationDoesNotUseIsRefused() throws IOException {
    String f = file("terms.yaml", "$format: 1\n$type: PaymentTerms\n");
    assertThat(app.run("2024-03-01T09:00", "policy", "load", f, "--by", "admin-li")).isEqualTo(1);
    assertThat(app.err)
        .contains(
            "the policy is not one this application uses (CostingPolicy, AuthorityPolicy, CreditPolicy)");
  }

  private void assertThatPolicyHasOneVersion(String name) {
    try (SuanpanApp a = app.open()) {
      assertThat(
              a.policies()
                  .latest(name, dev.suanpan.inventory.costing.CostingPolicy.class)
                  .version())
          .isEqualTo(1);
    }
  }
}
