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

class StockCardCommandTest {
  private static final String MARCH =
      String.join(
          "\n",
          "date,document,quantity,unit_cost",
          "2024-03-01,GRN-1,100,10.00",
          "2024-03-05,GRN-2,200,12.00",
          "2024-03-10,OUT-1,-150,",
          "2024-03-15,GRN-3,100,11.00",
          "2024-03-20,OUT-2,-200,",
          "");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String content, String... args) throws IOException {
    Path file = dir.resolve("card.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    String[] full = new String[args.length + 1];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = file.toString();
    return StockCardCommand.run(
        full,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fifoCsvHasTheHeaderAndOneRowPerMovementAndNothingElse() throws IOException {
    assertThat(run(MARCH, "--method", "fifo", "--format", "csv")).isZero();
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                "date,document,quantity,unit_cost,issue_cost,balance_quantity,balance_value",
                "2024-03-01,GRN-1,100,10,,100,1000.00",
                "2024-03-05,GRN-2,200,12,,300,3400.00",
                "2024-03-10,OUT-1,-150,,1600.00,150,1800.00",
                "2024-03-15,GRN-3,100,11,,250,2900.00",
                "2024-03-20,OUT-2,-200,,2350.00,50,550.00",
                ""));
    assertThat(err()).isEmpty();
  }

  @Test
  void movingAverageCsvValuesIssuesAtTheAverageOfTheBalance() throws IOException {
    assertThat(run(MARCH, "--method", "moving-average", "--format", "csv")).isZero();
    assertThat(out())
        .contains("2024-03-10,OUT-1,-150,,1700.00,150,1700.00")
        .contains("2024-03-20,OUT-2,-200,,2240.00,50,560.00");
  }

  @Test
  void lifoCsvTakesTheNewestReceiptsFirst() throws IOException {
    assertThat(run(MARCH, "--method", "lifo", "--format", "csv")).isZero();
    // OUT-1: 150 of GRN-2 at 12.00 = 1800.00, leaving 100 x 10.00 + 50 x 12.00 = 1600.00;
    // OUT-2: GRN-3's 100 (1100.00), GRN-2's last 50 (600.00) and 50 of GRN-1 (500.00) = 2200.00
    assertThat(out())
        .contains("2024-03-10,OUT-1,-150,,1800.00,150,1600.00")
        .contains("2024-03-20,OUT-2,-200,,2200.00,50,500.00");
  }

  @Test
  void monthlyAverageCsvShowsIssueCostsAsSettledAtTheMonthsClose() throws IOException {
    assertThat(run(MARCH, "--method", "monthly-average", "--format", "csv")).isZero();
    // 4500.00 / 400 = 11.25 for every issue of March
    assertThat(out())
        .contains("2024-03-10,OUT-1,-150,,1687.50,150,1712.50")
        .contains("2024-03-20,OUT-2,-200,,2250.00,50,562.50");
  }

  /** 3 @ 10.00 and 3 @ 10.01: 60.03 for 6, an exact average of 10.005; then 4 issued. */
  private static final String HALF =
      String.join(
          "\n",
          "date,document,quantity,unit_cost",
          "2024-04-01,GRN-1,3,10.00",
          "2024-04-02,GRN-2,3,10.01",
          "2024-04-03,OUT-1,-4,",
          "");

  @Test
  void theAverageScaleAndTheRoundingAreOptions() throws IOException {
    // unit cost to the fen, half up: 10.01; OUT-1 4 x 10.01 = 40.04; 60.03 - 40.04 = 19.99 left
    assertThat(run(HALF, "--method", "monthly-average", "--format", "csv")).isZero();
    assertThat(out()).contains("2024-04-03,OUT-1,-4,,40.04,2,19.99");
    out.reset();
    // to 3 places: 10.005; 4 x 10.005 = 40.02; 20.01 left
    assertThat(run(HALF, "--method", "monthly-average", "--average-scale", "3", "--format", "csv"))
        .isZero();
    assertThat(out()).contains("2024-04-03,OUT-1,-4,,40.02,2,20.01");
    out.reset();
    // to the fen, half to even: 10.005 -> 10.00; 4 x 10.00 = 40.00; 20.03 left
    assertThat(
            run(HALF, "--method", "monthly-average", "--rounding", "half-even", "--format", "csv"))
        .isZero();
    assertThat(out()).contains("2024-04-03,OUT-1,-4,,40.00,2,20.03");
    out.reset();
    assertThat(run(HALF, "--method", "fifo", "--average-scale", "3")).isEqualTo(2);
    assertThat(err()).contains("--average-scale applies only to --method monthly-average");
    assertThat(run(HALF, "--method", "fifo", "--rounding", "down")).isEqualTo(2);
    assertThat(err()).contains("--rounding must be half-up or half-even, was down");
    assertThat(run(HALF, "--method", "monthly-average", "--average-scale", "7")).isEqualTo(2);
    assertThat(err()).contains("--average-scale must be a whole number from 0 to 6, was 7");
  }

  @Test
  void tableIsTheDefaultAndShowsTotals() throws IOException {
    assertThat(run(MARCH, "--method", "fifo")).isZero();
    assertThat(out())
        .contains("valued by FIFO")
        .containsPattern(
            "Totals\\s+5 movements\\s+400\\s+4500.00\\s+350\\s+3950.00\\s+50\\s+550.00");
  }

  @Test
  void monthlyAverageTableReportsTheUnitCostAndRoundingDifference() throws IOException {
    String april =
        "date,document,quantity,unit_cost\n"
            + "2024-04-01,GRN-1,3,10.00\n"
            + "2024-04-02,GRN-2,3,10.01\n"
            + "2024-04-03,OUT-1,-4,\n";
    assertThat(run(april, "--method", "monthly-average")).isZero();
    // 60.03 / 6 = 10.005, rounded to 10.01: the issue at 40.04, the 2 left take the -0.03
    assertThat(out())
        .endsWith(
            String.join(
                "\n",
                "2024-04-03  OUT-1                              10.01                         4"
                    + "         40.04           2         19.99",
                "-".repeat(120),
                "Totals      3 movements              6                       60.03           4"
                    + "         40.04           2         19.99",
                "",
                "Month 2024-04 closed at the average unit cost 10.01, the rounding difference in"
                    + " ending inventory:",
                "  opening 0.00 + receipts 60.03 = issues 40.04 + ending inventory 19.99",
                "  issues 40.04 = 40.04 (4 at 10.01)",
                "  ending inventory 19.99 = 20.02 (2 at 10.01) - 0.03 rounding difference",
                ""));
    assertThat(out())
        .startsWith(
            "Stock card (明细账) of "
                + dir.resolve("card.csv")
                + ", valued by month-end weighted average, rounding difference to ending"
                + " inventory, CNY\n");
  }

  @Test
  void anIssueBeyondTheStockNamesItsLineAndPrintsNothingElse() throws IOException {
    String content =
        "date,document,quantity,unit_cost\n"
            + "2024-03-01,GRN-1,10,5.00\n"
            + "2024-03-02,OUT-1,-4,\n"
            + "2024-03-03,OUT-2,-7,\n";
    assertThat(run(content, "--method", "fifo", "--format", "csv")).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("line 4, quantity: issue OUT-2 of 7 is beyond the stock on hand of 6");
  }

  @Test
  void aReceiptWithoutUnitCostNamesTheLineAndField() throws IOException {
    String content = "date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,\n";
    assertThat(run(content, "--method", "moving-average")).isEqualTo(1);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("line 2, unit_cost: a receipt needs a unit cost");
  }

  @Test
  void anUnparseableDateOrNumberNamesTheLineAndField() throws IOException {
    assertThat(
            run(
                "date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,1\n2024-13-01,GRN-2,1,1\n",
                "--method",
                "fifo"))
        .isEqualTo(1);
    assertThat(err()).contains("line 3, date: not an ISO date");
    err.reset();
    assertThat(
            run("date,document,quantity,unit_cost\n2024-03-01,GRN-1,ten,1\n", "--method", "fifo"))
        .isEqualTo(1);
    assertThat(err()).contains("line 2, quantity: not a decimal number: \"ten\"");
  }

  @Test
  void aQuantityFinerThanTheLedgerKeepsNamesTheLine() throws IOException {
    assertThat(
            run(
                "date,document,quantity,unit_cost\n2024-03-01,GRN-1,1.00001,1\n",
                "--method",
                "fifo"))
        .isEqualTo(1);
    assertThat(err()).contains("line 2, quantity: quantity must have at most 4 decimal places");
  }

  @Test
  void helpSaysHowToUseIt() {
    int status =
        StockCardCommand.run(
            new String[] {"--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out())
        .contains("--method fifo|lifo|moving-average")
        .contains("--average-scale N")
        .contains("--rounding half-even")
        .contains("--method monthly-average [--month-end-difference ending-inventory|issues]")
        .contains("falls back to issues")
        .contains(StockCardCommand.CSV_HEADER)
        .contains("date,document,quantity,unit_cost");
  }

  @Test
  void aWrongCommandLineExitsWithStatusTwo() throws IOException {
    assertThat(run(MARCH, "--method", "fifo-ish")).isEqualTo(2);
    assertThat(err())
        .contains(
            "--method must be fifo, lifo, moving-average, monthly-average or standard, was"
                + " fifo-ish");
    assertThat(out()).isEmpty();
  }

  @Test
  void aMissingFileIsNamed() {
    int status =
        StockCardCommand.run(
            new String[] {"--method", "fifo", dir.resolve("none.csv").toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isEqualTo(1);
    assertThat(err()).contains("none.csv: no such file");
  }

  @Test
  void theSampleFileInTheRepositoryValues() throws IOException {
    Path sample = Path.of("samples/stock-card.csv");
    int status =
        StockCardCommand.run(
            new String[] {"--method", "fifo", "--format", "csv", sample.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).as(err()).isZero();
    assertThat(out().lines().count()).isEqualTo(Files.readAllLines(sample).size());
  }
}
