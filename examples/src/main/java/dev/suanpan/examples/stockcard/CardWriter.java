package dev.suanpan.examples.stockcard;

import static dev.suanpan.examples.stockcard.StockCardCommand.fen;
import static dev.suanpan.examples.stockcard.StockCardCommand.plain;

import dev.suanpan.inventory.StandardCostRevaluation;
import dev.suanpan.inventory.StockCardLine;
import dev.suanpan.inventory.StockCardStream;
import dev.suanpan.inventory.StreamedMonthEnd;
import dev.suanpan.inventory.costing.CostingMethod;
import dev.suanpan.inventory.costing.CostingPolicy;
import dev.suanpan.inventory.costing.MonthEndDifference;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Writes the stock card as the stream values it, one line at a time: the CSV or the table, under
 * FIFO and the averages or under standard cost (with the standard cost revaluations as lines of
 * their own where they fall, before the first movement on or after the day each takes effect).
 * Keeps the running totals, and under the month-end average each month's summary (printed after the
 * totals, one paragraph a month), under standard cost the revaluations (one per change of
 * standard).
 */
final class CardWriter implements StockCardStream.Sink {
  private static final TextColumns CARD =
      new TextColumns(10, 14, -10, -12, -12, -10, -12, -10, -12);
  private static final int CARD_WIDTH = 120;
  private static final TextColumns STANDARD =
      new TextColumns(10, 14, -10, -10, -12, -10, -10, -12, -10, -10, -12);
  private static final int STANDARD_WIDTH = 140;

  private final PrintStream out;
  private final CostingPolicy policy;
  private final boolean csv;
  private final boolean standard;
  private final String file;

  /** The row being valued: its line, when handed over at once, is this row's. */
  StockCardRow current;

  // running totals
  private int movements;
  private BigDecimal quantityIn = BigDecimal.ZERO;
  private BigDecimal quantityOut = BigDecimal.ZERO;
  private Money valueIn;
  private Money costOut;
  private Money variance;
  private Money revaluations;
  private Money listedRevaluations;
  private BigDecimal balanceQuantity = BigDecimal.ZERO;
  private Money balanceValue;
  private final List<StandardCostRevaluation> revaluationList = new ArrayList<>();
  private final List<String> months = new ArrayList<>();
  private StockCardLine lastIssue; // of the open month

  CardWriter(
      PrintStream out, CostingPolicy policy, CurrencyUnit currency, boolean csv, String file) {
    this.out = out;
    this.policy = policy;
    this.csv = csv;
    this.standard = policy.method() == CostingMethod.STANDARD;
    this.file = file;
    Money zero = Money.zero(currency);
    valueIn = zero;
    costOut = zero;
    variance = zero;
    revaluations = zero;
    listedRevaluations = zero;
    balanceValue = zero;
  }

  /** Writes what comes before the first line. */
  void start() {
    if (csv) {
      out.print(
          (standard ? StockCardCommand.STANDARD_CSV_HEADER : StockCardCommand.CSV_HEADER) + "\n");
      return;
    }
    StringBuilder s = new StringBuilder("Stock card (明细账) of ").append(file).append(", valued by ");
    if (standard) {
      s.append("standard cost, CNY\nStandards: ");
      boolean first = true;
      for (Map.Entry<LocalDate, BigDecimal> e : policy.standardCosts().entrySet()) {
        s.append(first ? "" : ", ").append(cost(e.getValue())).append(" from ").append(e.getKey());
        first = false;
      }
      s.append("\n\n")
          .append(
              STANDARD.row(
                  "Date",
                  "Document",
                  "In qty",
                  "Std cost",
                  "In at std",
                  "PPV",
                  "Out qty",
                  "Out cost",
                  "Revalued",
                  "Bal qty",
                  "Bal value"))
          .append("-".repeat(STANDARD_WIDTH))
          .append('\n');
    } else {
      s.append(methodName(policy.method()));
      if (policy.method() == CostingMethod.MONTHLY_AVERAGE) {
        s.append(
            policy.monthEndDifference() == MonthEndDifference.ISSUES
                ? ", rounding difference to the issues"
                : ", rounding difference to ending inventory");
      }
      s.append(", CNY\n\n")
          .append(
              CARD.row(
                  "Date",
                  "Document",
                  "In qty",
                  "Unit cost",
                  "In value",
                  "Out qty",
                  "Out cost",
                  "Bal qty",
                  "Bal value"))
          .append("-".repeat(CARD_WIDTH))
          .append('\n');
    }
    out.print(s);
  }

  @Override
  public void revaluation(StandardCostRevaluation rv) {
    revaluationList.add(rv);
    listedRevaluations = listedRevaluations.plus(rv.amount());
    balanceValue = balanceValue.plus(rv.amount());
    if (csv) {
      out.print(
          String.join(
                  ",",
                  rv.effectiveFrom().toString(),
                  rv.reference(),
                  "",
                  "",
                  plain(rv.unitCost()),
                  "",
                  "",
                  "",
                  plain(rv.quantity()),
                  plain(rv.previousUnitCost()),
                  fen(rv.amount()),
                  plain(rv.quantity()),
                  fen(balanceValue))
              + "\n");
    } else {
      out.print(
          STANDARD.row(
              rv.effectiveFrom().toString(),
              rv.reference(),
              "",
              plain(rv.unitCost()),
              "",
              "",
              "",
              "",
              fen(rv.amount()),
              plain(rv.quantity()),
              fen(balanceValue)));
    }
  }

  @Override
  public void line(StockCardLine l) {
    boolean in = l.kind().isInbound();
    movements++;
    quantityIn = quantityIn.add(l.quantityIn());
    quantityOut = quantityOut.add(l.quantityOut());
    if (in) {
      valueIn = valueIn.plus(l.amount());
    } else {
      costOut = costOut.plus(l.amount());
      lastIssue = l;
    }
    variance = variance.plus(l.purchasePriceVariance());
    revaluations = revaluations.plus(l.standardRevaluation());
    balanceQuantity = l.balanceQuantity();
    balanceValue = l.balanceValue();
    if (standard) {
      standardLine(l, in);
      return;
    }
    if (csv) {
      out.print(
          l.date()
              + ","
              + csvField(l.document())
              + ","
              + (in ? plain(l.quantityIn()) : plain(l.quantityOut().negate()))
              + ","
              + (in ? plain(l.unitCost()) : "")
              + ","
              + (in ? "" : fen(l.amount()))
              + ","
              + plain(l.balanceQuantity())
              + ","
              + fen(l.balanceValue())
              + "\n");
    } else {
      out.print(
          CARD.row(
              l.date().toString(),
              l.document(),
              in ? plain(l.quantityIn()) : "",
              plain(l.unitCost()),
              in ? fen(l.amount()) : "",
              in ? "" : plain(l.quantityOut()),
              in ? "" : fen(l.amount()),
              plain(l.balanceQuantity()),
              fen(l.balanceValue())));
    }
  }

  private void standardLine(StockCardLine l, boolean in) {
    if (csv) {
      out.print(
          String.join(
                  ",",
                  l.date().toString(),
                  csvField(l.document()),
                  in ? plain(l.quantityIn()) : plain(l.quantityOut().negate()),
                  in ? plain(current.unitCost().orElseThrow()) : "",
                  plain(l.unitCost()),
                  in ? fen(l.amount()) : "",
                  in ? fen(l.purchasePriceVariance()) : "",
                  in ? "" : fen(l.amount()),
                  "",
                  "",
                  "",
                  plain(l.balanceQuantity()),
                  fen(l.balanceValue()))
              + "\n");
    } else {
      out.print(
          STANDARD.row(
              l.date().toString(),
              l.document(),
              in ? plain(l.quantityIn()) : "",
              plain(l.unitCost()),
              in ? fen(l.amount()) : "",
              in ? fen(l.purchasePriceVariance()) : "",
              in ? "" : plain(l.quantityOut()),
              in ? "" : fen(l.amount()),
              "",
              plain(l.balanceQuantity()),
              fen(l.balanceValue())));
    }
  }

  @Override
  public void monthEnd(StreamedMonthEnd month) {
    if (!csv) {
      months.add(monthEnd(month, lastIssue));
    }
    lastIssue = null;
  }

  /** Writes what comes after the last line: the totals and the summaries. */
  void end() {
    if (standard) {
      reconcile();
    }
    if (csv) {
      if (standard) {
        out.print(
            String.join(
                    ",",
                    "",
                    "total",
                    "",
                    "",
                    "",
                    fen(valueIn),
                    fen(variance),
                    fen(costOut),
                    "",
                    "",
                    fen(revaluations),
                    plain(balanceQuantity),
                    fen(balanceValue))
                + "\n");
      }
      return;
    }
    String count = movements + (movements == 1 && standard ? " movement" : " movements");
    StringBuilder s = new StringBuilder();
    if (standard) {
      s.append("-".repeat(STANDARD_WIDTH)).append('\n');
      s.append(
          STANDARD.row(
              "Totals",
              count,
              plain(quantityIn),
              "",
              fen(valueIn),
              fen(variance),
              plain(quantityOut),
              fen(costOut),
              fen(revaluations),
              plain(balanceQuantity),
              fen(balanceValue)));
      s.append('\n');
      standardSummary(s);
    } else {
      s.append("-".repeat(CARD_WIDTH)).append('\n');
      s.append(
          CARD.row(
              "Totals",
              count,
              plain(quantityIn),
              "",
              fen(valueIn),
              plain(quantityOut),
              fen(costOut),
              plain(balanceQuantity),
              fen(balanceValue)));
      for (String m : months) {
        s.append('\n').append(m);
      }
    }
    out.print(s);
  }

  private void standardSummary(StringBuilder s) {
    if (revaluationList.isEmpty()) {
      s.append("Standard cost revaluations: none between the first and the last movement.\n");
    } else {
      s.append(
          "Standard cost revaluations (the stock on hand at the end of the day before, re-valued"
              + " to the new standard):\n");
      for (StandardCostRevaluation rv : revaluationList) {
        s.append(
            String.format(
                Locale.ROOT,
                "  %s  %s: %s from %s to %s = %s\n",
                rv.effectiveFrom(),
                rv.reference(),
                plain(rv.quantity()),
                cost(rv.previousUnitCost()),
                cost(rv.unitCost()),
                fen(rv.amount())));
      }
    }
    Money actual = valueIn.plus(variance);
    s.append(
        String.format(
            Locale.ROOT,
            "Purchase price variance %s: the receipts' actual cost %s less %s at standard"
                + " (positive is unfavourable).\n",
            fen(variance),
            fen(actual),
            fen(valueIn)));
    s.append(
        String.format(
            Locale.ROOT,
            "Opening %s + receipts at standard %s + revaluations %s = issues %s + closing %s.\n",
            fen(valueIn.multipliedBy(0)),
            fen(valueIn),
            fen(revaluations),
            fen(costOut),
            fen(balanceValue)));
  }

  /**
   * Checks the standard-cost totals add up: receipts at standard + revaluations = issues + closing
   * (the card opens empty), and the revaluations listed are those the lines carry.
   *
   * @throws IllegalStateException if they do not (the inventory module's invariant broken)
   */
  private void reconcile() {
    Money left = valueIn.plus(revaluations);
    Money right = costOut.plus(balanceValue);
    if (!left.isEqual(right) || !listedRevaluations.isEqual(revaluations)) {
      throw new IllegalStateException(
          "the standard-cost card does not add up: in + revaluations = "
              + left
              + ", out + closing = "
              + right
              + ", revaluations listed "
              + listedRevaluations
              + " against "
              + revaluations
              + " on the lines");
    }
  }

  /**
   * A month's close under the month-end average: its unit cost, where the rounding difference went
   * (saying when the fallback put it on the issues), and how opening + receipts = issues + ending
   * inventory, each of those at quantity × unit cost plus the rounding difference it took. {@code
   * lastIssue} is the month's last issue, or null.
   */
  private String monthEnd(StreamedMonthEnd c, StockCardLine lastIssue) {
    BigDecimal unitCost = c.unitCost();
    Money issuesDifference = c.issuesDifference();
    Money endingDifference = c.roundingDifference();
    MonthEndDifference treatment = c.differenceTreatment();
    boolean empty = c.closingQuantity().signum() == 0;
    boolean onIssues = treatment == MonthEndDifference.ISSUES || empty;
    String where;
    if (treatment == MonthEndDifference.ISSUES) {
      where = "the rounding difference spread over the issues";
      if (policy.monthEndDifference() == MonthEndDifference.ENDING_INVENTORY) {
        if (empty) {
          if (lastIssue == null) {
            throw new IllegalStateException(
                "month " + c.month() + " put its rounding difference on no issue");
          }
          CurrencyUnit currency = c.closingValue().getCurrencyUnit();
          Money lastAtUnitCost =
              policy
                  .rounding()
                  .round(BigMoney.of(currency, lastIssue.quantityOut().multiply(unitCost)));
          where +=
              " (fallback: on the last issue of the emptied stock, "
                  + lastIssue.document()
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
    } else if (empty && lastIssue != null) {
      where =
          "the stock ended empty, the rounding difference on its last issue, "
              + lastIssue.document();
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

  /**
   * {@code text} as a CSV field (RFC 4180): as it is, or in double quotes with each quote doubled
   * when it holds a comma, a quote or a line break.
   */
  static String csvField(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String methodName(CostingMethod method) {
    return switch (method) {
      case FIFO -> "FIFO";
      case MOVING_AVERAGE -> "moving weighted average";
      case MONTHLY_AVERAGE -> "month-end weighted average";
      case STANDARD -> "standard cost";
      case LIFO -> "LIFO";
    };
  }

  /** A unit cost with at least 2 decimal places, such as 10.00 or 10.015. */
  private static String cost(BigDecimal c) {
    BigDecimal s = c.stripTrailingZeros();
    return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }
}
