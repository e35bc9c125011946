package dev.suanpan.examples.stockcard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suanpan.money.Rounding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The standard-cost CSV of the stock-card tool adds up for any file and any schedule of standards:
 * each row moves the running balance by its value at standard, its revaluation and its issue cost;
 * the balance is always the quantity on hand at the standard of the row, to the fen; a receipt's
 * variance is its actual cost less its value at standard; the total row is the sum of the rows and
 * opening + receipts at standard + revaluations = issues + closing.
 */
class StandardCostStockCardProperties {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

  /** A movement to generate: days after the one before, quantity, issue or receipt, unit cost. */
  record Step(int days, BigDecimal quantity, boolean issue, BigDecimal unitCost) {}

  /** A standard to generate: days after 2024-03-01 it takes effect, and its unit cost. */
  record Standard(int day, BigDecimal unitCost) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<BigDecimal> quantities =
        Arbitraries.integers().between(1, 20_000).map(q -> BigDecimal.valueOf(q, 2));
    Arbitrary<BigDecimal> costs =
        Arbitraries.integers().between(0, 99_999).map(c -> BigDecimal.valueOf(c, 3));
    return Combinators.combine(
            Arbitraries.integers().between(0, 6), quantities, Arbitraries.of(true, false), costs)
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<Standard>> standards() {
    Arbitrary<BigDecimal> costs =
        Arbitraries.integers().between(0, 9_999_999).map(c -> BigDecimal.valueOf(c, 5));
    return Combinators.combine(Arbitraries.integers().between(1, 90), costs)
        .as(Standard::new)
        .list()
        .ofMaxSize(4);
  }

  @Property(tries = 300)
  void theStandardCostCsvAddsUpRowByRowAndInTotal(
      @ForAll("steps") List<Step> steps,
      @ForAll("standards") List<Standard> later,
      @ForAll("firstStandard") BigDecimal firstStandard)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(StockCardCsv.HEADER);
    LocalDate date = MARCH_1;
    BigDecimal onHand = BigDecimal.ZERO;
    int n = 0;
    for (Step s : steps) {
      date = date.plusDays(s.days());
      n++;
      if (s.issue() && onHand.signum() > 0) {
        BigDecimal q = s.quantity().min(onHand);
        onHand = onHand.subtract(q);
        lines.add(date + ",OUT-" + n + ",-" + q.toPlainString() + ",");
      } else {
        onHand = onHand.add(s.quantity());
        lines.add(date + ",GRN-" + n + "," + s.quantity().toPlainString() + "," + s.unitCost());
      }
    }
    Map<LocalDate, String> schedule = new LinkedHashMap<>();
    schedule.put(MARCH_1, firstStandard.toPlainString());
    later.forEach(
        st -> schedule.putIfAbsent(MARCH_1.plusDays(st.day()), st.unitCost().toPlainString()));
    List<String> options = new ArrayList<>();
    schedule.forEach((d, c) -> options.add(d + "=" + c));
    String csv = csv(lines, options);

    List<String[]> rows = csv.lines().skip(1).map(l -> l.split(",", -1)).toList();
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(13));
    BigDecimal balance = fen("0");
    BigDecimal in = fen("0");
    BigDecimal variance = fen("0");
    BigDecimal out = fen("0");
    BigDecimal revaluations = fen("0");
    for (String[] r : rows.subList(0, rows.size() - 1)) {
      BigDecimal change = amount(r[5]).add(amount(r[10])).subtract(amount(r[7]));
      balance = balance.add(change);
      assertThat(amount(r[12])).as("running balance of %s", r[1]).isEqualTo(balance);
      BigDecimal atStandard =
          Rounding.FEN.roundDecimal(new BigDecimal(r[11]).multiply(new BigDecimal(r[4])), 2);
      assertThat(amount(r[12])).as("balance of %s at standard", r[1]).isEqualTo(atStandard);
      if (r[1].startsWith("GRN-")) {
        BigDecimal actual =
            Rounding.FEN.roundDecimal(new BigDecimal(r[2]).multiply(new BigDecimal(r[3])), 2);
        assertThat(amount(r[6]))
            .as("variance of %s", r[1])
            .isEqualTo(actual.subtract(amount(r[5])));
      }
      if (r[1].startsWith("STD-")) {
        BigDecimal q = new BigDecimal(r[8]);
        BigDecimal before = Rounding.FEN.roundDecimal(q.multiply(new BigDecimal(r[9])), 2);
        BigDecimal after = Rounding.FEN.roundDecimal(q.multiply(new BigDecimal(r[4])), 2);
        assertThat(amount(r[10])).as("revaluation %s", r[1]).isEqualTo(after.subtract(before));
      }
      in = in.add(amount(r[5]));
      variance = variance.add(amount(r[6]));
      out = out.add(amount(r[7]));
      revaluations = revaluations.add(amount(r[10]));
    }
    String[] total = rows.get(rows.size() - 1);
    assertThat(total[0]).isEmpty();
    assertThat(total[1]).isEqualTo("total");
    assertThat(amount(total[5])).isEqualTo(in);
    assertThat(amount(total[6])).isEqualTo(variance);
    assertThat(amount(total[7])).isEqualTo(out);
    assertThat(amount(total[10])).isEqualTo(revaluations);
    assertThat(amount(total[12])).isEqualTo(balance);
    assertThat(new BigDecimal(total[11])).isEqualByComparingTo(onHand);
    assertThat(in.add(revaluations)).isEqualTo(out.add(amount(total[12])));
  }

  /** The tool's CSV of {@code lines} at standard cost with {@code standards}, as a user runs it. */
  private static String csv(List<String> lines, List<String> standards) throws IOException {
    Path file = Files.createTempFile("stock-card", ".csv");
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>(List.of("--method", "standard", "--format", "csv"));
      for (String s : standards) {
        args.add("--standard");
        args.add(s);
      }
      args.add(file.toString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          StockCardCommand.run(
              args.toArray(String[]::new),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<BigDecimal> firstStandard() {
    return Arbitraries.integers().between(0, 9_999_999).map(c -> BigDecimal.valueOf(c, 5));
  }

  private static BigDecimal amount(String text) {
    return text.isEmpty() ? fen("0") : new BigDecimal(text).setScale(2);
  }

  private static BigDecimal fen(String text) {
    return new BigDecimal(text).setScale(2);
  }
}
