package dev.suanpan.examples.stockcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stock-card --method standard}: every movement at the standard unit cost of its date, each
 * receipt's purchase price variance, the revaluation of the stock on hand when a new standard takes
 * effect, and totals that add up (opening + receipts at standard + revaluations = issues +
 * closing).
 */
class StandardCostStockCardTest {
  private static final String SAMPLE = Path.of("samples", "stock-card.csv").toString();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return StockCardCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String file(String content) throws IOException {
    Path file = dir.resolve("card.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file.toString();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Exit status 2, nothing printed, and the usage message. */
  private void assertUsageError(int status, String message) {
    assertThat(status).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "stock-card: "
                + message
                + System.lineSeparator()
                + "Try: stock-card --help"
                + System.lineSeparator());
  }

  @Test
  void theSampleAtStandardShowsVarianceRevaluationAndTotalsThatAddUp() {
    // Standard 10.00 in March, 11.00 from April. Receipts at standard: 1000.00 + 2000.00 + 1000.00
    // + 33.00 = 4033.00; their actual cost 1000.00 + 2400.00 + 1100.00 + 30.03 = 4530.03, so the
    // purchase price variance is 0.00 + 400.00 + 100.00 - 2.97 = 497.03. The 50 on hand at the end
    // of March re-valued from 10.00 to 11.00: 50.00. Issues 1500.00 + 2000.00 + 440.00 = 3940.00;
    // closing 13 x 11.00 = 143.00; 0.00 + 4033.00 + 50.00 = 3940.00 + 143.00.
    int status =
        run(
            "--method",
            "standard",
            "--standard",
            "2024-01-01=10.00",
            "--standard",
            "2024-04-01=11.00",
            SAMPLE);

    assertThat(status).as(err()).isZero();
    String rule = "-".repeat(140);
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                "Stock card (明细账) of " + SAMPLE + ", valued by standard cost, CNY",
                "Standards: 10.00 from 2024-01-01, 11.00 from 2024-04-01",
                "",
                "Date        Document            In qty    Std cost     In at std         PPV"
                    + "     Out qty      Out cost    Revalued     Bal qty     Bal value",
                rule,
                "2024-03-01  GRN-0301               100          10       1000.00        0.00"
                    + "                                               100       1000.00",
                "2024-03-05  GRN-0305               200          10       2000.00      400.00"
                    + "                                               300       3000.00",
                "2024-03-10  OUT-0310                            10                          "
                    + "         150       1500.00                     150       1500.00",
                "2024-03-15  GRN-0315               100          10       1000.00      100.00"
                    + "                                               250       2500.00",
                "2024-03-20  OUT-0320                            10                          "
                    + "         200       2000.00                      50        500.00",
                "2024-04-01  STD-2024-04-01                      11                          "
                    + "                                 50.00          50        550.00",
                "2024-04-02  GRN-0402                 3          11         33.00       -2.97"
                    + "                                                53        583.00",
                "2024-04-08  OUT-0408                            11                          "
                    + "          40        440.00                      13        143.00",
                rule,
                "Totals      7 movements            403                   4033.00      497.03"
                    + "         390       3940.00       50.00          13        143.00",
                "",
                "Standard cost revaluations (the stock on hand at the end of the day before,"
                    + " re-valued to the new standard):",
                "  2024-04-01  STD-2024-04-01: 50 from 10.00 to 11.00 = 50.00",
                "Purchase price variance 497.03: the receipts' actual cost 4530.03 less 4033.00"
                    + " at standard (positive is unfavourable).",
                "Opening 0.00 + receipts at standard 4033.00 + revaluations 50.00 = issues 3940.00"
                    + " + closing 143.00.",
                ""));
    assertThat(err()).isEmpty();
  }

  @Test
  void theSampleAtStandardAsCsvHasOneRowPerMovementAndRevaluationThenTheTotal() {
    int status =
        run(
            "--method",
            "standard",
            "--standard",
            "2024-04-01=11.00",
            "--standard",
            "2024-01-01=10.00",
            "--format",
            "csv",
            SAMPLE);

    assertThat(status).as(err()).isZero();
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                StockCardCommand.STANDARD_CSV_HEADER,
                "2024-03-01,GRN-0301,100,10,10,1000.00,0.00,,,,,100,1000.00",
                "2024-03-05,GRN-0305,200,12,10,2000.00,400.00,,,,,300,3000.00",
                "2024-03-10,OUT-0310,-150,,10,,,1500.00,,,,150,1500.00",
                "2024-03-15,GRN-0315,100,11,10,1000.00,100.00,,,,,250,2500.00",
                "2024-03-20,OUT-0320,-200,,10,,,2000.00,,,,50,500.00",
                "2024-04-01,STD-2024-04-01,,,11,,,,50,10,50.00,50,550.00",
                "2024-04-02,GRN-0402,3,10.01,11,33.00,-2.97,,,,,53,583.00",
                "2024-04-08,OUT-0408,-40,,11,,,440.00,,,,13,143.00",
                ",total,,,,4033.00,497.03,3940.00,,,50.00,13,143.00",
                ""));
    assertThat(StockCardCommand.STANDARD_CSV_HEADER)
        .isEqualTo(
            "date,document,quantity,unit_cost,standard_cost,value_at_standard,"
                + "purchase_price_variance,issue_cost,revalued_quantity,previous_standard_cost,"
                + "revaluation,balance_quantity,balance_value");
  }

  @Test
  void aFallInStandardRevaluesTheStockDownAndEachChangeHasItsOwnRow() throws IOException {
    // 10 received at 10.50 against a standard of 10.00: 100.00 at standard, variance 5.00. 6
    // issued: 60.00. The 4 left fall to 9.00 on 03-10 (-4.00) and rise to 9.50 on 03-12 (+2.00);
    // the last 4 go out at 9.50 = 38.00. 100.00 - 2.00 = 98.00 + 0.00. The standard of April
    // takes effect after the last movement and is not on the card.
    String card =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-03-01,GRN-1,10,10.50\n"
                + "2024-03-05,OUT-1,-6,\n"
                + "2024-03-15,OUT-2,-4,\n");

    int status =
        run(
            "--method",
            "standard",
            "--standard",
            "2024-03-01=10.00",
            "--standard",
            "2024-03-10=9.00",
            "--standard",
            "2024-03-12=9.50",
            "--standard",
            "2024-04-01=12.00",
            "--format",
            "csv",
            card);

    assertThat(status).as(err()).isZero();
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                StockCardCommand.STANDARD_CSV_HEADER,
                "2024-03-01,GRN-1,10,10.5,10,100.00,5.00,,,,,10,100.00",
                "2024-03-05,OUT-1,-6,,10,,,60.00,,,,4,40.00",
                "2024-03-10,STD-2024-03-10,,,9,,,,4,10,-4.00,4,36.00",
                "2024-03-12,STD-2024-03-12,,,9.5,,,,4,9,2.00,4,38.00",
                "2024-03-15,OUT-2,-4,,9.5,,,38.00,,,,0,0.00",
                ",total,,,,100.00,5.00,98.00,,,-2.00,0,0.00",
                ""));
  }

  @Test
  void theTableSaysSoWhenNoStandardChangesBetweenTheMovements() throws IOException {
    String card = file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,3,7.333\n");

    assertThat(run("--method", "standard", "--standard", "2024-03-01=7.3", card)).isZero();

    // 3 x 7.333 = 21.999, rounded HALF_UP to 22.00; at standard 21.90; variance 0.10
    assertThat(out())
        .contains("Standards: 7.30 from 2024-03-01")
        .containsPattern(
            "Totals\\s+1 movement\\s+3\\s+21.90\\s+0.10\\s+0\\s+0.00\\s+0.00\\s+3\\s+21.90")
        .contains("Standard cost revaluations: none between the first and the last movement.")
        .contains(
            "Purchase price variance 0.10: the receipts' actual cost 22.00 less 21.90 at standard")
        .contains(
            "Opening 0.00 + receipts at standard 21.90 + revaluations 0.00 = issues 0.00 + closing"
                + " 21.90.");
  }

  @Test
  void aMovementBeforeTheFirstStandardNamesItsLineAndPrintsNothingElse() throws IOException {
    String card =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-02-28,GRN-0,1,5.00\n"
                + "2024-03-01,GRN-1,10,5.00\n");

    int status = run("--method", "standard", "--standard", "2024-03-01=5.00", card);

    assertThat(status).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "stock-card: "
                + card
                + ": line 2, date: GRN-0 is dated 2024-02-28, before the first standard cost, in"
                + " effect from 2024-03-01; give a --standard from 2024-02-28 or earlier"
                + System.lineSeparator());
  }

  @Test
  void anIssueBeyondTheStockAtStandardIsRefusedLikeUnderTheOtherMethods() throws IOException {
    String card =
        file(
            "date,document,quantity,unit_cost\n"
                + "2024-03-01,GRN-1,10,5.00\n"
                + "2024-03-03,OUT-1,-11,\n");

    assertThat(run("--method", "standard", "--standard", "2024-03-01=5.00", card)).isEqualTo(1);

    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("line 3, quantity: issue OUT-1 of 11 is beyond the stock on hand of 10");
  }

  @Test
  void theStandardMethodNeedsAStandard() {
    assertUsageError(
        run("--method", "standard", SAMPLE),
        "--method standard needs at least one --standard DATE=UNIT_COST, such as"
            + " --standard 2024-01-01=10.00");
  }

  @Test
  void aStandardWithAnotherMethodIsRefused() {
    assertUsageError(
        run("--method", "fifo", "--standard", "2024-01-01=10.00", SAMPLE),
        "--standard applies only to --method standard, was --standard 2024-01-01=10.00 with"
            + " --method fifo");
  }

  @Test
  void aStandardWithoutItsEqualsSignIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-01-01:10.00", SAMPLE),
        "--standard must be DATE=UNIT_COST, such as 2024-01-01=10.00, was 2024-01-01:10.00");
  }

  @Test
  void aStandardWithAMalformedDateIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-13-01=10.00", SAMPLE),
        "--standard 2024-13-01=10.00: not an ISO date (yyyy-mm-dd): \"2024-13-01\"");
  }

  @Test
  void aStandardWithAMalformedCostIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-01-01=ten", SAMPLE),
        "--standard 2024-01-01=ten: the unit cost is not a decimal number: \"ten\"");
  }

  @Test
  void aNegativeStandardIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-01-01=-0.01", SAMPLE),
        "--standard 2024-01-01=-0.01: the unit cost must not be negative");
  }

  @Test
  void aStandardFinerThanSixPlacesIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-01-01=10.0000001", SAMPLE),
        "--standard 2024-01-01=10.0000001: the unit cost must have at most 6 decimal places");
  }

  @Test
  void aStandardTooLargeForTheLedgerIsRefused() {
    assertUsageError(
        run("--method", "standard", "--standard", "2024-01-01=99999999999999", SAMPLE),
        "--standard 2024-01-01=99999999999999: standardCosts[2024-01-01] must be at most"
            + " 1000000000000, was 99999999999999");
  }

  @Test
  void twoStandardsOnOneDayAreRefused() {
    assertUsageError(
        run(
            "--method",
            "standard",
            "--standard",
            "2024-01-01=10.00",
            "--standard",
            "2024-01-01=11.00",
            SAMPLE),
        "--standard 2024-01-01=11.00: 2024-01-01 has a standard already");
  }

  @Test
  void aStandardOptionWithoutItsValueIsRefused() {
    assertUsageError(run("--method", "standard", SAMPLE, "--standard"), "--standard needs a value");
  }

  @Test
  void aValueBeyondWhatTheLedgerCanHoldNamesTheLine() throws IOException {
    String card = file("date,document,quantity,unit_cost\n2024-03-01,GRN-1,99999999999,1\n");

    assertThat(run("--method", "standard", "--standard", "2024-01-01=9999999", card)).isEqualTo(1);

    assertThat(out()).isEmpty();
    assertThat(err())
        .contains(
            "line 2, quantity: movement 2024-03-01 RECEIPT GRN-1 of 99999999999 pcs is refused")
        .contains("values up to 1000000000000000000 minor units");
  }

  @Test
  void helpDescribesTheStandardMethod() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .contains("stock-card --method standard --standard DATE=UNIT_COST [--standard ...]")
        .contains("--method standard")
        .contains("--standard DATE=UNIT_COST the standard unit cost in effect from DATE")
        .contains("purchase price variance")
        .contains(StockCardCommand.STANDARD_CSV_HEADER);
  }
}
