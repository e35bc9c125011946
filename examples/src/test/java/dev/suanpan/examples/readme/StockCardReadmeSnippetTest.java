package dev.suanpan.examples.readme;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's stock-card tool section: its sample file is the repository's, the output it shows is
 * what the tool prints for it (by FIFO as CSV, at standard cost as a table and as CSV), and its
 * example error messages are the tool's.
 */
class StockCardReadmeSnippetTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return StockCardCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The ```csv blocks of the README's stock-card section, in order. */
  private static List<String> csvBlocks() throws IOException {
    return blocks("csv");
  }

  /** The fenced blocks of {@code language} in the README's stock-card section, in order. */
  private static List<String> blocks(String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### The stock-card tool");
    assertThat(start).as("the README has a stock-card section").isNotNegative();
    int end = readme.indexOf("\n## ", start);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
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
    assertThat(tables).hasSize(1);
    String sample = Path.of("examples", "samples", "stock-card.csv").toString();
    String readmeTable = tables.get(0);
    assertThat(readmeTable).contains("of " + sample + ", valued by standard cost");
    String[] standard = {
      "--method", "standard", "--standard", "2024-01-01=10.00", "--standard", "2024-04-01=11.00"
    };
    String[] table = Arrays.copyOf(standard, standard.length + 1);
    table[standard.length] = Path.of("samples", "stock-card.csv").toString();

    assertThat(run(table)).as(err.toString(StandardCharsets.UTF_8)).isZero();
    // the README runs it from the repository root, the test from examples/
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

    assertThat(run("--method", "lifo", card.toString())).isEqualTo(2);
    assertThat(run("--method", "fifo", "--format", "xml", card.toString())).isEqualTo(2);
    assertThat(run("--method", "fifo")).isEqualTo(2);
  }
}
