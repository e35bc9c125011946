package dev.suanpan.examples.stockcard;

import dev.suanpan.inventory.ItemId;
import dev.suanpan.inventory.Movement;
import dev.suanpan.inventory.Posting;
import dev.suanpan.inventory.StandardCostRevaluation;
import dev.suanpan.inventory.StockCard;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockLedger;
import dev.suanpan.inventory.UnitOfMeasure;
import dev.suanpan.inventory.WarehouseId;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndClose;
import dev.suanpan.inventory.costing.MonthEndDifference;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The {@code stock-card} command: reads a CSV of receipts and issues, values it by FIFO, moving
 * average, month-end average (its rounding difference in ending inventory or on the issues) or
 * standard cost with the inventory module, and prints the stock card as a table or as CSV. Computes
 * everything before printing, so a bad row or a bad command line prints nothing but the error.
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
          "Usage: stock-card --method fifo|moving-average [--format table|csv] FILE",
          "       stock-card --method monthly-average"
              + " [--month-end-difference ending-inventory|issues]",
          "                  [--format table|csv] FILE",
          "       stock-card --method standard --standard DATE=UNIT_COST [--standard ...]"
              + " [--format table|csv] FILE",
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
          "  --format table            a readable stock card with totals (default); under the",
          "                            month-end average each month's unit cost, where its",
          "                            rounding difference went (and whether by fallback), and",
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
          "  --help                    this text",
          "",
          "A bad row (unparseable date or number, missing unit cost, an issue beyond the stock",
          "on hand, a date before the first standard) stops with a message naming the line and",
          "the field, and exit status 1; a wrong command line exits with status 2.");

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  private StockCardCommand() {}

  /** Runs the command with {@code args} (after {@code stock-card}); returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String method = null;
    String format = "table";
    String file = null;
    String monthEndDifference = null;
    List<String> standards = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help":
        case "-h":
          out.println(HELP);
          return 0;
        case "--method":
        case "--format":
        case "--standard":
        case "--month-end-difference":
          if (i + 1 >= args.length) {
            return usage(err, a + " needs a value");
          }
          String v = args[++i];
          if (a.equals("--method")) {
            method = v;
          } else if (a.equals("--format")) {
            format = v;
          } else if (a.equals("--month-end-difference")) {
            monthEndDifference = v;
          } else {
            standards.add(v);
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
            "--method must be fifo, moving-average, monthly-average or standard, was " + method);
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
      policy =
          CostingPolicy.builder()
              .method(CostingMethod.MONTHLY_AVERAGE)
              .monthEndDifference(difference)
              .build();
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
      Valued valued = value(StockCardCsv.parse(lines), policy);
      String text;
      if (policy.method() == CostingMethod.STANDARD) {
        text =
            format.equals("csv")
                ? StandardCostCard.csv(valued)
                : StandardCostCard.table(valued, file);
      } else {
        text = format.equals("csv") ? csv(valued) : table(valued, file);
      }
      out.print(text);
      return 0;
    } catch (StockCardInputException e) {
      err.println("stock-card: " + file + ": " + e.getMessage());
      return 1;
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

  /**
   * The rows, their stock card (line {@code i} is row {@code i}, the rows being in date order);
   * under the month-end average each month's close; under standard cost the standard cost
   * revaluations the card carries (those taking effect after the first movement's date and up to
   * the last movement's), in date order.
   */
  record Valued(
      List<StockCardRow> rows,
      CostingPolicy policy,
      StockCard card,
      List<MonthEndClose> closes,
      List<StandardCostRevaluation> revaluations) {
    CostingMethod method() {
      return policy.method();
    }
  }

  /** Values the rows by {@code policy}; fails on the first row the ledger cannot take. */
  static Valued value(List<StockCardRow> rows, CostingPolicy policy)
      throws StockCardInputException {
    CostingMethod method = policy.method();
    StockLedger ledger =
        StockLedger.open(
            ItemId.of("stock-card"), WarehouseId.of("file"), UnitOfMeasure.PIECES, CNY, policy);
    for (StockCardRow row : rows) {
      if (method == CostingMethod.STANDARD) {
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
      Posting p;
      try {
        p = ledger.post(m);
      } catch (IllegalArgumentException e) {
        // The ledger's own limits (a value beyond what it holds): reported on the row.
        throw new StockCardInputException(row.line(), "quantity", e.getMessage());
      }
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
    try {
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
      return new Valued(rows, policy, ledger.card(), closes, ledger.bookedRevaluations());
    } catch (ArithmeticException e) {
      throw new StockCardInputException(
          "the values are beyond what the ledger can hold (" + e.getMessage() + ")");
    }
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
        .append(methodName(valued.method()));
    if (valued.method() == CostingMethod.MONTHLY_AVERAGE) {
      s.append(
          valued.policy().monthEndDifference() == MonthEndDifference.ISSUES
              ? ", rounding difference to the issues"
              : ", rounding difference to ending inventory");
    }
    s.append(", CNY\n\n");
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
    Map<YearMonth, StockCardLine> lastIssues = new HashMap<>();
    for (StockCardLine l : card.lines()) {
      if (!l.kind().isInbound()) {
        lastIssues.put(YearMonth.from(l.date()), l);
      }
    }
    for (MonthEndClose c : valued.closes()) {
      s.append('\n')
          .append(monthEnd(c, Optional.ofNullable(lastIssues.get(c.month())), valued.policy()));
    }
    return s.toString();
  }

  /**
   * A month's close under the month-end average: its unit cost, where the rounding difference went
   * (saying when the fallback put it on the issues), and how opening + receipts = issues + ending
   * inventory, each of those at quantity × unit cost plus the rounding difference it took. {@code
   * lastIssue} is the month's last issue, if any.
   */
  private static String monthEnd(
      MonthEndClose c, Optional<StockCardLine> lastIssue, CostingPolicy policy) {
    BigDecimal unitCost =
        c.unitCost()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "month " + c.month() + " closed without a month-end unit cost"));
    Money zero = Money.zero(CNY);
    Money issuesDifference = c.issuesDifference().orElse(zero);
    Money endingDifference = c.roundingDifference().orElse(zero);
    MonthEndDifference treatment =
        c.differenceTreatment().orElse(MonthEndDifference.ENDING_INVENTORY);
    boolean empty = c.closingQuantity().signum() == 0;
    boolean onIssues = treatment == MonthEndDifference.ISSUES || empty;
    String where;
    if (treatment == MonthEndDifference.ISSUES) {
      where = "the rounding difference spread over the issues";
      if (policy.monthEndDifference() == MonthEndDifference.ENDING_INVENTORY) {
        if (empty) {
          StockCardLine last =
              lastIssue.orElseThrow(
                  () ->
                      new IllegalStateException(
                          "month " + c.month() + " put its rounding difference on no issue"));
          Money lastAtUnitCost =
              policy.rounding().round(BigMoney.of(CNY, last.quantityOut().multiply(unitCost)));
          where +=
              " (fallback: on the last issue of the emptied stock, "
                  + last.document()
                  + ", it would make that issue "
                  + fen(lastAtUnitCost.plus(issuesDifference))
                  + ")";
        } else {
          where +=
              " (fallback: in ending inventory it would leave the "
                  + plain(c.closingQuantity())
                  + " left worth "
                  + fen(c.closingValue().plus(issuesDifference))
                  + ")";
        }
      }
    } else if (empty && lastIssue.isPresent()) {
      where =
          "the stock ended empty, the rounding difference on its last issue, "
              + lastIssue.get().document();
    } else {
      where = "the rounding difference in ending inventory";
    }
    StringBuilder s = new StringBuilder();
    s.append("Month ")
        .append(c.month())
        .append(" closed at the average unit cost ")
        .append(plain(unitCost))
        .append(", ")
        .append(where)
        .append(":\n");
    s.append("  opening ")
        .append(fen(c.openingValue()))
        .append(" + receipts ")
        .append(fen(c.inboundValue()))
        .append(" = issues ")
        .append(fen(c.outboundCost()))
        .append(" + ending inventory ")
        .append(fen(c.closingValue()))
        .append('\n');
    s.append("  issues ")
        .append(fen(c.outboundCost()))
        .append(" = ")
        .append(fen(c.outboundCost().minus(issuesDifference)))
        .append(" (")
        .append(plain(c.outboundQuantity()))
        .append(" at ")
        .append(plain(unitCost))
        .append(')')
        .append(difference(issuesDifference, onIssues))
        .append('\n');
    s.append("  ending inventory ")
        .append(fen(c.closingValue()))
        .append(" = ")
        .append(fen(c.closingValue().minus(endingDifference)))
        .append(" (")
        .append(plain(c.closingQuantity()))
        .append(" at ")
        .append(plain(unitCost))
        .append(')')
        .append(difference(endingDifference, !onIssues))
        .append('\n');
    return s.toString();
  }

  /**
   * " + 0.01 rounding difference" or " - 0.01 rounding difference" when {@code shown} or the
   * difference is not zero; empty otherwise.
   */
  private static String difference(Money difference, boolean shown) {
    if (!shown && difference.isZero()) {
      return "";
    }
    return (difference.isNegative() ? " - " : " + ")
        + fen(difference.abs())
        + " rounding difference";
  }

  private static String methodName(CostingMethod method) {
    return switch (method) {
      case FIFO -> "FIFO";
      case MOVING_AVERAGE -> "moving weighted average";
      case MONTHLY_AVERAGE -> "month-end weighted average";
      case STANDARD -> "standard cost";
    };
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
