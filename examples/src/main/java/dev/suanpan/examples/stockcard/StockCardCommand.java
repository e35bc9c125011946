package dev.suanpan.examples.stockcard;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.MovementKind;
import dev.suanpan.inventory.StockCardStream;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import dev.suanpan.money.Rounding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The {@code stock-card} command: reads a CSV of receipts and issues, values it by FIFO, moving
 * average, month-end average (its rounding difference in ending inventory or on the issues) or
 * standard cost with the inventory module's {@link StockCardStream}, and prints the stock card as a
 * table or as CSV. Reads the file twice: first to check every row (so a bad row or a bad command
 * line prints nothing but the error), then to write the card as it values it. Memory stays bounded
 * whatever the file's length: one record at a time, the open state of the valuation (under the
 * month-end average the open month), and for the duplicate check a 64-bit hash and a line number
 * per document (none with {@code --duplicates allow}).
 */
public final class StockCardCommand {
  /** The CSV output's header under FIFO and the averages. */
  public static final String CSV_HEADER =
      "date,document,quantity,unit_cost,issue_cost,balance_quantity,balance_value";

  /**
   * The CSV output's header under standard cost: the movements and the standard cost revaluations,
   * each with the running balance, then a total row with an empty date.
   */
  public static final String STANDARD_CSV_HEADER =
      "date,document,quantity,unit_cost,standard_cost,value_at_standard,purchase_price_variance,"
          + "issue_cost,revalued_quantity,previous_standard_cost,revaluation,balance_quantity,"
          + "balance_value";

  static final String HELP =
      String.join(
          "\n",
          "Usage: stock-card --method fifo|lifo|moving-average [--format table|csv] [OPTIONS] FILE",
          "       stock-card --method monthly-average"
              + " [--month-end-difference ending-inventory|issues]",
          "                  [--format table|csv] [OPTIONS] FILE",
          "       stock-card --method standard --standard DATE=UNIT_COST [--standard ...]"
              + " [--format table|csv] [OPTIONS] FILE",
          "OPTIONS: [--rounding half-up|half-even] [--average-scale N] [--encoding NAME]",
          "         [--duplicates refuse|allow]",
          "",
          "Values a stock card (明细账) from FILE, a CSV with the header",
          "  " + StockCardCsv.HEADER,
          "one movement per line, in date order: an ISO date (2024-03-01), a document number, a",
          "decimal quantity (positive for a receipt, negative for an issue) and a unit cost",
          "(required for a receipt, empty for an issue). Amounts are in CNY, to the fen.",
          "The file may be as a spreadsheet saves it (RFC 4180): fields in double quotes (holding",
          "commas, line breaks, \"\" for a quote), CRLF line ends, numbers with thousands",
          "separators in quotes (\"1,234.50\"), a UTF-8 byte order mark, empty trailing columns.",
          "",
          "  --method fifo             first in, first out",
          "  --method lifo             last in, first out, perpetual (US GAAP; not allowed by",
          "                            Chinese standards or IFRS)",
          "  --method moving-average   average recomputed at each receipt",
          "  --method monthly-average  month-end weighted average: issue costs settled at the",
          "                            month's close, the unit cost rounded to the fen; the",
          "                            rounding difference goes where --month-end-difference says",
          "  --month-end-difference ending-inventory",
          "                            (default) each issue at quantity x unit cost, ending",
          "                            inventory takes the rounding difference (the last issue",
          "                            when the stock ends the month empty); a month where that",
          "                            would leave a positive stock with a negative value, or the",
          "                            last issue negative, falls back to issues (the table",
          "                            says fallback)",
          "  --month-end-difference issues",
          "                            ending inventory at quantity x unit cost, the month's",
          "                            issues take the rounding difference, split in proportion to",
          "                            their quantities. Only with --method monthly-average",
          "  --average-scale N         decimal places of the month-end unit cost, 0 to 6 (default",
          "                            2: to the fen). Only with --method monthly-average",
          "  --rounding half-up        (default) every cost rounded to the fen half up",
          "  --rounding half-even      every cost rounded to the fen half to even (banker's",
          "                            rounding, as frappe and ERPNext round)",
          "  --method standard         standard cost (标准成本法): every movement at the standard",
          "                            unit cost of its date; a receipt's actual cost less its",
          "                            value at standard is its purchase price variance (positive",
          "                            is unfavourable); when a new standard takes effect the",
          "                            stock on hand at the end of the day before is re-valued",
          "  --standard DATE=UNIT_COST the standard unit cost in effect from DATE (an ISO date; a",
          "                            decimal of at most 6 places, not negative), such as",
          "                            2024-04-01=11.00; repeat for each change of standard;",
          "                            required with --method standard, and only with it. No",
          "                            movement may be dated before the first standard",
          "  --format table            a readable stock card with totals (default), columns",
          "                            aligned by display width (a Chinese character takes two);",
          "                            under the month-end average each month's unit cost, where",
          "                            its rounding difference went (and whether by fallback), and",
          "                            how the month's issues and ending inventory add up; under",
          "                            standard cost the variance, the revaluations and how they",
          "                            add up",
          "  --format csv              the header",
          "                              " + CSV_HEADER,
          "                            and one row per movement (issue_cost for issues), nothing",
          "                            else; under standard cost the header",
          "                              " + STANDARD_CSV_HEADER,
          "                            one row per movement and per revaluation (document",
          "                            STD-DATE) with the running balance, then a total row",
          "                            (empty date, document total)",
          "  --encoding NAME           the file's character encoding (default UTF-8), such as",
          "                            GBK or GB18030 for a CSV saved by a Chinese spreadsheet,",
          "                            UTF-16 for Unicode text; a file that does not decode stops",
          "                            with the line and byte where it failed",
          "  --duplicates refuse       (default) a document number given twice stops with both",
          "                            line numbers",
          "  --duplicates allow        takes repeated document numbers as they are",
          "  --help                    this text",
          "",
          "A bad row (unparseable date or number, missing unit cost, a date before the row",
          "before, an issue beyond the stock on hand, a date before the first standard, a",
          "repeated document) stops with a message naming the line and the field, and exit",
          "status 1; so does running out of memory or any other failure, in one line; a wrong",
          "command line exits with status 2. The file is read twice (checked, then written), one",
          "row at a time, so any length runs in a small heap.");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private StockCardCommand() {}

  /** The command line, once understood. */
  private record Options(
      CostingPolicy policy,
      boolean csv,
      String file,
      Charset charset,
      boolean defaultCharset,
      boolean duplicates) {}

  /**
   * Runs the command with {@code args} (after {@code stock-card}); returns the exit status: 0, 1
   * for bad input or any failure (one line on {@code err}, never a stack trace), 2 for a wrong
   * command line.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String at = "";
    try {
      Object parsed = options(args, out, err);
      if (parsed instanceof Integer status) {
        return status;
      }
      Options o = (Options) parsed;
      at = o.file() + ": ";
      return run(o, out, err);
    } catch (OutOfMemoryError e) {
      err.println(
          "stock-card: "
              + at
              + "out of memory (a heap of "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); give java a larger -Xmx, or --duplicates allow to keep no document index");
      return 1;
    } catch (Throwable e) { // any other failure: one line, no stack trace
      String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
      err.println("stock-card: " + at + "failed: " + e.getClass().getSimpleName() + ": " + message);
      return 1;
    }
  }

  /** The options of {@code args}, or the exit status when it printed the help or a usage error. */
  private static Object options(String[] args, PrintStream out, PrintStream err) {
    String method = null;
    String format = "table";
    String file = null;
    String monthEndDifference = null;
    String encoding = null;
    String duplicates = "refuse";
    String averageScale = null;
    String rounding = null;
    List<String> standards = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          out.println(HELP);
          out.flush();
          return 0;
        case "--method":
        case "--format":
        case "--standard":
        case "--month-end-difference":
        case "--encoding":
        case "--duplicates":
        case "--average-scale":
        case "--rounding":
          if (i + 1 >= args.length) {
            return usage(err, a + " needs a value");
          }
          String v = args[++i];
          switch (a) {
            case "--method" -> method = v;
            case "--format" -> format = v;
            case "--month-end-difference" -> monthEndDifference = v;
            case "--encoding" -> encoding = v;
            case "--duplicates" -> duplicates = v;
            case "--average-scale" -> averageScale = v;
            case "--rounding" -> rounding = v;
            default -> standards.add(v);
          }
          break;
        default:
          if (a.startsWith("--")) {
            return usage(err, "unknown option " + a);
          }
          if (file != null) {
            return usage(err, "only one FILE, got " + file + " and " + a);
          }
          file = a;
      }
    }
    if (method == null) {
      return usage(err, "--method is required");
    }
    CostingPolicy policy;
    switch (method) {
      case "fifo":
        policy = CostingPolicy.of(CostingMethod.FIFO);
        break;
      case "moving-average":
        policy = CostingPolicy.of(CostingMethod.MOVING_AVERAGE);
        break;
      case "lifo":
        policy = CostingPolicy.of(CostingMethod.LIFO);
        break;
      case "monthly-average":
        policy = CostingPolicy.of(CostingMethod.MONTHLY_AVERAGE);
        break;
      case "standard":
        if (standards.isEmpty()) {
          return usage(
              err,
              "--method standard needs at least one --standard DATE=UNIT_COST, such as"
                  + " --standard 2024-01-01=10.00");
        }
        try {
          policy = standardPolicy(standards);
        } catch (IllegalArgumentException e) {
          return usage(err, e.getMessage());
        }
        break;
      default:
        return usage(
            err,
            "--method must be fifo, lifo, moving-average, monthly-average or standard, was "
                + method);
    }
    if (!standards.isEmpty() && policy.method() != CostingMethod.STANDARD) {
      return usage(
          err,
          "--standard applies only to --method standard, was --standard "
              + standards.get(0)
              + " with --method "
              + method);
    }
    if (monthEndDifference != null) {
      MonthEndDifference difference;
      switch (monthEndDifference) {
        case "ending-inventory":
          difference = MonthEndDifference.ENDING_INVENTORY;
          break;
        case "issues":
          difference = MonthEndDifference.ISSUES;
          break;
        default:
          return usage(
              err,
              "--month-end-difference must be ending-inventory or issues, was "
                  + monthEndDifference);
      }
      if (policy.method() != CostingMethod.MONTHLY_AVERAGE) {
        return usage(
            err,
            "--month-end-difference applies only to --method monthly-average, was"
                + " --month-end-difference "
                + monthEndDifference
                + " with --method "
                + method);
      }
      policy = CostingPolicy.builder().from(policy).monthEndDifference(difference).build();
    }
    String tuning = tuningError(policy, method, averageScale, rounding);
    if (tuning != null) {
      return usage(err, tuning);
    }
    policy = tuned(policy, averageScale, rounding);
    if (!format.equals("table") && !format.equals("csv")) {
      return usage(err, "--format must be table or csv, was " + format);
    }
    if (!duplicates.equals("refuse") && !duplicates.equals("allow")) {
      return usage(err, "--duplicates must be refuse or allow, was " + duplicates);
    }
    Charset charset = StandardCharsets.UTF_8;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return usage(
            err,
            "--encoding must name a character encoding such as GBK or UTF-16, was " + encoding);
      }
    }
    if (file == null) {
      return usage(err, "FILE is missing");
    }
    return new Options(
        policy, format.equals("csv"), file, charset, encoding == null, duplicates.equals("refuse"));
  }

  /**
   * What is wrong with {@code --average-scale} and {@code --rounding} for {@code policy}, chosen by
   * {@code --method method}; null if nothing (or they are not given).
   */
  private static String tuningError(
      CostingPolicy policy, String method, String averageScale, String rounding) {
    if (averageScale != null) {
      if (!averageScale.matches("[0-6]")) {
        return "--average-scale must be a whole number from 0 to 6, was " + averageScale;
      }
      if (policy.method() != CostingMethod.MONTHLY_AVERAGE) {
        return "--average-scale applies only to --method monthly-average, was --average-scale "
            + averageScale
            + " with --method "
            + method;
      }
    }
    if (rounding != null && !rounding.equals("half-up") && !rounding.equals("half-even")) {
      return "--rounding must be half-up or half-even, was " + rounding;
    }
    return null;
  }

  /** {@code policy} with the unit-cost scale and the rounding given, if any (both checked). */
  private static CostingPolicy tuned(CostingPolicy policy, String averageScale, String rounding) {
    CostingPolicy.Builder b = CostingPolicy.builder().from(policy);
    if (averageScale != null) {
      b.averageUnitCostScale(Integer.parseInt(averageScale));
    }
    if (rounding != null) {
      b.rounding(rounding.equals("half-even") ? Rounding.FEN_HALF_EVEN : Rounding.FEN);
    }
    return b.build();
  }

  /** Checks the file (first reading), then writes the card (second reading). */
  private static int run(Options o, PrintStream out, PrintStream err) throws IOException {
    String file = o.file();
    try {
      try (CsvRecords records = open(o)) {
        value(
            records,
            o,
            new StockCardStream.Sink() {
              @Override
              public void line(dev.suanpan.inventory.StockCardLine line) {}
            },
            null,
            o.duplicates() ? new DocumentIndex() : null);
      }
      CardWriter writer = new CardWriter(out, o.policy(), CNY, o.csv(), file);
      writer.start();
      try (CsvRecords records = open(o)) {
        value(records, o, writer, writer, null);
      }
      writer.end();
    } catch (NoSuchFileException e) {
      err.println("stock-card: " + file + ": no such file");
      return 1;
    } catch (StockCardInputException e) {
      out.flush();
      err.println("stock-card: " + file + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      out.flush();
      err.println("stock-card: " + file + ": cannot read: " + e.getMessage());
      return 1;
    }
    out.flush();
    if (out.checkError()) {
      err.println("stock-card: " + file + ": the output could not be written");
      return 1;
    }
    return 0;
  }

  private static CsvRecords open(Options o) throws IOException {
    InputStream in = Files.newInputStream(Path.of(o.file()));
    return new CsvRecords(in, o.charset(), o.defaultCharset());
  }

  /**
   * Reads the rows of {@code records} and values them with a stream handing its results to {@code
   * sink}; tells {@code writer} (if any) each row before it is posted; refuses a repeated document
   * with {@code index} (if any). Fails on the first bad row, naming its line.
   */
  private static void value(
      CsvRecords records,
      Options o,
      StockCardStream.Sink sink,
      CardWriter writer,
      DocumentIndex index)
      throws IOException, StockCardInputException {
    CostingPolicy policy = o.policy();
    StockCardCsv.header(records.next());
    StockCardStream stream =
        StockCardStream.open(
            ItemId.of("stock-card"),
            WarehouseId.of("file"),
            UnitOfMeasure.PIECES,
            CNY,
            policy,
            sink);
    LocalDate previous = null;
    for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
      StockCardRow row = StockCardCsv.row(r, previous);
      previous = row.date();
      if (index != null) {
        unique(index, row, o);
      }
      if (policy.method() == CostingMethod.STANDARD) {
        LocalDate first = policy.standardCosts().firstKey();
        if (row.date().isBefore(first)) {
          throw new StockCardInputException(
              row.line(),
              "date",
              row.document()
                  + " is dated "
                  + row.date()
                  + ", before the first standard cost, in effect from "
                  + first
                  + "; give a --standard from "
                  + row.date()
                  + " or earlier");
        }
      }
      Movement m = movement(row);
      if (writer != null) {
        writer.current = row;
      }
      boolean taken;
      try {
        taken = stream.post(m);
      } catch (IllegalArgumentException e) {
        // The valuation's own limits (a value beyond what it holds): reported on the row.
        throw new StockCardInputException(row.line(), "quantity", e.getMessage());
      }
      if (!taken) {
        throw new StockCardInputException(
            row.line(),
            "quantity",
            "issue "
                + row.document()
                + " of "
                + row.quantity().negate().toPlainString()
                + " is beyond the stock on hand of "
                + plain(stream.quantityOnHand()));
      }
    }
    try {
      stream.finish();
    } catch (IllegalArgumentException e) {
      throw new StockCardInputException(
          "the values are beyond what the ledger can hold (" + e.getMessage() + ")");
    }
  }

  /** Refuses {@code row}'s document if an earlier row has it, naming both lines. */
  private static void unique(DocumentIndex index, StockCardRow row, Options o)
      throws IOException, StockCardInputException {
    String document = row.document();
    Integer earlier = index.collided.get(document);
    if (earlier == null) {
      int candidate = index.add(document, row.line());
      if (candidate == 0) {
        return;
      }
      if (!document.equals(documentAt(o, candidate))) {
        index.collided.put(document, row.line()); // another document with the same hash
        return;
      }
      earlier = candidate;
    }
    throw new StockCardInputException(
        row.line(),
        "document",
        document
            + " is on line "
            + earlier
            + " already; document numbers must be unique (--duplicates allow takes repeats)");
  }

  /** The document on {@code line} of the file, a row read before. */
  private static String documentAt(Options o, int line)
      throws IOException, StockCardInputException {
    try (CsvRecords records = open(o)) {
      for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
        if (r.line() == line) {
          return r.fields().get(1).strip();
        }
      }
    }
    throw new IllegalStateException("line " + line + " of " + o.file() + " is gone");
  }

  /** The movement of {@code row}: a receipt, or a sale issue. */
  private static Movement movement(StockCardRow row) throws StockCardInputException {
    try {
      if (row.isReceipt()) {
        return Movement.builder()
            .date(row.date())
            .document(row.document())
            .kind(MovementKind.RECEIPT)
            .quantity(row.quantity())
            .unit(UnitOfMeasure.PIECES)
            .unitCost(row.unitCost().orElseThrow())
            .build();
      }
      return Movement.saleIssue(
          row.date(), row.document(), row.quantity().negate(), UnitOfMeasure.PIECES);
    } catch (IllegalArgumentException e) {
      String field = e.getMessage().startsWith("unitCost") ? "unit_cost" : "quantity";
      throw new StockCardInputException(row.line(), field, e.getMessage());
    }
  }

  /**
   * The standard-cost policy of the {@code --standard DATE=UNIT_COST} values, in the order given.
   *
   * @throws IllegalArgumentException naming the option and the value when one is not
   *     DATE=UNIT_COST, its date is not an ISO date, its unit cost is not a decimal, is negative,
   *     has more than 6 decimal places or is too large for the ledger, or a date is given twice
   */
  static CostingPolicy standardPolicy(List<String> standards) {
    CostingPolicy.Builder policy = CostingPolicy.builder().method(CostingMethod.STANDARD);
    Set<LocalDate> dates = new HashSet<>();
    for (String text : standards) {
      String prefix = "--standard " + text + ": ";
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(
            "--standard must be DATE=UNIT_COST, such as 2024-01-01=10.00, was " + text);
      }
      String dateText = text.substring(0, eq).strip();
      String costText = text.substring(eq + 1).strip();
      LocalDate date;
      try {
        date = LocalDate.parse(dateText);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            prefix + "not an ISO date (yyyy-mm-dd): \"" + dateText + "\"", e);
      }
      BigDecimal cost;
      try {
        cost = new BigDecimal(costText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            prefix + "the unit cost is not a decimal number: \"" + costText + "\"", e);
      }
      if (cost.signum() < 0) {
        throw new IllegalArgumentException(prefix + "the unit cost must not be negative");
      }
      if (cost.stripTrailingZeros().scale() > Movement.UNIT_COST_SCALE) {
        throw new IllegalArgumentException(
            prefix
                + "the unit cost must have at most "
                + Movement.UNIT_COST_SCALE
                + " decimal places");
      }
      if (!dates.add(date)) {
        throw new IllegalArgumentException(prefix + date + " has a standard already");
      }
      try {
        // the inventory module's own limits (such as a cost too large for the ledger), named here
        // by the option and its value
        CostingPolicy.standard(date, cost);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(prefix + e.getMessage(), e);
      }
      policy.putStandardCost(date, cost);
    }
    return policy.build();
  }

  private static int usage(PrintStream err, String problem) {
    err.println("stock-card: " + problem);
    err.println("Try: stock-card --help");
    return 2;
  }

  /** {@code v} without trailing zeros, such as 10 for 10.000000 and 10.01 for 10.010000. */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** The amount to the fen, such as 1000.00 or -2.97. */
  static String fen(Money m) {
    return m.getAmount().toPlainString();
  }
}
