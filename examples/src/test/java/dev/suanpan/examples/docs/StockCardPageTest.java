package dev.suanpan.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.examples.stockcard.StockCardCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock-card page (docs/stock-card.md): its sample file is the repository's, the output it
 * shows is what the tool prints for it (by FIFO as CSV, at standard cost as a table and as CSV, by
 * month-end average with the rounding difference on the issues as a table, and the fallback month
 * of its 201-piece file), and the messages and lines it quotes are the tool's.
 */
class StockCardPageTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return StockCardCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The stock-card page, docs/stock-card.md. */
  private static String page() throws IOException {
    return Files.readString(Path.of("..", "docs", "stock-card.md"), StandardCharsets.UTF_8);
  }

  /** The ```csv blocks of the stock-card page, in order. */
  private static List<String> csvBlocks() throws IOException {
    return blocks("csv");
  }

  /** The stock-card page with its line breaks as spaces (for quotes that wrap). */
  private static String prose() throws IOException {
    return page().replace('\n', ' ');
  }

  /** The fenced blocks of {@code language} in the stock-card page, in order. */
  private static List<String> blocks(String language) throws IOException {
    String section = page();
    String fence = "```" + language + "\n";
    List<String> blocks = new ArrayList<>();
    int from = 0;
    while ((from = section.indexOf(fence, from)) >= 0) {
      int close = section.indexOf("```", from + fence.length());
      blocks.add(section.substring(from + fence.length(), close));
      from = close + 3;
    }
    return blocks;
  }

  @Test
  void theSampleAndItsFifoCsvAreWhatTheReadmeShows() throws IOException {
    List<String> blocks = csvBlocks();
    assertThat(blocks).hasSize(3);
    Path sample = Path.of("samples", "stock-card.csv");
    assertThat(Files.readString(sample, StandardCharsets.UTF_8)).isEqualTo(blocks.get(0));

    int status = run("--method", "fifo", "--format", "csv", sample.toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(blocks.get(1).lines().toList());
  }

  @Test
  void theSampleAtStandardCostPrintsTheTableAndCsvTheReadmeShows() throws IOException {
    List<String> tables = blocks("text");
    assertThat(tables).hasSize(3);
    String sample = Path.of("examples", "samples", "stock-card.csv").toString();
    String readmeTable = tables.get(0);
    assertThat(readmeTable).contains("of " + sample + ", valued by standard cost");
    String[] standard = {
      "--method", "standard", "--standard", "2024-01-01=10.00", "--standard", "2024-04-01=11.00"
    };
    String[] table = Arrays.copyOf(standard, standard.length + 1);
    table[standard.length] = Path.of("samples", "stock-card.csv").toString();

    assertThat(run(table)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    // the page runs it from the repository root, the test from examples/
    assertThat(out.toString(StandardCharsets.UTF_8).replace(table[standard.length], sample).lines())
        .containsExactlyElementsOf(readmeTable.lines().toList());

    out.reset();
    String[] csv = Arrays.copyOf(standard, standard.length + 3);
    csv[standard.length] = "--format";
    csv[standard.length + 1] = "csv";
    csv[standard.length + 2] = table[standard.length];
    assertThat(run(csv)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(csvBlocks().get(2).lines().toList());
  }

  @Test
  void theStandardCostErrorsTheReadmeQuotesAreTheToolsOwn() throws IOException {
    Path card = dir.resolve("card.csv");
    Files.writeString(
        card,
        "date,document,quantity,unit_cost\n2024-02-28,GRN-0,1,5.00\n2024-03-01,GRN-1,10,5.00\n",
        StandardCharsets.UTF_8);
    assertThat(run("--method", "standard", "--standard", "2024-03-01=5", card.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "line 2, date: GRN-0 is dated 2024-02-28, before the first standard cost, in effect"
                + " from 2024-03-01; give a --standard from 2024-02-28 or earlier");

    err.reset();
    assertThat(run("--method", "standard", "--standard", "2024-13-01=10.00", card.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--standard 2024-13-01=10.00: not an ISO date (yyyy-mm-dd): \"2024-13-01\"");
    err.reset();
    assertThat(run("--method", "standard", "--standard", "2024-01-01=ten", card.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--standard 2024-01-01=ten: the unit cost is not a decimal number: \"ten\"");
    assertThat(run("--method", "standard", card.toString())).isEqualTo(2);
    assertThat(run("--method", "fifo", "--standard", "2024-01-01=10", card.toString()))
        .isEqualTo(2);
  }

  @Test
  void theErrorsTheReadmeQuotesAreTheToolsOwn() throws IOException {
    Path card = dir.resolve("card.csv");
    Files.writeString(
        card,
        "date,document,quantity,unit_cost\n"
            + "2024-03-01,GRN-1,10,5.00\n"
            + "2024-03-02,OUT-1,-4,\n"
            + "2024-03-03,OUT-2,-7,\n",
        StandardCharsets.UTF_8);
    assertThat(run("--method", "fifo", card.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "stock-card: "
                + card
                + ": line 4, quantity: issue OUT-2 of 7 is beyond the stock on hand of 6"
                + System.lineSeparator());

    err.reset();
    Files.writeString(
        card, "date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,\n", StandardCharsets.UTF_8);
    assertThat(run("--method", "fifo", card.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("line 2, unit_cost: a receipt needs a unit cost");

    err.reset();
    Files.writeString(
        card,
        "date,document,quantity,unit_cost\n2024-03-01,GRN-1,10,1\n2024-13-01,GRN-2,1,1\n",
        StandardCharsets.UTF_8);
    assertThat(run("--method", "fifo", card.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("line 3, date: not an ISO date (yyyy-mm-dd): \"2024-13-01\"");

    assertThat(run("--method", "hifo", card.toString())).isEqualTo(2);
    assertThat(run("--method", "fifo", "--format", "xml", card.toString())).isEqualTo(2);
    assertThat(run("--method", "fifo")).isEqualTo(2);
  }

  @Test
  void theSampleWithTheDifferenceOnTheIssuesPrintsTheTableTheReadmeShows() throws IOException {
    String readmeTable = blocks("text").get(1);
    String sample = Path.of("examples", "samples", "stock-card.csv").toString();
    assertThat(readmeTable).contains("of " + sample + ", valued by month-end weighted average");
    String file = Path.of("samples", "stock-card.csv").toString();

    assertThat(run("--method", "monthly-average", "--month-end-difference", "issues", file))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).replace(file, sample).lines())
        .containsExactlyElementsOf(readmeTable.lines().toList());

    // the default's April, as the page quotes it
    out.reset();
    assertThat(run("--method", "monthly-average", file)).isZero();
    String prose = prose();
    for (String quote :
        List.of(
            "issues 447.20 = 447.20 (40 at 11.18)",
            "ending inventory 145.33 = 145.34 (13 at 11.18) - 0.01 rounding difference")) {
      assertThat(prose).contains("`" + quote + "`");
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("  " + quote + "\n");
    }
  }

  /**
   * The page's fallback file: 201 pieces received on 2024-05-01 at 0.505, then {@code issues}
   * issues of one piece in May.
   */
  private Path manySmallIssues(int issues) throws IOException {
    StringBuilder csv = new StringBuilder("date,document,quantity,unit_cost\n");
    csv.append("2024-05-01,GRN-1,201,0.505\n");
    for (int n = 1; n <= issues; n++) {
      csv.append(String.format(Locale.ROOT, "2024-05-%02d,OUT-%d,-1,\n", 2 + n / 10, n));
    }
    Path file = dir.resolve("may.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void theFallbackTheReadmeShowsIsWhatTheToolPrints() throws IOException {
    String readmeBlock = blocks("text").get(2);
    String file = manySmallIssues(200).toString();

    assertThat(run("--method", "monthly-average", file))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> expected = readmeBlock.lines().toList();
    assertThat(printed.subList(printed.size() - expected.size(), printed.size()))
        .containsExactlyElementsOf(expected);
    assertThat(expected.get(0)).contains("(fallback: ");

    out.reset();
    assertThat(run("--method", "monthly-average", "--month-end-difference", "issues", file))
        .isZero();
    List<String> asked = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(asked.subList(asked.size() - expected.size() + 1, asked.size()))
        .containsExactlyElementsOf(expected.subList(1, expected.size()));
    assertThat(asked.get(asked.size() - expected.size()))
        .isEqualTo(
            "Month 2024-05 closed at the average unit cost 0.51, the rounding difference spread"
                + " over the issues:");

    // the emptied stock's fallback the page quotes: one more issue
    out.reset();
    assertThat(run("--method", "monthly-average", manySmallIssues(201).toString())).isZero();
    String emptied =
        "fallback: on the last issue of the emptied stock, OUT-201, it would make that issue -0.49";
    assertThat(prose()).contains("`" + emptied + "`");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("(" + emptied + "):\n");
  }

  @Test
  void theEmptiedStockAndTheUsageErrorsTheReadmeQuotesAreTheToolsOwn() throws IOException {
    Path card = dir.resolve("card.csv");
    Files.writeString(
        card,
        "date,document,quantity,unit_cost\n"
            + "2024-04-01,GRN-1,3,10.00\n"
            + "2024-04-02,GRN-2,3,10.01\n"
            + "2024-04-03,OUT-1,-4,\n"
            + "2024-04-04,OUT-2,-2,\n",
        StandardCharsets.UTF_8);
    String prose = prose();
    assertThat(run("--method", "monthly-average", card.toString())).isZero();
    String emptied = "the stock ended empty, the rounding difference on its last issue, OUT-2";
    assertThat(prose).contains("`" + emptied + "`");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(", " + emptied + ":\n");

    String unknown = "--month-end-difference must be ending-inventory or issues, was weekly";
    assertThat(prose).contains("`" + unknown + "`");
    assertThat(
            run("--method", "monthly-average", "--month-end-difference", "weekly", card.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("stock-card: " + unknown + "\n");

    err.reset();
    String elsewhere =
        "--month-end-difference applies only to --method monthly-average, was"
            + " --month-end-difference issues with --method fifo";
    assertThat(prose).contains("`" + elsewhere + "`");
    assertThat(run("--method", "fifo", "--month-end-difference", "issues", card.toString()))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("stock-card: " + elsewhere + "\n");
  }
}
