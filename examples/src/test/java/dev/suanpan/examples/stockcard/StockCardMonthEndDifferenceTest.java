package dev.suanpan.examples.stockcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --month-end-difference}: under the month-end average the rounding difference of the unit
 * cost stays in ending inventory (the default) or is spread over the month's issues; the default
 * falls back to the issues in a month where ending inventory would be a positive stock with a
 * negative value, and the table says which applied and where the difference went.
 */
class StockCardMonthEndDifferenceTest {
  private static final String ROW = "%-10s  %-14s  %10s  %12s  %12s  %10s  %12s  %10s  %12s";
  private static final String RULE = "-".repeat(120);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return StockCardCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String row(String... cells) {
    return String.format(Locale.ROOT, ROW, (Object[]) cells);
  }

  private static String sample() {
    return Path.of("samples", "stock-card.csv").toString();
  }

  /**
   * 201 pieces received on 1 May at 0.505 (101.505, rounded to 101.51), then {@code issues} issues
   * of one piece, eight a day from 2 May.
   */
  private Path manySmallIssues(int issues) throws IOException {
    StringBuilder csv = new StringBuilder("date,document,quantity,unit_cost\n");
    csv.append("2024-05-01,GRN-1,201,0.505\n");
    for (int n = 1; n <= issues; n++) {
      csv.append(issueDate(n)).append(",OUT-").append(n).append(",-1,\n");
    }
    Path file = dir.resolve("many-issues.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  private static String issueDate(int n) {
    return String.format(Locale.ROOT, "2024-05-%02d", 2 + (n - 1) / 8);
  }

  @Test
  void theSampleWithTheDifferenceOnTheIssuesPutsAprilsCentOnTheIssue() {
    assertThat(
            run(
                "--method",
                "monthly-average",
                "--month-end-difference",
                "issues",
                "--format",
                "table",
                sample()))
        .as(err())
        .isZero();
    // April: (562.50 + 30.03) / 53 = 11.1798.. -> 11.18; the 13 left at 13 × 11.18 = 145.34, the
    // issue takes the rest, 592.53 - 145.34 = 447.19, a cent under 40 × 11.18 = 447.20
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                "Stock card (明细账) of "
                    + sample()
                    + ", valued by month-end weighted average, rounding difference to the issues,"
                    + " CNY",
                "",
                row(
                    "Date",
                    "Document",
                    "In qty",
                    "Unit cost",
                    "In value",
                    "Out qty",
                    "Out cost",
                    "Bal qty",
                    "Bal value"),
                RULE,
                row("2024-03-01", "GRN-0301", "100", "10", "1000.00", "", "", "100", "1000.00"),
                row("2024-03-05", "GRN-0305", "200", "12", "2400.00", "", "", "300", "3400.00"),
                row("2024-03-10", "OUT-0310", "", "11.25", "", "150", "1687.50", "150", "1712.50"),
                row("2024-03-15", "GRN-0315", "100", "11", "1100.00", "", "", "250", "2812.50"),
                row("2024-03-20", "OUT-0320", "", "11.25", "", "200", "2250.00", "50", "562.50"),
                row("2024-04-02", "GRN-0402", "3", "10.01", "30.03", "", "", "53", "592.53"),
                row("2024-04-08", "OUT-0408", "", "11.17975", "", "40", "447.19", "13", "145.34"),
                RULE,
                row(
                    "Totals",
                    "7 movements",
                    "403",
                    "",
                    "4530.03",
                    "390",
                    "4384.69",
                    "13",
                    "145.34"),
                "",
                "Month 2024-03 closed at the average unit cost 11.25, the rounding difference spread"
                    + " over the issues:",
                "  opening 0.00 + receipts 4500.00 = issues 3937.50 + ending inventory 562.50",
                "  issues 3937.50 = 3937.50 (350 at 11.25) + 0.00 rounding difference",
                "  ending inventory 562.50 = 562.50 (50 at 11.25)",
                "",
                "Month 2024-04 closed at the average unit cost 11.18, the rounding difference spread"
                    + " over the issues:",
                "  opening 562.50 + receipts 30.03 = issues 447.19 + ending inventory 145.34",
                "  issues 447.19 = 447.20 (40 at 11.18) - 0.01 rounding difference",
                "  ending inventory 145.34 = 145.34 (13 at 11.18)",
                ""));
    assertThat(err()).isEmpty();
  }

  @Test
  void theSampleByDefaultLeavesAprilsCentInEndingInventory() {
    assertThat(run("--method", "monthly-average", sample())).as(err()).isZero();
    assertThat(out())
        .contains(
            String.join(
                "\n",
                row("2024-04-08", "OUT-0408", "", "11.18", "", "40", "447.20", "13", "145.33"),
                RULE,
                row(
                    "Totals",
                    "7 movements",
                    "403",
                    "",
                    "4530.03",
                    "390",
                    "4384.70",
                    "13",
                    "145.33"),
                "",
                "Month 2024-03 closed at the average unit cost 11.25, the rounding difference in"
                    + " ending inventory:",
                "  opening 0.00 + receipts 4500.00 = issues 3937.50 + ending inventory 562.50",
                "  issues 3937.50 = 3937.50 (350 at 11.25)",
                "  ending inventory 562.50 = 562.50 (50 at 11.25) + 0.00 rounding difference",
                "",
                "Month 2024-04 closed at the average unit cost 11.18, the rounding difference in"
                    + " ending inventory:",
                "  opening 562.50 + receipts 30.03 = issues 447.20 + ending inventory 145.33",
                "  issues 447.20 = 447.20 (40 at 11.18)",
                "  ending inventory 145.33 = 145.34 (13 at 11.18) - 0.01 rounding difference",
                ""));
    out.reset();
    assertThat(
            run(
                "--method",
                "monthly-average",
                "--month-end-difference",
                "ending-inventory",
                sample()))
        .isZero();
    assertThat(out()).contains("ending inventory 145.33 = 145.34 (13 at 11.18) - 0.01 rounding");
  }

  @Test
  void theCsvKeepsItsColumnsAndCarriesTheIssuesShare() {
    assertThat(
            run(
                "--method",
                "monthly-average",
                "--month-end-difference",
                "issues",
                "--format",
                "csv",
                sample()))
        .as(err())
        .isZero();
    assertThat(out())
        .isEqualTo(
            String.join(
                "\n",
                StockCardCommand.CSV_HEADER,
                "2024-03-01,GRN-0301,100,10,,100,1000.00",
                "2024-03-05,GRN-0305,200,12,,300,3400.00",
                "2024-03-10,OUT-0310,-150,,1687.50,150,1712.50",
                "2024-03-15,GRN-0315,100,11,,250,2812.50",
                "2024-03-20,OUT-0320,-200,,2250.00,50,562.50",
                "2024-04-02,GRN-0402,3,10.01,,53,592.53",
                "2024-04-08,OUT-0408,-40,,447.19,13,145.34",
                ""));
  }

  @Test
  void manyIssuesAndOnePieceLeftFallBackToTheIssuesUnderTheDefault() throws IOException {
    Path file = manySmallIssues(200);
    assertThat(run("--method", "monthly-average", file.toString())).as(err()).isZero();
    // 101.51 / 201 = 0.50502.. -> 0.51; 200 issues at 0.51 = 102.00 would leave the piece at
    // -0.49, so the piece stays at 0.51 and the 200 issues share 101.00: the first 100 at 0.51,
    // the rest at 0.50 (largest remainder, ties to the earlier issue)
    List<String> expected = new ArrayList<>();
    expected.add(
        "Stock card (明细账) of "
            + file
            + ", valued by month-end weighted average, rounding difference to ending inventory,"
            + " CNY");
    expected.add("");
    expected.add(
        row(
            "Date",
            "Document",
            "In qty",
            "Unit cost",
            "In value",
            "Out qty",
            "Out cost",
            "Bal qty",
            "Bal value"));
    expected.add(RULE);
    expected.add(row("2024-05-01", "GRN-1", "201", "0.505", "101.51", "", "", "201", "101.51"));
    BigDecimal balance = new BigDecimal("101.51");
    for (int n = 1; n <= 200; n++) {
      BigDecimal cost = new BigDecimal(n <= 100 ? "0.51" : "0.50");
      balance = balance.subtract(cost);
      expected.add(
          row(
              issueDate(n),
              "OUT-" + n,
              "",
              n <= 100 ? "0.51" : "0.5",
              "",
              "1",
              cost.toPlainString(),
              Integer.toString(201 - n),
              balance.toPlainString()));
    }
    expected.add(RULE);
    expected.add(row("Totals", "201 movements", "201", "", "101.51", "200", "101.00", "1", "0.51"));
    expected.add("");
    expected.add(
        "Month 2024-05 closed at the average unit cost 0.51, the rounding difference spread over"
            + " the issues (fallback: in ending inventory it would leave the 1 left worth -0.49):");
    expected.add("  opening 0.00 + receipts 101.51 = issues 101.00 + ending inventory 0.51");
    expected.add("  issues 101.00 = 102.00 (200 at 0.51) - 1.00 rounding difference");
    expected.add("  ending inventory 0.51 = 0.51 (1 at 0.51)");
    assertThat(out().lines()).containsExactlyElementsOf(expected);
    assertThat(out()).endsWith("\n");
    assertThat(balance).isEqualByComparingTo("0.51");
  }

  @Test
  void askedForTheIssuesTheSameMonthIsNoFallback() throws IOException {
    Path file = manySmallIssues(200);
    assertThat(
            run("--method", "monthly-average", "--month-end-difference", "issues", file.toString()))
        .as(err())
        .isZero();
    assertThat(out())
        .endsWith(
            String.join(
                "\n",
                row("Totals", "201 movements", "201", "", "101.51", "200", "101.00", "1", "0.51"),
                "",
                "Month 2024-05 closed at the average unit cost 0.51, the rounding difference spread"
                    + " over the issues:",
                "  opening 0.00 + receipts 101.51 = issues 101.00 + ending inventory 0.51",
                "  issues 101.00 = 102.00 (200 at 0.51) - 1.00 rounding difference",
                "  ending inventory 0.51 = 0.51 (1 at 0.51)",
                ""))
        .doesNotContain("fallback");
  }

  @Test
  void fewerIssuesKeepTheDifferenceInEndingInventory() throws IOException {
    // 100 issues at 0.51 = 51.00; the 101 left worth 101.51 - 51.00 = 50.51, 1.00 under 101 × 0.51
    Path file = manySmallIssues(100);
    assertThat(run("--method", "monthly-average", file.toString())).as(err()).isZero();
    assertThat(out())
        .endsWith(
            String.join(
                "\n",
                row("Totals", "101 movements", "201", "", "101.51", "100", "51.00", "101", "50.51"),
                "",
                "Month 2024-05 closed at the average unit cost 0.51, the rounding difference in"
                    + " ending inventory:",
                "  opening 0.00 + receipts 101.51 = issues 51.00 + ending inventory 50.51",
                "  issues 51.00 = 51.00 (100 at 0.51)",
                "  ending inventory 50.51 = 51.51 (101 at 0.51) - 1.00 rounding difference",
                ""));
  }

  @Test
  void anEmptiedStockPutsTheDifferenceOnItsLastIssue() throws IOException {
    Path file = dir.resolve("emptied.csv");
    Files.writeString(
        file,
        "date,document,quantity,unit_cost\n"
            + "2024-04-01,GRN-1,3,10.00\n"
            + "2024-04-02,GRN-2,3,10.01\n"
            + "2024-04-03,OUT-1,-4,\n"
            + "2024-04-04,OUT-2,-2,\n",
        StandardCharsets.UTF_8);
    assertThat(run("--method", "monthly-average", file.toString())).as(err()).isZero();
    // 10.01 each: OUT-1 40.04; OUT-2 20.02 less the -0.03 difference, 19.99, so nothing is left
    assertThat(out())
        .endsWith(
            String.join(
                "\n",
                row("2024-04-03", "OUT-1", "", "10.01", "", "4", "40.04", "2", "19.99"),
                row("2024-04-04", "OUT-2", "", "9.995", "", "2", "19.99", "0", "0.00"),
                RULE,
                row("Totals", "4 movements", "6", "", "60.03", "6", "60.03", "0", "0.00"),
                "",
                "Month 2024-04 closed at the average unit cost 10.01, the stock ended empty, the"
                    + " rounding difference on its last issue, OUT-2:",
                "  opening 0.00 + receipts 60.03 = issues 60.03 + ending inventory 0.00",
                "  issues 60.03 = 60.06 (6 at 10.01) - 0.03 rounding difference",
                "  ending inventory 0.00 = 0.00 (0 at 10.01)",
                ""));
  }

  @Test
  void anEmptiedStockWhoseLastIssueWouldGoNegativeFallsBackToTheIssues() throws IOException {
    // 201 issues at 0.51 = 102.51, 1.00 more than received: OUT-201 would be 0.51 - 1.00
    Path file = manySmallIssues(201);
    assertThat(run("--method", "monthly-average", file.toString())).as(err()).isZero();
    assertThat(out())
        .contains(row("2024-05-14", "OUT-101", "", "0.51", "", "1", "0.51", "100", "50.00"))
        .contains(row("2024-05-14", "OUT-102", "", "0.5", "", "1", "0.50", "99", "49.50"))
        .endsWith(
            String.join(
                "\n",
                row("2024-05-27", "OUT-201", "", "0.5", "", "1", "0.50", "0", "0.00"),
                RULE,
                row("Totals", "202 movements", "201", "", "101.51", "201", "101.51", "0", "0.00"),
                "",
                "Month 2024-05 closed at the average unit cost 0.51, the rounding difference spread"
                    + " over the issues (fallback: on the last issue of the emptied stock, OUT-201,"
                    + " it would make that issue -0.49):",
                "  opening 0.00 + receipts 101.51 = issues 101.51 + ending inventory 0.00",
                "  issues 101.51 = 102.51 (201 at 0.51) - 1.00 rounding difference",
                "  ending inventory 0.00 = 0.00 (0 at 0.51)",
                ""));
  }

  @Test
  void anUnknownTreatmentIsAUsageError() {
    assertThat(run("--method", "monthly-average", "--month-end-difference", "weekly", sample()))
        .isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "stock-card: --month-end-difference must be ending-inventory or issues, was weekly"
                + System.lineSeparator()
                + "Try: stock-card --help"
                + System.lineSeparator());
  }

  @Test
  void theOptionWithoutAValueIsAUsageError() {
    assertThat(run("--method", "monthly-average", sample(), "--month-end-difference")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "stock-card: --month-end-difference needs a value"
                + System.lineSeparator()
                + "Try: stock-card --help"
                + System.lineSeparator());
  }

  @Test
  void theOptionWithAnotherMethodIsAUsageError() {
    assertThat(run("--method", "fifo", "--month-end-difference", "issues", sample())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "stock-card: --month-end-difference applies only to --method monthly-average, was"
                + " --month-end-difference issues with --method fifo"
                + System.lineSeparator()
                + "Try: stock-card --help"
                + System.lineSeparator());
    err.reset();
    assertThat(
            run(
                "--month-end-difference",
                "ending-inventory",
                "--method",
                "moving-average",
                sample()))
        .isEqualTo(2);
    assertThat(err())
        .startsWith(
            "stock-card: --month-end-difference applies only to --method monthly-average, was"
                + " --month-end-difference ending-inventory with --method moving-average");
    err.reset();
    assertThat(
            run(
                "--method",
                "standard",
                "--standard",
                "2024-01-01=10.00",
                "--month-end-difference",
                "issues",
                sample()))
        .isEqualTo(2);
    assertThat(err())
        .startsWith(
            "stock-card: --month-end-difference applies only to --method monthly-average, was"
                + " --month-end-difference issues with --method standard");
    assertThat(out()).isEmpty();
  }
}
