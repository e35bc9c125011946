package dev.suanpan.examples.stockcard;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The {@code stock-card} command: reads a CSV of receipts and issues, values it by FIFO, moving
 * average or month-end average with the inventory module, and prints the stock card as a table or
 * as CSV. Computes everything before printing, so a bad row prints nothing but the error.
 */
public final class StockCardCommand {
  /** The CSV output's header. */
  public static final String CSV_HEADER =
      "date,document,quantity,unit_cost,issue_cost,balance_quantity,balance_value";

  static final String HELP =
      String.join(
          "\n",
          "Usage: stock-card --method fifo|moving-average|monthly-average [--format table|csv]"
              + " FILE",
          "",
          "Values a stock card (明细账) from FILE, a CSV with the header",
          "  " + StockCardCsv.HEADER,
          "one movement per line, in date order: an ISO date (2024-03-01), a document number, a",
          "decimal quantity (positive for a receipt, negative for an issue) and a unit cost",
          "(required for a receipt, empty for an issue). Amounts are in CNY, to the fen.",
          "",
          "  --method fifo             first in, first out",
          "  --method moving-average   average recomputed at each receipt",
          "  --method monthly-average  month-end weighted average: issue costs settled at the",
          "                            month's close, the unit cost rounded to the fen and the",
          "                            rounding difference left in ending inventory",
          "  --format table            a readable stock card with totals (default)",
          "  --format csv              the header",
          "                              " + CSV_HEADER,
          "                            and one row per movement (issue_cost for issues), nothing",
          "                            else",
          "  --help                    this text",
          "",
          "A bad row (unparseable date or number, missing unit cost, an issue beyond the stock",
          "on hand) stops with a message naming the line and the field, and exit status 1;",
          "a wrong command line exits with status 2.");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private StockCardCommand() {}

  /** Runs the command with {@code args} (after {@code stock-card}); returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String method = null;
    String format = "table";
    String file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          out.println(HELP);
          return 0;
        case "--method":
        case "--format":
          if (i + 1 >= args.length) {
            return usage(err, a + " needs a value");
          }
          if (a.equals("--method")) {
            method = args[++i];
          } else {
            format = args[++i];
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
    CostingMethod costing;
    switch (method) {
      case "fifo":
        costing = CostingMethod.FIFO;
        break;
      case "moving-average":
        costing = CostingMethod.MOVING_AVERAGE;
        break;
      case "monthly-average":
        costing = CostingMethod.MONTHLY_AVERAGE;
        break;
      default:
        return usage(
            err, "--method must be fifo, moving-average or monthly-average, was " + method);
    }
    if (!format.equals("table") && !format.equals("csv")) {
      return usage(err, "--format must be table or csv, was " + format);
    }
    if (file == null) {
      return usage(err, "FILE is missing");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      err.println("stock-card: " + file + ": no such file");
      return 1;
    } catch (IOException e) {
      err.println("stock-card: " + file + ": cannot read: " + e.getMessage());
      return 1;
    }
    try {
      Valued valued = value(StockCardCsv.parse(lines), costing);
      out.print(format.equals("csv") ? csv(valued) : table(valued, file));
      return 0;
    } catch (StockCardInputException e) {
      err.println("stock-card: " + file + ": " + e.getMessage());
      return 1;
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("stock-card: " + problem);
    err.println("Try: stock-card --help");
    return 2;
  }

  /** The stock card of the rows and, under the month-end average, each month's close. */
  record Valued(CostingMethod method, StockCard card, List<MonthEndClose> closes) {}

  /** Values the rows by {@code method}; fails on the first row the ledger cannot take. */
  static Valued value(List<StockCardRow> rows, CostingMethod method)
      throws StockCardInputException {
    StockLedger ledger =
        StockLedger.open(
            ItemId.of("stock-card"),
            WarehouseId.of("file"),
            UnitOfMeasure.PIECES,
            CNY,
            CostingPolicy.of(method));
    for (StockCardRow row : rows) {
      Movement m;
      try {
        if (row.isReceipt()) {
          m =
              Movement.builder()
                  .date(row.date())
                  .document(row.document())
                  .kind(dev.suanpan.inventory.MovementKind.RECEIPT)
                  .quantity(row.quantity())
                  .unit(UnitOfMeasure.PIECES)
                  .unitCost(row.unitCost().orElseThrow())
                  .build();
        } else {
          m =
              Movement.saleIssue(
                  row.date(), row.document(), row.quantity().negate(), UnitOfMeasure.PIECES);
        }
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().startsWith("unitCost") ? "unit_cost" : "quantity";
        throw new StockCardInputException(row.line(), field, e.getMessage());
      }
      Posting p = ledger.post(m);
      if (!p.isAllowed()) {
        throw new StockCardInputException(
            row.line(),
            "quantity",
            "issue "
                + row.document()
                + " of "
                + row.quantity().negate().toPlainString()
                + " is beyond the stock on hand of "
                + plain(ledger.quantityOnHand()));
      }
      ledger = p.ledger();
    }
    List<MonthEndClose> closes = new ArrayList<>();
    if (method == CostingMethod.MONTHLY_AVERAGE) {
      TreeSet<YearMonth> months = new TreeSet<>();
      rows.forEach(r -> months.add(YearMonth.from(r.date())));
      for (YearMonth month : months) {
        MonthEndClose close = ledger.closeMonth(month);
        closes.add(close);
        ledger = close.ledger();
      }
    }
    return new Valued(method, ledger.card(), closes);
  }

  static String csv(Valued valued) {
    StringBuilder s = new StringBuilder(CSV_HEADER).append('\n');
    for (StockCardLine l : valued.card().lines()) {
      boolean in = l.kind().isInbound();
      s.append(l.date())
          .append(',')
          .append(l.document())
          .append(',')
          .append(in ? plain(l.quantityIn()) : plain(l.quantityOut().negate()))
          .append(',')
          .append(in ? plain(l.unitCost()) : "")
          .append(',')
          .append(in ? "" : fen(l.amount()))
          .append(',')
          .append(plain(l.balanceQuantity()))
          .append(',')
          .append(fen(l.balanceValue()))
          .append('\n');
    }
    return s.toString();
  }

  static String table(Valued valued, String file) {
    StockCard card = valued.card();
    StringBuilder s = new StringBuilder();
    s.append("Stock card (明细账) of ")
        .append(file)
        .append(", valued by ")
        .append(methodName(valued.method()))
        .append(", CNY\n\n");
    String format = "%-10s  %-14s  %10s  %12s  %12s  %10s  %12s  %10s  %12s%n";
    s.append(
        String.format(
            Locale.ROOT,
            format,
            "Date",
            "Document",
            "In qty",
            "Unit cost",
            "In value",
            "Out qty",
            "Out cost",
            "Bal qty",
            "Bal value"));
    s.append("-".repeat(120)).append('\n');
    for (StockCardLine l : card.lines()) {
      boolean in = l.kind().isInbound();
      s.append(
          String.format(
              Locale.ROOT,
              format,
              l.date(),
              l.document(),
              in ? plain(l.quantityIn()) : "",
              plain(l.unitCost()),
              in ? fen(l.amount()) : "",
              in ? "" : plain(l.quantityOut()),
              in ? "" : fen(l.amount()),
              plain(l.balanceQuantity()),
              fen(l.balanceValue())));
    }
    s.append("-".repeat(120)).append('\n');
    s.append(
        String.format(
            Locale.ROOT,
            format,
            "Totals",
            card.lines().size() + " movements",
            plain(card.quantityIn()),
            "",
            fen(card.valueIn()),
            plain(card.quantityOut()),
            fen(card.costOut()),
            plain(card.closingQuantity()),
            fen(card.closingValue())));
    for (MonthEndClose c : valued.closes()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%nMonth %s closed at the average unit cost %s: issues %s, ending inventory %s"
                  + " (rounding difference %s).",
              c.month(),
              c.unitCost().map(StockCardCommand::plain).orElse("-"),
              fen(c.outboundCost()),
              fen(c.closingValue()),
              fen(c.roundingDifference().orElse(Money.zero(CNY)))));
    }
    if (!valued.closes().isEmpty()) {
      s.append('\n');
    }
    return s.toString();
  }

  private static String methodName(CostingMethod method) {
    switch (method) {
      case FIFO:
        return "FIFO";
      case MOVING_AVERAGE:
        return "moving weighted average";
      default:
        return "month-end weighted average";
    }
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static String fen(Money m) {
    return m.getAmount().toPlainString();
  }
}
